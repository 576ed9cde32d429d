# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2}
d["c"] = 3; d[1] = "one"; d[(1, 2)] = [3]
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
del d["b"]; print(d)
err(lambda: d["zz"])
err(lambda: d[(1, 2, 3)])
err(lambda: d[[1]])
def f(): del d["nope"]
err(f)
print(d.pop("a"), d.pop("x", None), d.popitem(), d)
err(lambda: d.pop("x"))
err(lambda: {}.popitem())
print(d.setdefault("k", 5), d.setdefault("k", 6), d)
d.update({"u": 1}, v=2); d.update([("w", 3)]); d.update(x=9); print(d)
err(lambda: d.update([(1, 2, 3)]))
err(lambda: d.update([1]))
err(lambda: d.update(1, 2))
print(dict(a=1, b=2), dict([(1, 2)], c=3), dict({1: 2}), dict())
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(reversed(d).__class__.__name__, list(reversed(d)), list(reversed(d.items())))
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2})
err(lambda: {} < {})
print({1: 1} | {2: 2}, {1: 1} | {1: 3})
e = {1: 1}; e |= {2: 2}; e |= [(3, 3)]; print(e)
err(lambda: {} | [])
k = {1: 2, 3: 4}.keys()
print(k & {1, 5}, k | {7}, k - {1}, k ^ {1, 9}, {1: 2}.items() & {(1, 2)}, k == {1, 3}, k < {1, 3, 5})
print(k.isdisjoint([9]), k.isdisjoint([1]), 1 in k, (1, 2) in {1: 2}.items(), 2 in {1: 2}.values())
print(k.mapping)
dd = {}
dd["self"] = dd
print(dd)
class M(dict):
    def __missing__(self, key):
        return key * 2
m = M(a=1)
print(m["a"], m["zz"], m, type(m).__name__)
err(lambda: m.__missing__)
it = {1: 1, 2: 2}
def mut():
    for x in it:
        it[x + 10] = 0
err(mut)
def mut2():
    for x in it:
        del it[x]
        it[x + 100] = 1
err(mut2)
print({1: 2}.copy(), d.clear(), d)
err(lambda: hash({}))
x = {}
for i in range(1000):
    x[i] = i
for i in range(0, 1000, 3):
    del x[i]
print(len(x), sum(x), list(x)[:5], list(x)[-3:])
print({True: 1, 1: 2, 1.0: 3})
print(repr({"q": "'"}), repr({None: ...}))
class K:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, K) and o.h == self.h
    def __repr__(self): return "K(" + repr(self.h) + ")"
print({K(1): 1, K(1): 2, K(9): 3})
print(dict.fromkeys({3, 1, 2}), {}.get(1, "d"))
err(lambda: {}.get())
err(lambda: dict(1))
err(lambda: dict([1, 2]))
err(lambda: dict(["ab", "cde"]))
print(dict(["ab", "cd"]))
print(iter({}).__class__.__name__, iter({}.values()).__class__.__name__, iter({}.items()).__class__.__name__)
print(type({}.keys()).__name__, len({1: 2}.items()))
print(d.items() == d.items(), {1: 2}.values() == {1: 2}.values())
