// The cmath module: complex versions of the math functions with CPython's semantics: the
// special values of C99 Annex G for infinite and NaN parts (7x7 tables indexed by the class of
// the real and imaginary parts, checked against CPython 3.11), its branch cuts and signed-zero
// conventions (the formulas of Kahan's "Branch cuts for complex elementary functions", as
// cmathmodule.c uses them), and its errors: ValueError "math domain error" for an invalid
// operation (EDOM), OverflowError "math range error" for a finite argument whose result
// overflows (ERANGE).
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "interp/warnings.h"
#include "modules/modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

using Args = Object* const*;

struct Cx {
    double real;
    double imag;
};

// Each function returns its result and sets err (0, EDOM or ERANGE) as CPython's errno.
constexpr double kInf = HUGE_VAL;
constexpr double kNan = __builtin_nan("");
constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kPi2 = kPi / 2;
constexpr double kPi4 = kPi / 4;
constexpr double kP34 = 0.75 * kPi;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;
constexpr double kE = 2.718281828459045235;
const double kLargeDouble = DBL_MAX / 4.0;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

// The class of a double for the special-value tables.
enum SpecialType { kNInf, kNeg, kNZero, kPZero, kPos, kPInf, kNaN };

int specialType(double d) {
    if (std::isfinite(d)) {
        if (d != 0) return std::copysign(1.0, d) == 1.0 ? kPos : kNeg;
        return std::copysign(1.0, d) == 1.0 ? kPZero : kNZero;
    }
    if (std::isnan(d)) return kNaN;
    return std::copysign(1.0, d) == 1.0 ? kPInf : kNInf;
}

// One table cell: the result and whether it is a domain error. kU marks the cells of finite
// arguments (computed, never looked up) and those handled by code before the lookup.
struct Special {
    double real;
    double imag;
    bool edom;
};
constexpr Special kU = {kNan, kNan, false};

const Special kAcosSpecial[7][7] = {
    // real NINF
    {{kP34, kInf, false}, {kPi, kInf, false}, {kPi, kInf, false}, {kPi, -kInf, false},
     {kPi, -kInf, false}, {kP34, -kInf, false}, {kNan, kInf, false}},
    // real NEG
    {{kPi2, kInf, false}, kU, kU, kU, kU, {kPi2, -kInf, false}, {kNan, kNan, false}},
    // real NZERO
    {{kPi2, kInf, false}, kU, kU, kU, kU, {kPi2, -kInf, false}, {kPi2, kNan, false}},
    // real PZERO
    {{kPi2, kInf, false}, kU, kU, kU, kU, {kPi2, -kInf, false}, {kPi2, kNan, false}},
    // real POS
    {{kPi2, kInf, false}, kU, kU, kU, kU, {kPi2, -kInf, false}, {kNan, kNan, false}},
    // real PINF
    {{kPi4, kInf, false}, {0.0, kInf, false}, {0.0, kInf, false}, {0.0, -kInf, false},
     {0.0, -kInf, false}, {kPi4, -kInf, false}, {kNan, kInf, false}},
    // real NAN
    {{kNan, kInf, false}, {kNan, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false},
     {kNan, kNan, false}, {kNan, -kInf, false}, {kNan, kNan, false}},
};

const Special kAcoshSpecial[7][7] = {
    // real NINF
    {{kInf, -kP34, false}, {kInf, -kPi, false}, {kInf, -kPi, false}, {kInf, kPi, false},
     {kInf, kPi, false}, {kInf, kP34, false}, {kInf, kNan, false}},
    // real NEG
    {{kInf, -kPi2, false}, kU, kU, kU, kU, {kInf, kPi2, false}, {kNan, kNan, false}},
    // real NZERO
    {{kInf, -kPi2, false}, kU, kU, kU, kU, {kInf, kPi2, false}, {kNan, kNan, false}},
    // real PZERO
    {{kInf, -kPi2, false}, kU, kU, kU, kU, {kInf, kPi2, false}, {kNan, kNan, false}},
    // real POS
    {{kInf, -kPi2, false}, kU, kU, kU, kU, {kInf, kPi2, false}, {kNan, kNan, false}},
    // real PINF
    {{kInf, -kPi4, false}, {kInf, -0.0, false}, {kInf, -0.0, false}, {kInf, 0.0, false},
     {kInf, 0.0, false}, {kInf, kPi4, false}, {kInf, kNan, false}},
    // real NAN
    {{kInf, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false},
     {kNan, kNan, false}, {kInf, kNan, false}, {kNan, kNan, false}},
};

