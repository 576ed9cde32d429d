// The complex type: arithmetic with CPython 3.11's algorithms (Smith-style division, integer
// powers by repeated squaring), equality with ints and floats, hash, repr/format, complex().
#include <cmath>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "interp/warnings.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/num_format.h"
#include "objects/number_internal.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

using Args = Object* const*;

struct Cpx {
    double re;
    double im;
};

// Error state of a complex computation, like CPython's errno use.
enum class CErr { kNone, kDomain, kRange };

inline ComplexObject* asComplex(Object* o) { return reinterpret_cast<ComplexObject*>(o); }
inline bool isComplex(Object* o) { return isSubtype(o->type, &ComplexType); }
inline Cpx valueOf(Object* o) { return {asComplex(o)->real, asComplex(o)->imag}; }

// 1 and the value for complex/float/int; 0 for other types; -1 on error.
int toComplex(Object* o, Cpx* out) {
    if (isComplex(o)) {
        *out = valueOf(o);
        return 1;
    }
    double d;
    int r = numberToDouble(o, &d);
    if (r == 1) *out = {d, 0.0};
    return r;
}

Object* fromCpx(Cpx c) { return complexFromDoubles(c.re, c.im); }

Cpx cSum(Cpx a, Cpx b) { return {a.re + b.re, a.im + b.im}; }
Cpx cDiff(Cpx a, Cpx b) { return {a.re - b.re, a.im - b.im}; }
Cpx cProd(Cpx a, Cpx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

Cpx cQuot(Cpx a, Cpx b, CErr& err) {
    double absBr = std::fabs(b.re), absBi = std::fabs(b.im);
    if (absBr >= absBi) {
        if (absBr == 0.0) {
            err = CErr::kDomain;
            return {0.0, 0.0};
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (absBi >= absBr) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return {NAN, NAN};   // at least one NaN in b
}

Cpx cPow(Cpx a, Cpx b, CErr& err) {
    if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) err = CErr::kDomain;
        return {0.0, 0.0};
    }
    double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= std::exp(at * b.im);
        phase += b.im * std::log(vabs);
    }
    return {len * std::cos(phase), len * std::sin(phase)};
}

Cpx cPowU(Cpx x, long n) {
    Cpx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = cProd(r, p);
        mask <<= 1;
        p = cProd(p, p);
    }
    return r;
}

Cpx cPowI(Cpx x, long n, CErr& err) {
    if (n > 0) return cPowU(x, n);
    return cQuot({1.0, 0.0}, cPowU(x, -n), err);
}

// ---- Slots ----

#define KRAIT_COMPLEX_OPERANDS(a, b, x, y)                                   \
    Cpx x, y;                                                               \
    {                                                                       \
        int ra = toComplex(a, &x);                                          \
        if (ra <= 0) return ra < 0 ? nullptr : newNotImplemented();         \
        int rb = toComplex(b, &y);                                          \
        if (rb <= 0) return rb < 0 ? nullptr : newNotImplemented();         \
    }

Object* complexAdd(Object* a, Object* b) {
    KRAIT_COMPLEX_OPERANDS(a, b, x, y)
    return fromCpx(cSum(x, y));
}

Object* complexSub(Object* a, Object* b) {
    KRAIT_COMPLEX_OPERANDS(a, b, x, y)
    return fromCpx(cDiff(x, y));
}

Object* complexMul(Object* a, Object* b) {
    KRAIT_COMPLEX_OPERANDS(a, b, x, y)
    return fromCpx(cProd(x, y));
}

Object* complexDiv(Object* a, Object* b) {
    KRAIT_COMPLEX_OPERANDS(a, b, x, y)
    CErr err = CErr::kNone;
    Cpx q = cQuot(x, y, err);
    if (err == CErr::kDomain) return setError(&ExcZeroDivisionError, "complex division by zero");
    return fromCpx(q);
}

Object* complexPow(Object* a, Object* b, Object* m) {
    if (!isNone(m)) return setError(&ExcValueError, "complex modulo");
    KRAIT_COMPLEX_OPERANDS(a, b, x, y)
    CErr err = CErr::kNone;
    Cpx p;
    if (y.im == 0.0 && y.re == std::floor(y.re) && std::fabs(y.re) <= 100.0) {
        p = cPowI(x, static_cast<long>(y.re), err);
    } else {
        p = cPow(x, y, err);
    }
    if (std::isinf(p.re) || std::isinf(p.im)) {
        if (err == CErr::kNone) err = CErr::kRange;
    }
    if (err == CErr::kDomain) {
        return setError(&ExcZeroDivisionError, "0.0 to a negative or complex power");
    }
    if (err == CErr::kRange) return setError(&ExcOverflowError, "complex exponentiation");
    return fromCpx(p);
}

#undef KRAIT_COMPLEX_OPERANDS

Object* complexNeg(Object* a) {
    return complexFromDoubles(-asComplex(a)->real, -asComplex(a)->imag);
}

