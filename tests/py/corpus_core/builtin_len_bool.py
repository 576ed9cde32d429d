for v in ["", "abc", "日本", b"ab", bytearray(3), [], [1, 2], (), (1,), {}, {1: 2}, set(), {1, 2}, frozenset([1]), range(5), range(0, 10, 3), range(10, 0), {}.keys(), {1: 2}.items()]:
    print(repr(v)[:25], len(v), bool(v))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(3)), bool(L(0)), bool(L(2)))
for n in [-1, 2**63, 1.5, "3", None]:
    try:
        print(len(L(n)))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(n), type(e).__name__, e)
for bad in [5, 1.5, None, iter([]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
