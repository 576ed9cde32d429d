// The array module: array.array, typed arrays of machine numbers (and 'u' characters) with
// CPython's typecodes, item sizes of this platform (sizeof(long) is 4 on wasm32), range checks,
// error messages, slicing, comparisons and pickling (__reduce_ex__ through
// array._array_reconstructor and machine format codes).
//
// The items live in a bytearray in machine format (`buf`), so memoryview(), bytes() and the
// other buffer users of objects/bytes_memoryview.cpp see and write the array's memory
// (arrayBufferStorage). While a memoryview holds it (its exports count), the array refuses to
// change its length, as CPython's arrays do.
#include <algorithm>
#include <cfloat>
#include <climits>
#include <cstdint>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "interp/import.h"
#include "modules/modules.h"
#include "objects/bigint.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/seq_util.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type ArrayType;
extern Type ArrayIterType;

namespace {

using Args = Object* const*;

// CPython's machine format codes (arraymodule.c enum machine_format_code).
enum MachineFormat : int {
    kUnknownFormat = -1, kUint8 = 0, kInt8 = 1, kUint16Le = 2, kUint16Be = 3, kInt16Le = 4,
    kInt16Be = 5, kUint32Le = 6, kUint32Be = 7, kInt32Le = 8, kInt32Be = 9, kUint64Le = 10,
    kUint64Be = 11, kInt64Le = 12, kInt64Be = 13, kFloatLe = 14, kFloatBe = 15, kDoubleLe = 16,
    kDoubleBe = 17, kUtf16Le = 18, kUtf16Be = 19, kUtf32Le = 20, kUtf32Be = 21,
};

struct Descr {
    char code;
    int size;
    bool isInt;
    bool isSigned;
};

const Descr kDescrs[] = {
    {'b', 1, true, true},
    {'B', 1, true, false},
    {'u', 4, false, false},
    {'h', static_cast<int>(sizeof(short)), true, true},
    {'H', static_cast<int>(sizeof(short)), true, false},
    {'i', static_cast<int>(sizeof(int)), true, true},
    {'I', static_cast<int>(sizeof(int)), true, false},
    {'l', static_cast<int>(sizeof(long)), true, true},
    {'L', static_cast<int>(sizeof(long)), true, false},
    {'q', 8, true, true},
    {'Q', 8, true, false},
    {'f', 4, false, true},
    {'d', 8, false, true},
};
constexpr const char kTypecodes[] = "bBuhHiIlLqQfd";

const Descr* findDescr(uint32_t c) {
    for (const Descr& d : kDescrs)
        if (static_cast<uint32_t>(static_cast<unsigned char>(d.code)) == c) return &d;
    return nullptr;
}

bool littleEndian() {
    const uint16_t one = 1;
    unsigned char b;
    std::memcpy(&b, &one, 1);
    return b == 1;
}

int machineFormat(const Descr* d) {
    bool le = littleEndian();
    switch (d->code) {
    case 'f': return le ? kFloatLe : kFloatBe;
    case 'd': return le ? kDoubleLe : kDoubleBe;
    case 'u': return le ? kUtf32Le : kUtf32Be;
    default: break;
    }
    switch (d->size) {
    case 1: return d->isSigned ? kInt8 : kUint8;
    case 2: return d->isSigned ? (le ? kInt16Le : kInt16Be) : (le ? kUint16Le : kUint16Be);
    case 4: return d->isSigned ? (le ? kInt32Le : kInt32Be) : (le ? kUint32Le : kUint32Be);
    case 8: return d->isSigned ? (le ? kInt64Le : kInt64Be) : (le ? kUint64Le : kUint64Be);
    default: return kUnknownFormat;
    }
}

struct ArrayObject {
    Object ob;
    Object* weaklist;
    const Descr* d;
    Object* buf;   // exact bytearray holding the items
};

struct ArrayIterObject {
    Object ob;
    Object* array;   // null when exhausted
    ssize index;
};

ArrayObject* asArray(Object* o) { return reinterpret_cast<ArrayObject*>(o); }
bool isArray(Object* o) { return isSubtype(o->type, &ArrayType); }

char* arrData(ArrayObject* a) { return asByteArray(a->buf)->data; }
ssize arrBytes(ArrayObject* a) { return asByteArray(a->buf)->size; }
ssize arrLen(ArrayObject* a) { return arrBytes(a) / a->d->size; }

// Resizes the storage to nbytes (contents kept); BufferError while exported.
bool resizeBytes(ArrayObject* a, ssize nbytes) {
    ByteArrayObject* b = asByteArray(a->buf);
    if (nbytes == b->size) return true;
    if (b->exports > 0) {
        setError(&ExcBufferError, "cannot resize an array that is exporting buffers");
        return false;
    }
    if (nbytes + 1 > b->allocated || nbytes + 1 < b->allocated / 2) {
        ssize alloc = nbytes + 1 + (nbytes >> 4) + (nbytes < 64 ? 3 : 7);
        char* p = static_cast<char*>(std::realloc(b->data, static_cast<size_t>(alloc)));
        if (!p) {
            setErrorNoMemory();
            return false;
        }
        b->data = p;
        b->allocated = alloc;
    }
    b->size = nbytes;
    b->data[nbytes] = '\0';
    return true;
}

// A new empty array of type t with descriptor d.
Object* newArray(Type* t, const Descr* d) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    ArrayObject* a = asArray(o);
    a->d = d;
    a->buf = byteArrayFromStd("");
    if (!a->buf) {
        decref(o);
        return nullptr;
    }
    return o;
}

Object* newArrayFromBytes(const Descr* d, std::string_view data) {
    Ref<> r = Ref<>::steal(newArray(&ArrayType, d));
    if (!r) return nullptr;
    ArrayObject* a = asArray(r.get());
    if (!resizeBytes(a, static_cast<ssize>(data.size()))) return nullptr;
    if (!data.empty()) std::memcpy(arrData(a), data.data(), data.size());
    return r.release();
}

// ---- Item conversion ----

// The item at i as a Python object (new reference).
Object* itemObject(const Descr* d, const char* p) {
    switch (d->code) {
    case 'b': { signed char v; std::memcpy(&v, p, 1); return intFromInt64(v); }
    case 'B': return intFromInt64(static_cast<unsigned char>(*p));
    case 'h': { short v; std::memcpy(&v, p, sizeof v); return intFromInt64(v); }
    case 'H': { unsigned short v; std::memcpy(&v, p, sizeof v); return intFromInt64(v); }
    case 'i': { int v; std::memcpy(&v, p, sizeof v); return intFromInt64(v); }
    case 'I': { unsigned v; std::memcpy(&v, p, sizeof v); return intFromUint64(v); }
    case 'l': { long v; std::memcpy(&v, p, sizeof v); return intFromInt64(v); }
    case 'L': { unsigned long v; std::memcpy(&v, p, sizeof v); return intFromUint64(v); }
    case 'q': { int64_t v; std::memcpy(&v, p, sizeof v); return intFromInt64(v); }
    case 'Q': { uint64_t v; std::memcpy(&v, p, sizeof v); return intFromUint64(v); }
    case 'f': { float v; std::memcpy(&v, p, sizeof v); return floatFromDouble(v); }
    case 'd': { double v; std::memcpy(&v, p, sizeof v); return floatFromDouble(v); }
    case 'u': { uint32_t v; std::memcpy(&v, p, sizeof v); return strFromCodePoint(v); }
    default: return setError(&ExcSystemError, "bad array typecode");
    }
}

