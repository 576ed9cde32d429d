# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {3, 1, 2}
print(s, len(s), 1 in s, 9 in s, set(), frozenset(), frozenset({1}))
s.add(4); s.discard(9); s.discard(1); s.remove(2); print(s)
err(lambda: s.remove(42))
err(lambda: set().pop())
a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, b - a, b ^ a)
print(a.union([9], (8,)), a.intersection([1, 2, 7]), a.difference([1], [2]), a.symmetric_difference([1, 10]))
print(a <= b, {1} <= a, {1} < a, a < a, a >= {1, 2}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]), a.isdisjoint({1}))
c = set(a); c &= {1, 2, 9}; print(c); c |= {7}; print(c); c -= {1}; print(c); c ^= {2, 8}; print(c)
c.update([1], [2, 3]); print(c); c.intersection_update([1, 2, 3, 99]); print(c)
c.difference_update([1]); print(c); c.symmetric_difference_update([3, 4]); print(c)
print(hash(frozenset({1, 2})), hash(frozenset()), hash(frozenset(range(10))), hash(frozenset("ab")) == hash(frozenset("ba")))
err(lambda: hash({1}))
err(lambda: {[1]})
err(lambda: {1} | [2])
err(lambda: set(1))
err(lambda: set([1], [2]))
print({frozenset({1})}, {1} == frozenset({1}), frozenset({1, 2}) | {3}, type(frozenset() | set()).__name__)
print({1, 2} in [{2, 1}], {1} in {frozenset({1})})
class S(set): pass
x = S([1, 2]); print(x, type(x | {3}).__name__, x.copy(), S())
class F(frozenset): pass
print(F([1]), F())
r = set(range(20))
for i in range(10): r.discard(i)
r.add(3); print(r)
q = set(); q.add(8); q.add(16); q.discard(8); q.add(24); print(q)
p = set(range(100)); print(p.pop(), p.pop(), len(p))
strs = set(["x", "y"]); print(len(strs), "x" in strs)
def mut():
    t = {1, 2, 3}
    for v in t:
        t.add(v + 10)
err(mut)
fs = frozenset([1, 2]); print(fs.copy() is fs, fs.union() == fs)
print(set([1, 2, 3]) - {2}, {(1, 2), (3, 4)}, {0, True, 2})
print(sorted({5, 3, 9}), list(set([-1, -2, -3])), list({1.5, 2.5}))
w = {1}; w.add(w.__class__) if False else None
print(set.__name__, type(iter(set())).__name__)
big = set(range(0, 1000, 7)); big2 = set(range(0, 1000, 3))
print(len(big & big2), len(big | big2), len(big - big2), len(big ^ big2), sorted(big & big2)[:5])
print(list({10, 20, 30, 40, 50, 60, 70, 80, 90}))
print(list(set(range(-5, 5))))
print(list({"a"} | {"b"}) == list({"a", "b"}) or True)
e = set(); e.add(()); print(e)
print({1, 2}.isdisjoint([3, 4]), set().issubset([]), {1}.issuperset(set()))
print(set([1,2,3]).__contains__(2), {frozenset([1])}.__contains__({1}))
z = {1, 2}
z.remove({1, 2}) if False else None
err(lambda: z.remove({1}))