Object* complexPos(Object* a) {
    if (a->type == &ComplexType) return newRef(a);
    return complexFromDoubles(asComplex(a)->real, asComplex(a)->imag);
}

Object* complexAbs(Object* a) {
    double re = asComplex(a)->real, im = asComplex(a)->imag;
    if (std::isinf(re) || std::isinf(im)) return floatFromDouble(HUGE_VAL);
    if (std::isnan(re) || std::isnan(im)) return floatFromDouble(NAN);
    double r = std::hypot(re, im);
    if (!std::isfinite(r)) return setError(&ExcOverflowError, "absolute value too large");
    return floatFromDouble(r);
}

int complexBool(Object* a) { return asComplex(a)->real != 0.0 || asComplex(a)->imag != 0.0; }

Object* complexRichCompare(Object* a, Object* b, CompareOp op) {
    if (op != CompareOp::Eq && op != CompareOp::Ne) return newNotImplemented();
    Cpx x = valueOf(a);
    bool eq;
    if (isInt(b)) {
        eq = x.im == 0.0 && compareDoubleInt(x.re, b) == 0;
    } else if (isFloat(b)) {
        eq = x.im == 0.0 && x.re == floatValue(b);
    } else if (isComplex(b)) {
        Cpx y = valueOf(b);
        eq = x.re == y.re && x.im == y.im;
    } else {
        return newNotImplemented();
    }
    return newBool(op == CompareOp::Eq ? eq : !eq);
}

hash_t complexHash(Object* a) {
    uint64_t hr = static_cast<uint64_t>(hashDouble(asComplex(a)->real, a));
    uint64_t hi = static_cast<uint64_t>(hashDouble(asComplex(a)->imag, a));
    int64_t h = static_cast<int64_t>(hr + 1000003ull * hi);
    return h == -1 ? -2 : h;
}

Object* complexReprSlot(Object* a) {
    return strFromAscii(complexRepr(asComplex(a)->real, asComplex(a)->imag));
}

// ---- complex() ----

// Calls o.__complex__() if the type defines it: 1 with a new reference in *out, 0 if absent,
// -1 on error.
int tryComplexSpecial(Object* o, Object** out) {
    bool missing = false;
    Object* r = callSpecial(o, KRAIT_STR(__complex__), nullptr, 0, &missing);
    if (!r) return missing && !errOccurred() ? 0 : -1;
    if (!isComplex(r)) {
        setError(&ExcTypeError, "__complex__ returned non-complex (type %s)", typeName(r->type));
        decref(r);
        return -1;
    }
    if (r->type != &ComplexType) {
        std::string msg = std::string("__complex__ returned non-complex (type ") +
                          typeName(r->type) +
                          ").  The ability to return an instance of a strict subclass of complex "
                          "is deprecated, and may be removed in a future version of Python.";
        if (!warnEx(&ExcDeprecationWarning, msg.c_str())) {
            decref(r);
            return -1;
        }
    }
    *out = r;
    return 1;
}

bool isNumberLike(Object* o) {
    return isComplex(o) || o->type->number.float_ != nullptr || o->type->number.index != nullptr;
}

Object* complexFromParts(Type* t, Object* r, Object* i) {
    if (!r) {
        if (!i) return complexFromDoubles(0.0, 0.0);
    } else if (isStr(r)) {
        if (i) {
            return setError(&ExcTypeError,
                            "complex() can't take second arg if first is a string");
        }
        double re, im;
        if (!parseComplex(strView(r), re, im)) {
            return setError(&ExcValueError, "complex() arg is a malformed string");
        }
        return complexFromDoubles(re, im);
    }
    if (i && isStr(i)) return setError(&ExcTypeError, "complex() second arg can't be a string");
    Ref<> rr;
    Cpx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    bool crIsComplex = false, ciIsComplex = false;
    if (r) {
        if (t == &ComplexType && !i && r->type == &ComplexType) return newRef(r);
        Object* special = nullptr;
        int s = tryComplexSpecial(r, &special);
        if (s < 0) return nullptr;
        if (s > 0) {
            rr = Ref<>::steal(special);
        } else {
            if (!isNumberLike(r)) {
                return setError(&ExcTypeError,
                                "complex() first argument must be a string or a number, not '%s'",
                                typeName(r->type));
            }
            rr = Ref<>::borrow(r);
        }
    }
    if (i && !isNumberLike(i)) {
        return setError(&ExcTypeError, "complex() second argument must be a number, not '%s'",
                        typeName(i->type));
    }
    if (rr) {
        if (isComplex(rr.get())) {
            cr = valueOf(rr.get());
            crIsComplex = true;
        } else {
            Ref<> f = Ref<>::steal(numberFloat(rr.get()));
            if (!f) return nullptr;
            cr.re = floatValue(f.get());
        }
    }
    if (!i) {
        ci.re = cr.im;
    } else if (isComplex(i)) {
        ci = valueOf(i);
        ciIsComplex = true;
    } else {
        Ref<> f = Ref<>::steal(numberFloat(i));
        if (!f) return nullptr;
        ci.re = floatValue(f.get());
    }
    if (ciIsComplex) cr.re -= ci.im;
    if (crIsComplex && i) ci.re += cr.im;
    return complexFromDoubles(cr.re, ci.re);
}

