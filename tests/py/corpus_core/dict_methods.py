d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("z", None), d)
try:
    d.pop("z")
except KeyError as e:
    print(repr(e), e)
print(d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print(e)
d.update({"x": 1}, y=2); d.update([("z", 3)]); d.update(w=4); print(d)
try:
    d.update([1])
except TypeError as e:
    print(e)
try:
    d.update([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    d.update({}, {})
except TypeError as e:
    print(e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip("ab", range(2))))
print(list(d.keys()), list(d.values()), list(d.items()), len(d), "x" in d, "x" in d.keys(), ("x", 1) in d.items(), 1 in d.values())
k = d.keys()
print(k & {"x", "q"}, k | {"q"} >= {"q"}, k - {"x"} == {"b", "y", "z", "w", "c"} - {"b"} | {"b"}, sorted(k ^ {"x", "n"}), k.isdisjoint({"n"}))
print(d.items() & {("x", 1)}, repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
try:
    d["nope"]
except KeyError as e:
    print(repr(e))
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
e = {1: "a", 1.0: "b", True: "c"}; print(e)
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {"a": 1} | {"b": 2}, {"a": 1} | {"a": 3})
f = {"a": 1}; f |= {"b": 2}; f |= [("c", 3)]; print(f)
try:
    {} < {}
except TypeError as e:
    print(e)
try:
    {} | [1]
except TypeError as e:
    print(e)
print(reversed({1: 2, 3: 4}).__class__.__name__, list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())), {1: 2}.copy(), dict.__name__)
g = {}
for i in range(5):
    g[i] = i * i
del g[2]
g[2] = "new"
print(g, list(g))
try:
    for k in g:
        g[k + 100] = 1
except RuntimeError as e:
    print(e)
h = {"x": 1}
try:
    for k in h:
        del h[k]
except RuntimeError as e:
    print(e)
class K(dict):
    def __missing__(self, key):
        return key * 2
kk = K(a=1)
print(kk["a"], kk["zz"], kk.get("zz"), "zz" in kk, repr(kk), type(kk).__name__)
r = {}; r["self"] = r; print(r)
print({**{"a": 1}, "b": 2, **{"a": 3}}, dict(**{"x": 1}))
try:
    dict(**{1: 2})
except TypeError as e:
    print(e)
print(d.__getitem__("x"), d.__len__(), sorted(d.__iter__()), {}.get(1, 2), dict([]), hash(frozenset({1: 2}.items())) == hash(frozenset([(1, 2)])))
