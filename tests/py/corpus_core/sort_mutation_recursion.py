l = [3, 1, 2]
def key(x):
    l.append(0)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e)
print(len(l) >= 3)
a = [[]] * 3; a[0].append(1); print(a)
d = {}; d["d"] = d; print(d, repr(d))
s = []; s.append((s,)); print(s)
class R:
    def __repr__(self): return repr(self.x)
r = R(); r.x = [r]
try:
    repr(r)
except RecursionError as e:
    print("RecursionError", str(e)[:40])
deep = []
cur = deep
for i in range(100000):
    n = []
    cur.append(n)
    cur = n
try:
    s = repr(deep)
    print(len(s))
except RecursionError as e:
    print("RecursionError", str(e)[:40])
import sys
print(sys.getrecursionlimit())
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print(e)
x = list(range(10))
print(x[::3], x[-1:-5:-2], x[5:100:-1], x[-100:3], x[1:-1][::-1][::2])
x[1:9:2] = "abcd"; print(x)
del x[::-2]; print(x)
x[:] = []; print(x)
y = [1, 2, 3]; y[len(y):] = [4]; y[:0] = [0]; print(y)
z = [1, 2, 3, 4, 5]; z[1:4] = z[3:0:-1]; print(z)
