for v in [0.0, -0.0, 1.0, 0.1, 1/3, 2/3, 1e16, 1e15, 1.5e300, 5e-324, 1e-7, 123456789.123, 1e22, 1e23, 2.0**53, 0.30000000000000004, float("inf"), float("-inf"), float("nan"), 100.0, 1e-5, 0.0001]:
    print(repr(v), str(v), v.is_integer() if v == v and abs(v) != float("inf") else "-", v.hex())
print(float("1.5"), float(" -2e3 "), float("inf"), float("-Infinity"), float("nAn"), float("1_0.5"), float(b"3.5"), float(10**20), float("0x10") if False else 0, float(".5"), float("5."))
for bad in ["", "abc", "1.5.5", "1e", "_1", "1__0", "0x10", None, [1], "in f"]:
    try:
        print(float(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(e)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp1023"), float.fromhex("inf"), float.fromhex("0X10"), (0.5).hex(), (-2.0).hex(), (0.0).hex(), (1e-320).hex())
try:
    float.fromhex("0x1p2000")
except OverflowError as e:
    print(e)
try:
    float.fromhex("zz")
except ValueError as e:
    print(e)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        int(bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        round(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1234.5678, -2), round(1e300, 2), round(5.0, -1), round(15.0, -1), round(-0.4), round(1.5, None), type(round(1.5, 0)).__name__)
print(int(1e20), int(-1e-9), int(2.0**70), float(2**53 + 1), 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(1.0 // 0.3, 1.0 % 0.3, -1.0 % 0.3, 1.0 % -0.3, divmod(7.5, 2), divmod(-7.5, 2), 5.0 // -2, -0.0 % 5, 0.0 % -5)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
    for f in [lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)]:
        try:
            f()
        except ZeroDivisionError as e:
            print(e)
print(2.0 ** 0.5, (-8.0) ** 2, 2.0 ** -1, 0.0 ** 0, (-2.0) ** 0.5, 10.0 ** 2, 2 ** 0.5, (-1) ** 0.5)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    10.0 ** 400
except OverflowError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
print(float("nan") == float("nan"), float("inf") > 10**400, -0.0 == 0.0, hash(-0.0), hash(float("inf")), hash(0.5), hash(1e100) == hash(int(1e100)), abs(-0.0), -(0.0))
import math
print(math.copysign(1, -0.0), math.floor(-0.5), math.ceil(-0.5), math.trunc(-1.5), math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.modf(-1.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(3.0 == 3, 0.1 + 0.2, 0.1 * 3, 1.1 + 2.2, 1e16 + 1, 3.14.__trunc__(), (2.5).__round__(), (2.567).__round__(1), float.__name__, (1.5).conjugate(), (1.5).real, (1.5).imag)
print(float("1e500"), float("-1e-500"), 1.7976931348623157e308, 2.2250738585072014e-308, 4.9e-324, 1e-323)
