for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.0, 1e-310, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 123.456, float("inf"), float("-inf"), float("nan")]:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or (v != v and back != back))
for s in ["0x1p0", "0x1.0p+1", "-0x1.8p-1", "0x.8p1", "0x1.fffffffffffffp+1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x0p0", "  0x1p4  ", "0X1P4", "1.8p1", "inf", "-Infinity", "nan", "0x1.000000000000080p0", "0x1.000000000000180p0", "0x123456789abcdefp-40"]:
    try:
        print(s.strip(), repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(s, type(e).__name__, e)
for bad in ["", "0x", "0xp1", "0x1p", "0x1.2.3", "1e5", "0x1p99999", "x1"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
for v in [0.0, 1.0, 0.75, -2.5, 1e-5, 1e20, 0.1, 5e-324]:
    n, d = v.as_integer_ratio()
    print(repr(v), n, d, n / d == v)
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class F(float): pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), F(2.5).as_integer_ratio(), F(3.0).is_integer())
