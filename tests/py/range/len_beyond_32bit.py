# len() of ranges whose length does not fit in 32 bits is exact up to sys.maxsize on every
# target (wasm32 too), and an OverflowError past it.
import sys

for r in (range(2**31), range(2**31 + 5), range(-sys.maxsize + 1, -1), range(0, sys.maxsize - 1),
          range(sys.maxsize, 0, -1), range(0, 2**64, 4), range(-2**62, 2**62, 3),
          range(10**18, -10**18, -7)):
    print(r, len(r), len(r) == r.__len__() if len(r) < 2**31 else "big")

r = range(sys.maxsize, 0, -1)
print(r[0], r[1], r[-1], len(r) == sys.maxsize)
it = iter(r)
print(next(it), next(it))

for r in (range(2**63), range(-2**63, 2**63), range(0, 2**70, 2**5)):
    try:
        print(len(r))
    except OverflowError as e:
        print("OverflowError", e)

print(len(range(0)), len(range(5, 0)), len(range(0, 10, 3)))