Object* getItemAt(ArrayObject* a, ssize i) {
    return itemObject(a->d, arrData(a) + i * a->d->size);
}

// The int value of v (through __index__) as int64: 1 fits, 0 does not fit (sign says which
// way; no exception), -1 error.
int indexValue(Object* v, int64_t& out, int& sign) {
    Ref<> iv;
    if (isInt(v)) {
        iv = Ref<>::borrow(v);
    } else {
        if (!isIndex(v)) {
            setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                     typeOf(v)->name);
            return -1;
        }
        iv = Ref<>::steal(numberIndex(v));
        if (!iv) return -1;
    }
    sign = intSign(iv.get());
    if (intAsInt64(iv.get(), &out)) return 1;
    clearError();
    return 0;
}

// The unsigned 64-bit value of an int known not to fit int64 (and positive): false if it
// exceeds 64 bits.
bool bigUnsigned(Object* v, uint64_t& out) {
    Ref<> iv = Ref<>::steal(isInt(v) ? newRef(v) : numberIndex(v));
    if (!iv) {
        clearError();
        return false;
    }
    BigInt b = intToBigInt(iv.get());
    if (b.isNegative() || b.bitLength() > 64) return false;
    std::string bytes;
    if (!b.toBytes(8, true, false, bytes)) return false;
    out = 0;
    for (int k = 7; k >= 0; k--) out = (out << 8) | static_cast<unsigned char>(bytes[static_cast<size_t>(k)]);
    return true;
}

bool overflow(const char* msg) {
    setError(&ExcOverflowError, "%s", msg);
    return false;
}

// PyArg_Parse's "l" (C long) then a range check of [lo, hi] with the given names.
bool parseLong(Object* v, int64_t& x) {
    int sign;
    int r = indexValue(v, x, sign);
    if (r < 0) return false;
    const int64_t longMax = sizeof(long) == 8 ? INT64_MAX : INT32_MAX;
    const int64_t longMin = sizeof(long) == 8 ? INT64_MIN : INT32_MIN;
    if (r == 0 || x > longMax || x < longMin) return overflow("Python int too large to convert to C long");
    return true;
}

bool parseRange(Object* v, int64_t lo, int64_t hi, const char* what, int64_t& x) {
    if (!parseLong(v, x)) return false;
    if (x < lo) {
        setError(&ExcOverflowError, "%s is less than minimum", what);
        return false;
    }
    if (x > hi) {
        setError(&ExcOverflowError, "%s is greater than maximum", what);
        return false;
    }
    return true;
}

// PyLong_AsUnsignedLong / PyLong_AsUnsignedLongLong (after __index__) for 'I', 'L', 'Q'.
bool parseUnsigned(Object* v, int bytes, bool longLong, uint64_t& out) {
    int64_t x;
    int sign;
    int r = indexValue(v, x, sign);
    if (r < 0) return false;
    if (sign < 0) {
        return overflow(longLong ? "can't convert negative int to unsigned"
                                 : "can't convert negative value to unsigned int");
    }
    const char* big = longLong ? "int too big to convert"
                               : "Python int too large to convert to C unsigned long";
    if (r == 1) {
        out = static_cast<uint64_t>(x);
    } else if (!bigUnsigned(v, out)) {
        return overflow(big);
    }
    if (bytes == 4 && out > UINT32_MAX) return overflow(big);
    return true;
}

// Converts v for an item of d into the bytes at dst (d->size of them).
bool storeItem(const Descr* d, Object* v, char* dst) {
    int64_t x = 0;
    uint64_t u = 0;
    switch (d->code) {
    case 'b': {
        if (!parseRange(v, SHRT_MIN, SHRT_MAX, "signed short integer", x)) return false;
        if (x < -128) return overflow("signed char is less than minimum");
        if (x > 127) return overflow("signed char is greater than maximum");
        signed char c = static_cast<signed char>(x);
        std::memcpy(dst, &c, 1);
        return true;
    }
    case 'B':
        if (!parseRange(v, 0, 255, "unsigned byte integer", x)) return false;
        *dst = static_cast<char>(static_cast<unsigned char>(x));
        return true;
    case 'h': {
        if (!parseRange(v, SHRT_MIN, SHRT_MAX, "signed short integer", x)) return false;
        short s = static_cast<short>(x);
        std::memcpy(dst, &s, sizeof s);
        return true;
    }
    case 'H': {
        if (!parseRange(v, INT_MIN, INT_MAX, "signed integer", x)) return false;
        if (x < 0) return overflow("unsigned short is less than minimum");
        if (x > USHRT_MAX) return overflow("unsigned short is greater than maximum");
        unsigned short s = static_cast<unsigned short>(x);
        std::memcpy(dst, &s, sizeof s);
        return true;
    }
    case 'i': {
        if (!parseRange(v, INT_MIN, INT_MAX, "signed integer", x)) return false;
        int i = static_cast<int>(x);
        std::memcpy(dst, &i, sizeof i);
        return true;
    }
    case 'I': {
        if (!parseUnsigned(v, static_cast<int>(sizeof(long)), false, u)) return false;
        if (u > UINT_MAX) return overflow("unsigned int is greater than maximum");
        unsigned i = static_cast<unsigned>(u);
        std::memcpy(dst, &i, sizeof i);
        return true;
    }
    case 'l': {
        if (!parseLong(v, x)) return false;
        long l = static_cast<long>(x);
        std::memcpy(dst, &l, sizeof l);
        return true;
    }
    case 'L': {
        if (!parseUnsigned(v, static_cast<int>(sizeof(long)), false, u)) return false;
        unsigned long l = static_cast<unsigned long>(u);
        std::memcpy(dst, &l, sizeof l);
        return true;
    }
    case 'q': {
        int sign;
        int r = indexValue(v, x, sign);
        if (r < 0) return false;
        if (r == 0) return overflow("int too big to convert");
        std::memcpy(dst, &x, sizeof x);
        return true;
    }
    case 'Q':
        if (!parseUnsigned(v, 8, true, u)) return false;
        std::memcpy(dst, &u, sizeof u);
        return true;
    case 'f':
    case 'd': {
        if (!isFloat(v) && !isInt(v) && !typeOf(v)->number.float_ && !isIndex(v)) {
            setError(&ExcTypeError, "must be real number, not %s", typeOf(v)->name);
            return false;
        }
        double dv = asDouble(v);
        if (dv == -1.0 && errOccurred()) return false;
        if (d->code == 'd') {
            std::memcpy(dst, &dv, sizeof dv);
        } else {
            float f;
            if (std::isfinite(dv) && std::fabs(dv) > static_cast<double>(FLT_MAX) * (1 + 1e-9))
                f = dv > 0 ? HUGE_VALF : -HUGE_VALF;
            else
                f = static_cast<float>(dv);
            std::memcpy(dst, &f, sizeof f);
        }
        return true;
    }
    case 'u': {
        if (!isStr(v) || strLength(v) != 1) {
            setError(&ExcTypeError, "array item must be unicode character");
            return false;
        }
        uint32_t c = strCharAt(v, 0);
        std::memcpy(dst, &c, sizeof c);
        return true;
    }
    default:
        setError(&ExcSystemError, "bad array typecode");
        return false;
    }
}