const Special kAsinhSpecial[7][7] = {
    // real NINF
    {{-kInf, -kPi4, false}, {-kInf, -0.0, false}, {-kInf, -0.0, false}, {-kInf, 0.0, false},
     {-kInf, 0.0, false}, {-kInf, kPi4, false}, {-kInf, kNan, false}},
    // real NEG
    {{-kInf, -kPi2, false}, kU, kU, kU, kU, {-kInf, kPi2, false}, {kNan, kNan, false}},
    // real NZERO
    {{-kInf, -kPi2, false}, kU, kU, kU, kU, {-kInf, kPi2, false}, {kNan, kNan, false}},
    // real PZERO
    {{kInf, -kPi2, false}, kU, kU, kU, kU, {kInf, kPi2, false}, {kNan, kNan, false}},
    // real POS
    {{kInf, -kPi2, false}, kU, kU, kU, kU, {kInf, kPi2, false}, {kNan, kNan, false}},
    // real PINF
    {{kInf, -kPi4, false}, {kInf, -0.0, false}, {kInf, -0.0, false}, {kInf, 0.0, false},
     {kInf, 0.0, false}, {kInf, kPi4, false}, {kInf, kNan, false}},
    // real NAN
    {{kInf, kNan, false}, {kNan, kNan, false}, {kNan, -0.0, false}, {kNan, 0.0, false},
     {kNan, kNan, false}, {kInf, kNan, false}, {kNan, kNan, false}},
};

const Special kAtanhSpecial[7][7] = {
    // real NINF
    {{-0.0, -kPi2, false}, {-0.0, -kPi2, false}, {-0.0, -kPi2, false}, {-0.0, kPi2, false},
     {-0.0, kPi2, false}, {-0.0, kPi2, false}, {-0.0, kNan, false}},
    // real NEG
    {{-0.0, -kPi2, false}, kU, kU, kU, kU, {-0.0, kPi2, false}, {kNan, kNan, false}},
    // real NZERO
    {{-0.0, -kPi2, false}, kU, kU, kU, kU, {-0.0, kPi2, false}, {-0.0, kNan, false}},
    // real PZERO
    {{0.0, -kPi2, false}, kU, kU, kU, kU, {0.0, kPi2, false}, {0.0, kNan, false}},
    // real POS
    {{0.0, -kPi2, false}, kU, kU, kU, kU, {0.0, kPi2, false}, {kNan, kNan, false}},
    // real PINF
    {{0.0, -kPi2, false}, {0.0, -kPi2, false}, {0.0, -kPi2, false}, {0.0, kPi2, false},
     {0.0, kPi2, false}, {0.0, kPi2, false}, {0.0, kNan, false}},
    // real NAN
    {{0.0, -kPi2, false}, {kNan, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false},
     {kNan, kNan, false}, {0.0, kPi2, false}, {kNan, kNan, false}},
};

const Special kLogSpecial[7][7] = {
    // real NINF
    {{kInf, -kP34, false}, {kInf, -kPi, false}, {kInf, -kPi, false}, {kInf, kPi, false},
     {kInf, kPi, false}, {kInf, kP34, false}, {kInf, kNan, false}},
    // real NEG
    {{kInf, -kPi2, false}, kU, kU, kU, kU, {kInf, kPi2, false}, {kNan, kNan, false}},
    // real NZERO
    {{kInf, -kPi2, false}, kU, kU, kU, kU, {kInf, kPi2, false}, {kNan, kNan, false}},
    // real PZERO
    {{kInf, -kPi2, false}, kU, kU, kU, kU, {kInf, kPi2, false}, {kNan, kNan, false}},
    // real POS
    {{kInf, -kPi2, false}, kU, kU, kU, kU, {kInf, kPi2, false}, {kNan, kNan, false}},
    // real PINF
    {{kInf, -kPi4, false}, {kInf, -0.0, false}, {kInf, -0.0, false}, {kInf, 0.0, false},
     {kInf, 0.0, false}, {kInf, kPi4, false}, {kInf, kNan, false}},
    // real NAN
    {{kInf, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false},
     {kNan, kNan, false}, {kInf, kNan, false}, {kNan, kNan, false}},
};

