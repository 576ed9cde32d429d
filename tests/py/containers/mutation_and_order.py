# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Evil:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, other):
        self.d.clear()
        return False
d = {}
d[Evil(d)] = 1
d[Evil(d)] = 2
print(len(d))
s = set()
class Evil2:
    def __hash__(self): return 1
    def __eq__(self, other):
        s.clear()
        return False
s.add(Evil2()); s.add(Evil2()); print(len(s))
l = [5, 3, 1]
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        l.clear()
        return self.v < o.v
    def __repr__(self): return "C" + repr(self.v)
l = [Cmp(3), Cmp(1), Cmp(2)]
err(lambda: l.sort())
print(l)
class E:
    def __lt__(self, o): raise ValueError("boom")
x = [E(), E(), E()]
err(lambda: x.sort())
print(len(x))
data = [(i * 37) % 101 for i in range(500)]
print(sorted(data)[:10], sorted(data, reverse=True)[:5], sorted(data, key=lambda v: -v)[-3:])
print(sorted([3.5, 1, 2.25, -1]), sorted(["b", "a", "B"]), sorted([[2], [1, 5], [1]]))

ints = list(range(1000)); ints.reverse(); ints.sort(); print(ints == list(range(1000)))
big = {i: repr(i) for i in range(2000)}
for i in range(0, 2000, 2): del big[i]
print(len(big), list(big.items())[:3], big.popitem(), len(big))
st = {(i, -i) for i in range(30)}
print(list(st)[:6])
print(sorted({-5, -1, 7, 2**40, 2**62, -2**63, 10**20}))
fs = frozenset([frozenset([1]), frozenset([2])]); print(fs, hash(fs) == hash(frozenset([frozenset([2]), frozenset([1])])))
print(hash(frozenset([1, 2, 3, -1, 2**63])), hash((1, 2**64, -5)), hash((1.5, (2, 3))))
a = set(range(50)); b = set(range(25, 75))
print(list(a ^ b)[:10], list(a - b)[:5], list(b - a)[:5], list(a & b)[:5], list(a | {100, -100})[-3:])
print(list(set(range(100)) - set(range(3))) [:3])
u = {1, 2}; u |= {3}; u.update(range(40)); print(len(u), list(u)[:5])
print({1: 'a'}.keys() - {1}, {1: 'a'}.items() | {(2, 'b')} == {(1, 'a'), (2, 'b')})
print(list(dict.fromkeys(range(10), 0).items())[:3])
r = list(range(20)); del r[::-3]; print(r)
r = list(range(10)); r[::-2] = range(5); print(r)
r = list(range(10)); r[8:2:-2] = "abc"; print(r)
r = list(range(5)); r[10:] = [9]; print(r); r[-100:1] = []; print(r)
r = [1, 2, 3]; r[1:2] = r; print(r)
print([i for i in range(10)][3:-3], (1, 2, 3, 4)[-100:100], (1, 2, 3)[::-2])
print(list(range(10))[slice(2, 8, 3)], list(range(0, 100, 7))[-3::-4])
print(list(range(10**18, 10**18 + 3)), range(-10, 10, 3)[::-1], range(5)[-2:], range(0, -10, -3)[1:])
print(list(zip(range(3), range(10, 13), "abc")), list(enumerate(range(3), start=True)))
m = map(lambda x: x * 2, range(3)); print(next(m), list(m))
print(list(reversed(range(-5, 5, 3))), list(reversed(range(0))), list(reversed([])))
print(any(x > 5 for x in range(10)), all([]), len(list(filter(lambda v: v % 3 == 0, range(30)))))
print(tuple(x for x in range(3)), list({1: 2, 3: 4}.values()), [*range(3), *"ab"], {**{1: 2}, 3: 4}, {*range(3)})
