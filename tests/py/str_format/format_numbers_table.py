values = [0, 1, -1, 7, 255, 1000000, -98765, 2 ** 40]
specs = ["d", "5d", "<6d", "^7d", "+d", " d", ",", "_", "x", "#X", "o", "#b", "08d", "e", ".2%"]
for v in values:
    print(" | ".join(format(v, s) for s in specs))
fvalues = [0.0, 1.0, -2.5, 3.14159265, 1e-7, 123456.789, 1e21, float("inf"), -float("nan")]
fspecs = ["", "f", ".1f", "10.3f", "e", ".2e", "g", ".3g", "#g", "%", "+.2f", "015.4f", "_.2f", ",.1f"]
for v in fvalues:
    print(" | ".join(format(v, s) for s in fspecs))