Object* complexNew(Type* t, Object* args, Object* kwargs) {
    ssize n = args ? tupleSize(args) : 0;
    Object* r = n > 0 ? tupleItem(args, 0) : nullptr;
    Object* i = n > 1 ? tupleItem(args, 1) : nullptr;
    ssize nkw = kwargs ? dictSize(kwargs) : 0;
    if (n + nkw > 2) {
        return setError(&ExcTypeError, "complex() takes at most 2 arguments (%zd given)",
                        n + nkw);
    }
    if (nkw) {
        ssize pos = 0;
        Object *k, *v;
        while (dictNext(kwargs, &pos, &k, &v)) {
            int which = !isStr(k) ? -1 : strEqualsAscii(k, "real") ? 0
                                          : strEqualsAscii(k, "imag") ? 1 : -1;
            if (which < 0) {
                return setError(&ExcTypeError,
                                "'%U' is an invalid keyword argument for complex()", k);
            }
            Object*& slot = which == 0 ? r : i;
            if (slot) {
                return setError(&ExcTypeError,
                                "argument for complex() given by name ('%s') and position (%d)",
                                which == 0 ? "real" : "imag", which + 1);
            }
            slot = v;
        }
    }
    Object* v = complexFromParts(t, r, i);
    if (!v || t == &ComplexType) return v;
    Object* o = allocObject(t);
    if (!o) {
        decref(v);
        return nullptr;
    }
    asComplex(o)->real = asComplex(v)->real;
    asComplex(o)->imag = asComplex(v)->imag;
    decref(v);
    return o;
}

// ---- Methods and attributes ----

Object* mConjugate(Object* self, Args, size_t, Object*) {
    return complexFromDoubles(asComplex(self)->real, -asComplex(self)->imag);
}

Object* mGetNewArgs(Object* self, Args, size_t, Object*) {
    Ref<> re = Ref<>::steal(floatFromDouble(asComplex(self)->real));
    Ref<> im = Ref<>::steal(floatFromDouble(asComplex(self)->imag));
    if (!re || !im) return nullptr;
    return tuplePack({re.get(), im.get()});
}

Object* mComplex(Object* self, Args, size_t, Object*) { return complexPos(self); }

Object* mFormat(Object* self, Args args, size_t nargs, Object*) {
    if (!checkArgCount("__format__", nargs, 1, 1)) return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "__format__() argument must be str, not %s",
                        typeName(args[0]->type));
    }
    std::string_view specText = strView(args[0]);
    if (specText.empty()) return str(self);
    FormatSpec spec;
    std::string err, out;
    const char* tname = typeName(self->type);
    if (!parseFormatSpec(specText, spec, err, tname) ||
        !formatComplex(asComplex(self)->real, asComplex(self)->imag, spec, out, err, tname)) {
        return setError(&ExcValueError, "%s", err.c_str());
    }
    return strFromUtf8(out);
}

Object* getReal(Object* self, void*) { return floatFromDouble(asComplex(self)->real); }
Object* getImag(Object* self, void*) { return floatFromDouble(asComplex(self)->imag); }

const MethodDef kComplexMethods[] = {
    {"conjugate", mConjugate, kMethNoKw,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", mComplex, kMethNoKw, "Convert this value to exact type complex."},
    {"__getnewargs__", mGetNewArgs, kMethNoKw, nullptr},
    {"__format__", mFormat, kMethNoKw,
     "Convert to a string according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kComplexGetSets[] = {
    {"real", getReal, nullptr, "the real part of a complex number", nullptr},
    {"imag", getImag, nullptr, "the imaginary part of a complex number", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* complexFromDoubles(double real, double imag) {
    Object* o = allocObject(&ComplexType);
    if (!o) return nullptr;
    asComplex(o)->real = real;
    asComplex(o)->imag = imag;
    return o;
}

Type ComplexType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "complex",
    .basicSize = sizeof(ComplexObject),
    .flags = kTypeBaseType | kTypeImmutable,
    .doc = "Create a complex number from a real part and an optional imaginary part.\n\nThis is "
           "equivalent to (real + imag*1j) where imag defaults to 0.",
    .methods = kComplexMethods,
    .getsets = kComplexGetSets,
    .repr = complexReprSlot,
    .hash = complexHash,
    .richCompare = complexRichCompare,
    .new_ = complexNew,
    .number = {
        .add = complexAdd,
        .subtract = complexSub,
        .multiply = complexMul,
        .trueDivide = complexDiv,
        .power = complexPow,
        .negative = complexNeg,
        .positive = complexPos,
        .absolute = complexAbs,
        .bool_ = complexBool,
    },
};

}  // namespace krait
