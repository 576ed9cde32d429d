# Small dicts (up to 5 keys) and the moves between small and larger tables: clear() and
# deletion while a value's __del__ writes into the same dict, growth from 5 to 6 keys and
# back after deletions, copies and popitem.


class Refill:
    def __init__(self, d, key):
        self.d = d
        self.key = key

    def __del__(self):
        self.d[self.key] = "refilled"


d = {}
d["a"] = Refill(d, "x")
d["b"] = 2
d.clear()
print(sorted(d.items()))

d = {"a": 1}
d["b"] = Refill(d, "y")
del d["b"]
print(sorted(d.items()))

big = {}
big["r"] = Refill(big, "z")
for i in range(20):
    big[i] = i
big.clear()
print(sorted(big.items(), key=str))

# Grow and shrink around the small-table limit.
for n in range(0, 12):
    e = {}
    for i in range(n):
        e["k%d" % i] = i
    for i in range(0, n, 2):
        del e["k%d" % i]
    for i in range(n, n + 3):
        e["k%d" % i] = i
    print(n, list(e.items()), len(e.copy()), dict(e) == e)

# popitem down to empty and refill.
f = {i: i * i for i in range(5)}
out = []
while f:
    out.append(f.popitem())
f.update({"p": 1, "q": 2})
print(out, f)

# Deleting and re-adding keys many times in a small dict (holes, in-place compaction).
g = {"a": 0, "b": 0, "c": 0}
for i in range(100):
    del g["a"]
    g["a"] = i
    g["b"] += 1
print(g, list(g))


class O:
    pass


o = O()
for i in range(7):
    setattr(o, "f%d" % i, i)
    print(i, sorted(vars(o).items()))
for i in range(7):
    delattr(o, "f%d" % i)
print(vars(o))
print(sorted({1: 2, 3: 4}.__sizeof__() > 0 for _ in range(1)))
