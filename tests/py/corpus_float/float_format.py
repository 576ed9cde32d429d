vals = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, 1e-10, 1.5e300, 12345678.9, 0.000123456, 2.5, 3.5, float("inf"), float("-inf"), float("nan"), 1e16, 9.999999e15]
specs = ["", "f", ".0f", ".1f", ".3f", "e", ".2e", ".0e", "E", "g", ".2g", ".10g", "G", "%", ".1%", "10.2f", "<10.2f", "^10.1f", "+.2f", " .2f", "010.2f", ",.2f", "_.3f", "#.0f", "#g", "n", ".3", "r" if False else "", "z.1f", "-^12.3e", "=+12.2f", "#.3g", ".0g", ".0%"]
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
for bad in ["d", "x", "c", "s", ",d", ".2d"]:
    try:
        format(1.5, bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print("%.2f %5.1f %e %g %G %.3g %r %s" % (1.005, 2.25, 1e10, 1e-10, 1e100, 0.0001234, 1.1, 2.2))
print(f"{1.23456:.{3}f}", f"{-0.0:.1f}", f"{-0.0001:.2f}", f"{-0.0001:z.2f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{1e100:.0f}"[:30])
print(str(1e16), str(1e-4), str(1e-5), repr(1.0e15), repr(123456789012345678.0), str(0.1 + 0.7), 1 / 7, 22 / 7 * 1e20, 1e-300 * 1e-300)
print(format(1234.5, "n"), format(1e6, "g"), format(1e5, "g"), format(123456789.0, "g"), format(1e-4, "g"), format(1e-5, "g"), format(0.5, "%"), format(1/3, ".50f"))
