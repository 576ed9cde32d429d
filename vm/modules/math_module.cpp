// The math module of CPython 3.11: constants, libm wrappers with CPython's domain/range error
// rules, exact integer functions (factorial by binary splitting, isqrt, comb, perm, gcd, lcm),
// Shewchuk's exact fsum, CPython's accurate hypot/dist, log of huge ints, ceil/floor/trunc
// dispatch through __ceil__/__floor__/__trunc__.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <numeric>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/bigint.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/number_internal.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace krait {

namespace {

using Args = Object* const*;

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;

Object* domainError() { return setError(&ExcValueError, "math domain error"); }
Object* rangeError() { return setError(&ExcOverflowError, "math range error"); }

// PyFloat_AsDouble with the math module's message ("must be real number, not str").
bool toDouble(Object* o, double* out) {
    if (isFloat(o)) {
        *out = floatValue(o);
        return true;
    }
    if (isInt(o)) {
        bool ok = true;
        *out = intAsDouble(o, &ok);
        return ok;
    }
    if (o->type->number.float_ || o->type->number.index) {
        Object* f = numberFloat(o);
        if (!f) return false;
        *out = floatValue(f);
        decref(f);
        return true;
    }
    setError(&ExcTypeError, "must be real number, not %s", typeName(o->type));
    return false;
}

// "math.f() takes no keyword arguments".
bool noKw(const char* name, Object* kwnames) {
    if (kwCount(kwnames) == 0) return true;
    setError(&ExcTypeError, "math.%s() takes no keyword arguments", name);
    return false;
}

// Checks a METH_O function's call: exactly one positional argument.
bool oneArg(const char* name, size_t nargs, Object* kwnames) {
    if (!noKw(name, kwnames)) return false;
    if (nargs != 1) {
        setError(&ExcTypeError, "math.%s() takes exactly one argument (%zu given)", name, nargs);
        return false;
    }
    return true;
}

bool fixedArgs(const char* name, size_t nargs, Object* kwnames, size_t n) {
    return noKw(name, kwnames) && checkArgCount(name, nargs, n, n);
}

// CPython's math_1: applies f and turns NaN/inf results of finite/non-NaN input into
// ValueError("math domain error") or, when canOverflow, OverflowError("math range error").
Object* math1(Object* arg, double (*f)(double), bool canOverflow) {
    double x;
    if (!toDouble(arg, &x)) return nullptr;
    errno = 0;
    double r = f(x);
    if (std::isnan(r) && !std::isnan(x)) return domainError();
    if (std::isinf(r) && std::isfinite(x)) return canOverflow ? rangeError() : domainError();
    return floatFromDouble(r);
}

#define KRAIT_MATH1(pyname, fn, overflow)                                  \
    Object* m_##pyname(Object*, Args args, size_t nargs, Object* kwnames) { \
        if (!oneArg(#pyname, nargs, kwnames)) return nullptr;             \
        return math1(args[0], fn, overflow);                              \
    }

double cAcos(double x) { return std::acos(x); }
double cAcosh(double x) { return std::acosh(x); }
double cAsin(double x) { return std::asin(x); }
double cAsinh(double x) { return std::asinh(x); }
double cAtan(double x) { return std::atan(x); }
double cAtanh(double x) {
    if (std::fabs(x) >= 1.0 && !std::isnan(x)) return NAN;   // domain error, also for +-1
    return std::atanh(x);
}
double cCbrt(double x) { return std::cbrt(x); }
double cCos(double x) { return std::cos(x); }
double cCosh(double x) { return std::cosh(x); }
double cErf(double x) { return std::erf(x); }
double cErfc(double x) { return std::erfc(x); }
double cExp(double x) { return std::exp(x); }
double cExp2(double x) { return std::exp2(x); }
double cExpm1(double x) { return std::expm1(x); }
double cFabs(double x) { return std::fabs(x); }
double cLog1p(double x) {
    if (x <= -1.0) return NAN;
    return std::log1p(x);
}
double cSin(double x) { return std::sin(x); }
double cSinh(double x) { return std::sinh(x); }
double cSqrt(double x) { return std::sqrt(x); }
double cTan(double x) { return std::tan(x); }
double cTanh(double x) { return std::tanh(x); }
double cDegrees(double x) { return x * (180.0 / kPi); }
double cRadians(double x) { return x * (kPi / 180.0); }

KRAIT_MATH1(acos, cAcos, false)
KRAIT_MATH1(acosh, cAcosh, false)
KRAIT_MATH1(asin, cAsin, false)
KRAIT_MATH1(asinh, cAsinh, false)
KRAIT_MATH1(atan, cAtan, false)
KRAIT_MATH1(atanh, cAtanh, false)
KRAIT_MATH1(cbrt, cCbrt, false)
KRAIT_MATH1(cos, cCos, false)
KRAIT_MATH1(cosh, cCosh, true)
KRAIT_MATH1(erf, cErf, false)
KRAIT_MATH1(erfc, cErfc, false)
KRAIT_MATH1(exp, cExp, true)
KRAIT_MATH1(exp2, cExp2, true)
KRAIT_MATH1(expm1, cExpm1, true)
KRAIT_MATH1(fabs, cFabs, false)
KRAIT_MATH1(log1p, cLog1p, false)
KRAIT_MATH1(sin, cSin, false)
KRAIT_MATH1(sinh, cSinh, true)
KRAIT_MATH1(sqrt, cSqrt, false)
KRAIT_MATH1(tan, cTan, false)
KRAIT_MATH1(tanh, cTanh, false)
KRAIT_MATH1(degrees, cDegrees, true)
KRAIT_MATH1(radians, cRadians, false)

#undef KRAIT_MATH1

// ---- gamma and lgamma: Lanczos approximation as CPython's (same results to the last bit) ----

constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
// Coefficients of x(x+1)...(x+11), lowest degree first.
constexpr double kLanczosDen[kLanczosN] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

double lanczosSum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = kLanczosN; --i >= 0;) {
            num = num * x + kLanczosNum[i];
            den = den * x + kLanczosDen[i];
        }
    } else {
        for (int i = 0; i < kLanczosN; i++) {
            num = num / x + kLanczosNum[i];
            den = den / x + kLanczosDen[i];
        }
    }
    return num / den;
}

