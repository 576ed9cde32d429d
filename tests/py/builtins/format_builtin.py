print(format(3.14159, ".2f"), format(42), format(42, "b"), format("x", ">3"), format([1], ""), format(None))
print(format(1e6, ","), format(0.5, "%"), format(1234, "_"), format(-3, "+"), format(10, "#o"))
class F:
    def __format__(self, spec):
        return f"F({spec!r})"
print(format(F()), format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
class BadFmt:
    def __format__(self, spec):
        return 5
try:
    format(BadFmt())
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, 5)
except TypeError as e:
    print("TypeError:", e)
print(format(True, ">5"), format(2 ** 70, "x"), format(-0.0, "+"), format(1 + 2j, ".1f"))