const Special kSqrtSpecial[7][7] = {
    // real NINF
    {{kInf, -kInf, false}, {0.0, -kInf, false}, {0.0, -kInf, false}, {0.0, kInf, false},
     {0.0, kInf, false}, {kInf, kInf, false}, {kNan, kInf, false}},
    // real NEG
    {{kInf, -kInf, false}, kU, kU, kU, kU, {kInf, kInf, false}, {kNan, kNan, false}},
    // real NZERO
    {{kInf, -kInf, false}, kU, kU, kU, kU, {kInf, kInf, false}, {kNan, kNan, false}},
    // real PZERO
    {{kInf, -kInf, false}, kU, kU, kU, kU, {kInf, kInf, false}, {kNan, kNan, false}},
    // real POS
    {{kInf, -kInf, false}, kU, kU, kU, kU, {kInf, kInf, false}, {kNan, kNan, false}},
    // real PINF
    {{kInf, -kInf, false}, {kInf, -0.0, false}, {kInf, -0.0, false}, {kInf, 0.0, false},
     {kInf, 0.0, false}, {kInf, kInf, false}, {kInf, kNan, false}},
    // real NAN
    {{kInf, -kInf, false}, {kNan, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false},
     {kNan, kNan, false}, {kInf, kInf, false}, {kNan, kNan, false}},
};

const Special kExpSpecial[7][7] = {
    // real NINF
    {{0.0, 0.0, false}, kU, {0.0, -0.0, false}, {0.0, 0.0, false}, kU, {0.0, 0.0, false},
     {0.0, 0.0, false}},
    // real NEG
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real NZERO
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real PZERO
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real POS
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real PINF
    {{kNan, kNan, true}, kU, {kInf, -0.0, false}, {kInf, 0.0, false}, kU, {kNan, kNan, true},
     {kInf, kNan, false}},
    // real NAN
    {{kNan, kNan, false}, {kNan, kNan, false}, {kNan, -0.0, false}, {kNan, 0.0, false},
     {kNan, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false}},
};

const Special kCoshSpecial[7][7] = {
    // real NINF
    {{kNan, kNan, true}, kU, {kInf, 0.0, false}, {kInf, -0.0, false}, kU, {kNan, kNan, true},
     {kInf, kNan, false}},
    // real NEG
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real NZERO
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, 0.0, false}},
    // real PZERO
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, 0.0, false}},
    // real POS
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real PINF
    {{kNan, kNan, true}, kU, {kInf, -0.0, false}, {kInf, 0.0, false}, kU, {kNan, kNan, true},
     {kInf, kNan, false}},
    // real NAN
    {{kNan, kNan, false}, {kNan, kNan, false}, {kNan, 0.0, false}, {kNan, 0.0, false},
     {kNan, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false}},
};

const Special kSinhSpecial[7][7] = {
    // real NINF
    {{kNan, kNan, true}, kU, {-kInf, -0.0, false}, {-kInf, 0.0, false}, kU, {kNan, kNan, true},
     {kInf, kNan, false}},
    // real NEG
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real NZERO
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {0.0, kNan, false}},
    // real PZERO
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {0.0, kNan, false}},
    // real POS
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real PINF
    {{kNan, kNan, true}, kU, {kInf, -0.0, false}, {kInf, 0.0, false}, kU, {kNan, kNan, true},
     {kInf, kNan, false}},
    // real NAN
    {{kNan, kNan, false}, {kNan, kNan, false}, {kNan, -0.0, false}, {kNan, 0.0, false},
     {kNan, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false}},
};

const Special kTanhSpecial[7][7] = {
    // real NINF
    {{-1.0, 0.0, false}, kU, {-1.0, -0.0, false}, {-1.0, 0.0, false}, kU, {-1.0, 0.0, false},
     {-1.0, 0.0, false}},
    // real NEG
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real NZERO
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real PZERO
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real POS
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real PINF
    {{1.0, 0.0, false}, kU, {1.0, -0.0, false}, {1.0, 0.0, false}, kU, {1.0, 0.0, false},
     {1.0, 0.0, false}},
    // real NAN
    {{kNan, kNan, false}, {kNan, kNan, false}, {kNan, -0.0, false}, {kNan, 0.0, false},
     {kNan, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false}},
};

