for f in [0.0, 0.9, -0.9, 1.5, -1.5, 1e15 + 0.5, 2.0 ** 63, -(2.0 ** 63), 2.0 ** 64, 1e20, 1.23e45, 2.0 ** 1000]:
    print(f, int(f), round(f), f.is_integer(), f.as_integer_ratio()[1])
print(int(2.0 ** 1023 * 1.999) % 10 ** 10)
print(float(2 ** 1023) * 2 if False else float(2 ** 1023))
print(2 ** 1024 > 1.7e308, 2 ** 1024 == float("inf"), -(2 ** 1024) < float("-inf"))
for n in [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 64 + 1, 10 ** 22 + 1]:
    print(n, float(n), int(float(n)) - n, n == float(n), n < float(n), n > float(n))
