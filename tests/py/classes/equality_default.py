class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b, hash(a) == hash(a))
print(a.__eq__(b), a.__ne__(b), a.__eq__(a), Plain.__eq__ is object.__eq__)
print([a, b].count(a), a in [b], a in [a], [a].index(a))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(a.__lt__(b), object.__lt__(a, b))
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, WithEq) and self.v == o.v
print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(1), WithEq(1) != WithEq(2), WithEq(1) == 1)
print(WithEq.__hash__)
try:
    {WithEq(1)}
except TypeError as e:
    print("TypeError:", e)
