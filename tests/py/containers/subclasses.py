# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"
    def append(self, x):
        super().append(x * 2)
m = MyList([1, 2]); m.append(5); print(m, m.tag, len(m), m[0], m[1:], type(m[1:]).__name__)
list.append(m, 7); print(m, m == [1, 2, 10, 7], isinstance(m, list))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
dd = D(a=1); dd["b"] = 2; dd.update(c=3); print(dd, dict.__getitem__(dd, "b"))
print(D.fromkeys([1, 2], 0), type(D.fromkeys([1], 1)).__name__)
class DD(dict):
    def __init__(self):
        super().__init__()
        self.count = 0
    def __missing__(self, k):
        self.count += 1
        self[k] = []
        return self[k]
g = DD(); g["x"].append(1); g["x"].append(2); g["y"]; print(g, g.count, "z" in g, g.get("z"))
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
t = T(1, 2); print(t, t.first, len(t), hash(t) == hash((1, 2)), t == (1, 2), tuple.__new__(T, [5, 6]))
class S(set):
    def __init__(self, it=()):
        super().__init__(it)
        self.x = 1
s = S([1, 2]); s.add(3); print(s, s.x, set.union(s, {9}), len(s), S.__name__)
class FS(frozenset):
    def __new__(cls, *a):
        return super().__new__(cls, a)
print(FS(1, 2), hash(FS(1, 2)) == hash(frozenset({1, 2})), FS(1) | FS(2))
print(list.__len__([1, 2]), tuple.__getitem__((1, 2), 1), dict.get({1: 2}, 1), set.__contains__({1}, 1))
print(sorted(MyList([3, 1, 2])), reversed(MyList([1])).__class__.__name__)
print(list.__dict__["append"], type(list.__dict__["sort"]).__name__)
print([].__iter__().__class__ is iter([]).__class__, list.__hash__, {}.__class__.__name__)
import_free = {k: v for k, v in zip("abc", range(3))}
print(import_free, sorted(import_free.items(), key=lambda kv: -kv[1]))
e = enumerate("xy")
print(e.__class__.__name__, list(e))
class Z(zip): pass
print(list(Z([1], [2])))
class R(range.__class__): pass
err(lambda: type("X", (range,), {}))
err(lambda: type("X", (slice,), {}))
err(lambda: type("X", (bool,), {}))
print(len(MyList()), MyList() == [])
