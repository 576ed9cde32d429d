// The float type: IEEE-754 double arithmetic with CPython 3.11's special cases and messages,
// exact comparisons with ints, CPython's hash, repr/format through num_format.h, float() and
// the float methods.
#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/bigint.h"
#include "objects/bytes.h"
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

constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
constexpr int kHashBits = 61;

using Args = Object* const*;

// A small per-thread cache of freed float objects (exact floats only).
constexpr int kFreeListMax = 64;
struct FloatFreeList {
    FloatObject* items[kFreeListMax];
    int count = 0;
};
thread_local FloatFreeList tFreeList;

void floatDealloc(Object* o) {
    if (o->type == &FloatType && tFreeList.count < kFreeListMax) {
        tFreeList.items[tFreeList.count++] = reinterpret_cast<FloatObject*>(o);
        return;
    }
    freeObject(o);
}

Object* floatOverflow() {
    Object* args = tupleNew(2);
    if (!args) return nullptr;
    tupleSetItemSteal(args, 0, intFromInt64(34));
    tupleSetItemSteal(args, 1, strFromAscii("Numerical result out of range"));
    setErrorObject(&ExcOverflowError, args);
    decref(args);
    return nullptr;
}

// ---- Arithmetic ----

#define KRAIT_FLOAT_OPERANDS(a, b, x, y)                     \
    double x, y;                                            \
    {                                                       \
        int ra = numberToDouble(a, &x);                     \
        if (ra <= 0) return ra < 0 ? nullptr : newNotImplemented(); \
        int rb = numberToDouble(b, &y);                     \
        if (rb <= 0) return rb < 0 ? nullptr : newNotImplemented(); \
    }

Object* floatAdd(Object* a, Object* b) {
    KRAIT_FLOAT_OPERANDS(a, b, x, y)
    return floatFromDouble(x + y);
}

Object* floatSub(Object* a, Object* b) {
    KRAIT_FLOAT_OPERANDS(a, b, x, y)
    return floatFromDouble(x - y);
}

Object* floatMul(Object* a, Object* b) {
    KRAIT_FLOAT_OPERANDS(a, b, x, y)
    return floatFromDouble(x * y);
}

Object* floatTrueDiv(Object* a, Object* b) {
    KRAIT_FLOAT_OPERANDS(a, b, x, y)
    if (y == 0.0) return setError(&ExcZeroDivisionError, "float division by zero");
    return floatFromDouble(x / y);
}

double floatModValue(double x, double y) {
    double mod = std::fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = std::copysign(0.0, y);
    }
    return mod;
}

Object* floatMod(Object* a, Object* b) {
    KRAIT_FLOAT_OPERANDS(a, b, x, y)
    if (y == 0.0) return setError(&ExcZeroDivisionError, "float modulo");
    return floatFromDouble(floatModValue(x, y));
}

// CPython's float_divmod algorithm: floor quotient and modulo with the divisor's sign.
void floatDivModValues(double vx, double wx, double* floorDiv, double* modOut) {
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    double fd;
    if (div != 0.0) {
        fd = std::floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = std::copysign(0.0, vx / wx);
    }
    *floorDiv = fd;
    *modOut = mod;
}

Object* floatFloorDiv(Object* a, Object* b) {
    KRAIT_FLOAT_OPERANDS(a, b, x, y)
    if (y == 0.0) return setError(&ExcZeroDivisionError, "float floor division by zero");
    double q, m;
    floatDivModValues(x, y, &q, &m);
    return floatFromDouble(q);
}

Object* floatDivMod(Object* a, Object* b) {
    KRAIT_FLOAT_OPERANDS(a, b, x, y)
    if (y == 0.0) return setError(&ExcZeroDivisionError, "float divmod()");
    double q, m;
    floatDivModValues(x, y, &q, &m);
    Ref<> qo = Ref<>::steal(floatFromDouble(q));
    Ref<> mo = Ref<>::steal(floatFromDouble(m));
    if (!qo || !mo) return nullptr;
    return tuplePack({qo.get(), mo.get()});
}

