import math
vals = [0.0, -0.0, 1.5, -1.5, 7.0, -7.25, 1e300, 1e-300, float("inf"), float("-inf"), float("nan")]
for a in vals:
    row = []
    for b in [2.0, -3.0, 0.5, float("inf"), -0.0]:
        r = []
        for op in ["+", "-", "*", "/", "//", "%", "**"]:
            try:
                r.append(repr(eval(f"a {op} b")))
            except Exception as e:
                r.append(type(e).__name__)
        row.append(" ".join(r))
    print(repr(a), " | ".join(row))
for a in [7.5, -7.5, 1e308, 0.1]:
    for b in [2, -2, 0.1, 3]:
        print(a, b, divmod(a, b), a // b, a % b, math.fmod(a, b), math.remainder(a, b))
print(1.5 < 2, 2 > 1.5, 1.0 <= 1, float("nan") < 1, float("nan") >= float("nan"), float("inf") == float("inf"), -float("inf") < -1e308)
print(max(1.0, 1), max(1, 1.0), min(float("nan"), 1), min(1, float("nan")), sorted([3.0, 1, 2.5, -0.0, 0]), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(abs(-0.0), -abs(0.0), math.copysign(3, -0.0), math.fabs(-2), round(-0.0), round(-0.4), repr(round(-0.4, 0)), round(0.5), round(-0.5), round(1e20), round(1.23456, 3), round(-1.23456, 3), round(2.5, 0), round(123.456, -1), round(123.456, -2), round(float("inf"), 2), round(float("nan"), 1))
print(float.is_integer(2.0), (2.5).is_integer(), (1e300).is_integer(), float("inf").is_integer(), float("nan").is_integer())
print((1.5).__floor__() if hasattr(1.5, "__floor__") else math.floor(1.5), math.floor(-1.5), math.ceil(1.2), math.trunc(-2.7), math.floor(1e300) == int(1e300), type(math.floor(2.0)).__name__)
for bad in [float("inf"), float("nan")]:
    for f in [math.floor, math.ceil, math.trunc, int]:
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
x = 0.0
for i in range(10):
    x += 0.1
print(x, repr(x), x == 1.0, round(x, 10) == 1.0, f"{x:.20f}", f"{x:.17g}")
print(5 / 2, 5 // 2.0, -5 // 2.0, 5 % -2.0, 2 ** 0.5 * 2 ** 0.5, 10 / 3 * 3, 1e16 + 1 - 1e16, 3 * 0.1, 0.1 * 3 == 0.3)
print(float(True), float(False), 1.0 + True, True / 2, 3 / True, float(10**15), float(-10**15), float("  -0.0 "), -0.0 * 5, 0.0 * -5, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
