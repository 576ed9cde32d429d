# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
import gc
class N:
    pass
for i in range(200):
    l = [1, 2]; l.append(l)
    d = {"a": 1}; d["self"] = d
    t = ([],); t[0].append(t)
    s = {1}; n = N(); n.s = s; n.d = {"n": n}
    it = iter([l, d]); l.append(it)
    e = enumerate([d]); d["e"] = e
    z = zip([l], [d]); l.append(z)
    m = map(len, [l]); l.append(m)
    v = d.items(); d["v"] = v
    r = reversed(l); l.append(r)
    del l, d, t, s, n, it, e, z, m, v, r
print(gc.collect() > 0)
print(gc.collect())
x = {}
for i in range(10000):
    x[i] = [i]
x[5].append(x)
del x
print(gc.collect() >= 1)