const Special kRectSpecial[7][7] = {
    // real NINF
    {{kNan, kNan, true}, kU, {-kInf, 0.0, false}, {-kInf, -0.0, false}, kU, {kNan, kNan, true},
     {kInf, kNan, false}},
    // real NEG
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real NZERO
    {{0.0, 0.0, false}, kU, kU, kU, kU, {0.0, 0.0, false}, {0.0, 0.0, false}},
    // real PZERO
    {{0.0, 0.0, false}, kU, kU, kU, kU, {0.0, 0.0, false}, {0.0, 0.0, false}},
    // real POS
    {{kNan, kNan, true}, kU, kU, kU, kU, {kNan, kNan, true}, {kNan, kNan, false}},
    // real PINF
    {{kNan, kNan, true}, kU, {kInf, -0.0, false}, {kInf, 0.0, false}, kU, {kNan, kNan, true},
     {kInf, kNan, false}},
    // real NAN
    {{kNan, kNan, false}, {kNan, kNan, false}, {kNan, 0.0, false}, {kNan, 0.0, false},
     {kNan, kNan, false}, {kNan, kNan, false}, {kNan, kNan, false}},
};


bool nonFinite(Cx z) { return !std::isfinite(z.real) || !std::isfinite(z.imag); }

Cx lookup(const Special (&table)[7][7], Cx z, int& err) {
    const Special& s = table[specialType(z.real)][specialType(z.imag)];
    err = s.edom ? EDOM : 0;
    return {s.real, s.imag};
}

Cx cSqrt(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) return lookup(kSqrtSpecial, z, err);
    if (z.real == 0.0 && z.imag == 0.0) return {0.0, z.imag};
    double ax = std::fabs(z.real), ay = std::fabs(z.imag), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        ax = std::ldexp(ax, kScaleUp);
        s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
    } else {
        ax /= 8.0;
        s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.real >= 0.0) return {s, std::copysign(d, z.imag)};
    return {d, std::copysign(s, z.imag)};
}

Cx cAcos(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) return lookup(kAcosSpecial, z, err);
    Cx r;
    if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
        r.real = std::atan2(std::fabs(z.imag), z.real);
        double l = std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + kLn2 * 2.0;
        r.imag = z.real < 0.0 ? -std::copysign(l, z.imag) : std::copysign(l, -z.imag);
    } else {
        int e;
        Cx s1 = cSqrt({1.0 - z.real, -z.imag}, e);
        Cx s2 = cSqrt({1.0 + z.real, z.imag}, e);
        r.real = 2.0 * std::atan2(s1.real, s2.real);
        r.imag = std::asinh(s2.real * s1.imag - s2.imag * s1.real);
    }
    return r;
}

Cx cAcosh(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) return lookup(kAcoshSpecial, z, err);
    Cx r;
    if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
        r.real = std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + kLn2 * 2.0;
        r.imag = std::atan2(z.imag, z.real);
    } else {
        int e;
        Cx s1 = cSqrt({z.real - 1.0, z.imag}, e);
        Cx s2 = cSqrt({z.real + 1.0, z.imag}, e);
        r.real = std::asinh(s1.real * s2.real + s1.imag * s2.imag);
        r.imag = 2.0 * std::atan2(s1.imag, s2.real);
    }
    return r;
}

Cx cAsinh(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) return lookup(kAsinhSpecial, z, err);
    Cx r;
    if (std::fabs(z.real) > kLargeDouble || std::fabs(z.imag) > kLargeDouble) {
        double l = std::log(std::hypot(z.real / 2.0, z.imag / 2.0)) + kLn2 * 2.0;
        r.real = z.imag >= 0.0 ? std::copysign(l, z.real) : -std::copysign(l, -z.real);
        r.imag = std::atan2(z.imag, std::fabs(z.real));
    } else {
        int e;
        Cx s1 = cSqrt({1.0 + z.imag, -z.real}, e);
        Cx s2 = cSqrt({1.0 - z.imag, z.real}, e);
        r.real = std::asinh(s1.real * s2.imag - s2.real * s1.imag);
        r.imag = std::atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
    }
    return r;
}

Cx cAsin(Cx z, int& err) {
    Cx s = cAsinh({-z.imag, z.real}, err);
    return {s.imag, -s.real};
}

