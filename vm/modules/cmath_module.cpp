// The cmath module: complex versions of the math functions, with CPython's branch cuts and
// signed-zero conventions (the formulas of Kahan's "Branch cuts for complex elementary
// functions", as CPython's cmathmodule.c uses them). Written as embedded Python over math.
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kCmathSource[] = R"PY(
import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LARGE = 0.25 * _m.sqrt(1.7976931348623157e308)
_LN2 = 0.6931471805599453

def _c(z):
    if isinstance(z, complex):
        return z
    t = type(z)
    if hasattr(t, '__complex__'):
        r = t.__complex__(z)
        if not isinstance(r, complex):
            raise TypeError("__complex__ returned non-complex (type %s)" % type(r).__name__)
        return r
    if isinstance(z, (int, float)) or hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(float(z), 0.0)
    raise TypeError("must be real number, not %s" % t.__name__)

def _domain():
    return ValueError("math domain error")

def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)

def _sqrt(x, y):
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x):
            return complex(nan, nan)
        if _m.isinf(x):
            if x > 0:
                return complex(x, _m.copysign(0.0, y) if not _m.isnan(y) else nan)
            return complex(abs(y - y) if _m.isnan(y) else 0.0, _m.copysign(inf, y))
        return complex(nan, nan)
    ax = abs(x)
    ay = abs(y)
    if ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))

def sqrt(z, /):
    z = _c(z)
    return _sqrt(z.real, z.imag)

def exp(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            if x > 0:
                return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)))
            return complex(_m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y)))
        if _m.isinf(x) and x < 0 and not _m.isfinite(y):
            return complex(0.0, 0.0)
        if _m.isinf(x) and x < 0 and y == 0.0:
            return complex(0.0, y)
        if _m.isinf(x) and x > 0 and (y == 0.0):
            return complex(inf, y)
        if _m.isinf(x) and x > 0:
            return complex(inf, nan)
        if _m.isnan(x) and y == 0.0:
            return complex(nan, y)
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        return complex(nan, nan)
    if y == 0.0:
        return complex(_m.exp(x), y)
    if x > 708.0:
        l = _m.exp(x - 1.0)
        r = complex(l * _m.cos(y) * _m.e, l * _m.sin(y) * _m.e)
    else:
        l = _m.exp(x)
        r = complex(l * _m.cos(y), l * _m.sin(y))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise OverflowError("math range error")
    return r

def _log(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            return complex(inf, _m.atan2(y, x))
        return complex(nan, nan)
    ax = abs(x)
    ay = abs(y)
    if ax < ay:
        ax, ay = ay, ax
    if ax == 0.0:
        raise _domain()
    if ax > 1.7976931348623157e308 / 2:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < 2.2250738585072014e-308 and ay < 2.2250738585072014e-308:
        real = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))

def log(z, base=None, /):
    r = _log(_c(z))
    if base is not None:
        b = _log(_c(base))
        r = r / b
    return r

def log10(z, /):
    r = _log(_c(z))
    return complex(r.real / _m.log(10.0), r.imag / _m.log(10.0))

def phase(z, /):
    z = _c(z)
    return _m.atan2(z.imag, z.real)

def polar(z, /):
    z = _c(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise OverflowError("math range error")
    return (r, _m.atan2(z.imag, z.real))

def rect(r, phi, /):
    r = float(r)
    phi = float(phi)
    if _m.isfinite(r) and _m.isinf(phi):
        if r == 0.0:
            return complex(0.0, 0.0)
        raise _domain()
    if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
        if r > 0:
            return complex(_m.copysign(inf, _m.cos(phi)), _m.copysign(inf, _m.sin(phi)))
        return complex(-_m.copysign(inf, _m.cos(phi)), -_m.copysign(inf, _m.sin(phi)))
    if phi == 0.0:
        return complex(r, phi * r if _m.isfinite(r) else phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))

def isfinite(z, /):
    return _finite(_c(z))

def isinf(z, /):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)

def isnan(z, /):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)

def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    rel_tol = float(rel_tol)
    abs_tol = float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return ((diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a))) or diff <= abs_tol

def _cosh(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)) * _m.copysign(1.0, x))
        if _m.isinf(y) and x == 0.0:
            return complex(nan, 0.0)
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        if _m.isinf(x) and y == 0.0:
            return complex(inf, y * _m.copysign(1.0, x))
        return complex(nan if not _m.isinf(x) else inf, nan)
    if abs(x) > 708.0:
        x1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.cosh(x1) * _m.e, _m.sin(y) * _m.sinh(x1) * _m.e)
    else:
        r = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise OverflowError("math range error")
    return r

