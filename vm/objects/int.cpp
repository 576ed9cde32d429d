// The int and bool types: number slots with an int64 fast path (overflow-checked) that falls
// back to BigInt, hashing equal to CPython's, repr/format, int() and the int methods.
//
// Invariant (objects/int.h): an IntObject stores its value in `value` when it fits in int64 and
// in `big` otherwise, so two ints are equal iff their normalized representations are.
#include <charconv>
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
// Results larger than this many bits are refused with MemoryError instead of being attempted
// (shifts and powers that could not fit in memory anyway; below 2**32 for wasm32).
constexpr uint64_t kMaxResultBits = uint64_t(1) << (sizeof(size_t) >= 8 ? 34 : 31);

using Args = Object* const*;

// The value of o as a BigInt: a reference to the stored one, or `tmp` filled from int64.
const BigInt& bigOf(Object* o, BigInt& tmp) {
    IntObject* i = asInt(o);
    if (i->big) return *i->big;
    tmp = BigInt(i->value);
    return tmp;
}

hash_t hashInt64(int64_t v) {
    uint64_t a = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    int64_t h = static_cast<int64_t>(a % kHashModulus);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

inline bool bothSmall(Object* a, Object* b) { return !asInt(a)->big && !asInt(b)->big; }

Object* zeroDivision(const char* msg) { return setError(&ExcZeroDivisionError, "%s", msg); }

// ---- Arithmetic ----

Object* intAdd(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    if (bothSmall(a, b)) {
        int64_t r;
        if (!__builtin_add_overflow(asInt(a)->value, asInt(b)->value, &r)) return intFromInt64(r);
    }
    BigInt t1, t2;
    return intFromBigInt(BigInt::add(bigOf(a, t1), bigOf(b, t2)));
}

Object* intSub(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    if (bothSmall(a, b)) {
        int64_t r;
        if (!__builtin_sub_overflow(asInt(a)->value, asInt(b)->value, &r)) return intFromInt64(r);
    }
    BigInt t1, t2;
    return intFromBigInt(BigInt::sub(bigOf(a, t1), bigOf(b, t2)));
}

Object* intMul(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    if (bothSmall(a, b)) {
        int64_t r;
        if (!mulOverflow64(asInt(a)->value, asInt(b)->value, &r)) return intFromInt64(r);
    }
    BigInt t1, t2;
    return intFromBigInt(BigInt::mul(bigOf(a, t1), bigOf(b, t2)));
}

// Python floor division and modulo; q or r may be null. False with ZeroDivisionError.
bool intDivModImpl(Object* a, Object* b, Object** q, Object** r, const char* zeroMsg) {
    if (intSign(b) == 0) {
        zeroDivision(zeroMsg);
        return false;
    }
    if (bothSmall(a, b)) {
        int64_t x = asInt(a)->value, y = asInt(b)->value;
        if (!(x == INT64_MIN && y == -1)) {
            int64_t qq = x / y, rr = x % y;
            if (rr != 0 && ((rr < 0) != (y < 0))) {
                rr += y;
                qq--;
            }
            if (q) {
                *q = intFromInt64(qq);
                if (!*q) return false;
            }
            if (r) {
                *r = intFromInt64(rr);
                if (!*r) {
                    if (q) clearRef(*q);
                    return false;
                }
            }
            return true;
        }
    }
    BigInt t1, t2, bq, br;
    BigInt::divMod(bigOf(a, t1), bigOf(b, t2), q ? &bq : nullptr, r ? &br : nullptr);
    if (q) {
        *q = intFromBigInt(bq);
        if (!*q) return false;
    }
    if (r) {
        *r = intFromBigInt(br);
        if (!*r) {
            if (q) clearRef(*q);
            return false;
        }
    }
    return true;
}

Object* intFloorDiv(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    Object* q = nullptr;
    if (!intDivModImpl(a, b, &q, nullptr, "integer division or modulo by zero")) return nullptr;
    return q;
}

Object* intMod(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    Object* r = nullptr;
    if (!intDivModImpl(a, b, nullptr, &r, "integer modulo by zero")) return nullptr;
    return r;
}

Object* intDivMod(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    Object *q = nullptr, *r = nullptr;
    if (!intDivModImpl(a, b, &q, &r, "integer division or modulo by zero")) return nullptr;
    Object* t = tupleNew(2);
    if (!t) {
        decref(q);
        decref(r);
        return nullptr;
    }
    tupleSetItemSteal(t, 0, q);
    tupleSetItemSteal(t, 1, r);
    return t;
}

Object* intTrueDiv(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    if (intSign(b) == 0) return zeroDivision("division by zero");
    if (bothSmall(a, b)) {
        constexpr int64_t k53 = int64_t(1) << 53;
        int64_t x = asInt(a)->value, y = asInt(b)->value;
        if (x >= -k53 && x <= k53 && y >= -k53 && y <= k53) {
            return floatFromDouble(static_cast<double>(x) / static_cast<double>(y));
        }
    }
    BigInt t1, t2;
    bool overflow = false;
    double d = BigInt::trueDiv(bigOf(a, t1), bigOf(b, t2), overflow);
    if (overflow) {
        return setError(&ExcOverflowError, "integer division result too large for a float");
    }
    return floatFromDouble(d);
}

// base ** exp for int64 values without overflow; false if it overflows.
bool powSmall(int64_t base, uint64_t exp, int64_t* out) {
    int64_t result = 1, b = base;
    for (;;) {
        if ((exp & 1) && __builtin_mul_overflow(result, b, &result)) return false;
        exp >>= 1;
        if (!exp) break;
        if (__builtin_mul_overflow(b, b, &b)) return false;
    }
    *out = result;
    return true;
}

Object* intPowMod(Object* a, Object* b, Object* m) {
    if (intSign(m) == 0) return setError(&ExcValueError, "pow() 3rd argument cannot be 0");
    BigInt t1, t2, t3;
    BigInt base = bigOf(a, t1);
    BigInt exp = bigOf(b, t2);
    const BigInt& mod = bigOf(m, t3);
    if (exp.isNegative()) {
        bool ok = true;
        base = BigInt::modInverse(base, mod, ok);
        if (!ok) return setError(&ExcValueError, "base is not invertible for the given modulus");
        exp = exp.neg();
    }
    // Small modulus: 64-bit modular exponentiation.
    if (!asInt(m)->big && asInt(m)->value > -(int64_t(1) << 32) &&
        asInt(m)->value < (int64_t(1) << 32) && exp.fitsInt64()) {
        int64_t mv = asInt(m)->value;
        uint64_t am = static_cast<uint64_t>(mv < 0 ? -mv : mv);
        BigInt rb;
        BigInt::divMod(base, BigInt(static_cast<int64_t>(am)), nullptr, &rb);
        uint64_t x = static_cast<uint64_t>(rb.toInt64());
        uint64_t e = static_cast<uint64_t>(exp.toInt64());
        uint64_t r = 1 % am;
        while (e) {
            if (e & 1) r = (r * x) % am;
            e >>= 1;
            if (e) x = (x * x) % am;
        }
        int64_t res = static_cast<int64_t>(r);
        if (mv < 0 && res != 0) res -= static_cast<int64_t>(am);
        return intFromInt64(res);
    }
    return intFromBigInt(BigInt::powMod(base, exp, mod));
}

Object* intPow(Object* a, Object* b, Object* m) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    if (!isNone(m)) {
        if (!isInt(m)) return newNotImplemented();
        return intPowMod(a, b, m);
    }
    if (intSign(b) < 0) return FloatType.number.power(a, b, m);
    if (!asInt(b)->big) {
        uint64_t e = static_cast<uint64_t>(asInt(b)->value);
        if (!asInt(a)->big) {
            int64_t r;
            if (powSmall(asInt(a)->value, e, &r)) return intFromInt64(r);
        }
        BigInt t;
        const BigInt& base = bigOf(a, t);
        size_t bits = base.bitLength();
        if (bits > 1) {
            // |result| >= 2**((bits-1)*e): refuse results that cannot fit in memory.
            double est = static_cast<double>(bits - 1) * static_cast<double>(e);
            if (est > static_cast<double>(kMaxResultBits)) return setErrorNoMemory();
        }
        return intFromBigInt(BigInt::pow(base, e));
    }
    // Huge exponent: only trivial bases are computable.
    if (!asInt(a)->big) {
        int64_t x = asInt(a)->value;
        if (x == 0 || x == 1) return intFromInt64(x);
        if (x == -1) return intFromInt64(asInt(b)->big->isOdd() ? -1 : 1);
    }
    return setErrorNoMemory();
}

