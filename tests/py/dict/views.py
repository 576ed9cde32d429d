d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(len(k), list(v), ("d", 4) in i, "d" in k, 4 in v)
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1), ("b", 9)}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {1: 1}
try:
    for key in d2:
        del d2[key]
        d2[key + 1] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(iter({"x": 0})), list({}.keys()), type(k).__name__, type(v).__name__, type(i).__name__)
print(list(reversed(d.keys()))[:2], list(reversed(d.values()))[:2])
print(v == v, {1: 2}.values() == {1: 2}.values())
print(d.keys().mapping == d if hasattr(d.keys(), "mapping") else "nomapping")
