class D(dict):
    def __getitem__(self, k):
        return "override"
d = D(a=1)
print(d["a"], d.get("a"), dict(d), list(d.values()), {**d}, "a" in d)
class E(dict):
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return "from getitem"
e = E(a=1, b=2)
print(dict(e), {**e}, dict(**e) if False else "skip")
class Missing(dict):
    def __missing__(self, k):
        return k * 2
m = Missing()
print(m[3], m.get(3), 3 in m, m.setdefault(4, "x"), m)
class OrderedInsert(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
o = OrderedInsert()
o["x"] = 1
o.update(y=2)
print(o, OrderedInsert(z=3), o.setdefault("w", 4))