Object* intNeg(Object* a) {
    if (!asInt(a)->big) {
        int64_t v = asInt(a)->value;
        if (v != INT64_MIN) return intFromInt64(-v);
    }
    BigInt t;
    return intFromBigInt(bigOf(a, t).neg());
}

Object* intPos(Object* a) { return intExact(a); }

Object* intAbs(Object* a) {
    if (intSign(a) < 0) return intNeg(a);
    return intExact(a);
}

Object* intInvert(Object* a) {
    if (!asInt(a)->big) return intFromInt64(~asInt(a)->value);
    return intFromBigInt(asInt(a)->big->invert());
}

int intBool(Object* a) { return intSign(a) != 0; }

// Shift count as a non-negative int64; false with ValueError/OverflowError.
bool shiftCount(Object* b, int64_t* n, bool* huge) {
    *huge = false;
    if (intSign(b) < 0) {
        setError(&ExcValueError, "negative shift count");
        return false;
    }
    if (asInt(b)->big) {
        *huge = true;
        *n = INT64_MAX;
        return true;
    }
    *n = asInt(b)->value;
    return true;
}

Object* intLshift(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    int64_t n;
    bool huge;
    if (!shiftCount(b, &n, &huge)) return nullptr;
    if (intSign(a) == 0) return intFromInt64(0);
    if (huge) {
        // CPython counts the shift in 30-bit digits: beyond that count is an OverflowError,
        // below it the result merely cannot be allocated.
        if (BigInt::compare(*asInt(b)->big, BigInt::shiftLeft(BigInt(30), 63)) >= 0) {
            return setError(&ExcOverflowError, "too many digits in integer");
        }
        return setErrorNoMemory();
    }
    if (!asInt(a)->big && n < 63) {
        int64_t x = asInt(a)->value;
        int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << n);
        if ((r >> n) == x) return intFromInt64(r);
    }
    BigInt t;
    const BigInt& x = bigOf(a, t);
    if (static_cast<uint64_t>(n) + x.bitLength() > kMaxResultBits) return setErrorNoMemory();
    return intFromBigInt(BigInt::shiftLeft(x, static_cast<uint64_t>(n)));
}