// Appends v (converted) at the end.
bool appendItem(ArrayObject* a, Object* v) {
    char tmp[8];
    if (!storeItem(a->d, v, tmp)) return false;
    ssize n = arrBytes(a);
    if (!resizeBytes(a, n + a->d->size)) return false;
    std::memcpy(arrData(a) + n, tmp, static_cast<size_t>(a->d->size));
    return true;
}

// Inserts raw bytes at byte offset pos.
bool insertBytes(ArrayObject* a, ssize pos, std::string_view data) {
    if (data.empty()) return true;
    std::string copy(data);   // data may alias the storage
    ssize n = arrBytes(a);
    if (!resizeBytes(a, n + static_cast<ssize>(copy.size()))) return false;
    char* p = arrData(a);
    if (n > pos) std::memmove(p + pos + copy.size(), p + pos, static_cast<size_t>(n - pos));
    std::memcpy(p + pos, copy.data(), copy.size());
    return true;
}

// Removes bytes [from, to).
bool eraseBytes(ArrayObject* a, ssize from, ssize to) {
    ssize n = arrBytes(a);
    if (to <= from) return true;
    if (asByteArray(a->buf)->exports > 0) {
        setError(&ExcBufferError, "cannot resize an array that is exporting buffers");
        return false;
    }
    char* p = arrData(a);
    if (n > to) std::memmove(p + from, p + to, static_cast<size_t>(n - to));
    return resizeBytes(a, n - (to - from));
}

std::string_view bytesOf(ArrayObject* a) {
    return std::string_view(arrData(a) ? arrData(a) : "", static_cast<size_t>(arrBytes(a)));
}

// ---- Construction ----

bool extendFromIterable(ArrayObject* a, Object* iterable) {
    Ref<> it = Ref<>::steal(getIter(iterable));
    if (!it) return false;
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) return !errOccurred();
        if (!appendItem(a, item.get())) return false;
    }
}

bool frombytesView(ArrayObject* a, std::string_view data) {
    if (data.size() % static_cast<size_t>(a->d->size)) {
        setError(&ExcValueError, "bytes length not a multiple of item size");
        return false;
    }
    return insertBytes(a, arrBytes(a), data);
}

bool fromunicodeStr(ArrayObject* a, Object* s) {
    ssize n = strLength(s);
    std::string data(static_cast<size_t>(n) * 4, '\0');
    for (ssize i = 0; i < n; i++) {
        uint32_t c = strCharAt(s, i);
        std::memcpy(&data[static_cast<size_t>(i) * 4], &c, 4);
    }
    return insertBytes(a, arrBytes(a), data);
}

