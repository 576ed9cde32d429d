import math
print(math.floor(-0.0), math.copysign(1.0, math.floor(-0.5)), math.ceil(-0.5))
print(math.sqrt(-0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.fmod(-0.0, 1), math.fmod(5.5, float("inf")), math.hypot(float("inf"), float("nan")))
print(math.exp(-1000), math.log(1e-300), math.pow(0.0, 0.0), math.pow(-1, float("inf")))
try:
    math.pow(0.0, -1)
except ValueError as e:
    print("ValueError:", e)
print(math.trunc(1e300) == int(1e300), math.floor(-1e-300), math.fsum([1e100, 1.0, -1e100]))
print(sum([1e100, 1.0, -1e100]), math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print(round(math.sin(math.pi), 10), math.cos(math.pi), math.tan(math.pi / 4))
