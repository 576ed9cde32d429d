def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                received.append("VE:" + str(e))
    finally:
        print("echo finally", received)
g = echo()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("x")), g.send(None))
g.close()
print(g.gi_frame is None)
try:
    g.send(1)
except StopIteration:
    print("closed gen: StopIteration")
def gen_return():
    x = yield 1
    return x * 2
gr = gen_return(); next(gr)
try:
    gr.send(21)
except StopIteration as e:
    print("return value", e.value)
def gen_raise_in_finally():
    try:
        yield 1
    finally:
        raise KeyError("from finally")
gf = gen_raise_in_finally(); next(gf)
try:
    gf.close()
except KeyError as e:
    print("close raised", repr(e))
def throws_other():
    try:
        yield
    except TypeError:
        raise ValueError("converted")
t = throws_other(); next(t)
try:
    t.throw(TypeError)
except ValueError as e:
    print(repr(e), repr(e.__context__))
def gen_ignore_exit():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignoring exit")
            yield "oops"
gi = gen_ignore_exit(); next(gi)
try:
    gi.close()
except RuntimeError as e:
    print(e)
def lazy():
    print("started")
    yield 1
lz = lazy(); print("created"); print(next(lz))
def gen_exc_state():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in except"
        import sys
        yield sys.exc_info()[0].__name__
ge = gen_exc_state(); print(next(ge), next(ge))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
def wrapper():
    result = yield from countdown(3)
    yield result
print(list(wrapper()))
try:
    next(iter(countdown(0)))
except StopIteration as e:
    print("empty", e.value)
try:
    (x for x in range(3)).throw(ValueError, "legacy")
except ValueError as e:
    print(e)