Cx cAtanh(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) return lookup(kAtanhSpecial, z, err);
    if (z.real < 0.0) {
        Cx r = cAtanh({-z.real, -z.imag}, err);
        return {-r.real, -r.imag};
    }
    double ay = std::fabs(z.imag);
    Cx r;
    if (z.real > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
        double h = std::hypot(z.real / 2.0, z.imag / 2.0);
        r.real = z.real / 4.0 / h / h;
        r.imag = -std::copysign(kPi / 2.0, -z.imag);
    } else if (z.real == 1.0 && ay < kSqrtDblMin) {
        if (ay == 0.0) {
            r.real = kInf;
            r.imag = z.imag;
            err = EDOM;
        } else {
            r.real = -std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0)));
            r.imag = std::copysign(std::atan2(2.0, -ay) / 2.0, z.imag);
        }
    } else {
        r.real = std::log1p(4.0 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.0;
        r.imag = -std::atan2(-2.0 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.0;
    }
    return r;
}

Cx cAtan(Cx z, int& err) {
    Cx s = cAtanh({-z.imag, z.real}, err);
    return {s.imag, -s.real};
}

Cx cCosh(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) {
        Cx r;
        if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
            r.real = std::copysign(kInf, std::cos(z.imag));
            r.imag = z.real > 0 ? std::copysign(kInf, std::sin(z.imag))
                                : -std::copysign(kInf, std::sin(z.imag));
        } else {
            r = lookup(kCoshSpecial, z, err);
        }
        err = std::isinf(z.imag) && !std::isnan(z.real) ? EDOM : 0;
        return r;
    }
    Cx r;
    if (std::fabs(z.real) > kLogLargeDouble) {
        double x1 = z.real - std::copysign(1.0, z.real);
        r.real = std::cos(z.imag) * std::cosh(x1) * kE;
        r.imag = std::sin(z.imag) * std::sinh(x1) * kE;
    } else {
        r.real = std::cos(z.imag) * std::cosh(z.real);
        r.imag = std::sin(z.imag) * std::sinh(z.real);
    }
    if (std::isinf(r.real) || std::isinf(r.imag)) err = ERANGE;
    return r;
}

Cx cSinh(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) {
        Cx r;
        if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
            r.real = z.real > 0 ? std::copysign(kInf, std::cos(z.imag))
                                : -std::copysign(kInf, std::cos(z.imag));
            r.imag = std::copysign(kInf, std::sin(z.imag));
        } else {
            r = lookup(kSinhSpecial, z, err);
        }
        err = std::isinf(z.imag) && !std::isnan(z.real) ? EDOM : 0;
        return r;
    }
    Cx r;
    if (std::fabs(z.real) > kLogLargeDouble) {
        double x1 = z.real - std::copysign(1.0, z.real);
        r.real = std::cos(z.imag) * std::sinh(x1) * kE;
        r.imag = std::sin(z.imag) * std::cosh(x1) * kE;
    } else {
        r.real = std::cos(z.imag) * std::sinh(z.real);
        r.imag = std::sin(z.imag) * std::cosh(z.real);
    }
    if (std::isinf(r.real) || std::isinf(r.imag)) err = ERANGE;
    return r;
}

Cx cTanh(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) {
        Cx r;
        if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
            r.real = z.real > 0 ? 1.0 : -1.0;
            r.imag = std::copysign(0.0, 2.0 * std::sin(z.imag) * std::cos(z.imag));
        } else {
            r = lookup(kTanhSpecial, z, err);
        }
        err = std::isinf(z.imag) && std::isfinite(z.real) ? EDOM : 0;
        return r;
    }
    Cx r;
    if (std::fabs(z.real) > kLogLargeDouble) {
        r.real = std::copysign(1.0, z.real);
        r.imag = 4.0 * std::sin(z.imag) * std::cos(z.imag) * std::exp(-2.0 * std::fabs(z.real));
    } else {
        double tx = std::tanh(z.real);
        double ty = std::tan(z.imag);
        double cx = 1.0 / std::cosh(z.real);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        r.real = tx * (1.0 + ty * ty) / denom;
        r.imag = ((ty / denom) * cx) * cx;
    }
    return r;
}

Cx cCos(Cx z, int& err) { return cCosh({-z.imag, z.real}, err); }

Cx cSin(Cx z, int& err) {
    Cx s = cSinh({-z.imag, z.real}, err);
    return {s.imag, -s.real};
}

Cx cTan(Cx z, int& err) {
    Cx s = cTanh({-z.imag, z.real}, err);
    return {s.imag, -s.real};
}

Cx cExp(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) {
        Cx r;
        if (std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.0) {
            if (z.real > 0) {
                r.real = std::copysign(kInf, std::cos(z.imag));
                r.imag = std::copysign(kInf, std::sin(z.imag));
            } else {
                r.real = std::copysign(0.0, std::cos(z.imag));
                r.imag = std::copysign(0.0, std::sin(z.imag));
            }
        } else {
            r = lookup(kExpSpecial, z, err);
        }
        err = std::isinf(z.imag) &&
                      (std::isfinite(z.real) || (std::isinf(z.real) && z.real > 0))
                  ? EDOM
                  : 0;
        return r;
    }
    Cx r;
    if (z.real > kLogLargeDouble) {
        double l = std::exp(z.real - 1.0);
        r.real = l * std::cos(z.imag) * kE;
        r.imag = l * std::sin(z.imag) * kE;
    } else {
        double l = std::exp(z.real);
        r.real = l * std::cos(z.imag);
        r.imag = l * std::sin(z.imag);
    }
    if (std::isinf(r.real) || std::isinf(r.imag)) err = ERANGE;
    return r;
}

