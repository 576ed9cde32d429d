class Vec:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return f"Vec{tuple(self.c)}"
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __delitem__(self, i): del self.c[i]
    def __iter__(self): return iter(self.c)
    def __reversed__(self): return reversed(self.c)
    def __contains__(self, v): return v in self.c
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __hash__(self): return hash(tuple(self.c))
    def __bool__(self): return any(self.c)
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __neg__(self): return Vec(*[-x for x in self.c])
    def __round__(self, n=0): return Vec(*[round(x, n) for x in self.c])
    def __format__(self, spec): return "<" + ",".join(format(x, spec) for x in self.c) + ">"
    def __copy__(self): return Vec(*self.c)
v = Vec(3, 4)
print(v, len(v), v[0], v[-1], v[0:1], list(v), list(reversed(v)), 3 in v, 5 in v, v == Vec(3, 4), hash(v) == hash((3, 4)), bool(v), bool(Vec(0, 0)), abs(v), -v, round(Vec(1.26, 2.71), 1), f"{v:.2f}", format(v, "03d"))
v[0] = 10; del v[1]; print(v, sorted(Vec(3, 1, 2)), max(Vec(3, 9)), sum(Vec(1, 2)), dict.fromkeys(Vec(1, 2)), set(Vec(1, 1)), tuple(Vec(5)))
import copy
c = copy.copy(v); print(c, c is not v)
a, b = Vec(1, 2); print(a, b)
print(*Vec(7, 8), sep="-")
class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self): print("enter", self.name); return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.name == "swallow"
with Ctx("a") as x, Ctx("b") as y:
    print(x, y)
with Ctx("swallow"):
    raise KeyError
try:
    with Ctx("outer"), Ctx("swallow"):
        raise ValueError
    print("swallowed inner")
except ValueError:
    print("not reached")
class CallCount:
    def __init__(self): self.n = 0
    def __call__(self, *args, **kwargs):
        self.n += 1
        return (args, kwargs, self.n)
cc = CallCount(); print(cc(), cc(1, k=2), cc.n, list(map(cc, [1])))
class Missing(dict):
    def __missing__(self, k): return f"missing:{k}"
m = Missing(a=1); print(m["a"], m["b"], m.get("b"), "b" in m, len(m))
