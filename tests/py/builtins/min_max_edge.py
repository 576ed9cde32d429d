print(max([1, 3, 2]), max(1, 3, 2), max("abc", "abd"), max([[1, 2], [1, 3]]), max((1, "z"), (1, "a")))
print(max([3, 1], default=0), max([], default=None), min((), default="empty"), max(iter([5])), min({3: "a", 1: "b"}))
print(max([1, 1.0]), max([1.0, 1]), min([0, -0.0]), min([-0.0, 0]), max([True, 1]), max([1, True]))
print(max("hello", key=ord), min(["apple", "Bob", "cat"], key=str.lower), max(range(10), key=lambda x: -abs(x - 5)))
for args, kw in [((), {}), (([],), {}), ((1,), {}), ((1, 2), {"default": 0}), (([1],), {"key": 5})]:
    try:
        max(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min([1, 2], bad=1)
except TypeError as e:
    print("TypeError:", e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __lt__(self, o):
        return self.v < o.v
print(max(Cmp(1), Cmp(5), Cmp(3)).v, min([Cmp(4), Cmp(2)]).v)
