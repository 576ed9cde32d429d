import math
for deg in [0, 30, 45, 60, 90, 180, 270, 360]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
print(math.atan2(0, -1) == math.pi, math.atan2(-0.0, -1), math.atan2(1, 0) == math.pi / 2)
print(math.pi == 4 * math.atan(1), math.e == math.exp(1), math.tau == 2 * math.pi)
print(math.hypot(), math.hypot(-3), math.hypot(1e200, 1e200), math.dist([1, 1, 1], [2, 2, 2]))
print(math.sin(1e22), math.cos(1e22))
try:
    math.sin(float("inf"))
except ValueError as e:
    print("ValueError:", e)
print(math.tan(math.pi / 2) > 1e15)
