# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
for s in [slice(None), slice(-3, None, -1), slice(1, 2), slice(-100, 100, 3), slice(10**20, -10**20, -10**19), slice(None, None, -1), slice(5, 2), slice(-1, -5, -2)]:
    for n in (0, 1, 5, 10):
        print(s, n, s.indices(n))
try:
    slice("a").indices(3)
except TypeError as e: print(e)
try:
    slice(1.5, 2).indices(3)
except TypeError as e: print(e)
