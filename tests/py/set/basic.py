s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.discard(9)
s.remove(4)
try:
    s.remove(9)
except KeyError as e:
    print("KeyError:", e)
print(sorted(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3])), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a, {1} < a, a > {1, 2}, a >= b, {1, 2}.issubset(a), a.issuperset([1]), a.isdisjoint({9}))
c = set(a)
c |= {10}
c &= {1, 10, 3}
c -= {3}
c ^= {99}
print(sorted(c))
print(set(), set("aab") == {"a", "b"}, set([1, 1, 2]), {1, 2} == {2, 1}, {1} == frozenset({1}))
p = {1, 2, 3}
print(p.pop() in {1, 2, 3}, len(p))
p.clear()
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print({1, 2, 3}.copy() == {1, 2, 3}, {x % 3 for x in range(10)})
