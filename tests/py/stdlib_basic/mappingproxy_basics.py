# types.MappingProxyType: read-only view, methods, PEP 585 subscription, errors.
import types
d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp["a"], len(mp), list(mp), mp.get("z", 0), list(mp.items()), list(reversed(mp)))
d["c"] = 3
print(mp.copy(), "c" in mp, mp == d)
print(types.MappingProxyType[str, int], type(types.MappingProxyType[str, int]).__name__)
for op in (lambda: mp.__setitem__("x", 1), lambda: mp.__delitem__("a"), lambda: types.MappingProxyType([1])):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
print(sorted(a for a in dir(mp) if not a.startswith("_")))
print(mp | {"z": 26})
