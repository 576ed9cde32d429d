for v, spec in [(42, ""), (42, "10"), (42, "<10"), (42, "*>10"), (42, "0=10"), (-42, "010"),
                ("abc", "10"), ("abc", ">10"), ("abc", "^10"), ("abc", ".2"), ("abc", "x<5"),
                (3.5, "10"), (1234567, ",d"), (1234567, "_x"), (0.25, ".0%"), (12, "c"),
                (True, ""), (True, "10"), (None, ""), (-0.0, ".1f"),
                (1.5, "z.1f") if False else (1.5, ".1f"), (255, "#_b"), (10 ** 20, ",")]:
    print(repr(spec), repr(format(v, spec)))
for v, spec in [("abc", "d"), (42, "s"), (3.5, "d"), (42, ".2d"), ("x", "=5")]:
    try:
        format(v, spec)
    except ValueError as e:
        print("ValueError:", e)
class NoFormat:
    pass
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(NoFormat(), "")[:10])
