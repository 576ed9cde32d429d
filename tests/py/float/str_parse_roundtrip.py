import math
strs = ["0.1", "1e-7", "1.7976931348623157e308", "5e-324", "2.2250738585072011e-308", "123456789012345678901234567890",
        "0.30000000000000004", "1e23", "8.98846567431158e307", "4.9406564584124654e-324", "1.5e-400", "1e400", "-0",
        "  +1.5  ", "1_0.2_5", "NaN", "-inf", "infinity", ".5e1", "5.e-1"]
for s in strs:
    f = float(s)
    r = repr(f)
    print(repr(s), r, float(r) == f or math.isnan(f))
for v in [0.1, 1 / 3, 2 / 3, 1e-5, 123.0, 1e16, 1.5e300, 2.5e-300]:
    assert float(repr(v)) == v
    print(repr(v), str(v), v.hex(), float.fromhex(v.hex()) == v)
