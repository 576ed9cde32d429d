x = 1234.56789
for spec in ["", "f", ".2f", "10.3f", "<10.1f", "^12.2f", ">+10.2f", "e", ".3e", "E", "g", ".3g",
             ".10g", "G", "%", ".1%", ",.2f", "_.3f", "012.2f", "#.0f", ".0f", "+.1e", " .2f"]:
    print(repr(spec), format(x, spec))
for v in [0.0, -0.0, 1e-5, 1e16, 123456789.0, 0.5, 1.5, 2.5, float("inf"), float("nan"), 1e-10]:
    print(format(v, ""), format(v, "g"), format(v, ".2f"), format(v, "e"), str(v))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print("%.3f %e %g %G %10.2f|%-10.2f|" % (x, x, x, 1e-20, x, x))
print(f"{x:.2f} {x:10.1f} {x:e} {-x:+.0f}")
