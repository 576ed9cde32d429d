d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "a" in d, "z" in d, d.get("z"), d.get("z", 0))
d["a"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["b"]
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2), dict(zip("ab", range(2))))
print({1: "int", 1.0: "float"}, {(1, 2): "t"}, {None: 0, True: 1})
print(d == {"c": 3, "a": 10}, d != {"a": 10})
try:
    d < d
except TypeError as e:
    print("TypeError:", e)
for k in {"z": 1, "y": 2, "x": 3}:
    print(k, end=" ")
print()
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
