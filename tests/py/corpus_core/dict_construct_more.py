print(dict(), dict({}), dict(a=1), dict([("a", 1)], b=2), dict({"a": 1}, a=2), dict(zip("ab", [1, 2])), dict([[1, 2]]), dict(((1, 2),)), dict({1: 2}.items()), dict.fromkeys("aa"), dict.fromkeys([], 1))
class KV:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k * 2
print(dict(KV()), {**KV()})
d = {}
d.update(KV()); d.update([("z", 0)]); d.update(w=1); print(d)
for bad in [lambda: dict(1), lambda: dict([1]), lambda: dict([(1,)]), lambda: dict([(1, 2, 3)]), lambda: dict("ab"), lambda: dict({}, {}), lambda: {}.update(1), lambda: dict.fromkeys(1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class OD(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
o = OD(a=1); print(o, o.extra, type(o.copy()).__name__, type(OD.fromkeys("a")).__name__, OD.fromkeys("ab", 0))
print({1: 1, **{2: 2}, 3: 3}, {**{"a": 1}, "a": 2}, {k: v for k, v in [("a", 1), ("a", 2)]}, len({i: i for i in range(1000)}))
d = {"b": 1, "a": 2}
print(list(d), list(d.items()), min(d), max(d.values()), sorted(d, key=d.get), d == {"a": 2, "b": 1}, list(d) == list({"a": 2, "b": 1}))
print(d.keys() == {"a", "b"}, d.items() == {("a", 2), ("b", 1)}, d.values() == d.values(), list(d.values()) == [1, 2])