// sin(pi * x), accurate for large x.
double sinPi(double x) {
    double y = std::fmod(std::fabs(x), 2.0);
    int n = static_cast<int>(std::round(2.0 * y));
    double r;
    switch (n) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

Object* m_gamma(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("gamma", nargs, kwnames)) return nullptr;
    double x;
    if (!toDouble(args[0], &x)) return nullptr;
    if (!std::isfinite(x)) {
        if (std::isnan(x) || x > 0.0) return floatFromDouble(x);
        return domainError();
    }
    if (x == 0.0) return domainError();
    if (x == std::floor(x)) {
        if (x < 0.0) return domainError();
        if (x <= 23.0) {
            double f = 1.0;
            for (int k = 2; k < static_cast<int>(x); k++) f *= k;
            return floatFromDouble(f);
        }
    }
    double absx = std::fabs(x);
    double r;
    if (absx < 1e-20) {
        r = 1.0 / x;
    } else if (absx > 200.0) {
        if (x < 0.0) return floatFromDouble(0.0 / sinPi(x));
        return rangeError();
    } else {
        double y = absx + kLanczosGMinusHalf;
        double z;
        if (absx > kLanczosGMinusHalf) {
            double q = y - absx;
            z = q - kLanczosGMinusHalf;
        } else {
            double q = y - kLanczosGMinusHalf;
            z = q - absx;
        }
        z = z * kLanczosG / y;
        if (x < 0.0) {
            r = -kPi / sinPi(absx) / absx * std::exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= std::pow(y, absx - 0.5);
            } else {
                double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / std::exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= std::pow(y, absx - 0.5);
            } else {
                double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
    }
    if (std::isinf(r)) return rangeError();
    return floatFromDouble(r);
}

Object* m_lgamma(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("lgamma", nargs, kwnames)) return nullptr;
    double x;
    if (!toDouble(args[0], &x)) return nullptr;
    if (!std::isfinite(x)) return floatFromDouble(std::isnan(x) ? x : HUGE_VAL);
    if (x == std::floor(x) && x <= 2.0) {
        if (x <= 0.0) return domainError();
        return floatFromDouble(0.0);
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) return floatFromDouble(-std::log(absx));
    double r = std::log(lanczosSum(absx)) - kLanczosG;
    r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
    if (x < 0.0) r = kLogPi - std::log(std::fabs(sinPi(absx))) - std::log(absx) - r;
    if (std::isinf(r)) return rangeError();
    return floatFromDouble(r);
}

// ---- Two-argument float functions ----

Object* m_atan2(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("atan2", nargs, kwnames, 2)) return nullptr;
    double y, x;
    if (!toDouble(args[0], &y) || !toDouble(args[1], &x)) return nullptr;
    return floatFromDouble(std::atan2(y, x));
}

Object* m_copysign(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("copysign", nargs, kwnames, 2)) return nullptr;
    double x, y;
    if (!toDouble(args[0], &x) || !toDouble(args[1], &y)) return nullptr;
    return floatFromDouble(std::copysign(x, y));
}

Object* m_fmod(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("fmod", nargs, kwnames, 2)) return nullptr;
    double x, y;
    if (!toDouble(args[0], &x) || !toDouble(args[1], &y)) return nullptr;
    if (std::isinf(y) && std::isfinite(x)) return floatFromDouble(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domainError();
    return floatFromDouble(r);
}

