def use():
    return len([1, 2]), X
X = 1
r = []
for i in range(4):
    if i == 1: X = 2
    if i == 2: len = lambda x: 99
    if i == 3: del len
    r.append(use())
print(r)
import builtins
def b(): return abs(-3)
r2 = [b()]
builtins.abs = lambda x: "patched"
r2.append(b())
del builtins.abs
try:
    b()
except NameError as e:
    r2.append(str(e))
import math
builtins.abs = math.fabs
r2.append(b())
print(r2)
g1 = {"Y": 1}
g2 = {"Y": 2}
code = compile("def f(): return Y\nres = f()", "<x>", "exec")
for g in (g1, g2, g1):
    exec(code, g)
    print(g["res"], end=" ")
print()
def loop():
    t = 0
    for i in range(1000):
        t += abs(-i) + Z
    return t
Z = 1
print(loop())
