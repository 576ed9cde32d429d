def gen():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("finally")
    return "done"
g = gen()
print(next(g), g.send("a"), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
g2 = gen(); next(g2); g2.close(); print("closed")
try:
    gen().send(5)
except TypeError as e:
    print(e)
def sub():
    r = yield "s1"
    yield r
    return "subret"
def outer():
    v = yield from sub()
    print("v", v)
    yield from [10, 20]
    return (yield from range(2))
o = outer()
print(next(o), o.send("sent"), list(o))
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("genexit")
        yield 2
c = closer(); next(c)
try:
    c.close()
except RuntimeError as e:
    print(e)
g = (x * x for x in range(5))
print(next(g), list(g), list(g))
def counter():
    i = 0
    while True:
        i += 1
        yield i
cc = counter()
print([next(cc) for _ in range(3)], cc.__name__, cc.__qualname__, type(cc).__name__)
def running():
    yield g3.send(None)
g3 = running()
try:
    next(g3)
except ValueError as e:
    print(e)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("k", repr(e))
try:
    next(t)
except StopIteration:
    print("exhausted")
t2 = thrower(); next(t2)
try:
    t2.throw(TypeError)
except TypeError as e:
    print("type", repr(e))
print(t2.gi_frame, t2.gi_running)
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in fin():
    print(x)
    break
print("after break")
f = fin(); next(f); del f; print("after del")
def gexp_scope():
    x = 10
    return list(x + i for i in range(3))
print(gexp_scope())
def ret_in_gen():
    return 5
    yield
try:
    next(ret_in_gen())
except StopIteration as e:
    print(e.value)
print(list(zip(counter(), "abc")), sum(x for x in range(10) if x % 2), any(x > 3 for x in range(5)), all(x for x in []))
def yf_throw():
    try:
        yield from sub()
    except KeyError:
        yield "outer caught"
y = yf_throw(); next(y); print(y.throw(KeyError))
e = enumerate(gen())
print(next(e))
