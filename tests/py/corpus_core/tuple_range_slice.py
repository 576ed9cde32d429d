t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t[::-1], t[1:], t * 2, t + (4,), () == tuple(), (1,) < (1, 2), (1, 2) > (1, 1, 5))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)
print(repr((1,)), repr(()), tuple("ab"), hash((1, 2)) == hash((1, 2)), (1, [2]).__len__())
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
r = range(10)
print(r, range(1, 10, 2), range(0), r[2], r[-1], r[2:5], r[::-1], r[::2][1:3], len(range(0, 10, 3)), len(range(10, 0)), list(range(5, 0, -2)))
print(3 in r, 3.0 in r, "a" in r, r.index(4), r.count(4), range(0, 10, 2).index(4), r == range(10), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
try:
    r.index(11)
except ValueError as e:
    print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    r[10]
except IndexError as e:
    print(e)
print(r.start, r.stop, r.step, range(5).stop, len(range(-5)), range(2**100)[2**99], len(range(0, 2**40, 2**32)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
try:
    len(range(2**100))
except OverflowError as e:
    print(e)
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)), range(3).__reversed__ is not None)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(100, -100, -3).indices(10))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)
try:
    s.indices(-1)
except ValueError as e:
    print(e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), repr(slice("a", [1])))
try:
    hash(slice(1))
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 2
l = list(range(10))
print(l[Idx()], l[Idx():], l[:Idx()], "abcdef"[Idx()::Idx()], (1, 2, 3)[Idx()], range(10)[Idx()])
class Getter:
    def __getitem__(self, k): return k
g = Getter()
print(g[1], g[1:2], g[1:2:3], g[:], g[::], g[1, 2], g[1:2, 3], g[...], g[:, None])
