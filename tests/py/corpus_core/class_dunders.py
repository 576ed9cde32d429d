class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return "rsub"
    def __mul__(self, o): return V(self.x * o)
    __rmul__ = __mul__
    def __iadd__(self, o): self.x += 100; return self
    def __neg__(self): return V(-self.x)
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __bool__(self): return self.x != 0
    def __len__(self): return 3
    def __getitem__(self, i): return i
    def __contains__(self, i): return i == 42
    def __call__(self, *a, **k): return (a, k)
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __truediv__(self, o): return "div"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
    def __lshift__(self, o): return "lshift"
    def __rrshift__(self, o): return "rrshift"
    def __and__(self, o): return "and"
    def __ror__(self, o): return "ror"
    def __xor__(self, o): return "xor"
    def __mod__(self, o): return "mod"
    def __rdivmod__(self, o): return "rdivmod"
    def __index__(self): return self.x
    def __hash__(self): return hash(self.x)
v = V(3)
print(v + 1, 1 + v, v + v, v * 2, 2 * v, -v, +v, ~v, abs(v), v == V(3), v != V(3), v < V(4), v > V(1), V(5) > v)
print(v - 1, 1 - v, bool(v), bool(V(0)), len(v), v[5], v[1:2], 42 in v, 1 in v, v(1, a=2), v @ 1, 1 @ v, v / 2, 2 // v, v ** 2, 2 ** v, pow(v, 2, 5), v << 1, 1 >> v, v & 1, 1 | v, v ^ 1, v % 2, divmod(1, v))
w = v; w += 1; print(w, v, w is v)
print([1, 2, 3, 4, 5][v], hex(v), bin(v), oct(v), range(10)[v], "abcdef"[v:], operator_idx := v.__index__())
try:
    v - "a"
except TypeError as e:
    print("no", e)
try:
    "a" - v
except TypeError as e:
    print(e)
class W:
    pass
for f in [lambda: W() + 1, lambda: 1 + W(), lambda: W() < W(), lambda: -W(), lambda: W()[0], lambda: W()(), lambda: len(W()), lambda: 1 in W(), lambda: iter(W()), lambda: abs(W()), lambda: W() ** 2, lambda: W() @ W(), lambda: ~W()]:
    try:
        f()
    except TypeError as e:
        print(e)
class Sub(V):
    def __radd__(self, o): return "sub-radd"
print(V(1) + Sub(2), Sub(2) + V(1))
class A:
    def __eq__(self, o): return "A-eq"
class B(A):
    def __eq__(self, o): return "B-eq"
print(A() == B(), B() == A(), A() != B())
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__)
class C:
    def __lt__(self, o): return True
print(sorted([C(), C()]) is not None, C() > C())
class R:
    def __repr__(self): return "R!"
print(R(), str(R()), [R()], f"{R()}", "%s" % R(), format(R()))
class S:
    def __str__(self): return "S!"
print(S(), [S()].__repr__()[:3], str(S()))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self): return 2**100
try:
    len(BigLen())
except OverflowError as e:
    print(e)
class FloatLen:
    def __len__(self): return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class LenBool:
    def __len__(self): return 0
print(bool(LenBool()), not LenBool())
