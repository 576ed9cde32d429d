for v in [0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 2**52 + 0.5, 2.0**53, 2.0**63, -2.0**63, 2.0**64, 1e20, 1e300, 123456789.999, -1e-300]:
    print(repr(v), int(v), v.__trunc__(), v.__floor__(), v.__ceil__(), v.is_integer(), v.as_integer_ratio()[1] if v == v else None)
for v in [0, 1, -1, 2**53, 2**53 + 1, 2**63, 2**64 + 1, 10**22, 10**23, 2**1023, -(2**1023)]:
    print(v, float(v), float(v) == v, int(float(v)) - v)
for v in [2**1024, -(2**1024), 10**400]:
    try:
        float(v)
    except OverflowError as e:
        print(type(e).__name__, e)
    try:
        v / 1
    except OverflowError as e:
        print(type(e).__name__, e)
    print(v > 1e308, v < float("inf"), v == float("inf"), -v < -1e308)
print(2**53 + 1 == 2.0**53 + 1, 9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0, 2**1000 > 1e300, 2**1000 < 1e302)
print(1 / 3, 10 / 4, 2**60 / 2**30, (2**60 + 1) / 1, 7 // 2.0, 7 % 2.5, -7 // 2.0, 10**20 / 3, 10**20 // 3.0, 1e20 % 7)
print(float.__int__(3.7), int.__float__(3), (3).__truediv__(2), (3.0).__rtruediv__(6), (2).__rtruediv__(1.0) if False else "", (2).__rpow__(3.0) if False else "")