Object* arrayNew(Type* t, Object* args, Object* kwargs) {
    if (t == &ArrayType && kwargs && dictSize(kwargs) > 0)
        return setError(&ExcTypeError, "array.array() takes no keyword arguments");
    ssize nargs = tupleSize(args);
    if (nargs < 1 || nargs > 2) {
        return setError(&ExcTypeError, "array() takes at most 2 arguments (%zd given)",
                        static_cast<ssize_t>(nargs));
    }
    Object* tc = tupleItem(args, 0);
    if (!isStr(tc) || strLength(tc) != 1) {
        if (isStr(tc)) {
            return setError(&ExcTypeError,
                            "array() argument 1 must be a unicode character, not str");
        }
        return setError(&ExcTypeError, "array() argument 1 must be a unicode character, not %s",
                        typeOf(tc)->name);
    }
    const Descr* d = findDescr(strCharAt(tc, 0));
    if (!d) {
        return setError(&ExcValueError,
                        "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    Object* init = nargs > 1 ? tupleItem(args, 1) : nullptr;
    if (init && isStr(init) && d->code != 'u') {
        return setError(&ExcTypeError,
                        "cannot use a str to initialize an array with typecode '%c'", d->code);
    }
    if (init && isArray(init) && asArray(init)->d->code == 'u' && d->code != 'u') {
        return setError(&ExcTypeError,
                        "cannot use a unicode array to initialize an array with typecode '%c'",
                        d->code);
    }
    Ref<> r = Ref<>::steal(newArray(t, d));
    if (!r) return nullptr;
    ArrayObject* a = asArray(r.get());
    if (!init) return r.release();
    if (isBytes(init) || isByteArray(init)) {
        std::string_view v;
        if (!getBytesView(init, &v) || !frombytesView(a, v)) return nullptr;
    } else if (isStr(init)) {
        if (!fromunicodeStr(a, init)) return nullptr;
    } else if (isArray(init) && asArray(init)->d == d) {
        if (!insertBytes(a, 0, bytesOf(asArray(init)))) return nullptr;
    } else if (!extendFromIterable(a, init)) {
        return nullptr;
    }
    return r.release();
}

void arrayDealloc(Object* o) {
    ArrayObject* a = asArray(o);
    if (a->weaklist) clearWeakrefs(o);
    xdecref(a->buf);
    freeObject(o);
}

// ---- Sequence protocol ----

ssize arrayLength(Object* o) { return arrLen(asArray(o)); }

bool indexArg(Object* key, ssize& i) {
    if (!isIndex(key)) {
        setError(&ExcTypeError, "array indices must be integers");
        return false;
    }
    i = asSsize(key, &ExcIndexError);
    return !(i == -1 && errOccurred());
}

Object* arrayGetItem(Object* o, Object* key) {
    ArrayObject* a = asArray(o);
    ssize n = arrLen(a);
    if (isSlice(key)) {
        ssize start, stop, step, count;
        if (!sliceUnpack(key, n, &start, &stop, &step, &count)) return nullptr;
        Ref<> r = Ref<>::steal(newArray(&ArrayType, a->d));
        if (!r) return nullptr;
        ArrayObject* ra = asArray(r.get());
        int size = a->d->size;
        if (!resizeBytes(ra, count * size)) return nullptr;
        for (ssize k = 0, i = start; k < count; k++, i += step)
            std::memcpy(arrData(ra) + k * size, arrData(a) + i * size, static_cast<size_t>(size));
        return r.release();
    }
    ssize i;
    if (!indexArg(key, i)) return nullptr;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return setError(&ExcIndexError, "array index out of range");
    return getItemAt(a, i);
}

int arraySetItem(Object* o, Object* key, Object* value) {
    ArrayObject* a = asArray(o);
    ssize n = arrLen(a);
    int size = a->d->size;
    if (isSlice(key)) {
        ssize start, stop, step, count;
        if (!sliceUnpack(key, n, &start, &stop, &step, &count)) return -1;
        std::string src;
        ssize m = 0;
        if (value) {
            if (!isArray(value)) {
                setError(&ExcTypeError, "can only assign array (not \"%s\") to array slice",
                         typeOf(value)->name);
                return -1;
            }
            if (asArray(value)->d != a->d) {
                setError(&ExcTypeError, "bad argument type for built-in operation");
                return -1;
            }
            src.assign(bytesOf(asArray(value)));
            m = static_cast<ssize>(src.size()) / size;
        }
        if (step == 1) {
            if (stop < start) stop = start;
            if (m != stop - start && asByteArray(a->buf)->exports > 0) {
                setError(&ExcBufferError, "cannot resize an array that is exporting buffers");
                return -1;
            }
            if (!eraseBytes(a, start * size, stop * size)) return -1;
            return insertBytes(a, start * size, src) ? 0 : -1;
        }
        if (!value) {
            // Deleting an extended slice: keep the items not selected.
            if (count == 0) return 0;
            if (asByteArray(a->buf)->exports > 0) {
                setError(&ExcBufferError, "cannot resize an array that is exporting buffers");
                return -1;
            }
            std::vector<bool> drop(static_cast<size_t>(n), false);
            for (ssize k = 0, i = start; k < count; k++, i += step) drop[static_cast<size_t>(i)] = true;
            std::string kept;
            for (ssize i = 0; i < n; i++)
                if (!drop[static_cast<size_t>(i)]) kept.append(arrData(a) + i * size, static_cast<size_t>(size));
            if (!resizeBytes(a, static_cast<ssize>(kept.size()))) return -1;
            if (!kept.empty()) std::memcpy(arrData(a), kept.data(), kept.size());
            return 0;
        }
        if (m != count) {
            setError(&ExcValueError,
                     "attempt to assign array of size %zd to extended slice of size %zd",
                     static_cast<ssize_t>(m), static_cast<ssize_t>(count));
            return -1;
        }
        for (ssize k = 0, i = start; k < count; k++, i += step)
            std::memcpy(arrData(a) + i * size, src.data() + k * size, static_cast<size_t>(size));
        return 0;
    }
    ssize i;
    if (!indexArg(key, i)) return -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        setError(&ExcIndexError, "array assignment index out of range");
        return -1;
    }
    if (!value) return eraseBytes(a, i * size, (i + 1) * size) ? 0 : -1;
    char tmp[8];
    if (!storeItem(a->d, value, tmp)) return -1;
    std::memcpy(arrData(a) + i * size, tmp, static_cast<size_t>(size));
    return 0;
}

int arrayContains(Object* o, Object* v) {
    ArrayObject* a = asArray(o);
    for (ssize i = 0; i < arrLen(a); i++) {
        Ref<> item = Ref<>::steal(getItemAt(a, i));
        if (!item) return -1;
        int r = richCompareBool(item.get(), v, CompareOp::Eq);
        if (r != 0) return r;
    }
    return 0;
}

Object* arrayConcat(Object* x, Object* y) {
    if (!isArray(x)) return newNotImplemented();
    if (!isArray(y)) {
        if (otherMayHandle(y, y->type->number.add, arrayConcat)) return newNotImplemented();
        return setError(&ExcTypeError, "can only append array (not \"%s\") to array",
                        typeOf(y)->name);
    }
    if (asArray(x)->d != asArray(y)->d)
        return setError(&ExcTypeError, "bad argument type for built-in operation");
    std::string data(bytesOf(asArray(x)));
    data.append(bytesOf(asArray(y)));
    return newArrayFromBytes(asArray(x)->d, data);
}

bool repeatCount(Object* n, ssize& count, bool& notImpl, BinaryFn mySlot) {
    notImpl = false;
    if (!isIndex(n)) {
        if (otherMayHandle(n, n->type->number.multiply, mySlot)) {
            notImpl = true;
            return false;
        }
        setError(&ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                 typeOf(n)->name);
        return false;
    }
    // Counts past ssize (32 bits on wasm32) but within sys.maxsize (2**63-1 on every target)
    // are clamped, so a non-empty array gives MemoryError as on 64-bit hosts.
    count = asSsize(n, nullptr);
    if (count == -1 && errOccurred()) return false;
    if (count == PTRDIFF_MAX || count == PTRDIFF_MIN) {
        Ref<> iv = Ref<>::steal(numberIndex(n));
        if (!iv) return false;
        int64_t v;
        if (!intAsInt64(iv.get(), &v)) {
            clearError();
            setError(&ExcOverflowError, "cannot fit '%s' into an index-sized integer",
                     typeOf(n)->name);
            return false;
        }
    }
    return true;
}

Object* arrayRepeat(Object* x, Object* y) {
    Object* arr = isArray(x) ? x : y;
    Object* n = arr == x ? y : x;
    if (!isArray(arr)) return newNotImplemented();
    ssize count;
    bool notImpl;
    if (!repeatCount(n, count, notImpl, arrayRepeat))
        return notImpl ? newNotImplemented() : nullptr;
    if (count < 0) count = 0;
    std::string_view src = bytesOf(asArray(arr));
    if (src.empty()) count = 0;
    if (count && static_cast<ssize>(src.size()) > PTRDIFF_MAX / count) return setErrorNoMemory();
    std::string data;
    data.reserve(src.size() * static_cast<size_t>(count));
    for (ssize k = 0; k < count; k++) data.append(src);
    return newArrayFromBytes(asArray(arr)->d, data);
}

Object* arrayInplaceConcat(Object* x, Object* y) {
    if (!isArray(y)) {
        return setError(&ExcTypeError, "can only extend array with array (not \"%s\")",
                        typeOf(y)->name);
    }
    if (asArray(x)->d != asArray(y)->d)
        return setError(&ExcTypeError, "can only extend with array of same kind");
    if (!insertBytes(asArray(x), arrBytes(asArray(x)), bytesOf(asArray(y)))) return nullptr;
    return newRef(x);
}

Object* arrayInplaceRepeat(Object* x, Object* y) {
    ssize count;
    bool notImpl;
    if (!repeatCount(y, count, notImpl, arrayInplaceRepeat))
        return notImpl ? newNotImplemented() : nullptr;
    ArrayObject* a = asArray(x);
    if (count <= 0) {
        if (!resizeBytes(a, 0)) return nullptr;
        return newRef(x);
    }
    std::string src(bytesOf(a));
    if (src.empty()) return newRef(x);
    if (static_cast<ssize>(src.size()) > PTRDIFF_MAX / count)
        return setErrorNoMemory();
    if (!resizeBytes(a, static_cast<ssize>(src.size()) * count)) return nullptr;
    for (ssize k = 1; k < count; k++)
        std::memcpy(arrData(a) + k * static_cast<ssize>(src.size()), src.data(), src.size());
    return newRef(x);
}

Object* arrayRichCompare(Object* x, Object* y, CompareOp op) {
    if (!isArray(x) || !isArray(y)) return newNotImplemented();
    ArrayObject* a = asArray(x);
    ArrayObject* b = asArray(y);
    ssize na = arrLen(a), nb = arrLen(b);
    if (na != nb && (op == CompareOp::Eq || op == CompareOp::Ne))
        return newBool(op == CompareOp::Ne);
    ssize i = 0;
    for (; i < na && i < nb; i++) {
        Ref<> va = Ref<>::steal(getItemAt(a, i));
        Ref<> vb = Ref<>::steal(va ? getItemAt(b, i) : nullptr);
        if (!vb) return nullptr;
        int eq = richCompareBool(va.get(), vb.get(), CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (!eq) {
            if (op == CompareOp::Eq) return newBool(false);
            if (op == CompareOp::Ne) return newBool(true);
            return richCompare(va.get(), vb.get(), op);
        }
    }
    bool r;
    switch (op) {
    case CompareOp::Lt: r = na < nb; break;
    case CompareOp::Le: r = na <= nb; break;
    case CompareOp::Eq: r = na == nb; break;
    case CompareOp::Ne: r = na != nb; break;
    case CompareOp::Gt: r = na > nb; break;
    default: r = na >= nb; break;
    }
    return newBool(r);
}

Object* mTounicode(Object* self, Args, size_t nargs, Object* kwnames);

Object* arrayRepr(Object* o) {
    ArrayObject* a = asArray(o);
    const char* name = typeOf(o)->name;
    if (const char* dot = std::strrchr(name, '.')) name = dot + 1;
    if (arrLen(a) == 0) return strFormat("%s('%c')", name, a->d->code);
    Ref<> v;
    if (a->d->code == 'u') {
        v = Ref<>::steal(mTounicode(o, nullptr, 0, nullptr));
    } else {
        v = Ref<>::steal(listNew(0));
        if (!v) return nullptr;
        for (ssize i = 0; i < arrLen(a); i++) {
            Ref<> item = Ref<>::steal(getItemAt(a, i));
            if (!item || listAppend(v.get(), item.get()) < 0) return nullptr;
        }
    }
    if (!v) return nullptr;
    Ref<> r = Ref<>::steal(repr(v.get()));
    if (!r) return nullptr;
    return strFormat("%s('%c', %U)", name, a->d->code, r.get());
}

Object* arrayIter(Object* o) {
    Object* it = allocObject(&ArrayIterType);
    if (!it) return nullptr;
    auto* ai = reinterpret_cast<ArrayIterObject*>(it);
    ai->array = newRef(o);
    ai->index = 0;
    return it;
}

// ---- Methods ----

bool noKw(const char* name, Object* kwnames) { return checkNoKwargs(name, kwnames); }

Object* mAppend(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("append", kwnames) || !checkOneArg("append", nargs)) return nullptr;
    if (!appendItem(asArray(self), args[0])) return nullptr;
    return newNone();
}

Object* mExtend(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("extend", kwnames) || !checkOneArg("extend", nargs)) return nullptr;
    ArrayObject* a = asArray(self);
    if (isArray(args[0])) {
        if (asArray(args[0])->d != a->d)
            return setError(&ExcTypeError, "can only extend with array of same kind");
        if (!insertBytes(a, arrBytes(a), bytesOf(asArray(args[0])))) return nullptr;
        return newNone();
    }
    if (!extendFromIterable(a, args[0])) return nullptr;
    return newNone();
}

