def gen():
    yield 1
    yield 2
g = gen()
print(g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None)
next(g)
print(g.gi_frame.f_lineno > 0, g.gi_suspended if hasattr(g, "gi_suspended") else "n/a")
list(g)
print(g.gi_frame)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def raiser():
    yield 1
    raise StopIteration("inside")
r = raiser()
next(r)
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
import sys
print(type(iter(gen())).__name__, iter(g) is g)
