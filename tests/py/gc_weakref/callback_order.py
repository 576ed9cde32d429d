import weakref
class Obj:
    pass
o = Obj()
log = []
refs = [weakref.ref(o, lambda r, i=i: log.append(i)) for i in range(3)]
del o
print(log)
o2 = Obj()
r1 = weakref.ref(o2, lambda r: print("callback sees dead ref:", r() is None))
p = weakref.proxy(o2, lambda p: print("proxy callback"))
o2 = None
print("after clearing o2")
class Container:
    pass
parent = Container()
child = Container()
parent.child = child
wr = weakref.ref(child, lambda r: print("child collected"))
del child
print("child still referenced by parent:", wr() is not None)
del parent
print("parent gone:", wr() is None)
def cb_raises(r):
    raise ValueError("callback error")
o3 = Obj()
r3 = weakref.ref(o3, cb_raises)
del o3
print("continued after callback error")
