import math
def check(a, b):
    q, r = divmod(a, b)
    assert q * b + r == a
    assert (r == 0) or ((r > 0) == (b > 0))
    return q, r
nums = [3 ** 80, -(3 ** 80), 7 ** 45 + 11, -(7 ** 45) - 11]
dens = [2 ** 70 + 3, -(2 ** 70 + 3), 97, -97, 10 ** 20]
for a in nums:
    for b in dens:
        q, r = check(a, b)
        print(q % 1000, r % 1000)
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(10 ** 30 + 1, 10 ** 15))
print(math.isqrt(10 ** 40), math.isqrt(2 ** 201))
print(10 ** 50 // 3, 10 ** 50 % 3)
