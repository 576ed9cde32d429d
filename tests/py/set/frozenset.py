f = frozenset([3, 1, 2])
print(sorted(f), type(f).__name__, len(f), 1 in f)
print(type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 5}))
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {frozenset("ab"): 1}
print(d[frozenset("ba")])
ss = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(ss))
print(frozenset() == set(), frozenset([1]) < {1, 2}, f.copy() is f)
print(repr(frozenset()), repr(frozenset([5])))
print(sorted(sorted(x) for x in {frozenset([1, 2]), frozenset([3])}))
