import math
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.isfinite(inf))
print(float("Infinity"), float("-INF"), float("  nan  "), float("+inf"))
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.5), hash(0.1))
print(math.copysign(1, -0.0), math.copysign(1, 0.0), 0.0 == -0.0, str(-0.0))
print(max(1.0, nan), max(nan, 1.0), min(inf, nan))
print(sorted([3.0, -inf, inf, 0.0, -1.5]))
try:
    int(inf)
except OverflowError as e:
    print(e)
print(inf // 1, -inf % 3 if False else "skip", 5 % inf, -5 % inf, 5 // inf)
