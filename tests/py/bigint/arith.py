a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(b // 12345678901234567, b % 12345678901234567)
print(-a // 7, -a % 7, a // -7, a % -7)
print(divmod(b, -a), divmod(-b, a))
print(a ** 3 // b ** 2)
print((10 ** 50 + 1) * (10 ** 50 - 1))
print(10 ** 100 // 10 ** 99, 10 ** 100 % 9)
print(abs(-a) == a, -(-b) == b)
x = 1
for i in range(1, 60):
    x *= i
print(x)
print(a / b, b / a, (10 ** 400) // (10 ** 399))
try:
    print((10 ** 400) / 1)
except OverflowError as e:
    print("OverflowError:", e)
