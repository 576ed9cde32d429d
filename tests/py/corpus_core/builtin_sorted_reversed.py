print(sorted([]), sorted([3, 1, 2]), sorted("cba"), sorted((3, 1)), sorted({3: 0, 1: 0}), sorted({3, 1}), sorted(range(5), reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([(2, "a"), (1, "b")], key=lambda t: t[1]))
print(sorted([1, 2, 3], key=lambda x: 0), sorted([-1, 3, -2], key=abs, reverse=True), sorted("aAbB", key=str.upper), sorted([0.5, -1, 2]), sorted([True, False, 0, 1]))
for bad in [lambda: sorted(1), lambda: sorted([1], 1), lambda: sorted([1, "a"]), lambda: sorted([1], key=1), lambda: sorted([1], reverse="x") if False else sorted([1], cmp=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(list(reversed([1, 2, 3])), list(reversed((1,))), list(reversed("")), list(reversed(range(2, 8, 2))), "".join(reversed("abc")), list(reversed(bytearray(b"ab"))), list(reversed(b"xy")))
r = reversed([1, 2]); print(type(r).__name__, iter(r) is r, list(r), list(r))
for bad in [{1}, {1: 2}.keys() if False else 5, iter([1]), None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
