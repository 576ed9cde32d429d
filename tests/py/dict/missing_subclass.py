class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] = c[ch] + 1
print(sorted(c.items()), c["zzz"], "zzz" in c, c.get("zzz"))
class Auto(dict):
    def __missing__(self, key):
        self[key] = v = Auto()
        return v
a = Auto()
a["x"]["y"]["z"] = 1
print(a)
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
l = Logged()
l["a"] = 1
l.update(b=2)
print(l, type(l).__name__, isinstance(l, dict))
print(dict(l), type(dict(l)).__name__, l == {"a": 1, "b": 2})
