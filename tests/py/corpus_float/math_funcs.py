import math
for name in ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "fabs", "floor", "ceil", "trunc", "degrees", "radians", "exp2" if hasattr(math, "exp2") else "sqrt", "cbrt" if hasattr(math, "cbrt") else "sqrt"]:
    f = getattr(math, name)
    out = []
    for v in [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 10.0, -2.5, 1e-10, 1e300, float("inf"), float("-inf"), float("nan")]:
        try:
            r = f(v)
            out.append(repr(r) if isinstance(r, int) else "%.10g" % r)
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, out)
print(math.pow(2, 10), math.pow(-8, 1 / 3) if False else "", math.pow(0, 0), math.pow(-1, 0.5) if False else "", math.atan2(1, -1), math.atan2(-0.0, -1), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist([0, 0], [3, 4]))
for args in [(-1, 0.5), (0, -1), (10, 400)]:
    try:
        print(math.pow(*args))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.factorial(0), math.factorial(20), math.gcd(12, 18), math.gcd(), math.gcd(0, 5, 10), math.lcm(4, 6), math.lcm(), math.isqrt(99), math.comb(5, 2), math.perm(5), math.perm(5, 2), math.prod([1, 2, 3]), math.prod([], start=5), math.prod([1.5, 2]))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(10, 1), lambda: math.acos(2), lambda: math.exp(1000), lambda: math.sqrt("x"), lambda: math.ldexp(1.0, 10000), lambda: math.fmod(1, 0), lambda: math.fmod(float("inf"), 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log10(10**50), math.log2(2**100), math.log(10**400), math.frexp(0.0), math.frexp(-3.5), math.ldexp(3, -1), math.modf(3.5), math.modf(-0.0), math.modf(float("inf")))
print(math.isfinite(1), math.isinf(float("-inf")), math.isnan(float("nan")), math.isclose(1, 1 + 1e-10), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.copysign(1, float("-nan")) if False else "", math.e, math.pi, math.tau, math.inf, math.nan)
print(math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1.0), math.ulp(0.0), math.fsum([0.1] * 10), math.fsum([1e308, 1e308, -1e308]) if False else "", math.floor(-0.0), math.ceil(-0.5))
print(math.trunc(3.9), math.floor(3), math.ceil(2**70), math.sqrt(2**1000) == 2**500, math.sqrt(4), math.isqrt(10**40 + 1), math.gcd(2**100, 6**50), math.degrees(math.pi), math.radians(180))
class Fl:
    def __float__(self): return 2.25
class Fd:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
print(math.sqrt(Fl()), math.floor(Fd()), math.ceil(Fd()), math.trunc(Fd()))
try:
    math.floor("x")
except TypeError as e:
    print(e)
try:
    math.trunc(Fl())
except TypeError as e:
    print(e)