Object* floatPow(Object* a, Object* b, Object* m) {
    if (!isNone(m)) {
        return setError(&ExcTypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    }
    KRAIT_FLOAT_OPERANDS(a, b, x, y)
    return floatPower(x, y);
}

#undef KRAIT_FLOAT_OPERANDS

Object* floatNeg(Object* a) { return floatFromDouble(-floatValue(a)); }
Object* floatAbs(Object* a) { return floatFromDouble(std::fabs(floatValue(a))); }
int floatBool(Object* a) { return floatValue(a) != 0.0; }
Object* floatInt(Object* a) { return intFromDouble(std::trunc(floatValue(a))); }
Object* floatFloat(Object* a) {
    if (isFloatExact(a)) return newRef(a);
    return floatFromDouble(floatValue(a));
}

// ---- Comparison, hash, repr ----

Object* floatRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isFloat(a)) return newNotImplemented();
    double x = floatValue(a);
    int c;   // -1, 0, 1, or 2 for unordered
    if (isFloat(b)) {
        double y = floatValue(b);
        if (std::isnan(x) || std::isnan(y)) c = 2;
        else c = x < y ? -1 : (x > y ? 1 : 0);
    } else if (isInt(b)) {
        c = compareDoubleInt(x, b);
    } else {
        return newNotImplemented();
    }
    bool r;
    if (c == 2) {
        r = op == CompareOp::Ne;
    } else {
        switch (op) {
        case CompareOp::Lt: r = c < 0; break;
        case CompareOp::Le: r = c <= 0; break;
        case CompareOp::Eq: r = c == 0; break;
        case CompareOp::Ne: r = c != 0; break;
        case CompareOp::Gt: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return newBool(r);
}

hash_t floatHash(Object* a) { return hashDouble(floatValue(a), a); }

Object* floatReprSlot(Object* a) { return strFromAscii(floatRepr(floatValue(a))); }

// ---- float() ----

Object* floatFromText(Object* orig, std::string_view text) {
    double v;
    // Bytes-like text is ASCII only (b'1\xa0' is not "1" plus a space).
    bool nonAscii = false;
    if (!isStr(orig)) {
        for (char c : text) nonAscii |= static_cast<unsigned char>(c) >= 0x80;
    }
    if (nonAscii || !parseFloat(text, v)) {
        return setError(&ExcValueError, "could not convert string to float: %R", orig);
    }
    return floatFromDouble(v);
}

Object* floatNewValue(Object* x) {
    if (!x) return floatFromDouble(0.0);
    // Exact text types parse directly; subclasses may define __float__ (PyNumber_Float order).
    if (isStrExact(x)) return floatFromText(x, strView(x));
    if (x->type == &BytesType || x->type == &ByteArrayType) {
        std::string_view v;
        if (!getBytesView(x, &v)) return nullptr;
        return floatFromText(x, v);
    }
    if (isStr(x) && !x->type->number.float_ && !x->type->number.index) {
        return floatFromText(x, strView(x));
    }
    return numberFloat(x);
}

Object* floatNew(Type* t, Object* args, Object* kwargs) {
    // Keywords are refused unless a subclass has its own __init__ (which may take them).
    if ((t == &FloatType || t->init == FloatType.init) && kwargs && dictSize(kwargs) > 0) {
        return setError(&ExcTypeError, "float() takes no keyword arguments");
    }
    ssize n = args ? tupleSize(args) : 0;
    if (!checkArgCount("float", static_cast<size_t>(n), 0, 1)) return nullptr;
    Object* v = floatNewValue(n ? tupleItem(args, 0) : nullptr);
    if (!v || t == &FloatType) return v;
    Object* o = allocObject(t);
    if (!o) {
        decref(v);
        return nullptr;
    }
    reinterpret_cast<FloatObject*>(o)->value = floatValue(v);
    decref(v);
    return o;
}

// ---- Methods ----

Object* mIsInteger(Object* self, Args, size_t, Object*) {
    double v = floatValue(self);
    if (!std::isfinite(v)) return newBool(false);
    return newBool(std::floor(v) == v);
}

Object* mAsIntegerRatio(Object* self, Args, size_t, Object*) {
    double v = floatValue(self);
    if (std::isinf(v)) {
        return setError(&ExcOverflowError, "cannot convert Infinity to integer ratio");
    }
    if (std::isnan(v)) return setError(&ExcValueError, "cannot convert NaN to integer ratio");
    int e = 0;
    double m = std::frexp(v, &e);
    // m * 2**53 is an integer of at most 53 bits.
    int64_t num = static_cast<int64_t>(std::ldexp(m, 53));
    e -= 53;
    if (num == 0) e = 0;
    while (num != 0 && (num & 1) == 0 && e < 0) {
        num /= 2;
        e++;
    }
    BigInt n(num), d(1);
    if (e > 0) n = BigInt::shiftLeft(n, static_cast<uint64_t>(e));
    else if (e < 0) d = BigInt::shiftLeft(d, static_cast<uint64_t>(-e));
    Ref<> no = Ref<>::steal(intFromBigInt(n));
    Ref<> dn = Ref<>::steal(intFromBigInt(d));
    if (!no || !dn) return nullptr;
    return tuplePack({no.get(), dn.get()});
}

Object* mConjugate(Object* self, Args, size_t, Object*) { return floatFloat(self); }

Object* mTrunc(Object* self, Args, size_t, Object*) { return floatInt(self); }
Object* mFloor(Object* self, Args, size_t, Object*) {
    return intFromDouble(std::floor(floatValue(self)));
}
Object* mCeil(Object* self, Args, size_t, Object*) {
    return intFromDouble(std::ceil(floatValue(self)));
}

// Round half to even to an integral double.
double roundHalfEven(double x) {
    double r = std::round(x);
    if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
    return r;
}

Object* mRound(Object* self, Args args, size_t nargs, Object*) {
    if (!checkArgCount("__round__", nargs, 0, 1)) return nullptr;
    double x = floatValue(self);
    if (nargs == 0 || isNone(args[0])) return intFromDouble(roundHalfEven(x));
    ssize nd = asSsize(args[0], nullptr);
    if (nd == -1 && errOccurred()) return nullptr;
    if (!std::isfinite(x) || x == 0.0) return floatFromDouble(x);
    bool overflow = false;
    double r = roundDouble(x, static_cast<int64_t>(nd), overflow);
    if (overflow) return setError(&ExcOverflowError, "rounded value too large to represent");
    return floatFromDouble(r);
}

Object* mHex(Object* self, Args, size_t, Object*) {
    return strFromAscii(floatHex(floatValue(self)));
}

Object* mFromHex(Object* cls, Args args, size_t nargs, Object*) {
    if (!checkArgCount("fromhex", nargs, 1, 1)) return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "bad argument type for built-in operation");
    }
    double v;
    switch (parseFloatHex(strView(args[0]), v)) {
    case HexFloatStatus::kInvalid:
        return setError(&ExcValueError, "invalid hexadecimal floating-point string");
    case HexFloatStatus::kOverflow:
        return setError(&ExcOverflowError, "hexadecimal value too large to represent as a float");
    case HexFloatStatus::kOk: break;
    }
    Object* r = floatFromDouble(v);
    if (!r || cls == asObject(&FloatType)) return r;
    Object* res = callOneArg(cls, r);
    decref(r);
    return res;
}

