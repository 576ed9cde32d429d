class A(object):
    pass
class B():
    pass
class C:
    pass
print(A.__bases__, B.__bases__, C.__bases__)
def make(n):
    return type(f"Dyn{n}", (), {"n": n})
classes = [make(i) for i in range(3)]
print([c.__name__ for c in classes], [c().n for c in classes])
class WithInitArgs:
    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
w = WithInitArgs(1, 2, k=3)
print(w.args, w.kwargs)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.__name__)
class Reassign:
    x = 1
    x = x + 1
    y = [x] * 2
print(Reassign.x, Reassign.y)
class Docless:
    x = 1
print(Docless.__doc__)
