def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(is_p[i * i::i]))
    return [i for i, v in enumerate(is_p) if v]
p = sieve(1000)
print(len(p), p[:10], p[-5:], sum(p))
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1: out.append(n)
    return out
print([factor(x) for x in [1, 2, 12, 97, 360, 2**31 - 1, 600851475143]])
from math import gcd
print(gcd(2**64, 6**20), [a for a in range(1, 30) if gcd(a, 30) == 1])
def is_prime(n): return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print(sum(1 for i in range(10000) if is_prime(i)), pow(2, 2**10, 10**9 + 7), pow(3, 10**18, 10**9 + 7))
