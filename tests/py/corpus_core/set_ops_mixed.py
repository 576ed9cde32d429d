s, f = {1, 2, 3}, frozenset({2, 3, 4})
print(sorted(s | f), sorted(s & f), sorted(s - f), sorted(s ^ f), type(s | f).__name__, type(f | s).__name__, type(f & s).__name__, type(f - s).__name__)
print(s == {3, 2, 1}, s == f, f == frozenset([4, 3, 2]), s != f, s <= {1, 2, 3, 4}, f >= {2}, s < s, f > frozenset())
print(s.union([5], (6,), "7"), sorted(s.intersection(range(3))), s.difference(), s.issubset(range(10)), f.issuperset([2, 3]), s.isdisjoint("abc"))
for op in ["|", "&", "-", "^", "<", "<=", ">", ">="]:
    for other in [[1], "ab", (1,), {1: 2}, {1: 2}.keys(), range(3)]:
        try:
            r = eval(f"s {op} other")
            print(op, type(other).__name__, sorted(r) if isinstance(r, (set, frozenset)) else r)
        except TypeError as e:
            print(op, type(other).__name__, e)
k = {1: 2, 3: 4}.keys()
print(k | {9}, k & {1}, {1} & k, {9} | k, k - {1}, {1, 3, 5} - k, k ^ {1, 7})
m = set("abc")
m |= {"d"}; m &= set("abdz"); m -= {"a"}; m ^= {"b", "q"}; print(sorted(m))
m.update(); m.update([], "x"); m.discard("nope"); print(sorted(m))
print({frozenset({1}): "a"}[frozenset([1])], {1, 1.0, True}, {0, 0.0, False, -0.0}, len({float("nan"), float("nan")}))
print(set.union({1}, {2}), set.intersection({1, 2}, [2]), frozenset.union(frozenset(), [1]), sorted({x % 4 for x in range(20)}))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), str({"a"}), set([]) == frozenset([]), bool(set()), bool({0}))
class SubSet(set): pass
ss = SubSet([1, 2]); print(type(ss | {3}).__name__, type(ss.copy()).__name__, ss == {1, 2}, repr(ss))