Object* mInsert(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("insert", kwnames) || !checkArgCount("insert", nargs, 2, 2)) return nullptr;
    ArrayObject* a = asArray(self);
    if (!isIndex(args[0])) {
        return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                        typeOf(args[0])->name);
    }
    ssize i = asSsize(args[0], &ExcOverflowError);
    if (i == -1 && errOccurred()) return nullptr;
    ssize n = arrLen(a);
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    char tmp[8];
    if (!storeItem(a->d, args[1], tmp)) return nullptr;
    if (!insertBytes(a, i * a->d->size, std::string_view(tmp, static_cast<size_t>(a->d->size))))
        return nullptr;
    return newNone();
}

Object* mPop(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("pop", kwnames) || !checkArgCount("pop", nargs, 0, 1)) return nullptr;
    ArrayObject* a = asArray(self);
    ssize i = -1;
    if (nargs) {
        if (!isIndex(args[0])) {
            return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                            typeOf(args[0])->name);
        }
        i = asSsize(args[0], &ExcOverflowError);
        if (i == -1 && errOccurred()) return nullptr;
    }
    ssize n = arrLen(a);
    if (n == 0) return setError(&ExcIndexError, "pop from empty array");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return setError(&ExcIndexError, "pop index out of range");
    Ref<> v = Ref<>::steal(getItemAt(a, i));
    if (!v || !eraseBytes(a, i * a->d->size, (i + 1) * a->d->size)) return nullptr;
    return v.release();
}

// The index of the first item equal to v in [start, stop), -1 if none, -2 on error.
ssize findItem(ArrayObject* a, Object* v, ssize start, ssize stop) {
    for (ssize i = start; i < stop && i < arrLen(a); i++) {
        Ref<> item = Ref<>::steal(getItemAt(a, i));
        if (!item) return -2;
        int r = richCompareBool(item.get(), v, CompareOp::Eq);
        if (r < 0) return -2;
        if (r) return i;
    }
    return -1;
}

Object* mRemove(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("remove", kwnames) || !checkOneArg("remove", nargs)) return nullptr;
    ArrayObject* a = asArray(self);
    ssize i = findItem(a, args[0], 0, arrLen(a));
    if (i == -2) return nullptr;
    if (i < 0) return setError(&ExcValueError, "array.remove(x): x not in array");
    if (!eraseBytes(a, i * a->d->size, (i + 1) * a->d->size)) return nullptr;
    return newNone();
}

// A slice bound argument of index() (clipped like CPython's _PyEval_SliceIndexNotNone).
bool boundArg(Object* o, ssize n, ssize& out) {
    if (!isIndex(o)) {
        setError(&ExcTypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    Ref<> iv = Ref<>::steal(numberIndex(o));
    if (!iv) return false;
    int64_t v;
    if (!intAsInt64(iv.get(), &v)) {
        clearError();
        v = intSign(iv.get()) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    if (v < 0) {
        v += n;
        if (v < 0) v = 0;
    }
    out = v > n ? n : static_cast<ssize>(v);
    return true;
}

Object* mIndex(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("index", kwnames) || !checkArgCount("index", nargs, 1, 3)) return nullptr;
    ArrayObject* a = asArray(self);
    ssize n = arrLen(a);
    ssize start = 0, stop = n;
    if (nargs > 1 && !boundArg(args[1], n, start)) return nullptr;
    if (nargs > 2 && !boundArg(args[2], n, stop)) return nullptr;
    ssize i = findItem(a, args[0], start, stop);
    if (i == -2) return nullptr;
    if (i < 0) return setError(&ExcValueError, "array.index(x): x not in array");
    return intFromSsize(i);
}

Object* mCount(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("count", kwnames) || !checkOneArg("count", nargs)) return nullptr;
    ArrayObject* a = asArray(self);
    ssize count = 0;
    for (ssize i = 0; i < arrLen(a); i++) {
        Ref<> item = Ref<>::steal(getItemAt(a, i));
        if (!item) return nullptr;
        int r = richCompareBool(item.get(), args[0], CompareOp::Eq);
        if (r < 0) return nullptr;
        count += r;
    }
    return intFromSsize(count);
}

Object* mReverse(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!noKw("reverse", kwnames) || !checkNoArgs("reverse", nargs)) return nullptr;
    ArrayObject* a = asArray(self);
    ssize n = arrLen(a);
    int size = a->d->size;
    char tmp[8];
    for (ssize i = 0, j = n - 1; i < j; i++, j--) {
        std::memcpy(tmp, arrData(a) + i * size, static_cast<size_t>(size));
        std::memcpy(arrData(a) + i * size, arrData(a) + j * size, static_cast<size_t>(size));
        std::memcpy(arrData(a) + j * size, tmp, static_cast<size_t>(size));
    }
    return newNone();
}

