for v in [0, -0, 5, -5, 2.5, -2.5, -0.0, 1e308, -float("inf"), True, False, -2**100, 3+4j, -1j]:
    print(repr(v), repr(abs(v)))
for v in [0.5, 1.5, -0.5, 2.675, 1e16 + 1, 123.456, -7.5, 7, -15, 2**70 + 1]:
    print(repr(v), round(v), round(v, 1), round(v, -1), round(v, 3))
for bad in ["x", None, [1]]:
    for f in (abs, round):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