Object* m_remainder(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("remainder", nargs, kwnames, 2)) return nullptr;
    double x, y;
    if (!toDouble(args[0], &x) || !toDouble(args[1], &y)) return nullptr;
    if (std::isnan(x)) return floatFromDouble(x);
    if (std::isnan(y)) return floatFromDouble(y);
    if (std::isinf(x) || y == 0.0) return domainError();
    if (std::isinf(y)) return floatFromDouble(x);
    return floatFromDouble(std::remainder(x, y));
}

Object* m_pow(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("pow", nargs, kwnames, 2)) return nullptr;
    double x, y, r;
    if (!toDouble(args[0], &x) || !toDouble(args[1], &y)) return nullptr;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (std::isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (std::isinf(x)) {
            bool oddY = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = oddY ? x : std::fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = oddY ? std::copysign(0.0, x) : 0.0;
        } else {
            if (std::fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && std::fabs(x) > 1.0) r = y;
            else if (y < 0.0 && std::fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
        return floatFromDouble(r);
    }
    r = std::pow(x, y);
    if (std::isnan(r)) return domainError();
    if (std::isinf(r)) return x == 0.0 ? domainError() : rangeError();
    return floatFromDouble(r);
}

Object* m_nextafter(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("nextafter", nargs, kwnames, 2)) return nullptr;
    double x, y;
    if (!toDouble(args[0], &x) || !toDouble(args[1], &y)) return nullptr;
    return floatFromDouble(std::nextafter(x, y));
}

Object* m_ulp(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("ulp", nargs, kwnames)) return nullptr;
    double x;
    if (!toDouble(args[0], &x)) return nullptr;
    if (std::isnan(x)) return floatFromDouble(x);
    x = std::fabs(x);
    if (std::isinf(x)) return floatFromDouble(x);
    double x2 = std::nextafter(x, HUGE_VAL);
    if (std::isinf(x2)) {
        x2 = std::nextafter(x, -HUGE_VAL);
        return floatFromDouble(x - x2);
    }
    return floatFromDouble(x2 - x);
}

Object* m_ldexp(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("ldexp", nargs, kwnames, 2)) return nullptr;
    double x;
    if (!toDouble(args[0], &x)) return nullptr;
    if (!isInt(args[1])) {
        return setError(&ExcTypeError, "Expected an int as second argument to ldexp.");
    }
    int64_t e = 0;
    bool huge = !intIsSmall(args[1]);
    if (!huge) e = asInt(args[1])->value;
    int sign = intSign(args[1]);
    if (x == 0.0 || !std::isfinite(x)) return floatFromDouble(x);
    if (huge || e > 100000) {
        if (sign > 0) return rangeError();
        return floatFromDouble(std::copysign(0.0, x));
    }
    if (e < -100000) return floatFromDouble(std::copysign(0.0, x));
    double r = std::ldexp(x, static_cast<int>(e));
    if (std::isinf(r)) return rangeError();
    return floatFromDouble(r);
}

Object* m_frexp(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("frexp", nargs, kwnames)) return nullptr;
    double x;
    if (!toDouble(args[0], &x)) return nullptr;
    int e = 0;
    double m = x;
    if (std::isfinite(x) && x != 0.0) m = std::frexp(x, &e);
    Ref<> mo = Ref<>::steal(floatFromDouble(m));
    Ref<> eo = Ref<>::steal(intFromInt64(e));
    if (!mo || !eo) return nullptr;
    return tuplePack({mo.get(), eo.get()});
}

Object* m_modf(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("modf", nargs, kwnames)) return nullptr;
    double x;
    if (!toDouble(args[0], &x)) return nullptr;
    double fracPart, intPart;
    if (std::isinf(x)) {
        fracPart = std::copysign(0.0, x);
        intPart = x;
    } else if (std::isnan(x)) {
        fracPart = intPart = x;
    } else {
        fracPart = std::modf(x, &intPart);
    }
    Ref<> a = Ref<>::steal(floatFromDouble(fracPart));
    Ref<> b = Ref<>::steal(floatFromDouble(intPart));
    if (!a || !b) return nullptr;
    return tuplePack({a.get(), b.get()});
}

Object* boolResult(Object* arg, int which) {
    double x;
    if (!toDouble(arg, &x)) return nullptr;
    switch (which) {
    case 0: return newBool(std::isfinite(x));
    case 1: return newBool(std::isinf(x));
    default: return newBool(std::isnan(x));
    }
}

Object* m_isfinite(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("isfinite", nargs, kwnames)) return nullptr;
    return boolResult(args[0], 0);
}
Object* m_isinf(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("isinf", nargs, kwnames)) return nullptr;
    return boolResult(args[0], 1);
}
Object* m_isnan(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("isnan", nargs, kwnames)) return nullptr;
    return boolResult(args[0], 2);
}