Object* mByteswap(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!noKw("byteswap", kwnames) || !checkNoArgs("byteswap", nargs)) return nullptr;
    ArrayObject* a = asArray(self);
    int size = a->d->size;
    for (ssize i = 0; i < arrLen(a); i++) {
        char* p = arrData(a) + i * size;
        for (int k = 0; k < size / 2; k++) std::swap(p[k], p[size - 1 - k]);
    }
    return newNone();
}

Object* mBufferInfo(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!noKw("buffer_info", kwnames) || !checkNoArgs("buffer_info", nargs)) return nullptr;
    ArrayObject* a = asArray(self);
    Ref<> addr = Ref<>::steal(intFromUint64(reinterpret_cast<uintptr_t>(arrData(a))));
    Ref<> len = Ref<>::steal(intFromSsize(arrLen(a)));
    if (!addr || !len) return nullptr;
    return tuplePack({addr.get(), len.get()});
}

Object* mTobytes(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!noKw("tobytes", kwnames) || !checkNoArgs("tobytes", nargs)) return nullptr;
    return bytesFromStd(bytesOf(asArray(self)));
}

Object* mFrombytes(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("frombytes", kwnames) || !checkOneArg("frombytes", nargs)) return nullptr;
    std::string_view v;
    if (!getBytesView(args[0], &v)) return nullptr;
    if (!frombytesView(asArray(self), v)) return nullptr;
    return newNone();
}

Object* mTolist(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!noKw("tolist", kwnames) || !checkNoArgs("tolist", nargs)) return nullptr;
    ArrayObject* a = asArray(self);
    Ref<> l = Ref<>::steal(listNew(0));
    if (!l) return nullptr;
    for (ssize i = 0; i < arrLen(a); i++) {
        Ref<> item = Ref<>::steal(getItemAt(a, i));
        if (!item || listAppend(l.get(), item.get()) < 0) return nullptr;
    }
    return l.release();
}

Object* mFromlist(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("fromlist", kwnames) || !checkOneArg("fromlist", nargs)) return nullptr;
    if (!isList(args[0])) return setError(&ExcTypeError, "arg must be list");
    ArrayObject* a = asArray(self);
    Ref<> lst = Ref<>::borrow(args[0]);
    std::string data;
    int size = a->d->size;
    for (ssize i = 0; i < listSize(lst.get()); i++) {
        char tmp[8];
        if (!storeItem(a->d, listItem(lst.get(), i), tmp)) return nullptr;
        data.append(tmp, static_cast<size_t>(size));
    }
    if (!insertBytes(a, arrBytes(a), data)) return nullptr;
    return newNone();
}

Object* mTounicode(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!noKw("tounicode", kwnames) || !checkNoArgs("tounicode", nargs)) return nullptr;
    ArrayObject* a = asArray(self);
    if (a->d->code != 'u')
        return setError(&ExcValueError, "tounicode() may only be called on unicode type arrays");
    StrBuilder b;
    for (ssize i = 0; i < arrLen(a); i++) {
        uint32_t c;
        std::memcpy(&c, arrData(a) + i * 4, 4);
        if (c > 0x10FFFF) {
            return setError(&ExcValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                            c);
        }
        b.push(c);
    }
    return b.finish();
}

Object* mFromunicode(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("fromunicode", kwnames) || !checkOneArg("fromunicode", nargs)) return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "fromunicode() argument must be str, not %s",
                        typeOf(args[0])->name);
    }
    ArrayObject* a = asArray(self);
    if (a->d->code != 'u') {
        return setError(&ExcValueError,
                        "fromunicode() may only be called on unicode type arrays");
    }
    if (!fromunicodeStr(a, args[0])) return nullptr;
    return newNone();
}

Object* mFromfile(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("fromfile", kwnames) || !checkArgCount("fromfile", nargs, 2, 2)) return nullptr;
    ArrayObject* a = asArray(self);
    if (!isIndex(args[1])) {
        return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                        typeOf(args[1])->name);
    }
    ssize n = asSsize(args[1], &ExcOverflowError);
    if (n == -1 && errOccurred()) return nullptr;
    if (n < 0) return setError(&ExcValueError, "negative count");
    int size = a->d->size;
    if (n > PTRDIFF_MAX / size) return setErrorNoMemory();
    ssize nbytes = n * size;
    Ref<> count = Ref<>::steal(intFromSsize(nbytes));
    if (!count) return nullptr;
    Object* callArgs[1] = {count.get()};
    Ref<> b = Ref<>::steal(callMethod(args[0], "read", callArgs, 1));
    if (!b) return nullptr;
    if (!isBytes(b.get())) return setError(&ExcTypeError, "read() didn't return bytes");
    ssize got = bytesSize(b.get());
    ssize whole = got / size * size;
    if (!insertBytes(a, arrBytes(a), bytesView(b.get()).substr(0, static_cast<size_t>(whole))))
        return nullptr;
    if (got != nbytes) return setError(&ExcEOFError, "read() didn't return enough bytes");
    return newNone();
}

Object* mTofile(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("tofile", kwnames) || !checkOneArg("tofile", nargs)) return nullptr;
    ArrayObject* a = asArray(self);
    const ssize kBlock = 64 * 1024;
    ssize total = arrBytes(a);
    ssize blocks = (total + kBlock - 1) / kBlock;
    for (ssize k = 0; k < blocks; k++) {
        ssize from = k * kBlock;
        ssize len = std::min(kBlock, total - from);
        Ref<> chunk = Ref<>::steal(
            bytesFromStd(std::string_view(arrData(a) + from, static_cast<size_t>(len))));
        if (!chunk) return nullptr;
        Object* callArgs[1] = {chunk.get()};
        Ref<> r = Ref<>::steal(callMethod(args[0], "write", callArgs, 1));
        if (!r) return nullptr;
    }
    return newNone();
}

Object* mCopy(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!noKw("__copy__", kwnames) || !checkNoArgs("__copy__", nargs)) return nullptr;
    return newArrayFromBytes(asArray(self)->d, bytesOf(asArray(self)));
}

Object* mDeepcopy(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!noKw("__deepcopy__", kwnames) || !checkOneArg("__deepcopy__", nargs)) return nullptr;
    return newArrayFromBytes(asArray(self)->d, bytesOf(asArray(self)));
}

Object* mSizeof(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!noKw("__sizeof__", kwnames) || !checkNoArgs("__sizeof__", nargs)) return nullptr;
    return intFromSsize(64 + asByteArray(asArray(self)->buf)->allocated);
}

