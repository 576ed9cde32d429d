# Specialized global and builtin loads must see rebinding, deletion, shadowing and
# monkey-patching of builtins mid-loop (dict keys versions).
import builtins

G = 1


def f():
    return "f1"


def loop(n):
    out = []
    for i in range(n):
        out.append((G, f(), len("abc"), isinstance(i, int)))
    return out


print(loop(200)[-1])
G = 2                                 # rebinding keeps the keys: value must still be fresh
print(loop(200)[-1])


def f():                              # noqa: F811
    return "f2"


print(loop(200)[-1])
len = lambda x: 42                    # noqa: E731  global shadows the builtin
print(loop(200)[-1])
del len
print(loop(200)[-1])
orig_isinstance = builtins.isinstance
builtins.isinstance = lambda a, b: "patched"
print(loop(200)[-1])
builtins.isinstance = orig_isinstance
print(loop(200)[-1])

# Deleting a global mid-loop raises NameError at the right iteration
H = 5


def useh(n):
    s = 0
    for i in range(n):
        if i == 150:
            del globals()["H"]
        s += H
    return s


try:
    useh(300)
except NameError as e:
    print("NameError:", e)

# Many new globals added (dict resize) while a loop reads an old one
K = 7


def readk(n):
    s = 0
    for i in range(n):
        globals()["tmp_%d" % i] = i
        s += K
    return s


print(readk(500))


# A builtin deleted from builtins mid-loop
def uses_abs(n):
    s = 0
    for i in range(n):
        if i == 100:
            saved = builtins.abs
            del builtins.abs
            try:
                abs(-1)
            except NameError as e:
                print("no abs:", e)
            builtins.abs = saved
        s += abs(-i)
    return s


print(uses_abs(200))

# exec with different globals dicts sharing one code object
code = compile("def g():\n    r = 0\n    for i in range(100):\n        r += X\n    return r\nr = g()\n", "<exec>", "exec")
for x in (1, 2, 3):
    ns = {"X": x}
    exec(code, ns)
    print(ns["r"])
ns = {"X": 1.5}
exec(code, ns)
print(ns["r"])
ns = {}
try:
    exec(code, ns)
except NameError as e:
    print(e)


# Module attribute loads: module globals changed from outside
import math


def use_math(n):
    s = 0.0
    for i in range(n):
        if i == 100:
            math.tau = 1.0
        s += math.tau
    return s


saved_tau = math.tau
print(use_math(200))
math.tau = saved_tau
del math.tau
try:
    use_math(10)
except AttributeError as e:
    print(e)
math.tau = saved_tau

import types

mod = types.ModuleType("m")
mod.fn = lambda: 1
acc = 0
for i in range(300):
    if i == 100:
        mod.fn = lambda: 2
    if i == 200:
        mod.other = 0          # new key: keys version changes
    acc += mod.fn()
print(acc)
