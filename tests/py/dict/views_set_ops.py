a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "z": 3, "w": 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.items() & b.items()), sorted(a.items() - b.items()))
print(a.keys() == {"x", "y", "z"}, a.keys() < {"x", "y", "z", "q"}, a.keys() >= {"x"}, a.items() == a.items())
print(sorted(a.keys() & ["x", "q"]), sorted(a.keys() | "ab"))
try:
    a.values() & b.values()
except TypeError as e:
    print("TypeError:", e)
print(len(a.keys()), list(reversed(a.items())), "x" in a.keys(), ("x", 1) in a.items(), ("x", 2) in a.items())
try:
    ([], 1) in a.items()
    print("unhashable item lookup ok")
except TypeError as e:
    print("TypeError:", e)
