import weakref
class Obj:
    def __init__(self, v):
        self.v = v
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().v, weakref.getweakrefcount(o))
del o
print(r(), r() is None)
def cb(ref):
    print("callback called, dead:", ref() is None)
o2 = Obj(2)
r2 = weakref.ref(o2, cb)
print("deleting o2")
del o2
print("after delete")
for bad in [1, "s", [], {}, (1,)]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
o3 = Obj(3)
p = weakref.proxy(o3)
print(p.v)
del o3
try:
    p.v
except ReferenceError as e:
    print("ReferenceError:", e)
o4 = Obj(4)
print(weakref.ref(o4) is weakref.ref(o4), weakref.ref(o4) == weakref.ref(o4))
def f():
    pass
print(weakref.ref(f)() is f)
