import sys
nested = []
cur = nested
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(nested).count("["))
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
print(depth(nested))
deep = []
for _ in range(100000):
    deep = [deep]
try:
    repr(deep)
    print("repr ok")
except RecursionError:
    print("RecursionError in repr")
del deep
t = ()
for _ in range(10):
    t = (t, t)
print(len(str(t)))
