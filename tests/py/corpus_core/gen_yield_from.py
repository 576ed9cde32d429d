def f():
    yield 1
    yield 2
g = f()
print(next(g))
print(g.throw(ValueError, ValueError("x")) if False else "")
def gy():
    try:
        yield from f()
    finally:
        print("gy finally")
x = gy(); next(x); x.close()
class Duck:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(7)
def g2():
    r = yield from Duck()
    print("r", r)
list(g2())
def g3():
    yield from g3_inner()
def g3_inner():
    x = yield 1
    print("inner got", x)
    yield 2
gg = g3(); print(next(gg)); print(gg.send("hi"))
def g4():
    try:
        yield 1
    except ValueError:
        print("caught in g4")
        return "ret"
def g5():
    r = yield from g4()
    print("g5 got", r)
    yield "after"
z = g5(); next(z); print(z.throw(ValueError))
def gen_exc():
    try:
        yield
    except Exception as e:
        print(type(e).__name__, e)
        raise
q = gen_exc(); next(q)
try:
    q.throw(KeyError("kk"))
except KeyError as e:
    print("propagated", e)
print(q.gi_frame)
def gen_ret():
    yield 1
    return 2
def deleg():
    v = yield from gen_ret()
    return v * 10
try:
    d = deleg(); next(d); next(d)
except StopIteration as e:
    print("value", e.value)
import sys
def name_gen(): yield
print(name_gen.__name__, name_gen().__name__, name_gen().__qualname__)
def pend():
    yield 1
p = pend()
p.close(); p.close()
print(list(p))
try:
    p.send(1)
except StopIteration:
    print("stopped")
def gen_with_send():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
s = gen_with_send(); next(s); print(s.send(1), s.send(2))
try:
    s.send(None)
except StopIteration:
    print("done")
