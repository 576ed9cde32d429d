for v in [0, 1, -1, 7, -8, 255, 2**63, -(2**100)]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator, int.__abs__(v), v.__bool__(), v.__index__(), v.__int__(), v.__float__() if abs(v) < 2**1000 else "", v.__round__(-1), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__neg__(), v.__pos__(), v.__invert__())
print(int.__add__(1, 2), int.__mul__(3, 4), int.__sub__(1, 2), int.__truediv__(1, 4), int.__floordiv__(7, 2), int.__mod__(-7, 2), int.__pow__(2, 10), int.__pow__(2, 10, 100), int.__lshift__(1, 5), int.__and__(6, 3), int.__lt__(1, 2), int.__eq__(1, 1.0), int.__add__(1, 1.5), int.__radd__(1, 2))
print((1).__eq__("a"), (5).__hash__() == hash(5), (10).__format__("x"), (10).__format__(""), (3).__sizeof__() > 0, int.__new__(int), int(), type(int.__name__))
print(bool(0), bool(-0), (0).__bool__(), int(" 0x10 ", 16), int("+0b10", 0), (-5) // 2, (-5) % 2, 5 // -2, 5 % -2, -5 // -2, -5 % -2)
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + int(o) + 1000)
    def __repr__(self): return f"MyInt({int(self)})"
m = MyInt(5)
print(m + 1, 1 + m, m * 2, type(m * 2).__name__, -m, type(-m).__name__, abs(MyInt(-3)), m == 5, m < 6, hash(m) == hash(5), int(m), type(int(m)).__name__, str(m), f"{m:03d}", m.bit_length())
