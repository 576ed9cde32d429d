for v in [0.0, -0.0, 1.5, -2.5, 1e300, float("inf"), float("nan")]:
    r = []
    for m in ["__abs__", "__neg__", "__pos__", "__bool__", "is_integer", "hex", "conjugate", "__repr__", "__str__"]:
        r.append(repr(getattr(v, m)()))
    print(repr(v), r, v.real, v.imag)
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__sub__(1.0, 3), float.__rsub__(1.0, 3), float.__mul__(2.0, 3), float.__truediv__(1.0, 4), float.__rtruediv__(1.0, 4), float.__floordiv__(7.0, 2), float.__mod__(-7.0, 2), float.__pow__(2.0, 3), float.__rpow__(2.0, 3), float.__divmod__(7.5, 2), float.__add__(1.0, "x"))
print(float.__eq__(1.0, 1), float.__lt__(1.0, 2), float.__eq__(1.0, "1"), (1.5).__round__(), (1.55).__round__(1), (2.5).__round__(), (-0.5).__round__(), (1.5).__trunc__(), (1.5).__int__(), (1.5).__float__(), (1.5).__format__(".3f"), (1.5).__getformat__("double") if hasattr(float, "__getformat__") else "")
class MyFloat(float):
    def __repr__(self): return f"MyFloat({float(self)})"
mf = MyFloat(2.5)
print(mf, mf + 1, type(mf + 1).__name__, -mf, type(-mf).__name__, mf * 2, mf == 2.5, hash(mf) == hash(2.5), round(mf), float(mf), type(float(mf)).__name__, MyFloat("1e3"), MyFloat.fromhex("0x1p1"), type(MyFloat.fromhex("0x1p1")).__name__, f"{mf:.1f}")
