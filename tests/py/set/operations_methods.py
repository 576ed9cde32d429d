a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
c = a.copy()
c.update([10], (11,), {12})
print(sorted(c))
c.intersection_update({1, 2, 10, 99}, range(0, 11))
print(sorted(c))
c.difference_update({1})
print(sorted(c))
c.symmetric_difference_update({2, 3})
print(sorted(c))
print(sorted(a.union()), sorted(a.intersection(b, {5})), sorted(a.difference(b, {1})))
for op in ["__or__", "__and__", "__sub__", "__xor__"]:
    print(op, getattr(a, op)([1]) if False else getattr(a, op)(frozenset([1, 9])))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print(a == {5, 4, 3, 2, 1}, a != b, a < a, a <= a, {1} < {1, 2}, {1, 2} > {2}, {3} <= a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([9, 10]))
x = {1, 2}
x.discard(5)
x.add(2)
print(x, len(x), set.union(*[{1}, {2}, {3}]))
