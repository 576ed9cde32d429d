import weakref, gc, sys
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
    def __del__(self): print("del", self.n)
o = Obj(1)
r = weakref.ref(o, lambda ref: print("callback", ref() is None))
print(r() is o, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
del o
print("after del", r())
d = weakref.WeakValueDictionary()
a, b = Obj(2), Obj(3)
d["a"] = a; d["b"] = b
print(sorted(d.keys()))
del a
print(sorted(d.keys()))
ws = weakref.WeakSet(); c = Obj(4); ws.add(c); print(len(ws)); del c; print(len(ws))
wk = weakref.WeakKeyDictionary(); k = Obj(5); wk[k] = "v"; print(list(wk.values())); del k; print(len(wk))
e = Obj(6)
f = weakref.finalize(e, print, "finalized 6")
print(f.alive); del e; print(f.alive)
p = weakref.proxy(Obj(7))
try:
    p.n
except ReferenceError as ex:
    print("ReferenceError", ex)
class Cyc:
    def __init__(self): self.me = self
    def __del__(self): print("cycle del")
x = Cyc(); del x
print("before collect")
print(gc.collect() >= 1)
print("after collect")
try:
    weakref.ref(1)
except TypeError as ex:
    print(ex)
print(sys.getrefcount(object()) > 0, gc.isenabled(), gc.get_threshold()[0] > 0, type(gc.get_count()).__name__)
last = Obj(99)
print("end of script")