def _sinh(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
            return complex(_m.copysign(inf, _m.cos(y)) * _m.copysign(1.0, x), _m.copysign(inf, _m.sin(y)))
        if _m.isinf(y) and x == 0.0:
            return complex(x, nan)
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        if _m.isinf(x) and y == 0.0:
            return complex(x, y)
        return complex(nan if not _m.isinf(x) else x, nan)
    if abs(x) > 708.0:
        x1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.sinh(x1) * _m.e, _m.sin(y) * _m.cosh(x1) * _m.e)
    else:
        r = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise OverflowError("math range error")
    return r

def _tanh(x, y):
    if not (_m.isfinite(x) and _m.isfinite(y)):
        if _m.isinf(x):
            if _m.isfinite(y):
                return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
            return complex(_m.copysign(1.0, x), _m.copysign(0.0, y) if not _m.isnan(y) else 0.0)
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        if _m.isnan(x) and y == 0.0:
            return complex(nan, y)
        return complex(nan, nan)
    if abs(x) > 354.0:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)

def cosh(z, /):
    z = _c(z)
    return _cosh(z.real, z.imag)

def sinh(z, /):
    z = _c(z)
    return _sinh(z.real, z.imag)

def tanh(z, /):
    z = _c(z)
    return _tanh(z.real, z.imag)

def cos(z, /):
    z = _c(z)
    return _cosh(-z.imag, z.real)

def sin(z, /):
    z = _c(z)
    r = _sinh(-z.imag, z.real)
    return complex(r.imag, -r.real)

def tan(z, /):
    z = _c(z)
    r = _tanh(-z.imag, z.real)
    return complex(r.imag, -r.real)

def _asinh(x, y):
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            r = _log(complex(x, y))
            real = _m.copysign(r.real + _LN2, x)
        else:
            r = _log(complex(x, -y))
            real = _m.copysign(r.real + _LN2, -x)
        return complex(real, _m.atan2(y, abs(x)))
    s1 = _sqrt(1.0 + y, -x)
    s2 = _sqrt(1.0 - y, x)
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))

def asinh(z, /):
    z = _c(z)
    return _asinh(z.real, z.imag)

def asin(z, /):
    z = _c(z)
    s = _asinh(-z.imag, z.real)
    return complex(s.imag, -s.real)

def acos(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = _m.atan2(abs(y), x)
        if x < 0:
            imag = -_m.copysign(_log(complex(-x, y)).real + _LN2, y)
        else:
            imag = _m.copysign(_log(complex(x, -y)).real + _LN2, -y)
        return complex(real, imag)
    s1 = _sqrt(1.0 - x, -y)
    s2 = _sqrt(1.0 + x, y)
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))

def acosh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_log(z).real + _LN2, _m.atan2(y, x))
    s1 = _sqrt(x - 1.0, y)
    s2 = _sqrt(x + 1.0, y)
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))

def _atanh(x, y):
    if x < 0.0 or (x == 0.0 and _m.copysign(1.0, x) < 0):
        r = _atanh(-x, -y)
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _LARGE or ay > _LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(_m.pi / 2.0, -y))
    if x == 1.0 and ay < 1.4916681462400413e-154:
        if ay == 0.0:
            raise _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)

def atanh(z, /):
    z = _c(z)
    return _atanh(z.real, z.imag)

def atan(z, /):
    z = _c(z)
    s = _atanh(-z.imag, z.real)
    return complex(s.imag, -s.real)

def _checked(f):
    # An invalid operation (a NaN out of NaN-free input) is a domain error, as in CPython.
    def g(z, /):
        r = f(z)
        z = _c(z)
        if (_m.isnan(r.real) or _m.isnan(r.imag)) and not (_m.isnan(z.real) or _m.isnan(z.imag)):
            raise _domain()
        return r
    g.__name__ = g.__qualname__ = f.__name__
    return g

for _f in (exp, cos, sin, tan, cosh, sinh, tanh, acos, asin, atan, acosh, asinh, atanh):
    globals()[_f.__name__] = _checked(_f)
del _f
)PY";

}  // namespace

Object* createCmathModule(InterpState*) {
    return moduleFromEmbeddedSource("cmath", kCmathSource);
}

}  // namespace krait
