ok = True
for a in range(-20, 21):
    for b in list(range(-7, 0)) + list(range(1, 8)):
        q, r = a // b, a % b
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or divmod(a, b) != (q, r):
            ok = False
            print("mismatch", a, b)
print("floor division identities hold:", ok)
print([(-7) // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2])
print([round(x / 2) for x in range(-5, 6)])
print(7 / 7, type(7 / 7).__name__, 2 ** 62 / 2, (2 ** 62 + 1) / 1, 10 ** 17 / 3)
print(1 / 3 == 0.3333333333333333, 10 ** 30 / 10 ** 15, (10 ** 30 + 7) // 10 ** 15)
