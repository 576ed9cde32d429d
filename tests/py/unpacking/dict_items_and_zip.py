inventory = {"apples": 3, "pears": 0, "kiwis": 12}
for name, count in sorted(inventory.items()):
    print(f"{name:>8}: {count}")
names, counts = zip(*sorted(inventory.items()))
print(names, counts)
rows = [("a", 1, True), ("b", 2, False)]
for letter, num, flag in rows:
    print(letter * num, not flag)
(k1, v1), (k2, v2) = list(inventory.items())[:2]
print(k1, v1, k2, v2)
print(dict(zip(*zip(*inventory.items()))) == inventory)
point = {"x": 1, "y": 2}
def show(x, y):
    return f"({x}, {y})"
print(show(**point), show(*point.values()), show(*point))
