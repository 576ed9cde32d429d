a = 2**200 - 1
b = 3**100
print(a + b, a - b, a * b % (10**20), a // b, a % b, divmod(a, -b), -a // b, pow(a, 3, b), a ** 2 > b ** 2, a & b, a | b & 0xFFFF, a ^ (a >> 3), ~a, -a, abs(-a) == a)
print(a.bit_length(), b.bit_length(), a.bit_count(), hex(b), oct(b)[:10], bin(b)[-10:], len(str(a)), str(a)[:10], int(str(b)) == b, int(hex(a), 16) == a, int(bin(b), 2) == b)
print(float(b), float(a), b / a, a / b, a / 3, int(a / 3) == a // 3, round(b, -40), b.to_bytes(20, "big").hex(), int.from_bytes(a.to_bytes(26, "little"), "little") == a)
import math
print(math.isqrt(a), math.gcd(a, b), math.lcm(2**64, 3**40), math.factorial(50) // math.factorial(48), math.comb(200, 100) % 10**9, a % 97, pow(b, -1, 2**89 - 1) * b % (2**89 - 1))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300], len(str(fib[300])), fib[300] % 1000000007, sum(fib) % 10**12)
print(sorted([2**100, -2**100, 3, 2**99 * 2, 0]), max(2**64, 2.0**64, key=float), 2**64 == 2.0**64, hash(2**64) == hash(2.0**64), {2**64: 1}[2.0**64])
print(10**50 // 7, -(10**50) // 7, (10**50) % -7, divmod(-(10**30), 10**15 + 1), 7 ** 77 % 1000, (-3) ** 101 % 1000, (-(2**70)) >> 3, (2**70) << 100 >> 100 == 2**70)
