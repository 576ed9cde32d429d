def init(self, x):
    self.x = x
Point = type("Point", (), {"__init__": init, "dim": 2, "norm": lambda self: abs(self.x)})
p = Point(-3)
print(Point.__name__, p.x, p.dim, p.norm(), type(p) is Point)
Sub = type("Sub", (Point,), {"dim": 3})
print(Sub.__mro__[1].__name__, Sub(4).dim, Sub(4).norm(), issubclass(Sub, Point))
print(type(5), type("s"), type(type), type(None), type(len))
try:
    type("X", (5,), {})
except TypeError as e:
    print("TypeError:", e)
print(type.__name__, isinstance(type, type), isinstance(Point, type))
C = type("C", (object,), {})
C.attr = 1
print(C.attr, vars(C)["attr"], C.__qualname__)