Object* mReduceEx(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("__reduce_ex__", kwnames) || !checkOneArg("__reduce_ex__", nargs)) return nullptr;
    ArrayObject* a = asArray(self);
    if (!isIndex(args[0])) {
        return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                        typeOf(args[0])->name);
    }
    ssize protocol = asSsize(args[0], &ExcOverflowError);
    if (protocol == -1 && errOccurred()) return nullptr;
    Ref<> dict = Ref<>::steal(lookupAttr(self, strIntern("__dict__")));
    if (!dict) {
        if (errOccurred()) return nullptr;
        dict = Ref<>::borrow(&NoneObject);
    }
    Ref<> tc = Ref<>::steal(strFromCodePoint(static_cast<unsigned char>(a->d->code)));
    if (!tc) return nullptr;
    Object* cls = asObject(typeOf(self));
    int mformat = machineFormat(a->d);
    if (protocol < 3 || mformat == kUnknownFormat) {
        Ref<> list = Ref<>::steal(mTolist(self, nullptr, 0, nullptr));
        if (!list) return nullptr;
        Ref<> args2 = Ref<>::steal(tuplePack({tc.get(), list.get()}));
        if (!args2) return nullptr;
        return tuplePack({cls, args2.get(), dict.get()});
    }
    Ref<> mod = Ref<>::steal(importModule("array"));
    if (!mod) return nullptr;
    Ref<> recon = Ref<>::steal(getAttr(mod.get(), "_array_reconstructor"));
    if (!recon) return nullptr;
    Ref<> mf = Ref<>::steal(intFromInt64(mformat));
    Ref<> data = Ref<>::steal(bytesFromStd(bytesOf(a)));
    if (!mf || !data) return nullptr;
    Ref<> args2 = Ref<>::steal(tuplePack({cls, tc.get(), mf.get(), data.get()}));
    if (!args2) return nullptr;
    return tuplePack({recon.get(), args2.get(), dict.get()});
}

Object* getTypecode(Object* self, void*) {
    return strFromCodePoint(static_cast<unsigned char>(asArray(self)->d->code));
}

Object* getItemsize(Object* self, void*) { return intFromInt64(asArray(self)->d->size); }

