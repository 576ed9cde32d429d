print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.0, 3]), sum([], 0.0), type(sum([], 0.0)).__name__)
print(sum([2 ** 62] * 10), sum(range(10 ** 6)), sum([1j, 2j], 1), sum([[1], [2], [3]], []), sum(((1,), (2,)), ()))
print(sum([0.5, 0.25, 0.125]), sum(x / 10 for x in range(10)), sum([float("inf"), 1]), sum([-0.0]), sum([-0.0], -0.0))
print(sum([True, 2.5]), sum([1, True, 0.5]), sum(iter([3, 4]), start=10))
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([[1]])
except TypeError as e:
    print("TypeError:", e)
class Addable:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Addable(self.v + (o.v if isinstance(o, Addable) else o))
    def __radd__(self, o):
        return Addable(o + self.v)
print(sum([Addable(1), Addable(2)]).v, sum([Addable(5)], Addable(10)).v)
