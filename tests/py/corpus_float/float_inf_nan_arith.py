inf, nan = float("inf"), float("nan")
for a in [inf, -inf, nan, 0.0, -0.0, 1.0]:
    row = []
    for b in [inf, -inf, nan, 0.0, 1.0]:
        for op in ["+", "-", "*", "/", "%", "//", "**"]:
            try:
                row.append(repr(eval(f"a {op} b")))
            except Exception as e:
                row.append(type(e).__name__)
    print(repr(a), " ".join(row))
print(inf > 10**1000, -inf < -10**1000, inf == inf, nan == nan, inf - inf != inf - inf, min(inf, 5), max(-inf, -5), sorted([1.0, -inf, inf, 0.0]))
import math
print(math.isinf(inf), math.isnan(inf * 0), math.copysign(1, -nan) if False else "", math.fabs(-inf), math.floor(2.5), int(1e300) > 0, float("-0") == 0.0, math.copysign(1.0, float("-0")))
