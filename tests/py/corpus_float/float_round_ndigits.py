vals = [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1234.5678, -1234.5678, 1e-10, 123456789.987654321, 5e-324, 1.7976931348623157e308, 0.1, 0.7, 9.995, 99.995]
for v in vals:
    print(repr(v), [round(v, n) for n in [None, 0, 1, 2, 3, -1, -2, 5, 15, 300, -300]])
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__, round(-0.0, 1), round(0.49999999999999994), round(4503599627370497.0))
for bad in [lambda: round(1.5, "1"), lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1e300 * 10), lambda: round(1.5, 1.0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(round(float("inf"), 1), round(float("nan"), 2), round(-float("inf"), -1), round(1e308, -308))
try:
    round(1.5e308, -308)
except OverflowError as e:
    print(e)
class R:
    def __round__(self, n=None): return ("R", n)
print(round(R()), round(R(), 3), round(R(), None))
