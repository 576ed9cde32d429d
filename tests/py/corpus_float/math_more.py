import math
for f in [math.ceil, math.floor, math.trunc, round]:
    print(f.__name__, [f(v) for v in [-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 1e20, -1e-20]])
print(math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2**64, 2**32 * 3), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**40, 3))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**50), math.isqrt(2**127 - 1))
print(math.comb(10, 0), math.comb(10, 11), math.comb(50, 25), math.perm(10, 0), math.perm(10, 11), math.perm(6), math.factorial(25))
print(math.copysign(0.0, -1), math.copysign(5, 0.0), math.copysign(-5, float("nan")) if False else "", math.fabs(-0.0), math.fmod(-7, 3), math.fmod(7, -3), math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2))
print(math.exp(0), math.exp(1), math.exp(-1000), math.log(1), math.log(math.e ** 3), math.log1p(1e-20), math.expm1(1e-20), math.log2(1024), math.log10(0.001), math.log(100, 10), math.log(2**100, 2))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.atan(1) * 4 == math.pi, math.asin(1), math.acos(-1) == math.pi, math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(1, 0))
print(math.sinh(0), math.cosh(0), math.tanh(100), math.asinh(0), math.acosh(1), math.atanh(0), math.hypot(-3, -4), math.hypot(1e200, 1e200), math.dist((1, 1), (4, 5)))
print(math.erf(0), math.erfc(0), math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(10), math.lgamma(0.5))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(0 * math.inf), math.isclose(1.0, 1.0 + 1e-9), math.isclose(1.0, 1.0 + 1e-8), math.isclose(-1, 1), math.isclose(math.inf, math.inf))
for bad in [lambda: math.gcd(1.5), lambda: math.lcm("a"), lambda: math.isqrt(2.0), lambda: math.comb(5, -1), lambda: math.perm(-1), lambda: math.gamma(0), lambda: math.gamma(-1), lambda: math.lgamma(0), lambda: math.log(-1e-300), lambda: math.log2(0), lambda: math.log10(-1), lambda: math.atanh(1), lambda: math.acosh(0), lambda: math.asin(1.1), lambda: math.dist([1], [1, 2]), lambda: math.isclose(1, 2, abs_tol=-1), lambda: math.factorial(10**20)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.prod(range(1, 11)), math.prod([2.5, 4]), math.fsum([1e308, 1e308, -1e308]) if False else "", math.fsum([1, 1e100, 1, -1e100]), math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else "")
