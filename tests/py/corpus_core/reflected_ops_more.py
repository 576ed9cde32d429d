class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def _op(name):
        def f(self, other):
            o = other.v if isinstance(other, Num) else other
            if not isinstance(o, (int, float)): return NotImplemented
            return (name, self.v, o)
        return f
    for _n in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul", "divmod"]:
        locals()[f"__{_n}__"] = _op(_n)
        locals()[f"__r{_n}__"] = _op("r" + _n)
    del _n
n = Num(3)
for expr in ["n + 1", "1 + n", "n - 2", "2 - n", "n * 2", "2 * n", "n / 2", "2 / n", "n // 2", "2 // n", "n % 2", "2 % n", "n ** 2", "2 ** n", "n << 1", "1 << n", "n >> 1", "1 >> n", "n & 1", "1 & n", "n | 1", "1 | n", "n ^ 1", "1 ^ n", "n @ 1", "1 @ n", "divmod(n, 2)", "divmod(2, n)", "n + n", "n + 1.5", "1.5 + n", "pow(n, 2)", "pow(2, n)"]:
    print(expr, eval(expr))
try:
    n + "s"
except TypeError as e:
    print(e)
try:
    "s" + n
except TypeError as e:
    print(e)
try:
    pow(n, 2, 3)
except TypeError as e:
    print(e)
class Sub(int):
    def __radd__(self, o): return "Sub.radd"
    def __add__(self, o): return "Sub.add"
print(1 + Sub(2), Sub(2) + 1, Sub(1) + Sub(2))
class IAdd:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
    def __add__(self, o): return "plain add"
x = IAdd(); y = x; x += 1; x += 2; print(x is y, x.items)
class NoIAdd:
    def __add__(self, o): return "fallback add"
z = NoIAdd(); z += 1; print(z)
class IOpReturnsNI:
    def __imul__(self, o): return NotImplemented
    def __rmul__(self, o): return "rmul used"
w = IOpReturnsNI(); w2 = 3; w2 *= w; print(w2)
