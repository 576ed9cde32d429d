a = 7 ** 2000
b = 3 ** 3000 + 12345
p = a * b
print(len(str(p)), str(p)[:30], str(p)[-30:])
print(p // a == b, p % a == 0, p % b == 0, (p - 1) % a == a - 1)
q, r = divmod(b, a)
print(len(str(q)), r < a, q * a + r == b)
print(pow(a, 3, b) % 1000000, pow(b, 2) == b * b)
sq = a * a
print(len(str(sq)), sq % 10 ** 12)
import math
print(math.isqrt(sq) == a, math.gcd(a * 6, b * 4) % 1000)
