# Divergences found by CPython's test_generators: the context of an exception thrown into a
# suspended generator, throw() of a class whose constructor misbehaves, a generator lambda's
# return value, the delegating generator's frame during throw(), and finalization of a
# generator caught in a reference cycle.
import gc
import sys


def ctx_plain():
    try:
        raise KeyError('a')
    except Exception:
        yield


def inner():
    yield


def ctx_yield_from():
    try:
        raise KeyError('a')
    except Exception:
        yield from inner()


for make in (ctx_plain, ctx_yield_from):
    g = make()
    g.send(None)
    try:
        g.throw(ValueError)
    except ValueError as e:
        print(make.__name__, repr(e.__context__))


def ctx_inside():
    try:
        raise KeyError('b')
    except Exception:
        try:
            yield
        except Exception as exc:
            print("inside", type(exc).__name__, repr(exc.__context__))
            yield 'resumed'


g = ctx_inside()
g.send(None)
print(g.throw(ValueError))

# Not in an except block: no context.
def plain():
    yield
g = plain()
next(g)
try:
    g.throw(ValueError("x"))
except ValueError as e:
    print("no context:", e.__context__)


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring():
    yield


g = boring()
try:
    g.throw(E)
except TypeError as e:
    print("TypeError:", e)
try:
    next(g)
except StopIteration:
    print("generator finished by the TypeError")


def catching():
    try:
        yield
    except TypeError as e:
        print("caught inside:", e)


g = catching()
next(g)
try:
    g.throw(E)
except StopIteration:
    print("StopIteration after catching")


class Boom(Exception):
    def __init__(self, *a):
        raise RuntimeError("constructor failed")


def catch_all():
    try:
        yield
    except RuntimeError as e:
        yield "got " + str(e)


g = catch_all()
next(g)
print(g.throw(Boom))

# A generator lambda returns its value (bpo-23192).
f = lambda: (yield 1)
def g_ret(): return (yield 1)
f2 = lambda: (yield from g_ret())
f3 = lambda: (yield from f())
for fn in (f, g_ret, f2, f3):
    gen = fn()
    print(next(gen), end=" ")
    try:
        gen.send(2)
    except StopIteration as e:
        print("value", e.value)


def names():
    fr = sys._getframe()
    out = []
    while fr is not None and len(out) < 3:
        out.append(fr.f_code.co_name)
        fr = fr.f_back
    return out


def leaf():
    try:
        yield 0
    except RuntimeError:
        print("throw stack:", names())
        yield 1


def middle():
    yield from leaf()


gen = middle()
next(gen)
print(gen.throw(RuntimeError))
print("send stack after:", names()[:1])

# A generator in a reference cycle is finalized by the collector.
finalized = []


def cyclic():
    try:
        g = yield
        yield 1
    finally:
        finalized.append(True)


g = cyclic()
next(g)
g.send(g)
del g
gc.collect()
print("finalized:", finalized, gc.garbage)

# The RuntimeError of a generator ignoring GeneratorExit has a traceback.
seen = []
old_hook = sys.unraisablehook
sys.unraisablehook = lambda u: seen.append(
    (u.exc_type.__name__, str(u.exc_value), u.exc_traceback is not None, u.object.__name__))


def stubborn():
    try:
        yield
    except GeneratorExit:
        yield


g = stubborn()
next(g)
del g
sys.unraisablehook = old_hook
print(seen)
