import math
vals = [1/3, 2/3, 0.1, 0.2, 0.3, 1e-4, 1e-5, 1e15, 1e16, 1e17, 123456789012345.6, 1234567890123456.7, 9.999999999999999e22, 1e23, 5e-324, 2.5e-323, math.pi, math.e, 1.1, 2.2, 3.3, 100.0, 1e100, 1.0000000000000002, 0.30000000000000004, 4.35, 0.0001, 12345.0]
for v in vals:
    print(repr(v), str(v), repr(-v), "%r" % v, f"{v}", format(v), format(v, "r") if False else "", "{!r}".format(v))
print([0.1 * i for i in range(6)], [1 / i for i in range(1, 8)], [2.0 ** -i for i in range(0, 60, 10)])
print(sum([0.1] * 10), math.fsum([0.1] * 10), 0.1 + 0.2 + 0.3, (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3), 1e16 + 2 - 1e16, 3 * 1.1)