const MethodDef kArrayMethods[] = {
    {"append", mAppend, 0, "Append new value v to the end of the array."},
    {"buffer_info", mBufferInfo, 0,
     "Return a tuple (address, length) giving the current memory address and the length in "
     "items of the buffer used to hold array's contents.\n\nThe length should be multiplied by "
     "the itemsize attribute to calculate the buffer length in bytes."},
    {"byteswap", mByteswap, 0,
     "Byteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes "
     "in size, RuntimeError is raised."},
    {"count", mCount, 0, "Return number of occurrences of v in the array."},
    {"extend", mExtend, 0, "Append items to the end of the array."},
    {"frombytes", mFrombytes, 0,
     "Appends items from the string, interpreting it as an array of machine values, as if it "
     "had been read from a file using the fromfile() method."},
    {"fromfile", mFromfile, 0,
     "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", mFromlist, 0, "Append items to array from list."},
    {"fromunicode", mFromunicode, 0,
     "Extends this array with data from the unicode string ustr.\n\nThe array must be a unicode "
     "type array; otherwise a ValueError is raised.  Use\narray.frombytes(ustr.encode(...)) to "
     "append Unicode data to an array of\nsome other type."},
    {"index", mIndex, 0,
     "Return index of first occurrence of v in the array.\n\nRaise ValueError if the value is "
     "not present."},
    {"insert", mInsert, 0, "Insert a new item v into the array before position i."},
    {"pop", mPop, 0,
     "Return the i-th element and delete it from the array.\n\ni defaults to -1."},
    {"remove", mRemove, 0, "Remove the first occurrence of v in the array."},
    {"reverse", mReverse, 0, "Reverse the order of the items in the array."},
    {"tobytes", mTobytes, 0,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tofile", mTofile, 0, "Write all items (as machine values) to the file object f."},
    {"tolist", mTolist, 0, "Convert array to an ordinary list with the same items."},
    {"tounicode", mTounicode, 0,
     "Extends this array with data from the unicode string ustr.\n\nConvert the array to a "
     "unicode string.  The array must be a unicode type array;\notherwise a ValueError is "
     "raised.  Use array.tobytes().decode() to obtain a\nunicode string from an array of some "
     "other type."},
    {"__copy__", mCopy, 0, "Return a copy of the array."},
    {"__deepcopy__", mDeepcopy, 0, "Return a copy of the array."},
    {"__reduce_ex__", mReduceEx, 0, "Return state information for pickling."},
    {"__sizeof__", mSizeof, 0, "Size of the array in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kArrayGetSets[] = {
    {"typecode", getTypecode, nullptr, "the typecode character used to create the array",
     nullptr},
    {"itemsize", getItemsize, nullptr, "the size, in bytes, of one array item", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- The iterator ----

void arrayIterDealloc(Object* o) {
    xdecref(reinterpret_cast<ArrayIterObject*>(o)->array);
    freeObject(o);
}

void arrayIterTraverse(Object* o, VisitFn visit, void* arg) {
    auto* ai = reinterpret_cast<ArrayIterObject*>(o);
    if (ai->array) visit(ai->array, arg);
}

Object* arrayIterNext(Object* o) {
    auto* ai = reinterpret_cast<ArrayIterObject*>(o);
    if (!ai->array) return nullptr;
    ArrayObject* a = asArray(ai->array);
    if (ai->index < arrLen(a)) return getItemAt(a, ai->index++);
    Object* arr = ai->array;
    ai->array = nullptr;
    decref(arr);
    return nullptr;
}

Object* arrayIterReduce(Object* self, Args, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    auto* ai = reinterpret_cast<ArrayIterObject*>(self);
    Object* iterFn = builtinFunc("iter");
    if (!iterFn) return nullptr;
    if (!ai->array) {
        Ref<> empty = Ref<>::steal(tuplePack({}));
        Ref<> args = empty ? Ref<>::steal(tuplePack({empty.get()})) : Ref<>();
        if (!args) return nullptr;
        return tuplePack({iterFn, args.get()});
    }
    Ref<> args = Ref<>::steal(tuplePack({ai->array}));
    Ref<> idx = Ref<>::steal(intFromSsize(ai->index));
    if (!args || !idx) return nullptr;
    return tuplePack({iterFn, args.get(), idx.get()});
}

Object* arrayIterSetState(Object* self, Args args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    auto* ai = reinterpret_cast<ArrayIterObject*>(self);
    ssize index;
    if (!setStateIndex(args[0], &index)) return nullptr;
    if (index < 0) index = 0;
    if (ai->array && index > arrLen(asArray(ai->array))) index = arrLen(asArray(ai->array));
    ai->index = index;
    return newNone();
}

const MethodDef kArrayIterMethods[] = {
    {"__reduce__", arrayIterReduce, 0, "Return state information for pickling."},
    {"__setstate__", arrayIterSetState, 0, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- Module functions ----

// The values of `items` in machine format `mformat`, as a list (ints, floats) or a str.
Object* decodeMachineFormat(int mformat, std::string_view items, char& typecode) {
    if (mformat >= kUtf16Le) {
        // CPython's descriptor sizes for these are 4 and 8.
        if (items.size() % (mformat <= kUtf16Be ? 4 : 8))
            return setError(&ExcValueError, "string length not a multiple of item size");
        const char* codec = mformat == kUtf16Le ? "utf-16-le" : mformat == kUtf16Be ? "utf-16-be"
                            : mformat == kUtf32Le ? "utf-32-le" : "utf-32-be";
        typecode = 'u';
        return codecsDecode(items, codec, "strict");
    }
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    if (mformat >= kFloatLe) {
        bool isFloat32 = mformat <= kFloatBe;
        bool le = mformat == kFloatLe || mformat == kDoubleLe;
        size_t size = isFloat32 ? 4 : 8;
        if (items.size() % size) return setError(&ExcValueError, "string length not a multiple of item size");
        for (size_t i = 0; i < items.size(); i += size) {
            unsigned char b[8];
            for (size_t k = 0; k < size; k++) {
                size_t src = le == littleEndian() ? k : size - 1 - k;
                b[k] = static_cast<unsigned char>(items[i + src]);
            }
            double v;
            if (isFloat32) {
                float f;
                std::memcpy(&f, b, 4);
                v = f;
            } else {
                std::memcpy(&v, b, 8);
            }
            Ref<> item = Ref<>::steal(floatFromDouble(v));
            if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
        }
        typecode = isFloat32 ? 'f' : 'd';
        return list.release();
    }
    static const struct { int size; bool isSigned; bool le; } kInts[] = {
        {1, false, true}, {1, true, true}, {2, false, true}, {2, false, false}, {2, true, true},
        {2, true, false}, {4, false, true}, {4, false, false}, {4, true, true}, {4, true, false},
        {8, false, true}, {8, false, false}, {8, true, true}, {8, true, false},
    };
    auto f = kInts[mformat];
    if (items.size() % static_cast<size_t>(f.size))
        return setError(&ExcValueError, "string length not a multiple of item size");
    // The largest-matching typecode of the same size and signedness (as CPython's search).
    typecode = 0;
    for (const Descr& d : kDescrs)
        if (d.isInt && d.size == f.size && d.isSigned == f.isSigned) typecode = d.code;
    for (size_t i = 0; i < items.size(); i += static_cast<size_t>(f.size)) {
        BigInt v = BigInt::fromBytes(items.substr(i, static_cast<size_t>(f.size)), f.le,
                                     f.isSigned);
        Ref<> item = Ref<>::steal(intFromBigInt(v));
        if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
    }
    return list.release();
}

Object* arrayReconstructor(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!noKw("_array_reconstructor", kwnames) ||
        !checkArgCount("_array_reconstructor", nargs, 4, 4)) {
        return nullptr;
    }
    Object* t = args[0];
    if (!isType(t)) {
        return setError(&ExcTypeError, "first argument must be a type object, not %s",
                        typeOf(t)->name);
    }
    if (!isSubtype(asType(t), &ArrayType))
        return setError(&ExcTypeError, "%s is not a subtype of array.array", asType(t)->name);
    if (!isStr(args[1]) || strLength(args[1]) != 1) {
        return setError(&ExcTypeError,
                        "_array_reconstructor() argument 2 must be a unicode character, not %s",
                        typeOf(args[1])->name);
    }
    const Descr* d = findDescr(strCharAt(args[1], 0));
    if (!d) return setError(&ExcValueError, "second argument must be a valid type code");
    if (!isInt(args[2])) {
        return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                        typeOf(args[2])->name);
    }
    ssize mf = intAsSsize(args[2]);
    if (mf == -1 && errOccurred()) return nullptr;
    if (mf < kUint8 || mf > kUtf32Be)
        return setError(&ExcValueError, "third argument must be a valid machine format code.");
    if (!isBytes(args[3])) {
        return setError(&ExcTypeError, "fourth argument should be bytes, not %s",
                        typeOf(args[3])->name);
    }
    Ref<> argsTuple;
    if (mf == machineFormat(d)) {
        Ref<> r = Ref<>::steal(newArray(asType(t), d));
        if (!r) return nullptr;
        if (!frombytesView(asArray(r.get()), bytesView(args[3]))) return nullptr;
        return r.release();
    }
    char typecode = d->code;
    Ref<> items = Ref<>::steal(decodeMachineFormat(static_cast<int>(mf), bytesView(args[3]),
                                                   typecode));
    if (!items) return nullptr;
    if (mf < kFloatLe) typecode = typecode ? typecode : d->code;
    else if (mf >= kUtf16Le) typecode = 'u';
    else typecode = d->code;
    Ref<> tc = Ref<>::steal(strFromCodePoint(static_cast<unsigned char>(typecode)));
    if (!tc) return nullptr;
    argsTuple = Ref<>::steal(tuplePack({tc.get(), items.get()}));
    if (!argsTuple) return nullptr;
    return arrayNew(asType(t), argsTuple.get(), nullptr);
}

const MethodDef kArrayModuleMethods[] = {
    {"_array_reconstructor", arrayReconstructor, 0, "Internal. Used for pickling support."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* arrayBufferStorage(Object* o) {
    if (isType(o) || !isArray(o)) return nullptr;
    return newRef(asArray(o)->buf);
}

Type ArrayType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "array.array",
    .basicSize = sizeof(ArrayObject),
    .flags = kTypeBaseType | kTypeSequence | kTypeSeqRepeat,
    .doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are "
           "restricted by typecode, and\ninitialized from the optional initializer value, "
           "which must be a list,\nstring or iterable over elements of the appropriate type.\n\n"
           "Arrays represent basic values and behave very much like lists, except\nthe type of "
           "objects stored in them is constrained. The type is specified\nat object creation "
           "time by using a type code, which is a single character.",
    .weaklistOffset = offsetof(ArrayObject, weaklist),
    .methods = kArrayMethods,
    .getsets = kArrayGetSets,
    .dealloc = arrayDealloc,
    .repr = arrayRepr,
    .hash = hashNotImplemented,
    .richCompare = arrayRichCompare,
    .getAttr = genericGetAttr,
    .new_ = arrayNew,
    .iter = arrayIter,
    .length = arrayLength,
    .getItem = arrayGetItem,
    .setItem = arraySetItem,
    .contains = arrayContains,
    .number = {.add = arrayConcat, .multiply = arrayRepeat, .inplaceAdd = arrayInplaceConcat,
               .inplaceMultiply = arrayInplaceRepeat},
};

Type ArrayIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "array.arrayiterator",
    .basicSize = sizeof(ArrayIterObject),
    .flags = kTypeHaveGC,
    .methods = kArrayIterMethods,
    .dealloc = arrayIterDealloc,
    .traverse = arrayIterTraverse,
    .getAttr = genericGetAttr,
    .iter = selfIterSlot,
    .iterNext = arrayIterNext,
};

Object* createArrayModule(InterpState*) {
    if (!typeReady(&ArrayType) || !typeReady(&ArrayIterType)) return nullptr;
    Ref<> m = Ref<>::steal(moduleNew("array"));
    if (!m || !moduleAddFunctions(m.get(), kArrayModuleMethods)) return nullptr;
    if (!moduleAddObject(m.get(), "array", newRef(asObject(&ArrayType)))) return nullptr;
    if (!moduleAddObject(m.get(), "ArrayType", newRef(asObject(&ArrayType)))) return nullptr;
    if (!moduleAddString(m.get(), "typecodes", kTypecodes)) return nullptr;
    // As CPython: arrays are registered as collections.abc.MutableSequence.
    Ref<> abc = Ref<>::steal(importModule("collections.abc"));
    if (!abc) return nullptr;
    Ref<> seq = Ref<>::steal(getAttr(abc.get(), "MutableSequence"));
    if (!seq) return nullptr;
    Object* regArgs[1] = {asObject(&ArrayType)};
    Ref<> r = Ref<>::steal(callMethod(seq.get(), "register", regArgs, 1));
    if (!r) return nullptr;
    return m.release();
}

}  // namespace krait