Object* mGetNewArgs(Object* self, Args, size_t, Object*) {
    Ref<> v = Ref<>::steal(floatFromDouble(floatValue(self)));
    if (!v) return nullptr;
    return tuplePack({v.get()});
}

Object* mGetFormat(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("__getformat__", nargs, 1, 1)) return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "__getformat__() argument must be str, not %s",
                        typeName(args[0]->type));
    }
    if (!strEqualsAscii(args[0], "double") && !strEqualsAscii(args[0], "float")) {
        return setError(&ExcValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    }
    return strFromAscii("IEEE, little-endian");
}

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
        !formatFloat(floatValue(self), spec, out, err, tname)) {
        return setError(&ExcValueError, "%s", err.c_str());
    }
    return strFromUtf8(out);
}

Object* getReal(Object* self, void*) { return floatFloat(self); }
Object* getImag(Object*, void*) { return floatFromDouble(0.0); }

const MethodDef kFloatMethods[] = {
    {"conjugate", mConjugate, kMethNoKw, "Return self, the complex conjugate of any float."},
    {"__trunc__", mTrunc, kMethNoKw, "Return the Integral closest to x between 0 and x."},
    {"__floor__", mFloor, kMethNoKw, "Return the floor as an Integral."},
    {"__ceil__", mCeil, kMethNoKw, "Return the ceiling as an Integral."},
    {"__round__", mRound, kMethNoKw,
     "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is "
     "passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", mAsIntegerRatio, kMethNoKw,
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the "
     "original float\nand with a positive denominator.\n\nRaise OverflowError on infinities and "
     "a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> "
     "(0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)"},
    {"fromhex", mFromHex, kMethClass | kMethNoKw,
     "Create a floating-point number from a hexadecimal string.\n\n>>> "
     "float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n"
     "-5e-324"},
    {"hex", mHex, kMethNoKw,
     "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n"
     "'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'"},
    {"is_integer", mIsInteger, kMethNoKw, "Return True if the float is an integer."},
    {"__getnewargs__", mGetNewArgs, kMethNoKw, nullptr},
    {"__getformat__", mGetFormat, kMethClass | kMethNoKw,
     "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or "
     "'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns "
     "whichever of 'unknown', 'IEEE, big-endian' or 'IEEE, little-endian' best describes the\n"
     "format of floating point numbers used by the C type named by typestr."},
    {"__format__", mFormat, kMethNoKw, "Formats the float according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kFloatGetSets[] = {
    {"real", getReal, nullptr, "the real part of a complex number", nullptr},
    {"imag", getImag, nullptr, "the imaginary part of a complex number", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

// ---- Shared helpers (number_internal.h, float.h) ----

hash_t hashDouble(double v, Object* inst) {
    if (!std::isfinite(v)) {
        if (std::isinf(v)) return v > 0 ? 314159 : -314159;
        return hashPointer(inst);
    }
    int e = 0;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    // Process 28 bits at a time, reducing modulo 2**61 - 1.
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
        m *= 268435456.0;   // 2**28
        e -= 28;
        uint64_t y = static_cast<uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kHashModulus) x -= kHashModulus;
    }
    e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
    x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
    int64_t h = static_cast<int64_t>(x) * sign;
    return h == -1 ? -2 : h;
}

int numberToDouble(Object* o, double* out) {
    if (isFloat(o)) {
        *out = floatValue(o);
        return 1;
    }
    if (isInt(o)) {
        bool ok = true;
        *out = intAsDouble(o, &ok);
        return ok ? 1 : -1;
    }
    return 0;
}

int compareDoubleInt(double d, Object* i) {
    if (std::isnan(d)) return 2;
    if (std::isinf(d)) return d > 0 ? 1 : -1;
    if (intIsSmall(i)) {
        int64_t v = asInt(i)->value;
        constexpr int64_t k53 = int64_t(1) << 53;
        if (v >= -k53 && v <= k53) {
            double y = static_cast<double>(v);
            return d < y ? -1 : (d > y ? 1 : 0);
        }
    }
    return -intToBigInt(i).compareWithDouble(d);
}

Object* floatPower(double iv, double iw) {
    if (iw == 0.0) return floatFromDouble(1.0);
    if (std::isnan(iv)) return floatFromDouble(iv);
    if (std::isnan(iw)) return floatFromDouble(iv == 1.0 ? 1.0 : iw);
    if (std::isinf(iw)) {
        double av = std::fabs(iv);
        if (av == 1.0) return floatFromDouble(1.0);
        if ((iw > 0.0) == (av > 1.0)) return floatFromDouble(std::fabs(iw));
        return floatFromDouble(0.0);
    }
    bool iwIsOdd = std::fmod(std::fabs(iw), 2.0) == 1.0;
    if (std::isinf(iv)) {
        if (iw > 0.0) return floatFromDouble(iwIsOdd ? iv : std::fabs(iv));
        return floatFromDouble(iwIsOdd ? std::copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0.0) {
            return setError(&ExcZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        return floatFromDouble(iwIsOdd ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw)) {
            // A negative number to a fractional power: the complex result.
            Ref<> cb = Ref<>::steal(complexFromDoubles(iv, 0.0));
            Ref<> ce = Ref<>::steal(complexFromDoubles(iw, 0.0));
            if (!cb || !ce) return nullptr;
            return ComplexType.number.power(cb.get(), ce.get(), none());
        }
        iv = -iv;
        negate = iwIsOdd;
    }
    if (iv == 1.0) return floatFromDouble(negate ? -1.0 : 1.0);
    errno = 0;
    double ix = std::pow(iv, iw);
    if (negate) ix = -ix;
    if (std::isinf(ix)) return floatOverflow();
    return floatFromDouble(ix);
}

bool isFloat(const Object* o) { return isSubtype(o->type, &FloatType); }

Object* floatFromDouble(double v) {
    Object* o;
    if (tFreeList.count > 0) {
        o = reinterpret_cast<Object*>(tFreeList.items[--tFreeList.count]);
        o->refcnt = 1;
    } else {
        o = allocObject(&FloatType);
        if (!o) return nullptr;
    }
    reinterpret_cast<FloatObject*>(o)->value = v;
    return o;
}

double asDouble(Object* o) {
    if (isFloat(o)) return floatValue(o);
    if (isInt(o)) {
        bool ok = true;
        double d = intAsDouble(o, &ok);
        return ok ? d : -1.0;
    }
    Object* f = numberFloat(o);
    if (!f) return -1.0;
    double d = floatValue(f);
    decref(f);
    return d;
}

Type FloatType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "float",
    .basicSize = sizeof(FloatObject),
    .flags = kTypeBaseType | kTypeImmutable,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .methods = kFloatMethods,
    .getsets = kFloatGetSets,
    .dealloc = floatDealloc,
    .repr = floatReprSlot,
    .hash = floatHash,
    .richCompare = floatRichCompare,
    .new_ = floatNew,
    .number = {
        .add = floatAdd,
        .subtract = floatSub,
        .multiply = floatMul,
        .remainder = floatMod,
        .divmod = floatDivMod,
        .floorDivide = floatFloorDiv,
        .trueDivide = floatTrueDiv,
        .power = floatPow,
        .negative = floatNeg,
        .positive = floatFloat,
        .absolute = floatAbs,
        .int_ = floatInt,
        .float_ = floatFloat,
        .bool_ = floatBool,
    },
};

void floatFreeListClear() {
    while (tFreeList.count > 0) {
        freeObject(reinterpret_cast<Object*>(tFreeList.items[--tFreeList.count]));
    }
}

}  // namespace krait