Cx cLog(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) return lookup(kLogSpecial, z, err);
    double ax = std::fabs(z.real), ay = std::fabs(z.imag);
    Cx r;
    if (ax > kLargeDouble || ay > kLargeDouble) {
        r.real = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            r.real = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) -
                     DBL_MANT_DIG * kLn2;
        } else {
            r.real = -kInf;
            r.imag = std::atan2(z.imag, z.real);
            err = EDOM;
            return r;
        }
    } else {
        double h = std::hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay;
            double an = ax > ay ? ay : ax;
            r.real = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            r.real = std::log(h);
        }
    }
    r.imag = std::atan2(z.imag, z.real);
    return r;
}

// complex division as CPython's _Py_c_quot (EDOM for a zero divisor).
Cx cQuot(Cx a, Cx b, int& err) {
    double absBr = std::fabs(b.real), absBi = std::fabs(b.imag);
    if (absBr >= absBi) {
        if (absBr == 0.0) {
            err = EDOM;
            return {0.0, 0.0};
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    }
    if (absBi >= absBr) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    }
    return {kNan, kNan};
}

// abs() of a complex as CPython's _Py_c_abs.
double cAbs(Cx z, int& err) {
    err = 0;
    if (nonFinite(z)) {
        if (std::isinf(z.real)) return std::fabs(z.real);
        if (std::isinf(z.imag)) return std::fabs(z.imag);
        return kNan;
    }
    double r = std::hypot(z.real, z.imag);
    if (!std::isfinite(r)) err = ERANGE;
    return r;
}

// ---- Argument conversion and errors ----

bool isComplex(Object* o) { return isSubtype(o->type, &ComplexType); }

// PyArg_Parse's "D": a complex, __complex__, or a real number (float()/__index__).
bool complexArg(Object* o, Cx& out) {
    if (isComplex(o)) {
        auto* c = reinterpret_cast<ComplexObject*>(o);
        out = {c->real, c->imag};
        return true;
    }
    bool missing = false;
    Ref<> r = Ref<>::steal(callSpecial(o, strIntern("__complex__"), nullptr, 0, &missing));
    if (r) {
        if (!isComplex(r.get())) {
            setError(&ExcTypeError, "__complex__ returned non-complex (type %s)",
                     typeName(r->type));
            return false;
        }
        auto* c = reinterpret_cast<ComplexObject*>(r.get());
        out = {c->real, c->imag};
        return true;
    }
    if (!missing || errOccurred()) return false;
    if (!isFloat(o) && !isInt(o) && !o->type->number.float_ && !isIndex(o)) {
        setError(&ExcTypeError, "must be real number, not %s", typeName(o->type));
        return false;
    }
    double d = asDouble(o);
    if (d == -1.0 && errOccurred()) return false;
    out = {d, 0.0};
    return true;
}

bool realArg(Object* o, double& out) {
    if (!isFloat(o) && !isInt(o) && !o->type->number.float_ && !isIndex(o)) {
        setError(&ExcTypeError, "must be real number, not %s", typeName(o->type));
        return false;
    }
    out = asDouble(o);
    return !(out == -1.0 && errOccurred());
}

Object* mathError(int err) {
    if (err == EDOM) return setError(&ExcValueError, "math domain error");
    return setError(&ExcOverflowError, "math range error");
}

Object* result(Cx r, int err) {
    if (err) return mathError(err);
    return complexFromDoubles(r.real, r.imag);
}

// The one argument of a METH_O function (its messages name it cmath.NAME()).
bool oneArg(const char* name, size_t nargs, Object* kwnames, Args args, Cx& z) {
    std::string qual = std::string("cmath.") + name;
    if (!checkNoKwargs(qual.c_str(), kwnames)) return false;
    if (nargs != 1) {
        setError(&ExcTypeError, "%s() takes exactly one argument (%zu given)", qual.c_str(),
                 nargs);
        return false;
    }
    return complexArg(args[0], z);
}

