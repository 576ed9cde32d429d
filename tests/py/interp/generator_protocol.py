def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub closed")
def main():
    yield from sub()
g = main()
print(next(g), g.gi_yieldfrom.__name__)
g.close()
print("closed", g.gi_yieldfrom)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration(99)
        return self.n
    def throw(self, *a):
        print("It.throw", a[0])
        raise StopIteration(42)
def deleg():
    r = yield from It()
    print("deleg got", r)
    yield "end"
d = deleg()
print(next(d))
print(d.throw(ValueError("v")))
d2 = deleg()
print(list(d2))
def g2():
    x = yield
    print("x", x)
gg = g2()
try:
    gg.send(1)
except TypeError as e:
    print(e)
next(gg)
try:
    gg.send(5)
except StopIteration as e:
    print("stop", e.value)
def ret():
    return (1, 2)
    yield
try:
    next(ret())
except StopIteration as e:
    print("value", e.value, e.args)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("thrown before start", e)
print(t.gi_frame)
t2 = thrower(); next(t2)
try:
    t2.throw(KeyError, "msg")
except KeyError as e:
    print("thrown", e)
def ign():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring")
            break
    yield "after"
i = ign(); next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)
def inf():
    n = 0
    while True:
        yield n
        n += 1
z = zip(inf(), "abc")
print(list(z))
print(list(map(lambda x: x * 2, (y for y in range(4)))))
print(sorted((x for x in [3, 1, 2]), key=lambda v: -v))
print(any(x > 2 for x in range(5)), all(x < 2 for x in range(5)))
def running():
    print(r.gi_running)
    yield
r = running(); next(r)
def deep_gen(n):
    if n:
        yield from deep_gen(n - 1)
    else:
        yield "bottom"
print(list(deep_gen(500)))
async def coro():
    return 1
c = coro()
print(type(c).__name__, c.cr_running, c.cr_frame is not None)
w = c.__await__()
try:
    next(w)
except StopIteration as e:
    print("await result", e.value)
print(c.cr_frame)
async def ag():
    yield 1
    yield 2
async def use():
    a = ag()
    r = [await a.__anext__()]
    await a.aclose()
    try:
        await a.__anext__()
    except StopAsyncIteration:
        r.append("stopped")
    b = ag()
    await b.__anext__()
    try:
        await b.athrow(ValueError("vv"))
    except ValueError as e:
        r.append(str(e))
    return r
try:
    use().send(None)
except StopIteration as e:
    print(e.value)
