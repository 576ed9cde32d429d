a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(1 << 10, 1024 >> 3, 0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~5)
