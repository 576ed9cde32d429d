print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([])), list(zip(range(3), range(3), range(3))), list(zip(*[[1, 2], [3, 4], [5, 6]])))
print(dict(zip("abc", range(3))), list(zip("ab", "cd", strict=True)), [a + b for a, b in zip([1, 2], [10, 20])])
for args in [("ab", "abc"), ("abc", "ab"), ("a", "b", "")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)), list(enumerate("x", -3)), list(enumerate("ab", start=10)), next(enumerate("z", 2**65)))
try:
    enumerate("a", 1.5)
except TypeError as e:
    print(e)
print(list(map(len, ["a", "bb"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")), list(filter(None, [0, "", None, 1, "a", []])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())))
r = reversed([1, 2, 3]); print(next(r), list(r), list(r))
it = iter([1, 2, 3]); print(next(it), list(it), next(it, "dflt"))
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 2
print(list(Seq()), list(iter(Seq())), 4 in Seq(), list(reversed([*Seq()])))
vals = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(vals), None)))
import itertools
print(list(itertools.islice(iter(int, 1), 3)))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    iter(lambda: 1, 1, 1)
except TypeError as e:
    print(e)
try:
    next(5)
except TypeError as e:
    print(e)
