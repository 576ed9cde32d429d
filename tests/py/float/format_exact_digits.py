# Float to text and back over many values: repr/str (shortest round trip), %-format and
# format() with fixed and exponent precisions, float(text) and round(). The wasm build formats
# the common cases with its own exact integer arithmetic (vm/objects/exact_decimal.h) instead of
# the C library; every line must equal CPython's.

# Ties in binary: exactly halfway between two decimals at the printed precision (round half to
# even), and values just around them.
ties = [0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 0.625, 2.675, 1.005, 9.5, 99.5, 999.5, 0.05, 0.25,
        1e22, 1e23, 123456789012345678.0, 2.0 ** 52 + 0.5, 2.0 ** 53, 2.0 ** 63, 2.0 ** 70,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3]
for v in ties:
    print(repr(v), str(-v), "%.0f %.1f %.2f %.3f %.17f" % (v, v, v, v, v))
    print("%.0e %.1e %.5e %.14e %.16e %.20e" % (v, v, v, v, v, v))
    print(format(v, ".3g"), format(v, ".15g"), format(v, ".17g"), format(-v, "e"), format(v, "%"))
    print(round(v, 2), round(v, 0), round(v, -1), float(repr(v)) == v)

# A deterministic spread of values (linear congruential generator) of many magnitudes.
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return seed

total = 0
for i in range(3000):
    a = rnd()
    mant = (a >> 11) or 1
    exp = (rnd() % 160) - 100
    v = mant * 2.0 ** (exp - 52)
    prec = rnd() % 19
    text = [repr(v), str(v * 3), "%.*f" % (prec, v), "%.*e" % (prec, v), format(v, ".%dg" % (prec + 1)),
            "%.2f" % (v / 7), "{:.1f}".format(v * 1.25), f"{v:e}"]
    for t in text:
        for c in t:
            total = (total * 131 + ord(c)) % 2305843009213693951
    if i % 150 == 0:
        print(i, *text)
    # Round trips through the text forms.
    assert float(repr(v)) == v, v
    assert float("%.17e" % v) == v, v
    digits = "%d" % (rnd() % 10 ** (1 + rnd() % 17))
    e10 = (rnd() % 50) - 25
    print_it = i % 100 == 0
    w = float(digits + "e" + str(e10))
    if print_it:
        print(digits, e10, repr(w), repr(float("-" + digits + "." + "5e" + str(e10))))

print("checksum", total)

# Money-like values: the shapes templating code formats.
for i in range(0, 400, 7):
    p = 1.25 * i
    print("%8.2f|%.2f|{:06.1f}|{:e}|{}".format(p * 3, p / 3, p) % (p, p / 7), repr(p / 10), str(p * 1.1))