#define KRAIT_CMATH_FN(pyname, fn)                                          \
    Object* m_##pyname(Object*, Args args, size_t nargs, Object* kwnames) { \
        Cx z;                                                               \
        if (!oneArg(#pyname, nargs, kwnames, args, z)) return nullptr;      \
        int err = 0;                                                        \
        Cx r = fn(z, err);                                                  \
        return result(r, err);                                              \
    }

KRAIT_CMATH_FN(acos, cAcos)
KRAIT_CMATH_FN(acosh, cAcosh)
KRAIT_CMATH_FN(asin, cAsin)
KRAIT_CMATH_FN(asinh, cAsinh)
KRAIT_CMATH_FN(atan, cAtan)
KRAIT_CMATH_FN(atanh, cAtanh)
KRAIT_CMATH_FN(cos, cCos)
KRAIT_CMATH_FN(cosh, cCosh)
KRAIT_CMATH_FN(exp, cExp)
KRAIT_CMATH_FN(sin, cSin)
KRAIT_CMATH_FN(sinh, cSinh)
KRAIT_CMATH_FN(sqrt, cSqrt)
KRAIT_CMATH_FN(tan, cTan)
KRAIT_CMATH_FN(tanh, cTanh)

#undef KRAIT_CMATH_FN

Object* m_log(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("log", kwnames) || !checkArgCount("log", nargs, 1, 2)) return nullptr;
    Cx x, y;
    if (!complexArg(args[0], x)) return nullptr;
    if (nargs > 1 && !complexArg(args[1], y)) return nullptr;
    int err = 0, err2 = 0;
    Cx r = cLog(x, err);
    if (nargs > 1) {
        Cx b = cLog(y, err2);
        r = cQuot(r, b, err2);
    }
    return result(r, err ? err : err2);
}

Object* m_log10(Object*, Args args, size_t nargs, Object* kwnames) {
    Cx z;
    if (!oneArg("log10", nargs, kwnames, args, z)) return nullptr;
    int err = 0;
    Cx r = cLog(z, err);
    return result({r.real / kLn10, r.imag / kLn10}, err);
}

Object* m_phase(Object*, Args args, size_t nargs, Object* kwnames) {
    Cx z;
    if (!oneArg("phase", nargs, kwnames, args, z)) return nullptr;
    double phi = std::atan2(z.imag, z.real);
    // glibc's atan2 reports an underflow to zero as ERANGE, which CPython turns into an error.
    if (phi == 0.0 && z.imag != 0.0 && std::isfinite(z.imag) && std::isfinite(z.real))
        return mathError(ERANGE);
    return floatFromDouble(phi);
}

Object* m_polar(Object*, Args args, size_t nargs, Object* kwnames) {
    Cx z;
    if (!oneArg("polar", nargs, kwnames, args, z)) return nullptr;
    double phi = std::atan2(z.imag, z.real);
    int err = 0;
    double r = cAbs(z, err);
    if (err) return mathError(err);
    Ref<> a = Ref<>::steal(floatFromDouble(r));
    Ref<> b = Ref<>::steal(floatFromDouble(phi));
    if (!a || !b) return nullptr;
    return tuplePack({a.get(), b.get()});
}

Object* m_rect(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("rect", kwnames) || !checkArgCount("rect", nargs, 2, 2)) return nullptr;
    double r, phi;
    if (!realArg(args[0], r) || !realArg(args[1], phi)) return nullptr;
    Cx z;
    int err = 0;
    if (!std::isfinite(r) || !std::isfinite(phi)) {
        if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
            if (r > 0) {
                z = {std::copysign(kInf, std::cos(phi)), std::copysign(kInf, std::sin(phi))};
            } else {
                z = {-std::copysign(kInf, std::cos(phi)), -std::copysign(kInf, std::sin(phi))};
            }
        } else {
            z = lookup(kRectSpecial, {r, phi}, err);
        }
        err = r != 0.0 && !std::isnan(r) && std::isinf(phi) ? EDOM : 0;
    } else if (phi == 0.0) {
        z = {r, r * phi};
    } else {
        z = {r * std::cos(phi), r * std::sin(phi)};
    }
    return result(z, err);
}

Object* m_isfinite(Object*, Args args, size_t nargs, Object* kwnames) {
    Cx z;
    if (!oneArg("isfinite", nargs, kwnames, args, z)) return nullptr;
    return newBool(std::isfinite(z.real) && std::isfinite(z.imag));
}

Object* m_isnan(Object*, Args args, size_t nargs, Object* kwnames) {
    Cx z;
    if (!oneArg("isnan", nargs, kwnames, args, z)) return nullptr;
    return newBool(std::isnan(z.real) || std::isnan(z.imag));
}

