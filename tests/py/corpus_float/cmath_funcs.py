import cmath, math
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
vals = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -2 + 3j, 3 - 4j, -0.5 - 0.25j, 10 + 0j, complex(0.0, -0.0), complex(-0.0, 0.0), -1e-5 + 1e-5j]
for name in ["sqrt", "exp", "log", "log10", "cos", "sin", "tan", "cosh", "sinh", "tanh", "acos", "asin", "atan", "acosh", "asinh", "atanh"]:
    f = getattr(cmath, name)
    out = []
    for z in vals:
        try:
            r = f(z)
            out.append("%.6g%+.6gj" % (r.real, r.imag))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, out)
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(1j), cmath.polar(-2), cmath.rect(2, math.pi / 2).real < 1e-15, cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.sqrt(-4), cmath.sqrt(4), cmath.exp(0), cmath.exp(1j * math.pi).real)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.exp(1000), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.atanh(1), lambda: cmath.cosh(complex(1000, 1))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 2j
class F:
    def __float__(self): return 4.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(4), cmath.sqrt(True), type(cmath.sqrt(4)).__name__)
