import gc
class Marker:
    pass
m = Marker()
holder = [m]
print(any(r is holder for r in gc.get_referrers(m)))
print(m in gc.get_referents(holder))
d = {"key": m}
print(m in gc.get_referents(d), "key" in gc.get_referents(d))
print(isinstance(gc.get_objects(), list), len(gc.get_objects()) > 10)
print(gc.get_count().__class__.__name__, len(gc.get_count()))
old = gc.get_threshold()
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