Object* m_isclose(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"a", "b", "rel_tol", "abs_tol"};
    Object* a[4];
    if (!parseArgs("isclose", args, nargs, kwnames, kNames, 4, 2, a, 0, 2)) return nullptr;
    double x, y, relTol = 1e-09, absTol = 0.0;
    if (!toDouble(a[0], &x) || !toDouble(a[1], &y)) return nullptr;
    if (a[2] && !toDouble(a[2], &relTol)) return nullptr;
    if (a[3] && !toDouble(a[3], &absTol)) return nullptr;
    if (relTol < 0.0 || absTol < 0.0) {
        return setError(&ExcValueError, "tolerances must be non-negative");
    }
    if (x == y) return newBool(true);
    if (std::isinf(x) || std::isinf(y)) return newBool(false);
    double diff = std::fabs(y - x);
    return newBool(diff <= std::fabs(relTol * y) || diff <= std::fabs(relTol * x) ||
                   diff <= absTol);
}

// ---- ceil / floor / trunc ----

Object* roundingDispatch(const char* name, Object* x, Object* dunder, double (*f)(double)) {
    if (!isFloatExact(x)) {
        bool missing = false;
        Object* r = callSpecial(x, dunder, nullptr, 0, &missing);
        if (r || !missing || errOccurred()) return r;
    }
    double d;
    if (!toDouble(x, &d)) return nullptr;
    (void)name;
    return intFromDouble(f(d));
}

double cCeil(double x) { return std::ceil(x); }
double cFloor(double x) { return std::floor(x); }

Object* m_ceil(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("ceil", nargs, kwnames)) return nullptr;
    return roundingDispatch("ceil", args[0], KRAIT_STR(__ceil__), cCeil);
}

Object* m_floor(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("floor", nargs, kwnames)) return nullptr;
    return roundingDispatch("floor", args[0], KRAIT_STR(__floor__), cFloor);
}

Object* m_trunc(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("trunc", nargs, kwnames)) return nullptr;
    Object* x = args[0];
    if (isFloatExact(x)) return intFromDouble(std::trunc(floatValue(x)));
    bool missing = false;
    Object* r = callSpecial(x, KRAIT_STR(__trunc__), nullptr, 0, &missing);
    if (!r && missing && !errOccurred()) {
        return setError(&ExcTypeError, "type %s doesn't define __trunc__ method",
                        typeName(x->type));
    }
    return r;
}

// ---- Logarithms ----

// CPython's loghelper: ints (however large) are handled exactly via frexp when they overflow
// a double; non-positive arguments are domain errors.
bool logHelper(Object* arg, double (*f)(double), double* out) {
    if (isInt(arg)) {
        if (intSign(arg) <= 0) {
            domainError();
            return false;
        }
        if (!intIsSmall(arg)) {
            int64_t e = 0;
            double m = asInt(arg)->big->frexp(e);
            *out = f(m) + f(2.0) * static_cast<double>(e);
            return true;
        }
        *out = f(static_cast<double>(asInt(arg)->value));
        return true;
    }
    double x;
    if (!toDouble(arg, &x)) return false;
    if (std::isnan(x)) {
        *out = x;
        return true;
    }
    if (x <= 0.0) {
        domainError();
        return false;
    }
    *out = f(x);
    return true;
}

double cLog(double x) { return std::log(x); }
double cLog2(double x) { return std::log2(x); }
double cLog10(double x) { return std::log10(x); }

Object* m_log(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("log", kwnames)) return nullptr;
    if (nargs < 1 || nargs > 2) {
        return setError(&ExcTypeError, "math.log requires 1 to 2 arguments");
    }
    double num;
    if (!logHelper(args[0], cLog, &num)) return nullptr;
    if (nargs == 1) return floatFromDouble(num);
    double den;
    if (!logHelper(args[1], cLog, &den)) return nullptr;
    if (den == 0.0) return setError(&ExcZeroDivisionError, "float division by zero");
    return floatFromDouble(num / den);
}

Object* m_log2(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("log2", nargs, kwnames)) return nullptr;
    double r;
    if (!logHelper(args[0], cLog2, &r)) return nullptr;
    return floatFromDouble(r);
}

Object* m_log10(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("log10", nargs, kwnames)) return nullptr;
    double r;
    if (!logHelper(args[0], cLog10, &r)) return nullptr;
    return floatFromDouble(r);
}

// ---- fsum, prod, hypot, dist ----

