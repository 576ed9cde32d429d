a = 10 ** 40
vals = [a, -a, a + 1, a - 1, 0, -1, 2 ** 64, -(2 ** 64)]
print(sorted(vals))
print(a == a + 0, a < a + 1, -a < a, a > 2 ** 64)
print(hash(a), hash(-a), hash(2 ** 64), hash(2 ** 100 + 5))
print(hash(a) == hash(float(a)) if float(a) == a else "inexact")
print(2 ** 80 == float(2 ** 80), hash(2 ** 80) == hash(float(2 ** 80)))
d = {2 ** 100: "x", 10 ** 30: "y"}
print(d[2 ** 100], d[10 ** 30], (2 ** 100) in d)
print(a == float(a), 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(max(vals), min(vals), sum(vals))
print(bool(a - a), bool(-a))
