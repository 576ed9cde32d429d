# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t = (1, 2, 3)
print(t, (), (1,), t[1], t[-1], t[::-1], t[1:], t + (4,), t * 2, 2 * t, 2 in t, t.count(2), t.index(3))
print(hash(t), hash(()), hash((1, (2, 3), "x")) == hash((1, (2, 3), "x")), hash((True, 1.5)))
err(lambda: t[5])
err(lambda: t["a"])
err(lambda: t + [1])
err(lambda: t.index(9))
err(lambda: hash((1, [2])))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0), (2,) > (1, 9), () == ())
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(range(3)), t.__getnewargs__())
err(lambda: tuple(1, 2))
err(lambda: tuple(5))
class T(tuple): pass
tt = T([1, 2]); print(tt, type(tt).__name__, tt + (3,), type(tt[0:1]).__name__)
print(type(iter(())).__name__, list(iter((1, 2))))
r = range(10)
print(r, range(1, 10, 3), range(5, 0, -1), len(r), r[3], r[-1], r[2:5], r[::-2], r[::2][1:3], list(range(5, 0, -2)))
print(3 in r, 10 in r, -1 in r, 3.0 in r, "a" in r, r.index(4), r.count(4), r.count(3.0))
err(lambda: r[10])
err(lambda: r.index(11))
err(lambda: r["a"])
err(lambda: range(1, 2, 0))
err(lambda: range())
err(lambda: range(1.5))
err(lambda: range(1, 2, 3, 4))
print(range(0) == range(2, 2), range(1, 5, 2) == range(1, 6, 2), range(3) == range(3), range(3) != range(4))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 2, 7)), hash(range(10)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), bool(range(0)), bool(range(1)))
print(range(10).start, range(10).stop, range(10).step, range(2, 9, 3).step)
big = range(10**20, 10**20 + 5)
print(big, len(big), big[2], list(big)[:2], 10**20 + 1 in big, big.index(10**20 + 3), list(reversed(big))[:2])
huge = range(10**30)
err(lambda: len(huge))
print(huge[10**29], huge[-1], 10**29 in huge)
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0, 10, 4)))
print(slice(1, 2), slice(1), slice(1, 2, 3), slice(None).indices(10), slice(-3, None, -1).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2).start, slice(5).stop)
err(lambda: hash(slice(1)))
err(lambda: slice())
err(lambda: [1, 2][::0])
err(lambda: [1, 2]["a":])
err(lambda: slice(1, 2, 0).indices(3))
err(lambda: slice(1).indices(-1))
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate([], 10**20)))
print(list(enumerate("ab", 2**63 - 1)))
print(list(zip()), list(zip([1, 2], "abc")), list(zip([1], [2], [3])))
err(lambda: list(zip([1, 2], [1], strict=True)))
err(lambda: list(zip([1], [1, 2], strict=True)))
err(lambda: list(zip([1], [1], [1, 2], strict=True)))
err(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
err(lambda: zip(foo=1))
err(lambda: zip(1))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
err(lambda: map(abs))
err(lambda: map(abs, 1))
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x > 1, [1, 2, 3])), list(filter(bool, [0, 2])))
err(lambda: filter(None))
print(list(reversed([1, 2])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
err(lambda: reversed(1))
err(lambda: reversed({1, 2}))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(iter(Seq())), 20 in Seq())
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return 1
err(lambda: reversed(NoRev()))
cnt = [0]
def counter():
    cnt[0] += 1
    return cnt[0]
print(list(iter(counter, 4)), type(iter(counter, 1)).__name__, type(iter(Seq())).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
e = enumerate([1]); print(iter(e) is e, next(e))
err(lambda: next(e))
print(list(zip(*[(1, 2), (3, 4)])), dict(zip("ab", range(2))))
print(t[True], (1, 2, 3)[-3], (1, 2, 3)[5:], ((),))
nested = (1, [2, (3, {4: 5})])
print(nested, repr(nested))
print(sorted(range(5), reverse=True), max([3, 1, 2]), min((3, 1, 2)), sum(range(101)))
r = reversed([1, 2, 3]); print(r.__length_hint__(), next(r), r.__length_hint__())
print(range(3).__reversed__().__class__.__name__, iter(range(3)).__length_hint__())