Object* m_fsum(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("fsum", nargs, kwnames)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(args[0]));
    if (!it) return nullptr;
    std::vector<double> p;   // partials, increasing magnitude, non-overlapping
    double specialSum = 0.0, infSum = 0.0;
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return nullptr;
            break;
        }
        double x;
        if (!toDouble(item.get(), &x)) return nullptr;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < p.size(); j++) {
            double y = p[j];
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double yr = hi - x;
            double lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        p.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                // A non-finite x could come from an infinity/NaN input or from overflow.
                if (std::isfinite(xsave)) {
                    return setError(&ExcOverflowError, "intermediate overflow in fsum");
                }
                if (std::isinf(xsave)) infSum += xsave;
                specialSum += xsave;
                p.clear();
            } else {
                p.push_back(x);
            }
        }
    }
    if (specialSum != 0.0) {
        if (std::isnan(infSum)) return setError(&ExcValueError, "-inf + inf in fsum");
        return floatFromDouble(specialSum);
    }
    double hi = 0.0;
    size_t n = p.size();
    if (n > 0) {
        hi = p[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // Round half to even across the remaining partials.
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return floatFromDouble(hi);
}

Object* m_prod(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "start"};
    Object* a[2];
    if (!parseArgs("prod", args, nargs, kwnames, kNames, 2, 1, a, 1, 1)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(a[0]));
    if (!it) return nullptr;
    Ref<> acc = a[1] ? Ref<>::borrow(a[1]) : Ref<>::steal(intFromInt64(1));
    if (!acc) return nullptr;
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return nullptr;
            break;
        }
        // Fast paths: small exact ints and exact floats.
        Object* x = acc.get();
        Object* y = item.get();
        if (isIntExact(x) && isIntExact(y) && intIsSmall(x) && intIsSmall(y)) {
            int64_t r;
            if (!__builtin_mul_overflow(asInt(x)->value, asInt(y)->value, &r)) {
                acc = Ref<>::steal(intFromInt64(r));
                if (!acc) return nullptr;
                continue;
            }
        }
        if (isFloatExact(x) && isFloatExact(y)) {
            acc = Ref<>::steal(floatFromDouble(floatValue(x) * floatValue(y)));
            if (!acc) return nullptr;
            continue;
        }
        acc = Ref<>::steal(binaryOp(x, y, BinOp::Multiply));
        if (!acc) return nullptr;
    }
    return acc.release();
}

struct DoubleLength {
    double hi;
    double lo;
};

// Exact product x*y as hi + lo.
DoubleLength dlMul(double x, double y) {
    double hi = x * y;
    return {hi, std::fma(x, y, -hi)};
}

// Exact sum a + b as hi + lo, for |a| >= |b|.
DoubleLength dlFastSum(double a, double b) {
    double x = a + b;
    double z = x - a;
    return {x, b - z};
}

// CPython's vector_norm: the Euclidean norm of vec (absolute values, max = the largest) with a
// correctly rounded result in nearly all cases.
double vectorNorm(std::vector<double>& vec, double max, bool foundNan) {
    size_t n = vec.size();
    if (std::isinf(max)) return max;
    if (foundNan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int maxE = 0;
    std::frexp(max, &maxE);
    if (maxE < -1023) {
        // ldexp(1.0, -maxE) would overflow: scale the subnormal values up first.
        for (double& v : vec) v /= DBL_MIN;
        return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
    }
    double scale = std::ldexp(1.0, -maxE);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (double x : vec) {
        x *= scale;
        DoubleLength pr = dlMul(x, x);
        DoubleLength sm = dlFastSum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
    DoubleLength pr = dlMul(-h, h);
    DoubleLength sm = dlFastSum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    return (h + x / (2.0 * h)) / scale;
}

Object* m_hypot(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("hypot", kwnames)) return nullptr;
    std::vector<double> vec(nargs);
    double max = 0.0;
    bool foundNan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (!toDouble(args[i], &x)) return nullptr;
        x = std::fabs(x);
        vec[i] = x;
        foundNan |= std::isnan(x);
        if (x > max) max = x;
    }
    return floatFromDouble(vectorNorm(vec, max, foundNan));
}

Object* m_dist(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("dist", nargs, kwnames, 2)) return nullptr;
    Ref<> p = isTuple(args[0]) ? Ref<>::borrow(args[0]) : Ref<>::steal(sequenceTuple(args[0]));
    if (!p) return nullptr;
    Ref<> q = isTuple(args[1]) ? Ref<>::borrow(args[1]) : Ref<>::steal(sequenceTuple(args[1]));
    if (!q) return nullptr;
    ssize n = tupleSize(p.get());
    if (n != tupleSize(q.get())) {
        return setError(&ExcValueError, "both points must have the same number of dimensions");
    }
    std::vector<double> vec(static_cast<size_t>(n));
    double max = 0.0;
    bool foundNan = false;
    for (ssize i = 0; i < n; i++) {
        double px, qx;
        if (!toDouble(tupleItem(p.get(), i), &px) || !toDouble(tupleItem(q.get(), i), &qx)) {
            return nullptr;
        }
        double x = std::fabs(px - qx);
        vec[static_cast<size_t>(i)] = x;
        foundNan |= std::isnan(x);
        if (x > max) max = x;
    }
    return floatFromDouble(vectorNorm(vec, max, foundNan));
}

