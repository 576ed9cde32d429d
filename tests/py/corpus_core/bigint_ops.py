a = 3 ** 200
b = 7 ** 150 + 12345
print(a * b)
print(a // b, a % b, divmod(-a, b), divmod(a, -b), divmod(-a, -b))
print(a + b, a - b, b - a, -a * b, a ** 2 // b)
print(a >> 50, a << 50, -a >> 50, (-a) >> 1000, a & b, a | b, a ^ b, -a & b, -a | b, -a ^ -b, ~a)
print(a.bit_length(), b.bit_count(), hex(a), oct(-b)[:20], bin(a)[-30:])
x = 1
for i in range(1, 60):
    x *= i
print(x, x // 10**50, x % (10**9 + 7))
print(int(str(x)) == x, int(hex(x), 16) == x, float(x), float(-x))
print(pow(a, b, 10**9 + 7), pow(b, 12345, a), pow(a, -1, 10**9 + 7) if a % (10**9 + 7) else 0)
print(abs(-a) == a, a > b, -a < -b, a == a + 0, a != b, max(a, b) == a)
print(a.to_bytes(40, "big").hex(), int.from_bytes(a.to_bytes(40, "little"), "little") == a)
print((-a).to_bytes(40, "big", signed=True)[:4], int.from_bytes((-a).to_bytes(40, "big", signed=True), "big", signed=True) == -a)
print(round(a, -50), round(-a, -90), a // 10**90, (a * a) % (b * b), 10**100 // 3, -(10**100) // 3, (10**100) % -3)
print(sum(range(10**6)), sum(i * i for i in range(1000)), 2**1000 - 2**999 == 2**999)
import math
print(math.isqrt(a), math.gcd(a, b), math.factorial(30), math.comb(100, 50), math.perm(20, 5))
c = 12345678901234567890123456789
print(c * c, c // 123456789, c % 987654321, c / 3, c.__sizeof__() > 0, str(c)[::-1])
print(f"{c:,}", f"{c:_x}", f"{c:e}", f"{c:.3e}", f"{c:40}", f"{-c:<40}|", f"{c:+}")
print(10**18 * 10**18, (2**64 - 1) * (2**64 - 1), 2**64 // 2**32, (2**64) % 1000, 123456789 * 987654321)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -(2**70) // 3, -(2**70) % 3, (2**70) // -3, (2**70) % -3)
print(int("-" + "9" * 40) + 1, int("+0000123"), -0, 0 == -0)
