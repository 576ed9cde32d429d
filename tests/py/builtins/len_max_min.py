print(len([]), len("héllo"), len(b"ab"), len({1: 2}), len(range(10)), len((1,)), len(set("aab")), len(range(0, 100, 7)))
print(max(3, 1, 2), max([3, 1, 2]), max("hello"), max([1, 2], [1, 3]), max(1, 2.5), max((x for x in [4, 9])))
print(min(3, 1, 2), min([]) if False else "", min("hello"), min([[2], [1, 5]]), min(-1, -1.0), min(-1.0, -1))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([], default="empty"), min([], default=None))
print(max([1, 3, 3], key=lambda x: x % 3), max(["b", "a"], key=None), max([(1, "a"), (1, "b")]))
print(max([3, 1, 3, 1], key=lambda v: v == 3), min([2, 1, 1], key=lambda v: 0))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
data = [("x", 3), ("y", 1), ("z", 3)]
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: -t[1]))