// ---- Integer functions ----

// Product of the integers in [lo, hi] (lo <= hi + 1) by binary splitting.
BigInt rangeProduct(uint64_t lo, uint64_t hi) {
    if (lo > hi) return BigInt(1);
    if (hi - lo < 8) {
        // Multiply in 64 bits while it cannot overflow.
        BigInt acc(1);
        uint64_t chunk = 1;
        for (uint64_t k = lo; k <= hi; k++) {
            uint64_t next;
            if (__builtin_mul_overflow(chunk, k, &next)) {
                acc = BigInt::mul(acc, BigInt::fromUint64(chunk));
                chunk = k;
            } else {
                chunk = next;
            }
        }
        return BigInt::mul(acc, BigInt::fromUint64(chunk));
    }
    uint64_t mid = lo + (hi - lo) / 2;
    return BigInt::mul(rangeProduct(lo, mid), rangeProduct(mid + 1, hi));
}

// Index argument as an exact int (new reference) or null.
Object* indexArg(Object* o) { return numberIndex(o); }

Object* m_factorial(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("factorial", nargs, kwnames)) return nullptr;
    Ref<> n = Ref<>::steal(indexArg(args[0]));
    if (!n) return nullptr;
    if (intSign(n.get()) < 0) {
        return setError(&ExcValueError, "factorial() not defined for negative values");
    }
    if (!intIsSmall(n.get())) {
        return setError(&ExcOverflowError, "factorial() argument should not exceed %lld",
                        static_cast<long long>(INT64_MAX));
    }
    uint64_t v = static_cast<uint64_t>(asInt(n.get())->value);
    if (v <= 20) {
        uint64_t r = 1;
        for (uint64_t k = 2; k <= v; k++) r *= k;
        return intFromUint64(r);
    }
    // Binary splitting keeps the multiplications balanced (Karatsuba-friendly).
    return intFromBigInt(rangeProduct(2, v));
}

Object* m_isqrt(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("isqrt", nargs, kwnames)) return nullptr;
    Ref<> n = Ref<>::steal(indexArg(args[0]));
    if (!n) return nullptr;
    if (intSign(n.get()) < 0) {
        return setError(&ExcValueError, "isqrt() argument must be nonnegative");
    }
    if (intIsSmall(n.get())) {
        uint64_t v = static_cast<uint64_t>(asInt(n.get())->value);
        uint64_t r = static_cast<uint64_t>(std::sqrt(static_cast<double>(v)));
        while (r > 0 && (r > UINT32_MAX || r * r > v)) r--;
        while ((r + 1) <= UINT32_MAX && (r + 1) * (r + 1) <= v) r++;
        return intFromUint64(r);
    }
    return intFromBigInt(BigInt::isqrt(*asInt(n.get())->big));
}

Object* gcdPair(Object* a, Object* b) {
    if (intIsSmall(a) && intIsSmall(b)) {
        int64_t x = asInt(a)->value, y = asInt(b)->value;
        if (x != INT64_MIN && y != INT64_MIN) {
            uint64_t u = static_cast<uint64_t>(x < 0 ? -x : x);
            uint64_t v = static_cast<uint64_t>(y < 0 ? -y : y);
            while (v) {
                uint64_t t = u % v;
                u = v;
                v = t;
            }
            return intFromUint64(u);
        }
    }
    return intFromBigInt(BigInt::gcd(intToBigInt(a), intToBigInt(b)));
}

Object* m_gcd(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("gcd", kwnames)) return nullptr;
    if (nargs == 0) return intFromInt64(0);
    Ref<> res = Ref<>::steal(indexArg(args[0]));
    if (!res) return nullptr;
    if (nargs == 1) return absolute(res.get());
    for (size_t i = 1; i < nargs; i++) {
        Ref<> x = Ref<>::steal(indexArg(args[i]));
        if (!x) return nullptr;
        if (asInt(res.get())->value == 1 && intIsSmall(res.get())) continue;
        res = Ref<>::steal(gcdPair(res.get(), x.get()));
        if (!res) return nullptr;
    }
    return res.release();
}