Object* intRshift(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    int64_t n;
    bool huge;
    if (!shiftCount(b, &n, &huge)) return nullptr;
    if (!asInt(a)->big) {
        int64_t x = asInt(a)->value;
        if (n >= 63) return intFromInt64(x < 0 ? -1 : 0);
        return intFromInt64(x >> n);
    }
    const BigInt& x = *asInt(a)->big;
    if (static_cast<uint64_t>(n) >= x.bitLength()) return intFromInt64(x.isNegative() ? -1 : 0);
    return intFromBigInt(BigInt::shiftRight(x, static_cast<uint64_t>(n)));
}

Object* intAnd(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    if (bothSmall(a, b)) return intFromInt64(asInt(a)->value & asInt(b)->value);
    BigInt t1, t2;
    return intFromBigInt(BigInt::bitAnd(bigOf(a, t1), bigOf(b, t2)));
}

Object* intOr(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    if (bothSmall(a, b)) return intFromInt64(asInt(a)->value | asInt(b)->value);
    BigInt t1, t2;
    return intFromBigInt(BigInt::bitOr(bigOf(a, t1), bigOf(b, t2)));
}

Object* intXor(Object* a, Object* b) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    if (bothSmall(a, b)) return intFromInt64(asInt(a)->value ^ asInt(b)->value);
    BigInt t1, t2;
    return intFromBigInt(BigInt::bitXor(bigOf(a, t1), bigOf(b, t2)));
}

Object* intToFloat(Object* a) {
    bool ok = true;
    double d = intAsDouble(a, &ok);
    if (!ok) return nullptr;
    return floatFromDouble(d);
}

// ---- Comparison, hash, repr ----

int intCompareValues(Object* a, Object* b) {
    if (bothSmall(a, b)) {
        int64_t x = asInt(a)->value, y = asInt(b)->value;
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    BigInt t1, t2;
    return BigInt::compare(bigOf(a, t1), bigOf(b, t2));
}

bool cmpResult(int c, CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
    }
    return false;
}

Object* intRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isInt(a) || !isInt(b)) return newNotImplemented();
    return newBool(cmpResult(intCompareValues(a, b), op));
}

hash_t intHash(Object* a) {
    if (!asInt(a)->big) return hashInt64(asInt(a)->value);
    return asInt(a)->big->hash();
}

