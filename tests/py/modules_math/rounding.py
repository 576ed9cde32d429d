import math
vals = [2.5, -2.5, 3.5, 0.5, -0.5, 1.4999999999999999, 2 ** 52 + 0.5, -7.7, 7.7, 1e300]
for v in vals:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), round(v), int(v))
print(math.floor(10 ** 30), math.ceil(-(10 ** 30)), math.floor(True))
for bad in [float("nan"), float("inf")]:
    for f in (math.floor, math.ceil):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
class Floorable:
    def __floor__(self):
        return "custom floor"
    def __ceil__(self):
        return "custom ceil"
print(math.floor(Floorable()), math.ceil(Floorable()))