Object* m_lcm(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("lcm", kwnames)) return nullptr;
    if (nargs == 0) return intFromInt64(1);
    Ref<> res = Ref<>::steal(indexArg(args[0]));
    if (!res) return nullptr;
    if (nargs == 1) return absolute(res.get());
    for (size_t i = 1; i < nargs; i++) {
        Ref<> x = Ref<>::steal(indexArg(args[i]));
        if (!x) return nullptr;
        if (intSign(res.get()) == 0) continue;
        if (intSign(x.get()) == 0) {
            res = Ref<>::steal(intFromInt64(0));
            continue;
        }
        Ref<> g = Ref<>::steal(gcdPair(res.get(), x.get()));
        if (!g) return nullptr;
        Ref<> q = Ref<>::steal(binaryOp(res.get(), g.get(), BinOp::FloorDivide));
        if (!q) return nullptr;
        Ref<> prod = Ref<>::steal(binaryOp(q.get(), x.get(), BinOp::Multiply));
        if (!prod) return nullptr;
        res = Ref<>::steal(absolute(prod.get()));
        if (!res) return nullptr;
    }
    return res.release();
}

// n * (n-1) * ... * (n-k+1) for BigInt n and small k.
BigInt fallingProduct(const BigInt& n, uint64_t k) {
    if (k == 0) return BigInt(1);
    if (k == 1) return n;
    uint64_t j = k / 2;
    BigInt a = fallingProduct(n, j);
    BigInt b = fallingProduct(BigInt::sub(n, BigInt::fromUint64(j)), k - j);
    return BigInt::mul(a, b);
}

// Reads n and k for comb/perm: both non-negative exact ints. False on error.
bool combArgs(Object* no, Object* ko, Ref<>& n, Ref<>& k) {
    n = Ref<>::steal(indexArg(no));
    if (!n) return false;
    k = Ref<>::steal(indexArg(ko));
    if (!k) return false;
    if (intSign(n.get()) < 0) {
        setError(&ExcValueError, "n must be a non-negative integer");
        return false;
    }
    if (intSign(k.get()) < 0) {
        setError(&ExcValueError, "k must be a non-negative integer");
        return false;
    }
    return true;
}

Object* m_perm(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("perm", kwnames) || !checkArgCount("perm", nargs, 1, 2)) return nullptr;
    if (nargs == 1 || isNone(args[1])) return m_factorial(nullptr, args, 1, nullptr);
    Ref<> n, k;
    if (!combArgs(args[0], args[1], n, k)) return nullptr;
    BigInt nb = intToBigInt(n.get());
    BigInt kb = intToBigInt(k.get());
    if (BigInt::compare(kb, nb) > 0) return intFromInt64(0);
    if (!kb.fitsInt64()) {
        return setError(&ExcOverflowError, "k must not exceed %lld",
                        static_cast<long long>(INT64_MAX));
    }
    return intFromBigInt(fallingProduct(nb, static_cast<uint64_t>(kb.toInt64())));
}

Object* m_comb(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("comb", nargs, kwnames, 2)) return nullptr;
    Ref<> n, k;
    if (!combArgs(args[0], args[1], n, k)) return nullptr;
    BigInt nb = intToBigInt(n.get());
    BigInt kb = intToBigInt(k.get());
    if (BigInt::compare(kb, nb) > 0) return intFromInt64(0);
    BigInt nk = BigInt::sub(nb, kb);
    if (BigInt::compare(nk, kb) < 0) kb = nk;
    if (!kb.fitsInt64()) {
        return setError(&ExcOverflowError, "min(n - k, k) must not exceed %lld",
                        static_cast<long long>(INT64_MAX));
    }
    uint64_t kk = static_cast<uint64_t>(kb.toInt64());
    if (kk == 0) return intFromInt64(1);
    // Small case: exact 64-bit arithmetic while it does not overflow.
    if (nb.fitsInt64()) {
        uint64_t nn = static_cast<uint64_t>(nb.toInt64());
        uint64_t r = 1;
        bool ok = true;
        for (uint64_t i = 1; i <= kk && ok; i++) {
            // r * (nn - kk + i) / i is exact; use the gcd to keep it in range.
            uint64_t f = nn - kk + i;
            uint64_t g1 = std::gcd(r, i);
            uint64_t rr = r / g1, ii = i / g1;
            uint64_t g2 = std::gcd(f, ii);
            f /= g2;
            ii /= g2;
            uint64_t prod;
            if (ii != 1 || __builtin_mul_overflow(rr, f, &prod)) {
                ok = false;
                break;
            }
            r = prod;
        }
        if (ok) return intFromUint64(r);
    }
    BigInt num = fallingProduct(nb, kk);
    BigInt den = rangeProduct(1, kk);
    BigInt q;
    BigInt::divMod(num, den, &q, nullptr);
    return intFromBigInt(q);
}

