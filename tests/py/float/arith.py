print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1.1 * 1.1, 3.0 / 7)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2.0 ** -1, (-8.0) ** (1 / 3) if False else "skip", 10.0 ** 308)
try:
    10.0 ** 309
except OverflowError as e:
    print("OverflowError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8.0) ** 2, 0.0 ** 0, (-1.0) ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(abs(-2.5), -0.0 == 0.0, 5.0 % 0.3, -5.0 % 0.3)
print(1e16 + 1, 1e16 + 2, 0.1 * 0.1)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-2.5), round(3.14159, 3))
print(round(1234.5678, -2), round(1e300, 2), round(5.5e-5, 5))
