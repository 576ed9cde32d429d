pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 7), (-5, 7), (2**70, 3), (-(2**70), 3), (2**70, -(2**35)), (10**30, 10**15 + 7), (-(10**30), 10**15 + 7)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, a // b, a % b, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))
for base, exp, mod in [(2, 10, 1000), (3, 200, 10**9 + 7), (-2, 3, 5), (2, -1, 5), (3, -2, 7), (10, 0, 7), (0, 0, 1), (5, 3, -7), (2**100, 2**50, 97), (-3, -1, 11), (7, 1, 1)]:
    try:
        print(base, exp, mod, pow(base, exp, mod))
    except ValueError as e:
        print(base, exp, mod, "ValueError", e)
for base, exp, mod in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 2, 3), (2, 2.0, 3)]:
    try:
        print(pow(base, exp, mod))
    except Exception as e:
        print(type(e).__name__, e)
print(2 ** 0, 0 ** 0, (-1) ** 3, (-2) ** 2, 2 ** -2, (-2) ** -3, 10 ** 20, (-10) ** 21, 1 ** 10**6, (-1) ** (10**18 + 1))
print(divmod(True, 2), divmod(7, True), 7 % True, -0 // 3, 0 % -3, (-1) % 10**20, -(10**20) // 7)
