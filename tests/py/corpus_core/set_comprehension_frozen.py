s = {x % 5 for x in range(20)}
print(sorted(s), {c.lower() for c in "AbAb"} == {"a", "b"}, len({(i, j) for i in range(3) for j in range(3) if i <= j}))
fs = frozenset(range(5))
print(fs, fs | {9}, fs & frozenset([1, 2, 10]), fs - {0}, fs ^ {0, 10}, fs.issuperset(range(3)), hash(fs) == hash(frozenset(range(5))), frozenset() == set(), frozenset("aab"))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), frozenset({1, 2}) in nested, {frozenset(): "empty"}[frozenset()])
print(sorted(set.union(*[{1}, {2}, {3}])), set().union(), set.intersection(*[{1, 2, 3}, {2, 3}, {3}]), {1, 2} > {1}, {1} < {1}, frozenset({1}) <= {1, 2})
s2 = set()
for i in range(100):
    s2.add(i * 7 % 13)
print(sorted(s2), len(s2), 12 in s2, s2.pop() in range(13), len(s2))
print(set([1, 2, 2, 3]), set("mississippi") == set("misp"), set({1: 2, 3: 4}), set(range(3)) | set(range(2, 5)), {*range(3), *"ab"} == {0, 1, 2, "a", "b"})
try:
    {[]}
except TypeError as e:
    print(e)
try:
    frozenset([{}])
except TypeError as e:
    print(e)
s3 = {1, 2, 3}
s3.difference_update({1}, [2]); print(s3)
s3.intersection_update([3, 4], {3}); print(s3)
s3.symmetric_difference_update({3, 5}); print(s3)
s3.update({6}, [7], "8"); print(sorted(s3, key=str))
