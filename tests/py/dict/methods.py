d = {"x": 1, "y": 2, "z": 3}
print(d.pop("x"), d.pop("nope", "dflt"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
print(d.setdefault("y", 100), d.setdefault("w", []), d)
d["w"].append(1)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
print(d)
c = d.copy()
c["y"] = -1
print(d["y"], c["y"])
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0))
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
e = {"a": 1} | {"b": 2, "a": 3}
print(e)
e |= {"c": 4}
print(e)
print(list(reversed({"p": 1, "q": 2})), list(reversed({}.items())))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
