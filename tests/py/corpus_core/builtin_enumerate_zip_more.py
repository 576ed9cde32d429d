e = enumerate(["a", "b", "c"], start=1)
print(type(e).__name__, next(e), list(e))
print(list(enumerate(range(3), -2)), dict(enumerate("xy")), [i * c for i, c in enumerate("abc")], list(enumerate(iter([]))))
z = zip([1, 2, 3], "ab")
print(type(z).__name__, next(z), list(z), list(z))
print(list(zip("abc", range(10), [True] * 2)), list(zip(*zip("ab", "cd"))), dict(zip(range(3), "xyz")))
import itertools
print(list(zip(itertools.count(), "ab")), list(itertools.zip_longest("a", "bc", "def", fillvalue=0)))
for bad in [lambda: enumerate(), lambda: enumerate(5), lambda: zip(5), lambda: zip([1], strict=1) and list(zip([1], [1, 2], strict=True))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
