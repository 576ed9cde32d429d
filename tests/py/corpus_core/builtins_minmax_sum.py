print(min(3, 1, 2), max(3, 1, 2), min([3, 1, 2]), max("hello"), min("b", "a"), max((1, 2), (1, 3)), min([[2], [1, 5]]), max(range(5)), min(x * x for x in range(-3, 3)))
print(min([], default=None), max([], default="empty"), min([1], default=0), max([5, 3], key=lambda x: -x), min(["aa", "b"], key=len), max(["a", "bb", "cc"], key=len), min({3: "a", 1: "b"}), max({1, 5, 3}))
print(min(1, 2.0), max(1, 1.0), max(1.0, 1), min(True, 0), max(-0.0, 0.0), min(0.0, -0.0), max([float("nan"), 1]), max([1, float("nan")]))
for args, kw in [((), {}), (([],), {}), ((1,), {}), ((1, 2), {"default": 3}), (([1, 2],), {"key": 1}), (([1], [2]), {"nope": 1})]:
    for f in [min, max]:
        try:
            print(f(*args, **kw))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum([1, 2.5]), sum(range(101)), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1, 2], start=10), sum([0.1] * 10), sum([10**20, 1, -10**20]), sum(iter([1, 2])), sum([True, True, False]))
for bad in [(["a"],), ([1, "a"],), ([b"a"], b""), (["a", "b"], ""), ([[1]], 0), (5,)]:
    try:
        print(sum(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2**100), abs(complex(3, -4)), abs(-float("inf")))
print(all([1, 2]), all([1, 0]), all([]), all(iter([])), any([0, 0]), any([0, 1]), any([]), all("abc"), any(x > 2 for x in range(5)), all(x > 2 for x in range(5)))
