print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1 / 3) == pow(-8, 1 / 3), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 10 ** 9), pow(7, -1, 13), pow(-3, 3, 7), pow(3, 0, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 1.5, 3)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, 5, mod=7))
print(round(3.14159), round(3.14159, 2), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1e20, -19))
print(round(12345, -2), round(-12355, -1), round(5, 0), type(round(5.5, 0)).__name__, round(5.5, None))
print(round(float("inf"), 2), round(0.1 + 0.2, 10))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
