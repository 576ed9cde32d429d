from collections import namedtuple
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
e = Emp("ann", "eng")
print(e, e.salary, Emp._field_defaults, e._fields)
print(sorted([Emp("b", "x", 3), Emp("a", "y", 3), Emp("c", "x", 1)], key=lambda r: (r.salary, r.name)))
try:
    Emp()
except TypeError as err:
    print("TypeError:", err)
try:
    e.name = "x"
except AttributeError as err:
    print("AttributeError:", err)
P = namedtuple("P", "x, y", rename=True)
print(P(1, 2), namedtuple("Q", ["a", "def", "a"], rename=True)._fields)
class P3(namedtuple("P3Base", "x y z")):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
print(P3(1, -2, 3).norm1(), P3(1, 2, 3))
