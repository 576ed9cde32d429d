s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1); print(sorted(s))
try:
    s.remove(10)
except KeyError as e:
    print(repr(e))
print(s.pop() in {2, 3, 4}, len(s))
try:
    set().pop()
except KeyError as e:
    print(e)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a.union([5], (6,)), a.intersection(b, [3]), a.difference([1], [2]), a.symmetric_difference([1, 9]))
print(a <= b, a < a, a <= a, {1} < a, a >= {1}, a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.isdisjoint([7]), a == frozenset(a))
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
c = set(a); c |= {9}; c &= {1, 9, 2}; c -= {1}; c ^= {2, 8}; print(sorted(c))
c.update([1], "a"); c.intersection_update([1, "a", 5]); print(sorted(c, key=str))
c.difference_update(["a"]); c.symmetric_difference_update([1, 2]); print(c)
print(set(), frozenset(), repr(frozenset([1])), set("aab") == {"a", "b"}, {1, 2}.copy(), frozenset([1]).copy(), type(frozenset() | {1}).__name__, type({1} | frozenset()).__name__)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    set().add({})
except TypeError as e:
    print(e)
print({1, 2} == {2, 1}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([1]) in {frozenset([1])}, {1} in [frozenset([1])], set([1]) in {frozenset([1]): 0})
try:
    hash({1})
except TypeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
r = set(); print(r, repr(r), {1, 2, 3}.__len__(), {x % 3 for x in range(10)}, {True, 1, 1.0})
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
    def __repr__(self): return f"H({self.v})"
print(len({H(1), H(1), H(2)}), H(1) in {H(1)}, {H(1)} - {H(1)})
fs = frozenset([3, 1])
try:
    fs.add(1)
except AttributeError as e:
    print(e)
print(sorted(fs | {5}), fs.union(), fs & {1}, {1, 2} - frozenset([2]))
