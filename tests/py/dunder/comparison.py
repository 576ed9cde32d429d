class N:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, N) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    __hash__ = None
a, b = N(1), N(2)
print(a == b, a != b, a < b, b > a, a <= b, b >= a)
print(a == 1, 1 == a)
class Only:
    pass
o1, o2 = Only(), Only()
print(o1 == o1, o1 == o2, o1 != o2)
try:
    o1 < o2
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __eq__(self, o):
        return "truthy string"
    def __ne__(self, o):
        return 0
print(Weird() == 1, Weird() != 1, [Weird()] == [1])
class Reflect:
    def __gt__(self, o):
        return "Reflect.__gt__"
print(1 < Reflect(), Reflect() > 1)
class NeFromEq:
    def __eq__(self, o):
        return True
print(NeFromEq() != 5)
