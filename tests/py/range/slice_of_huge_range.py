# Slicing ranges whose length does not fit 64 bits (slice bounds clipped with big ints).
import itertools

vals = [None, -2**100, -2**30, -7, -1, 0, 1, 7, 2**30, 2**100]
count = 0
for L in [2**64, 2**100]:
    r = range(L)
    for a in itertools.product(vals, repeat=3):
        s = slice(*a)
        if s.step == 0:
            continue
        got = r[s]
        assert got == range(*s.indices(L)), (a, L)
        count += 1
print(count)
print(range(2**100)[::-7][:3], range(-2**80, 2**80, 3)[10:-10:5][-2:])
print(range(0, 2**100, 2**90)[::-1], len(range(2**70)[::2**65]))
print(range(5, -2**100, -3)[2**99:], range(5, -2**100, -3)[-1:-4:-1])