// Decimal text of an int, honouring sys.get_int_max_str_digits(). False with ValueError.
bool intDecimal(Object* a, std::string& out) {
    if (!asInt(a)->big) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, asInt(a)->value);
        out.assign(buf, r.ptr);
        return true;
    }
    const BigInt& b = *asInt(a)->big;
    int64_t limit = intMaxStrDigits();
    bool tooBig = false;
    if (limit > 0) {
        // An int of n bits has at least floor((n - 1) * log10(2)) + 1 digits: refuse before
        // converting when that already exceeds the limit.
        double bits = static_cast<double>(b.bitLength() - 1);
        double minDigits = std::floor(bits * 0.30102999566398) + 1;
        tooBig = minDigits > static_cast<double>(limit) + 1;
    }
    if (!tooBig) {
        out = b.toString(10);
        tooBig = limit > 0 &&
                 static_cast<int64_t>(out.size()) - (b.isNegative() ? 1 : 0) > limit;
    }
    if (tooBig) {
        setError(&ExcValueError,
                 "Exceeds the limit (%lld digits) for integer string conversion; use "
                 "sys.set_int_max_str_digits() to increase the limit",
                 static_cast<long long>(limit));
        return false;
    }
    return true;
}

Object* intRepr(Object* a) {
    std::string s;
    if (!intDecimal(a, s)) return nullptr;
    return strFromAscii(s);
}

Object* boolRepr(Object* a) {
    return strFromAscii(asInt(a)->value ? "True" : "False");
}

void intDealloc(Object* o) {
    IntObject* i = asInt(o);
    if (!i->big && o->type == &IntType && intFreeListPut(o)) return;
    delete i->big;
    i->big = nullptr;
    freeObject(o);
}

// ---- int() ----

// A new instance of int subtype t with the value of the exact int v (stolen).
Object* intSubtypeFrom(Type* t, Object* v) {
    if (!v) return nullptr;
    if (t == &IntType) return v;
    Object* o = allocObject(t);
    if (!o) {
        decref(v);
        return nullptr;
    }
    asInt(o)->value = asInt(v)->value;
    asInt(o)->big = asInt(v)->big ? new BigInt(*asInt(v)->big) : nullptr;
    decref(v);
    return o;
}

