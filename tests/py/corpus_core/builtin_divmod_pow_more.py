for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (2**65, 3), (True, 2), (0, 5), (5, 0.5)]:
    print(a, b, divmod(a, b), a // b, a % b)
for bad in [(1, 0), (1.0, 0.0), (1, "a"), ("a", 1), (1j, 1)]:
    try:
        divmod(*bad)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(2, 10), (2, -1), (-2, 3), (2.0, 0.5), (4, 0.5), (-8, 1 / 3), (0, 0), (0.0, -1.0), (3, 4, 5), (2, -1, 7), (10**20, 2, 10**9 + 7)]:
    try:
        print(args, pow(*args))
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(args, type(e).__name__, e)
