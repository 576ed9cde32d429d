# cmath in C++: every function on a grid of special and ordinary values (signed zeros,
# infinities, NaNs, tiny, huge, branch cuts), with errors; parts printed to 12 significant
# digits (libm rounding may differ in the last bit between platforms), signs of zeros kept.
import cmath
import math

INF = float('inf')
NAN = float('nan')
parts = [-INF, -1e308, -2.5, -1.0, -0.5, -1e-310, -0.0, 0.0, 1e-310, 0.5, 1.0, 2.5, 1e308, INF, NAN]

def fmt(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    if x == 0:
        return '0.0' if math.copysign(1, x) > 0 else '-0.0'
    return '%.12g' % x

def run(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return '%s(%s)' % (type(e).__name__, e)
    if isinstance(r, complex):
        return '(%s, %s)' % (fmt(r.real), fmt(r.imag))
    if isinstance(r, tuple):
        return '(%s)' % ', '.join(fmt(v) for v in r)
    if isinstance(r, float):
        return fmt(r)
    return repr(r)

names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
         'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf',
         'isnan']
for name in names:
    f = getattr(cmath, name)
    lines = []
    for re_ in parts:
        lines.append(' '.join(run(f, complex(re_, im)) for im in parts))
    print(name)
    print('\n'.join(lines))

print('rect')
for r in parts:
    print(' '.join(run(cmath.rect, r, phi) for phi in parts + [1.0, -2.0, 3.0]))

# Ordinary values and branch cuts.
for z in [0.5 + 0.5j, -3 + 4j, 2, -2, 1j, -1j, complex(-2, 0.0), complex(-2, -0.0),
          complex(2, 0.0), complex(2, -0.0), complex(0.0, 2), complex(-0.0, 2),
          complex(0.0, -2), complex(-0.0, -2), 1 + 1e-20j, 1e-300 + 1e-300j, 710 + 1j,
          -710 + 1j, 1 + 710j, 360 + 2j, -360 + 2j, complex(1.0, 0.0), complex(-1.0, -0.0),
          1e200 + 1e200j, -1e200 - 1e200j, 0.9 + 0.2j, 1.2 - 0.3j]:
    print(z, ' '.join(run(getattr(cmath, n), z) for n in names))

# log with a base, argument types, constants, isclose.
print(run(cmath.log, 8, 2), run(cmath.log, 2, 1), run(cmath.log, 0), run(cmath.log, 1j, 1j),
      run(cmath.log, 100, 10 + 0j), run(cmath.log, -1, -1))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.0
class I:
    def __index__(self):
        return 4
class Bad:
    def __complex__(self):
        return 1
for arg in [C(), F(), I(), True, 2, 2.5, 'x', None, Bad(), [1]]:
    try:
        print(type(arg).__name__, cmath.sqrt(arg))
    except TypeError as e:
        print(type(arg).__name__, 'TypeError', e)
for bad in [(), (1, 2)]:
    try:
        cmath.exp(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    cmath.rect(1j, 1)
except TypeError as e:
    print('TypeError', e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2),
      cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(INF, INF), cmath.isclose(NAN, NAN),
      cmath.isclose(INF, 1e308))
for kw in [dict(rel_tol=-1), dict(abs_tol=-1)]:
    try:
        cmath.isclose(1, 1, **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    cmath.isclose(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