Object* intNewImpl(Object* x, Object* base) {
    if (!base) {
        if (!x) return intFromInt64(0);
        if (isStrExact(x)) return intFromStringObj(strView(x), 10, x);
        if (x->type == &BytesType) return intFromStringObj(bytesView(x), 10, x);
        return numberInt(x);
    }
    if (!x) return setError(&ExcTypeError, "int() missing string argument");
    Object* bi = numberIndex(base);
    if (!bi) return nullptr;
    int64_t b = 0;
    bool fits = intIsSmall(bi);
    if (fits) b = asInt(bi)->value;
    decref(bi);
    if (!fits || (b != 0 && b < 2) || b > 36) {
        return setError(&ExcValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (isStr(x)) return intFromStringObj(strView(x), static_cast<int>(b), x);
    if (isBytes(x) || isByteArray(x)) {
        // The message shows the text as bytes (b'...'), for a bytearray too.
        std::string_view v;
        if (!getBytesView(x, &v)) return nullptr;
        Ref<> copy = Ref<>::steal(isBytes(x) ? newRef(x) : bytesFromStd(v));
        if (!copy) return nullptr;
        return intFromStringObj(bytesView(copy.get()), static_cast<int>(b), copy.get());
    }
    return setError(&ExcTypeError, "int() can't convert non-string with explicit base");
}

Object* intNew(Type* t, Object* args, Object* kwargs) {
    ssize n = args ? tupleSize(args) : 0;
    Object* x = n > 0 ? tupleItem(args, 0) : nullptr;
    Object* base = n > 1 ? tupleItem(args, 1) : nullptr;
    ssize nkw = kwargs ? dictSize(kwargs) : 0;
    if (n + nkw > 2) {
        return setError(&ExcTypeError, "int() takes at most 2 arguments (%zd given)", n + nkw);
    }
    if (nkw) {
        ssize pos = 0;
        Object *k, *v;
        while (dictNext(kwargs, &pos, &k, &v)) {
            if (isStr(k) && strEqualsAscii(k, "base")) {
                if (base) {
                    return setError(&ExcTypeError,
                                    "argument for int() given by name ('base') and position (2)");
                }
                base = v;
            } else {
                return setError(&ExcTypeError, "'%U' is an invalid keyword argument for int()", k);
            }
        }
    }
    return intSubtypeFrom(t, intNewImpl(x, base));
}

Object* boolNew(Type*, Object* args, Object* kwargs) {
    if (kwargs && dictSize(kwargs) > 0) {
        return setError(&ExcTypeError, "bool() takes no keyword arguments");
    }
    ssize n = args ? tupleSize(args) : 0;
    if (!checkArgCount("bool", static_cast<size_t>(n), 0, 1)) return nullptr;
    if (n == 0) return newBool(false);
    int t = isTrue(tupleItem(args, 0));
    if (t < 0) return nullptr;
    return newBool(t != 0);
}

// ---- bool operators ----

Object* boolAnd(Object* a, Object* b) {
    if (isBool(a) && isBool(b)) return newBool(asInt(a)->value & asInt(b)->value);
    return intAnd(a, b);
}

Object* boolOr(Object* a, Object* b) {
    if (isBool(a) && isBool(b)) return newBool(asInt(a)->value | asInt(b)->value);
    return intOr(a, b);
}

Object* boolXor(Object* a, Object* b) {
    if (isBool(a) && isBool(b)) return newBool(asInt(a)->value ^ asInt(b)->value);
    return intXor(a, b);
}

// ---- Methods ----

Object* mBitLength(Object* self, Args, size_t, Object*) {
    if (!asInt(self)->big) {
        int64_t v = asInt(self)->value;
        uint64_t a = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        int bits = 0;
        while (a) {
            bits++;
            a >>= 1;
        }
        return intFromInt64(bits);
    }
    return intFromUint64(asInt(self)->big->bitLength());
}

Object* mBitCount(Object* self, Args, size_t, Object*) {
    if (!asInt(self)->big) {
        int64_t v = asInt(self)->value;
        uint64_t a = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        return intFromInt64(__builtin_popcountll(a));
    }
    return intFromUint64(asInt(self)->big->bitCount());
}

// byteorder argument: 1 little, 0 big, -1 error.
int parseByteOrder(const char* fname, Object* o) {
    if (!o) return 0;
    if (!isStr(o)) {
        setError(&ExcTypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                 typeName(o->type));
        return -1;
    }
    if (strEqualsAscii(o, "little")) return 1;
    if (strEqualsAscii(o, "big")) return 0;
    setError(&ExcValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

Object* mToBytes(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"length", "byteorder", "signed"};
    Object* a[3];
    if (!parseArgs("to_bytes", args, nargs, kwnames, kNames, 3, 0, a, 0, 2)) return nullptr;
    ssize length = 1;
    if (a[0]) {
        length = asSsize(a[0], &ExcOverflowError);
        if (length == -1 && errOccurred()) return nullptr;
        if (length < 0) return setError(&ExcValueError, "length argument must be non-negative");
    }
    int little = parseByteOrder("to_bytes", a[1]);
    if (little < 0) return nullptr;
    bool isSigned = false;
    if (a[2]) {
        int t = isTrue(a[2]);
        if (t < 0) return nullptr;
        isSigned = t != 0;
    }
    BigInt t;
    const BigInt& v = bigOf(self, t);
    std::string out;
    if (!v.toBytes(static_cast<size_t>(length), little == 1, isSigned, out)) {
        if (v.isNegative() && !isSigned) {
            return setError(&ExcOverflowError, "can't convert negative int to unsigned");
        }
        return setError(&ExcOverflowError, "int too big to convert");
    }
    return bytesFromStd(out);
}

Object* mFromBytes(Object* cls, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"bytes", "byteorder", "signed"};
    Object* a[3];
    if (!parseArgs("from_bytes", args, nargs, kwnames, kNames, 3, 1, a, 0, 2)) return nullptr;
    int little = parseByteOrder("from_bytes", a[1]);
    if (little < 0) return nullptr;
    bool isSigned = false;
    if (a[2]) {
        int t = isTrue(a[2]);
        if (t < 0) return nullptr;
        isSigned = t != 0;
    }
    Ref<> holder;
    std::string_view data;
    if (isBytes(a[0]) || isByteArray(a[0])) {
        if (!getBytesView(a[0], &data)) return nullptr;
    } else {
        // PyObject_Bytes: iterables of ints and __bytes__, but never text or a bare number.
        if (isStr(a[0]) || isInt(a[0]) || isFloat(a[0])) {
            return setError(&ExcTypeError, "cannot convert '%s' object to bytes",
                            typeName(a[0]->type));
        }
        holder = Ref<>::steal(callOneArg(asObject(&BytesType), a[0]));
        if (!holder) return nullptr;
        if (!getBytesView(holder.get(), &data)) return nullptr;
    }
    Object* r = intFromBigInt(BigInt::fromBytes(data, little == 1, isSigned));
    if (!r || cls == asObject(&IntType)) return r;
    Object* res = callOneArg(cls, r);
    decref(r);
    return res;
}

Object* mAsIntegerRatio(Object* self, Args, size_t, Object*) {
    Ref<> n = Ref<>::steal(intExact(self));
    if (!n) return nullptr;
    Ref<> one = Ref<>::steal(intFromInt64(1));
    return tuplePack({n.get(), one.get()});
}

Object* mSelfExact(Object* self, Args, size_t, Object*) { return intExact(self); }

Object* mGetNewArgs(Object* self, Args, size_t, Object*) {
    Ref<> n = Ref<>::steal(intExact(self));
    if (!n) return nullptr;
    return tuplePack({n.get()});
}

Object* mSizeOf(Object* self, Args, size_t, Object*) {
    // CPython's layout: a 24-byte header plus one 4-byte digit per 30 bits.
    BigInt t;
    size_t digits = (bigOf(self, t).bitLength() + 29) / 30;
    if (digits == 0) digits = 1;
    ssize extra = self->type->basicSize - static_cast<ssize>(sizeof(IntObject));
    return intFromSsize(static_cast<ssize>(24 + 4 * digits) + extra);
}

Object* mRound(Object* self, Args args, size_t nargs, Object*) {
    if (!checkArgCount("__round__", nargs, 0, 1)) return nullptr;
    if (nargs == 0) return intExact(self);   // None is an error here, as in CPython
    Ref<> nd = Ref<>::steal(numberIndex(args[0]));
    if (!nd) return nullptr;
    if (intSign(nd.get()) >= 0) return intExact(self);
    // Round to a multiple of 10**-ndigits, half to even.
    BigInt t;
    const BigInt& v = bigOf(self, t);
    uint64_t digitsUpper = static_cast<uint64_t>(static_cast<double>(v.bitLength()) * 0.30103) + 2;
    if (asInt(nd.get())->big || static_cast<uint64_t>(-asInt(nd.get())->value) > digitsUpper) {
        return intFromInt64(0);
    }
    uint64_t k = static_cast<uint64_t>(-asInt(nd.get())->value);
    BigInt p = BigInt::pow(BigInt(10), k);
    BigInt q, r;
    BigInt::divMod(v, p, &q, &r);
    int c = BigInt::compare(BigInt::add(r, r), p);
    if (c > 0 || (c == 0 && q.isOdd())) q = BigInt::add(q, BigInt(1));
    return intFromBigInt(BigInt::mul(q, p));
}

// UTF-8 encoding of a code point (surrogates encoded as WTF-8, like str does).
std::string utf8Encode(uint32_t cp) {
    std::string s;
    if (cp < 0x80) {
        s += static_cast<char>(cp);
    } else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return s;
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
    if (!parseFormatSpec(specText, spec, err, tname)) {
        return setError(&ExcValueError, "%s", err.c_str());
    }
    bool ok;
    if (isFloatTypeForInt(spec)) {
        bool conv = true;
        double d = intAsDouble(self, &conv);
        if (!conv) return nullptr;
        ok = formatFloat(d, spec, out, err, tname);
    } else if (spec.type == 'c' && spec.precision == -1) {
        std::string ch;
        if (!spec.sign && !spec.alternate) {
            if (asInt(self)->big)
                return setError(&ExcOverflowError, "Python int too large to convert to C long");
            if (asInt(self)->value < 0 || asInt(self)->value > 0x10FFFF) {
                return setError(&ExcOverflowError, "%%c arg not in range(0x110000)");
            }
            ch = utf8Encode(static_cast<uint32_t>(asInt(self)->value));
        }
        ok = formatIntDigits(false, ch, spec, out, err, tname);
    } else {
        int base = intBaseForType(spec.type);
        std::string digits;
        bool neg = intSign(self) < 0;
        if (base == 10) {
            if (!intDecimal(self, digits)) return nullptr;
            if (neg) digits.erase(0, 1);
        } else if (!asInt(self)->big) {
            int64_t v = asInt(self)->value;
            uint64_t a = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
            char buf[70];
            auto r = std::to_chars(buf, buf + sizeof buf, a, base);
            digits.assign(buf, r.ptr);
        } else {
            digits = asInt(self)->big->abs().toString(base);
        }
        ok = formatIntDigits(neg, digits, spec, out, err, tname);
    }
    if (!ok) return setError(&ExcValueError, "%s", err.c_str());
    return strFromUtf8(out);
}

// ---- Getters ----

Object* getSelfExact(Object* self, void*) { return intExact(self); }
Object* getZero(Object*, void*) { return intFromInt64(0); }
Object* getOne(Object*, void*) { return intFromInt64(1); }

const MethodDef kIntMethods[] = {
    {"conjugate", mSelfExact, kMethNoKw, "Returns self, the complex conjugate of any int."},
    {"bit_length", mBitLength, kMethNoKw,
     "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> "
     "(37).bit_length()\n6"},
    {"bit_count", mBitCount, kMethNoKw,
     "Number of ones in the binary representation of the absolute value of self.\n\nAlso known "
     "as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3"},
    {"to_bytes", mToBytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", mFromBytes, kMethClass,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", mAsIntegerRatio, kMethNoKw,
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the "
     "original int\nand with a positive denominator."},
    {"__trunc__", mSelfExact, kMethNoKw, "Truncating an Integral returns itself."},
    {"__floor__", mSelfExact, kMethNoKw, "Flooring an Integral returns itself."},
    {"__ceil__", mSelfExact, kMethNoKw, "Ceiling of an Integral returns itself."},
    {"__round__", mRound, kMethNoKw,
     "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an "
     "integer."},
    {"__getnewargs__", mGetNewArgs, kMethNoKw, nullptr},
    {"__format__", mFormat, kMethNoKw, "Convert to a string according to format_spec."},
    {"__sizeof__", mSizeOf, kMethNoKw, "Returns size in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kIntGetSets[] = {
    {"real", getSelfExact, nullptr, "the real part of a complex number", nullptr},
    {"imag", getZero, nullptr, "the imaginary part of a complex number", nullptr},
    {"numerator", getSelfExact, nullptr, "the numerator of a rational number in lowest terms",
     nullptr},
    {"denominator", getOne, nullptr, "the denominator of a rational number in lowest terms",
     nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* intExact(Object* o) {
    if (isIntExact(o)) return newRef(o);
    if (intIsSmall(o)) return intFromInt64(asInt(o)->value);
    return intFromBigInt(*asInt(o)->big);
}

Type IntType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "int",
    .basicSize = sizeof(IntObject),
    .flags = kTypeBaseType | kTypeIntSubclass | kTypeImmutable,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an "
           "integer, or return 0 if no arguments\nare given.  If x is a number, return "
           "x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is "
           "not a number or if base is given, then x must be a string,\nbytes, or bytearray "
           "instance representing an integer literal in the\ngiven base.  The literal can be "
           "preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  "
           "Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as "
           "an integer literal.\n>>> int('0b100', base=0)\n4",
    .methods = kIntMethods,
    .getsets = kIntGetSets,
    .dealloc = intDealloc,
    .repr = intRepr,
    .hash = intHash,
    .richCompare = intRichCompare,
    .new_ = intNew,
    .number = {
        .add = intAdd,
        .subtract = intSub,
        .multiply = intMul,
        .remainder = intMod,
        .divmod = intDivMod,
        .lshift = intLshift,
        .rshift = intRshift,
        .and_ = intAnd,
        .xor_ = intXor,
        .or_ = intOr,
        .floorDivide = intFloorDiv,
        .trueDivide = intTrueDiv,
        .power = intPow,
        .negative = intNeg,
        .positive = intPos,
        .absolute = intAbs,
        .invert = intInvert,
        .int_ = intPos,
        .float_ = intToFloat,
        .index = intPos,
        .bool_ = intBool,
    },
};

Type BoolType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "bool",
    .basicSize = sizeof(IntObject),
    .flags = kTypeIntSubclass | kTypeImmutable,
    .base = &IntType,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe "
           "builtins True and False are the only two instances of the class bool.\nThe class "
           "bool is a subclass of the class int, and cannot be subclassed.",
    .repr = boolRepr,
    .new_ = boolNew,
    .number = {
        .and_ = boolAnd,
        .xor_ = boolXor,
        .or_ = boolOr,
    },
};

}  // namespace krait
