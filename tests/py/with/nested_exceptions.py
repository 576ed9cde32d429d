class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow
with CM("outer", swallow=True):
    with CM("inner"):
        raise ValueError("x")
    print("not reached")
print("after outer")
with CM("a"), CM("b", swallow=True), CM("c"):
    raise KeyError("k")
print("b swallowed")
def gen():
    with CM("in generator"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print("generator closed")
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError("exit error")
try:
    with ExitRaises():
        raise ValueError("body error")
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
