import math
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm())
print(math.comb(10, 3), math.comb(50, 25), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.isqrt(99), math.isqrt(10 ** 30))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.floor(10 ** 20 + 0.5) if False else math.floor(1e20), math.ceil(2 ** 60 + 0.0))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.nextafter(0.0, -1.0))
print(math.isfinite(1e308), math.isinf(float("-inf")), math.isnan(float("nan")))
