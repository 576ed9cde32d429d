import gc
import weakref
class Obj:
    pass
def make_cycle():
    x = Obj()
    y = Obj()
    x.other = y
    y.other = x
    return weakref.ref(x), weakref.ref(y)
gc.collect()
rx, ry = make_cycle()
print("alive before collect:", rx() is not None, ry() is not None)
gc.collect()
print("alive after collect:", rx() is not None, ry() is not None)
l = []
l.append(l)
wr_target = Obj()
wr_target.cycle = l
r = weakref.ref(wr_target)
del wr_target
print("non-cyclic container freed at once:", r() is None)
del l
print(gc.collect() >= 1)
d = {}
d["self"] = d
del d
print(gc.collect() >= 1)
gc.collect()
print(gc.collect())
