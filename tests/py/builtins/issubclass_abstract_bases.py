# issubclass() with objects whose __bases__ is a property returning fresh tuples (the abstract
# protocol): the walk must keep each base alive while it looks at it (bpo-39382).
class A:
    @property
    def __bases__(self):
        return (int,)


class B:
    def __init__(self):
        self.x = 1

    @property
    def __bases__(self):
        return (A(),)


for _ in range(3):
    print(issubclass(B(), int), issubclass(B(), str))


class C:
    def __init__(self, depth):
        self.depth = depth

    @property
    def __bases__(self):
        return (C(self.depth - 1),) if self.depth else (A(), B())


print(issubclass(C(50), int), issubclass(C(5), float))


class NoBases:
    __bases__ = 5


try:
    issubclass(NoBases(), int)
except TypeError as e:
    print("TypeError", e)