const MethodDef kMathMethods[] = {
    {"acos", m_acos, 0,
     "Return the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi."},
    {"acosh", m_acosh, 0, "Return the inverse hyperbolic cosine of x."},
    {"asin", m_asin, 0,
     "Return the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
    {"asinh", m_asinh, 0, "Return the inverse hyperbolic sine of x."},
    {"atan", m_atan, 0,
     "Return the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2."},
    {"atan2", m_atan2, 0,
     "Return the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both "
     "x and y are considered."},
    {"atanh", m_atanh, 0, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", m_cbrt, 0, "Return the cube root of x."},
    {"ceil", m_ceil, 0,
     "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x."},
    {"comb", m_comb, 0,
     "Number of ways to choose k items from n items without repetition and without order."},
    {"copysign", m_copysign, 0,
     "Return a float with the magnitude (absolute value) of x but the sign of y."},
    {"cos", m_cos, 0, "Return the cosine of x (measured in radians)."},
    {"cosh", m_cosh, 0, "Return the hyperbolic cosine of x."},
    {"degrees", m_degrees, 0, "Convert angle x from radians to degrees."},
    {"dist", m_dist, 0, "Return the Euclidean distance between two points p and q."},
    {"erf", m_erf, 0, "Error function at x."},
    {"erfc", m_erfc, 0, "Complementary error function at x."},
    {"exp", m_exp, 0, "Return e raised to the power of x."},
    {"exp2", m_exp2, 0, "Return 2 raised to the power of x."},
    {"expm1", m_expm1, 0,
     "Return exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evalua"
     "tion of exp(x)-1 for small x."},
    {"fabs", m_fabs, 0, "Return the absolute value of the float x."},
    {"factorial", m_factorial, 0,
     "Find n!.\n\nRaise a ValueError if x is negative or non-integral."},
    {"floor", m_floor, 0,
     "Return the floor of x as an Integral.\n\nThis is the largest integer <= x."},
    {"fmod", m_fmod, 0, "Return fmod(x, y), according to platform C.\n\nx % y may differ."},
    {"frexp", m_frexp, 0, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", m_fsum, 0, "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", m_gamma, 0, "Gamma function at x."},
    {"gcd", m_gcd, 0, "Greatest Common Divisor."},
    {"hypot", m_hypot, 0, "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", m_isclose, 0, "Determine whether two floating point numbers are close in value."},
    {"isfinite", m_isfinite, 0,
     "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", m_isinf, 0,
     "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", m_isnan, 0, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", m_isqrt, 0, "Return the integer part of the square root of the input."},
    {"lcm", m_lcm, 0, "Least Common Multiple."},
    {"ldexp", m_ldexp, 0, "Return x * (2**i).\n\nThis is essentially the inverse of frexp()."},
    {"lgamma", m_lgamma, 0, "Natural logarithm of absolute value of Gamma function at x."},
    {"log", m_log, 0,
     "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not speci"
     "fied, returns the natural logarithm (base e) of x."},
    {"log10", m_log10, 0, "Return the base 10 logarithm of x."},
    {"log1p", m_log1p, 0,
     "Return the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is ac"
     "curate for x near zero."},
    {"log2", m_log2, 0, "Return the base 2 logarithm of x."},
    {"modf", m_modf, 0,
     "Return the fractional and integer parts of x.\n\nBoth results carry the sign of x and are fl"
     "oats."},
    {"nextafter", m_nextafter, 0, "Return the next floating-point value after x towards y."},
    {"perm", m_perm, 0,
     "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", m_pow, 0, "Return x**y (x to the power of y)."},
    {"prod", m_prod, 0, "Calculate the product of all the elements in the input iterable."},
    {"radians", m_radians, 0, "Convert angle x from degrees to radians."},
    {"remainder", m_remainder, 0, "Difference between x and the closest integer multiple of y."},
    {"sin", m_sin, 0, "Return the sine of x (measured in radians)."},
    {"sinh", m_sinh, 0, "Return the hyperbolic sine of x."},
    {"sqrt", m_sqrt, 0, "Return the square root of x."},
    {"tan", m_tan, 0, "Return the tangent of x (measured in radians)."},
    {"tanh", m_tanh, 0, "Return the hyperbolic tangent of x."},
    {"trunc", m_trunc, 0,
     "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method."},
    {"ulp", m_ulp, 0, "Return the value of the least significant bit of the float x."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createMathModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("math"));
    if (!m || !moduleAddFunctions(m.get(), kMathMethods)) return nullptr;
    Ref<> doc = Ref<>::steal(strFromAscii(
        "This module provides access to the mathematical functions\ndefined by the C standard."));
    if (!doc || !moduleAddObject(m.get(), "__doc__", doc.release())) return nullptr;
    struct Const {
        const char* name;
        double value;
    };
    const Const consts[] = {
        {"pi", kPi}, {"e", kE}, {"tau", 2.0 * kPi}, {"inf", HUGE_VAL}, {"nan", NAN},
    };
    for (const Const& c : consts) {
        Object* v = floatFromDouble(c.value);
        if (!v || !moduleAddObject(m.get(), c.name, v)) return nullptr;
    }
    return m.release();
}

}  // namespace krait
