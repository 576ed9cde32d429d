for r in [range(10), range(1, 10, 3), range(10, 0, -2), range(0), range(-5, 5), range(5, -5, -3), range(2**70, 2**70 + 10, 3)]:
    print(r, len(r), list(r)[:5], r[0] if r else None, r[-1] if r else None, r[1:3], r[::-1][:2] if len(r) < 100 else "", bool(r), 3 in r, r.count(4), min(r) if r else None, max(r) if r else None, sum(r) % 1000)
print(range(5) == range(0, 5, 1), range(0, 5, 2) == range(0, 6, 2), range(0) == range(2, 2), range(1, 2) != range(1, 3), hash(range(0)) == hash(range(3, 3)))
print(range(10)[2:8:2], range(10)[::-3], range(10)[-2:], range(10)[100:], range(0, 100, 7)[3:9][::2], range(10)[-1:-11:-1])
print(list(reversed(range(0, 20, 6))), list(range(3).__reversed__()), range(10).index(9), range(0, 10, 2).count(3), 10 in range(0, 10), -1 in range(-5, 0))
for bad in [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range("a"), lambda: range(1.0, 2), lambda: range(0, 10, 0), lambda: range(10)[10], lambda: range(10)["a"], lambda: range(3).index(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 4
print(range(I()), range(I(), 10, I()), list(range(I())), range(10)[I()], range(10)[I():], slice(I()).indices(10) if False else "")
s = slice(2, 8, 2)
print(s.indices(5), s.indices(100), slice(-1).indices(4), slice(None, -3, -1).indices(6), slice(10, None).indices(3), slice(None, None, None).indices(0))
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1) != slice(1, None), slice(1, 2) < slice(1, 3), str(slice(None)), repr(slice(1, "a", None)))
