# range iterators near the 64-bit limits: __reduce__ must describe a range whose stop is past
# 2**63 - 1 (or below -2**63) exactly, so pickling round-trips.
import pickle

cases = [(1, 2, 2**63 - 1), (1, 2**63 - 1, 2**63 - 1), (2**63 - 2, 2**63 - 1, 2),
         (-(2**63) + 1, -(2**63), -2), (-1, -(2**63), -(2**63)), (0, 10, 3),
         (2**63 - 3, 2**63 - 1, 1)]
for t in cases:
    r = range(*t)
    it = iter(r)
    print(t, it.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        got = list(pickle.loads(pickle.dumps(it, proto)))
        if got != list(r):
            print("  mismatch", proto, got)
    if len(r):
        next(it)
        print("  after next:", it.__reduce__(), list(pickle.loads(pickle.dumps(it))))