Object* m_isinf(Object*, Args args, size_t nargs, Object* kwnames) {
    Cx z;
    if (!oneArg("isinf", nargs, kwnames, args, z)) return nullptr;
    return newBool(std::isinf(z.real) || std::isinf(z.imag));
}

Object* m_isclose(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"a", "b", "rel_tol", "abs_tol"};
    Object* a[4] = {};
    if (!parseArgs("isclose", args, nargs, kwnames, kNames, 4, 2, a, 0, 2)) return nullptr;
    Cx x, y;
    if (!complexArg(a[0], x) || !complexArg(a[1], y)) return nullptr;
    double relTol = 1e-09, absTol = 0.0;
    if (a[2] && !realArg(a[2], relTol)) return nullptr;
    if (a[3] && !realArg(a[3], absTol)) return nullptr;
    if (relTol < 0.0 || absTol < 0.0)
        return setError(&ExcValueError, "tolerances must be non-negative");
    if (x.real == y.real && x.imag == y.imag) return newBool(true);
    if (std::isinf(x.real) || std::isinf(x.imag) || std::isinf(y.real) || std::isinf(y.imag))
        return newBool(false);
    int err;
    double diff = cAbs({x.real - y.real, x.imag - y.imag}, err);
    return newBool(diff <= relTol * cAbs(y, err) || diff <= relTol * cAbs(x, err) ||
                   diff <= absTol);
}

const MethodDef kCmathMethods[] = {
    {"acos", m_acos, 0, "Return the arc cosine of z."},
    {"acosh", m_acosh, 0, "Return the inverse hyperbolic cosine of z."},
    {"asin", m_asin, 0, "Return the arc sine of z."},
    {"asinh", m_asinh, 0, "Return the inverse hyperbolic sine of z."},
    {"atan", m_atan, 0, "Return the arc tangent of z."},
    {"atanh", m_atanh, 0, "Return the inverse hyperbolic tangent of z."},
    {"cos", m_cos, 0, "Return the cosine of z."},
    {"cosh", m_cosh, 0, "Return the hyperbolic cosine of z."},
    {"exp", m_exp, 0, "Return the exponential value e**z."},
    {"isclose", m_isclose, 0,
     "Determine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum "
     "difference for being considered \"close\", relative to the\n    magnitude of the input "
     "values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of "
     "the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and "
     "False otherwise.\n\nFor the values to be considered close, the difference between them "
     "must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave "
     "similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. "
     "inf and -inf are only close to themselves."},
    {"isfinite", m_isfinite, 0, "Return True if both the real and imaginary parts of z are "
                                "finite, else False."},
    {"isinf", m_isinf, 0, "Checks if the real or imaginary part of z is infinite."},
    {"isnan", m_isnan, 0, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"log", m_log, 0, "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base "
                      "not specified, returns the natural logarithm (base e) of z."},
    {"log10", m_log10, 0, "Return the base-10 logarithm of z."},
    {"phase", m_phase, 0, "Return argument, also known as the phase angle, of a complex."},
    {"polar", m_polar, 0, "Convert a complex from rectangular coordinates to polar "
                          "coordinates.\n\nr is the distance from 0 and phi the phase angle."},
    {"rect", m_rect, 0, "Convert from polar coordinates to rectangular coordinates."},
    {"sin", m_sin, 0, "Return the sine of z."},
    {"sinh", m_sinh, 0, "Return the hyperbolic sine of z."},
    {"sqrt", m_sqrt, 0, "Return the square root of z."},
    {"tan", m_tan, 0, "Return the tangent of z."},
    {"tanh", m_tanh, 0, "Return the hyperbolic tangent of z."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createCmathModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("cmath"));
    if (!m || !moduleAddFunctions(m.get(), kCmathMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__",
                         "This module provides access to mathematical functions for complex\n"
                         "numbers.")) {
        return nullptr;
    }
    if (!moduleAddObject(m.get(), "pi", floatFromDouble(kPi)) ||
        !moduleAddObject(m.get(), "e", floatFromDouble(kE)) ||
        !moduleAddObject(m.get(), "tau", floatFromDouble(2 * kPi)) ||
        !moduleAddObject(m.get(), "inf", floatFromDouble(kInf)) ||
        !moduleAddObject(m.get(), "infj", complexFromDoubles(0.0, kInf)) ||
        !moduleAddObject(m.get(), "nan", floatFromDouble(kNan)) ||
        !moduleAddObject(m.get(), "nanj", complexFromDoubles(0.0, kNan))) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
