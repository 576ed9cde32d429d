// The _struct module: Struct, pack/unpack/pack_into/unpack_from/iter_unpack/calcsize and the
// format cache, with every format character, byte order, size, alignment and error message of
// CPython 3.11's _struct.
//
// A format compiles into StructCodes (one per format character and repeat count, as CPython).
// Byte order is handled with explicit shifts, so results do not depend on the host's order;
// '@' and '=' use the host's order (detected at run time), '@' also the host's native sizes
// and alignment (long, size_t and pointers are 4 bytes on wasm32).
//
// Error messages follow CPython 3.11 on a 64-bit little-endian host (the oracle): there the
// standard little-endian table borrows the native packers wherever the sizes agree with the
// 64-bit native ones (all but l/L, ?, f and d), so '<h' out of range says "short format
// requires ..." while '>h' says "'h' format requires ...". kStyle* below records which packer
// family each code uses.
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "core/types.h"
#include "interp/import.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type StructType;
extern Type UnpackIteratorType;

namespace {

using Args = Object* const*;

constexpr ssize kMaxCache = 100;

long long ll(long long v) { return v; }
unsigned long long ull(unsigned long long v) { return v; }

// An offset argument as a 64-bit value on every host (so messages match CPython's 64-bit
// ones on wasm32 too); beyond 64 bits, overflowType(msg).
bool offsetArg(Object* o, Type* overflowType, const char* msg, int64_t* out) {
    if (!isIndex(o)) {
        setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                 typeName(o->type));
        return false;
    }
    Ref<> idx = Ref<>::steal(numberIndex(o));
    if (!idx) return false;
    if (!intAsInt64(idx.get(), out)) {
        if (!errMatches(&ExcOverflowError)) return false;
        clearError();
        setError(overflowType, "%s", msg);
        return false;
    }
    return true;
}

// memcpy that accepts the null data pointer of an empty buffer (n == 0).
inline void copyBytes(void* dst, const void* src, size_t n) {
    if (n) std::memcpy(dst, src, n);
}

bool hostLittle() {
    const uint16_t probe = 1;
    unsigned char first;
    std::memcpy(&first, &probe, 1);
    return first == 1;
}

// ---- Module state: the struct.error class and the format -> Struct cache ----
struct StructState {
    Object* error;
    Object* cache;   // dict
};

void freeStructState(void* p) {
    StructState* s = static_cast<StructState*>(p);
    xdecref(s->error);
    xdecref(s->cache);
    delete s;
}

StructState* stateOf(Object* module) { return static_cast<StructState*>(asModule(module)->state); }

// Raises struct.error(msg) (the class of the imported _struct module; Exception if that
// cannot be found). Returns null.
Object* structError(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
Object* structError(const char* fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    Ref<> m = Ref<>::steal(importModule("_struct"));
    if (!m) return nullptr;
    Type* cls = &ExcException;
    if (isModule(m.get()) && asModule(m.get())->state) {
        cls = asType(stateOf(m.get())->error);
    }
    Ref<> msg = Ref<>::steal(strFromUtf8(buf));
    if (!msg) return nullptr;
    return setErrorObject(cls, msg.get());
}

// ---- Formats ----
enum class Mode : uint8_t { Native, Little, Big };   // '@'; '<' (and '=' on LE); '>' '!'
constexpr uint8_t kStyleNative = 0, kStyleStd = 1;

struct StructCode {
    char fmt;
    uint8_t style;    // which CPython packer family (messages), see the file comment
    ssize offset;
    ssize size;       // item size; the whole field for 's' and 'p'
    ssize repeat;     // items of this code ('s'/'p': 1)
};

struct StructObject {
    Object ob;
    Object* format;       // str, or None before __init__
    Object* weaklist;
    StructCode* codes;    // new[]'d, ncodes entries
    ssize ncodes;
    ssize size;           // bytes
    ssize len;            // values packed/unpacked
    Mode mode;
    bool little;          // byte order of the multi-byte fields
};

StructObject* asStruct(Object* o) { return reinterpret_cast<StructObject*>(o); }

// Size and alignment of a native format character; 0 if it is not one.
void nativeSizeAlign(char c, ssize* size, ssize* align) {
    ssize s = 0;
    switch (c) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': s = 1; break;
        case 'h': case 'H': case 'e': s = 2; break;
        case 'i': case 'I': case 'f': s = 4; break;
        case 'l': case 'L': s = sizeof(long); break;
        case 'q': case 'Q': case 'd': s = 8; break;
        case 'n': case 'N': s = sizeof(size_t); break;
        case 'P': s = sizeof(void*); break;
        default: break;
    }
    *size = s;
    *align = s;
}

ssize standardSize(char c) {
    switch (c) {
        case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
        case 'h': case 'H': case 'e': return 2;
        case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
        case 'q': case 'Q': case 'd': return 8;
        default: return 0;
    }
}

// Packer family of a standard-size code (see the file comment).
uint8_t standardStyle(char c, Mode mode) {
    if (c == 'b' || c == 'B') return kStyleNative;
    if (mode == Mode::Little && c != 'l' && c != 'L') return kStyleNative;
    return kStyleStd;
}

// Parses fmt into s (codes, size, len, mode). Raises struct.error and returns false on a bad
// format.
bool compileFormat(StructObject* s, std::string_view fmt) {
    if (fmt.find('\0') != std::string_view::npos) {
        structError("embedded null character");
        return false;
    }
    size_t i = 0;
    Mode mode = Mode::Native;
    bool little = hostLittle();
    if (!fmt.empty()) {
        switch (fmt[0]) {
            case '<': mode = Mode::Little; little = true; i = 1; break;
            case '>': case '!': mode = Mode::Big; little = false; i = 1; break;
            case '=': mode = little ? Mode::Little : Mode::Big; i = 1; break;
            case '@': i = 1; break;
            default: break;
        }
    }
    const ssize kMax = PTRDIFF_MAX;
    std::vector<StructCode> codes;
    ssize size = 0, len = 0;
    while (i < fmt.size()) {
        char c = fmt[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        ssize num = 1;
        if (c >= '0' && c <= '9') {
            num = 0;
            while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
                int d = fmt[i] - '0';
                if (num > (kMax - d) / 10) {
                    structError("total struct size too long");
                    return false;
                }
                num = num * 10 + d;
                i++;
            }
            if (i >= fmt.size()) {
                structError("repeat count given without format specifier");
                return false;
            }
            c = fmt[i];
        }
        i++;
        ssize itemSize, align = 0;
        if (mode == Mode::Native) {
            nativeSizeAlign(c, &itemSize, &align);
        } else {
            itemSize = standardSize(c);
        }
        if (itemSize == 0) {
            structError("bad char in struct format");
            return false;
        }
        if (mode == Mode::Native && align > 1 && size > 0) {
            ssize extra = (align - size % align) % align;
            if (extra > kMax - size) {
                structError("total struct size too long");
                return false;
            }
            size += extra;
        }
        if (num > 0 && itemSize > (kMax - size) / num) {
            structError("total struct size too long");
            return false;
        }
        StructCode code{c, mode == Mode::Native ? kStyleNative : standardStyle(c, mode), size,
                        itemSize, num};
        if (c == 's' || c == 'p') {
            code.size = num;
            code.repeat = 1;
            codes.push_back(code);
            len++;
        } else if (c != 'x' && num > 0) {
            codes.push_back(code);
            len += num;
        }
        size += num * itemSize;
    }
    StructCode* arr = new StructCode[codes.size() ? codes.size() : 1];
    std::copy(codes.begin(), codes.end(), arr);
    delete[] s->codes;
    s->codes = arr;
    s->ncodes = static_cast<ssize>(codes.size());
    s->size = size;
    s->len = len;
    s->mode = mode;
    s->little = little;
    return true;
}

// ---- IEEE 754 binary16 (PyFloat_Pack2/Unpack2: round half to even) ----
uint16_t doubleToHalf(double x, bool* overflow) {
    *overflow = false;
    uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) return sign | 0x7e00;
    double a = std::fabs(x);
    if (std::isinf(a)) return sign | 0x7c00;
    if (a == 0) return sign;
    int e;
    double f = std::frexp(a, &e);   // a = f * 2^e, 0.5 <= f < 1
    int exp = e - 1;
    uint32_t bits;
    if (exp < -14) {
        // Subnormal: a / 2^-24, rounded half to even (may round up into the normal range).
        bits = static_cast<uint32_t>(std::nearbyint(std::ldexp(a, 24)));
    } else {
        uint32_t mant = static_cast<uint32_t>(std::nearbyint(std::ldexp(f * 2 - 1, 10)));
        if (mant == 1024) {
            mant = 0;
            exp += 1;
        }
        if (exp > 15) {
            *overflow = true;
            return 0;
        }
        bits = (static_cast<uint32_t>(exp + 15) << 10) | mant;
    }
    return static_cast<uint16_t>(sign | bits);
}

double halfToDouble(uint16_t h) {
    int exp = (h >> 10) & 0x1f;
    int mant = h & 0x3ff;
    double v;
    if (exp == 0) {
        v = std::ldexp(static_cast<double>(mant), -24);
    } else if (exp == 31) {
        v = mant ? NAN : INFINITY;
    } else {
        v = std::ldexp(static_cast<double>(mant + 1024), exp - 25);
    }
    return (h & 0x8000) ? -v : v;
}

void storeUint(char* p, uint64_t v, ssize size, bool little) {
    for (ssize k = 0; k < size; k++) {
        unsigned char b = static_cast<unsigned char>(v >> (8 * k));
        p[little ? k : size - 1 - k] = static_cast<char>(b);
    }
}

uint64_t loadUint(const char* p, ssize size, bool little) {
    uint64_t v = 0;
    for (ssize k = 0; k < size; k++) {
        unsigned char b = static_cast<unsigned char>(p[little ? k : size - 1 - k]);
        v |= uint64_t(b) << (8 * k);
    }
    return v;
}

// ---- Packing one value ----
// get_pylong: an int, or __index__'s result; struct.error otherwise.
Object* packInt(Object* v) {
    if (isInt(v)) return newRef(v);
    if (isIndex(v)) return numberIndex(v);
    return structError("required argument is not an integer");
}

// The value as an int128-ish pair: fits tells whether it is within [lo, hi] given as
// signed (int64) or unsigned (uint64) C ranges. Returns false with an error set.
// *kind: 0 fits int64, 1 fits only uint64 (> INT64_MAX), 2 beyond both.
bool intValue(Object* n, int64_t* sv, uint64_t* uv, int* kind) {
    if (intAsInt64(n, sv)) {
        *kind = 0;
        *uv = static_cast<uint64_t>(*sv);
        return true;
    }
    if (!errMatches(&ExcOverflowError)) return false;
    clearError();
    if (intSign(n) > 0) {
        Ref<> limit = Ref<>::steal(intFromUint64(~uint64_t(0)));
        if (!limit) return false;
        int le = richCompareBool(n, limit.get(), CompareOp::Le);
        if (le < 0) return false;
        if (le) {
            Ref<> half = Ref<>::steal(intFromUint64(uint64_t(1) << 63));
            if (!half) return false;
            Ref<> low = Ref<>::steal(binaryOp(n, half.get(), BinOp::Subtract));
            int64_t lv;
            if (!low || !intAsInt64(low.get(), &lv)) return false;
            *uv = (uint64_t(1) << 63) + static_cast<uint64_t>(lv);
            *kind = 1;
            return true;
        }
    }
    *kind = 2;
    return true;
}

// A float argument (PyFloat_AsDouble: __float__ or __index__); struct.error otherwise.
bool packDouble(Object* v, double* out) {
    if (isFloat(v)) {
        *out = floatValue(v);
        return true;
    }
    if (v->type->number.float_ || isIndex(v)) {
        Ref<> f = Ref<>::steal(numberFloat(v));
        if (f) {
            *out = floatValue(f.get());
            return true;
        }
        clearError();
    }
    structError("required argument is not a float");
    return false;
}

const char* nativeIntName(char c) {
    switch (c) {
        case 'b': return "byte";
        case 'B': return "ubyte";
        case 'h': return "short";
        default: return "ushort";
    }
}

// Packs integer code c (size bytes) at p. Messages per style, see the file comment.
bool packInteger(const StructCode& code, Object* arg, char* p, bool little) {
    char c = code.fmt;
    ssize size = code.size;
    Ref<> n = Ref<>::steal(packInt(arg));
    if (!n) return false;
    int64_t sv;
    uint64_t uv;
    int kind;
    if (!intValue(n.get(), &sv, &uv, &kind)) return false;
    bool neg = intSign(n.get()) < 0;
    // Big-endian (and native-size on odd hosts) 8-byte q/Q go through a byte conversion
    // (_PyLong_AsByteArray): any overflow is "int too large to convert".
    if (code.style == kStyleStd && (c == 'q' || c == 'Q')) {
        bool ok = c == 'q' ? kind == 0 : (kind != 2 && !neg);
        if (!ok) {
            structError("int too large to convert");
            return false;
        }
        storeUint(p, uv, size, little);
        return true;
    }
    if (c == 'P') {
        // PyLong_AsVoidPtr: signed conversion for negatives, unsigned otherwise.
        bool ok = kind != 2;
        if (ok && size < 8) {
            ok =
                neg ? sv >= -(int64_t(1) << (8 * size - 1)) : uv <= (uint64_t(1) << (8 * size)) - 1;
        }
        if (!ok) {
            structError("int too large to convert");
            return false;
        }
        storeUint(p, uv, size, little);
        return true;
    }
    bool isSigned = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    if (code.style == kStyleStd) {
        if (isSigned) {
            // get_long, then the size's range.
            if (kind != 0) {
                structError("argument out of range");
                return false;
            }
            if (size < 8) {
                int64_t largest = (int64_t(1) << (8 * size - 1)) - 1;
                if (sv < -largest - 1 || sv > largest) {
                    structError("'%c' format requires %lld <= number <= %lld", c,
                                static_cast<long long>(-largest - 1),
                                static_cast<long long>(largest));
                    return false;
                }
            }
        } else {
            if (neg || kind == 2) {
                structError("argument out of range");
                return false;
            }
            if (size < 8 && uv > (uint64_t(1) << (8 * size)) - 1) {
                structError("'%c' format requires 0 <= number <= %llu", c,
                            static_cast<unsigned long long>((uint64_t(1) << (8 * size)) - 1));
                return false;
            }
        }
        storeUint(p, uv, size, little);
        return true;
    }
    // Native packers (np_*).
    switch (c) {
        case 'b': case 'B': case 'h': case 'H': {
            // get_long (a C long: 64-bit on the oracle), then the C type's range.
            if (kind != 0) {
                structError("argument out of range");
                return false;
            }
            int64_t lo = c == 'b' ? -128 : c == 'h' ? -32768 : 0;
            int64_t hi = c == 'b' ? 127 : c == 'B' ? 255 : c == 'h' ? 32767 : 65535;
            if (sv < lo || sv > hi) {
                structError("%s format requires %lld <= number <= %lld", nativeIntName(c),
                            static_cast<long long>(lo), static_cast<long long>(hi));
                return false;
            }
            break;
        }
        case 'i':
            if (kind != 0) {
                structError("argument out of range");
                return false;
            }
            if (sv < INT32_MIN || sv > INT32_MAX) {
                structError("'i' format requires -2147483648 <= number <= 2147483647");
                return false;
            }
            break;
        case 'I':
            if (neg || kind == 2) {
                structError("argument out of range");
                return false;
            }
            if (uv > UINT32_MAX) {
                structError("'I' format requires 0 <= number <= 4294967295");
                return false;
            }
            break;
        default: {
            // l/L/q/Q/n/N: the C type's range, else "argument out of range".
            bool ok;
            if (isSigned) {
                ok = kind == 0 && (size >= 8 || (sv >= -(int64_t(1) << (8 * size - 1)) &&
                                                 sv < (int64_t(1) << (8 * size - 1))));
            } else {
                ok = !neg && kind != 2 && (size >= 8 || uv < (uint64_t(1) << (8 * size)));
            }
            if (!ok) {
                structError("argument out of range");
                return false;
            }
            break;
        }
    }
    storeUint(p, uv, size, little);
    return true;
}

// Packs one value of code at p (little: field byte order).
bool packOne(const StructCode& code, Object* v, char* p, bool little, bool native) {
    switch (code.fmt) {
        case 'c': {
            if (isBytes(v) && bytesSize(v) == 1) {
                *p = bytesData(v)[0];
                return true;
            }
            structError("char format requires a bytes object of length 1");
            return false;
        }
        case 's':
        case 'p': {
            if (!isBytes(v) && !isByteArray(v)) {
                structError("argument for '%c' must be a bytes object", code.fmt);
                return false;
            }
            std::string_view b;
            getBytesView(v, &b);
            ssize n = static_cast<ssize>(b.size());
            if (code.fmt == 's') {
                if (n > code.size) n = code.size;
                copyBytes(p, b.data(), static_cast<size_t>(n));
                return true;
            }
            if (code.size == 0) return true;
            if (n > code.size - 1) n = code.size - 1;
            copyBytes(p + 1, b.data(), static_cast<size_t>(n));
            if (n > 255) n = 255;
            *p = static_cast<char>(static_cast<unsigned char>(n));
            return true;
        }
        case '?': {
            int t = isTrue(v);
            if (t < 0) return false;
            *p = t ? 1 : 0;
            return true;
        }
        case 'e': case 'f': case 'd': {
            double x;
            if (!packDouble(v, &x)) return false;
            if (code.fmt == 'd') {
                uint64_t bits;
                std::memcpy(&bits, &x, 8);
                storeUint(p, bits, 8, little);
            } else if (code.fmt == 'f') {
                float y = static_cast<float>(x);
                if (!native && std::isinf(y) && !std::isinf(x)) {
                    setError(&ExcOverflowError, "float too large to pack with f format");
                    return false;
                }
                uint32_t bits;
                std::memcpy(&bits, &y, 4);
                storeUint(p, bits, 4, little);
            } else {
                bool overflow;
                uint16_t h = doubleToHalf(x, &overflow);
                if (overflow) {
                    setError(&ExcOverflowError, "float too large to pack with e format");
                    return false;
                }
                storeUint(p, h, 2, little);
            }
            return true;
        }
        default:
            return packInteger(code, v, p, little);
    }
}

// Packs args[0..s->len) into buf (s->size bytes, zeroed by the caller).
bool packInternal(StructObject* s, Args args, char* buf) {
    ssize k = 0;
    bool native = s->mode == Mode::Native;
    for (ssize ci = 0; ci < s->ncodes; ci++) {
        const StructCode& code = s->codes[ci];
        ssize stride = (code.fmt == 's' || code.fmt == 'p') ? 0 : code.size;
        for (ssize r = 0; r < code.repeat; r++, k++) {
            Object* v = args[k];
            if (!packOne(code, v, buf + code.offset + r * stride, s->little, native)) {
                if (isInt(v) && errMatches(&ExcOverflowError)) {
                    clearError();
                    structError("int too large to convert");
                }
                return false;
            }
        }
    }
    return true;
}

Object* unpackOne(const StructCode& code, const char* p, bool little) {
    switch (code.fmt) {
        case 'c': return bytesFromStd(std::string_view(p, 1));
        case 's': return bytesFromStd(std::string_view(p, static_cast<size_t>(code.size)));
        case 'p': {
            if (code.size == 0) return bytesFromStd("");
            ssize n = static_cast<unsigned char>(*p);
            if (n >= code.size) n = code.size - 1;
            return bytesFromStd(std::string_view(p + 1, static_cast<size_t>(n)));
        }
        case '?': return newBool(*p != 0);
        case 'e':
            return floatFromDouble(halfToDouble(static_cast<uint16_t>(loadUint(p, 2, little))));
        case 'f': {
            uint32_t bits = static_cast<uint32_t>(loadUint(p, 4, little));
            float f;
            std::memcpy(&f, &bits, 4);
            return floatFromDouble(static_cast<double>(f));
        }
        case 'd': {
            uint64_t bits = loadUint(p, 8, little);
            double d;
            std::memcpy(&d, &bits, 8);
            return floatFromDouble(d);
        }
        case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
            uint64_t u = loadUint(p, code.size, little);
            if (code.size < 8) {
                uint64_t signBit = uint64_t(1) << (8 * code.size - 1);
                if (u & signBit) u |= ~((signBit << 1) - 1);
            }
            return intFromInt64(static_cast<int64_t>(u));
        }
        default: return intFromUint64(loadUint(p, code.size, little));
    }
}

// A tuple of the values at data (s->size bytes).
Object* unpackInternal(StructObject* s, const char* data) {
    Ref<> out = Ref<>::steal(tupleNew(s->len));
    if (!out) return nullptr;
    ssize k = 0;
    for (ssize ci = 0; ci < s->ncodes; ci++) {
        const StructCode& code = s->codes[ci];
        ssize stride = (code.fmt == 's' || code.fmt == 'p') ? 0 : code.size;
        for (ssize r = 0; r < code.repeat; r++) {
            Object* v = unpackOne(code, data + code.offset + r * stride, s->little);
            if (!v) return nullptr;
            asTuple(out.get())->items[k++] = v;
        }
    }
    return out.release();
}

// ---- Struct ----
// Struct(format): str (ASCII) or bytes.
bool structSetFormat(StructObject* s, Object* format) {
    Ref<> fmtStr;
    if (isStr(format)) {
        // ASCII check first, with str.encode('ascii')'s UnicodeEncodeError.
        Ref<> ascii = Ref<>::steal(strFromAscii("ascii"));
        if (!ascii) return false;
        Object* encArgs[1] = {ascii.get()};
        Ref<> b = Ref<>::steal(callMethod(format, "encode", encArgs, 1));
        if (!b) return false;
        fmtStr = Ref<>::borrow(format);
        if (!compileFormat(s, bytesView(b.get()))) return false;
    } else if (isBytes(format)) {
        if (!compileFormat(s, bytesView(format))) return false;
        fmtStr = Ref<>::steal(strFromLatin1(bytesView(format)));
        if (!fmtStr) return false;
    } else {
        setError(&ExcTypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                 typeName(format->type));
        return false;
    }
    setRef(s->format, fmtStr.release());
    return true;
}

Object* structNew(Type* t, Object*, Object*) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    StructObject* s = asStruct(o);
    s->format = newNone();
    s->size = -1;
    return o;
}

int structInit(Object* self, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"format"};
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return -1;
    Object* a[1];
    if (!parseArgs("Struct", flat.data(), static_cast<size_t>(tupleSize(args)), kwnames.get(),
                   kNames, 1, 1, a)) {
        return -1;
    }
    return structSetFormat(asStruct(self), a[0]) ? 0 : -1;
}

void structDealloc(Object* self) {
    StructObject* s = asStruct(self);
    if (s->weaklist) clearWeakrefs(self);
    clearRef(s->format);
    delete[] s->codes;
    s->codes = nullptr;
    freeObject(self);
}

// The compiled Struct for a format given to a module function: from the cache, or new.
Object* cachedStruct(Object* module, Object* format) {
    StructState* st = stateOf(module);
    if (isStr(format) || isBytes(format)) {
        Object* hit = dictGetItem(st->cache, format);
        if (hit) return newRef(hit);
        if (errOccurred()) return nullptr;
    }
    Ref<> s = Ref<>::steal(callOneArg(asObject(&StructType), format));
    if (!s) return nullptr;
    if (dictSize(st->cache) > kMaxCache) {
        Ref<> fresh = Ref<>::steal(dictNew());
        if (!fresh) return nullptr;
        setRef(st->cache, fresh.release());
    }
    if (dictSetItem(st->cache, format, s.get()) < 0) return nullptr;
    return s.release();
}

Object* doPack(StructObject* s, Args args, size_t nargs) {
    if (static_cast<ssize>(nargs) != s->len) {
        return structError("pack expected %lld items for packing (got %llu)", ll(s->len),
                           ull(nargs));
    }
    Ref<> out = Ref<>::steal(bytesNew(s->size));
    if (!out) return nullptr;
    char* buf = asBytes(out.get())->data;
    std::memset(buf, 0, static_cast<size_t>(s->size));
    if (!packInternal(s, args, buf)) return nullptr;
    return out.release();
}

// pack_into(buffer, offset, *v) of Struct and module.
Object* doPackInto(StructObject* s, Args args, size_t nargs) {
    if (static_cast<ssize>(nargs) != s->len + 2) {
        if (nargs == 0) return structError("pack_into expected buffer argument");
        if (nargs == 1) return structError("pack_into expected offset argument");
        return structError("pack_into expected %lld items for packing (got %llu)", ll(s->len),
                           ull(nargs - 2));
    }
    char* data;
    size_t len;
    if (!getWritableBuffer(args[0], &data, &len)) {
        if (errMatches(&ExcTypeError)) {
            clearError();
            setError(&ExcTypeError, "argument must be read-write bytes-like object, not %s",
                     typeName(args[0]->type));
        }
        return nullptr;
    }
    int64_t offset;
    if (!offsetArg(args[1], &ExcIndexError, "cannot fit 'int' into an index-sized integer",
                   &offset)) {
        return nullptr;
    }
    int64_t blen = static_cast<int64_t>(len);
    if (offset < 0) {
        if (offset + s->size > 0) {
            return structError("no space to pack %lld bytes at offset %lld", ll(s->size),
                               ll(offset));
        }
        if (offset + blen < 0) {
            return structError("offset %lld out of range for %lld-byte buffer", ll(offset),
                               ll(blen));
        }
        offset += blen;
    }
    if (blen - offset < s->size) {
        return structError("pack_into requires a buffer of at least %llu bytes for packing %lld "
                           "bytes at offset %lld (actual buffer size is %lld)",
                           ull(s->size) + ull(offset), ll(s->size), ll(offset), ll(blen));
    }
    // Pack into a scratch copy: converting a value may run Python code (__index__) that
    // resizes the buffer. (CPython writes in place and locks the buffer with an export, so
    // on a bad value the fields before it are already written there; here none are.)
    std::vector<char> scratch(static_cast<size_t>(s->size), 0);
    bool ok = packInternal(s, args + 2, scratch.data());
    // The buffer may have been resized by a __index__ call: fetch it again.
    if (!getWritableBuffer(args[0], &data, &len)) return nullptr;
    if (static_cast<int64_t>(len) - offset < s->size) {
        return structError("pack_into requires a buffer of at least %llu bytes for packing %lld "
                           "bytes at offset %lld (actual buffer size is %lld)",
                           ull(s->size) + ull(offset), ll(s->size), ll(offset), ll(len));
    }
    if (!ok) return nullptr;
    copyBytes(data + offset, scratch.data(), scratch.size());
    return newNone();
}

Object* doUnpack(StructObject* s, Object* buffer) {
    std::string_view v;
    if (!getBytesView(buffer, &v)) return nullptr;
    if (static_cast<ssize>(v.size()) != s->size) {
        return structError("unpack requires a buffer of %lld bytes", ll(s->size));
    }
    return unpackInternal(s, v.data());
}

Object* doUnpackFrom(StructObject* s, Object* buffer, Object* offsetObj) {
    std::string_view v;
    if (!getBytesView(buffer, &v)) return nullptr;
    int64_t offset = 0;
    if (offsetObj) {
        if (!offsetArg(offsetObj, &ExcOverflowError,
                       "Python int too large to convert to C ssize_t", &offset)) {
            return nullptr;
        }
        if (!getBytesView(buffer, &v)) return nullptr;
    }
    int64_t blen = static_cast<int64_t>(v.size());
    if (offset < 0) {
        if (offset + s->size > 0) {
            return structError("not enough data to unpack %lld bytes at offset %lld",
                               ll(s->size), ll(offset));
        }
        if (offset + blen < 0) {
            return structError("offset %lld out of range for %lld-byte buffer", ll(offset),
                               ll(blen));
        }
        offset += blen;
    }
    if (blen - offset < s->size) {
        return structError("unpack_from requires a buffer of at least %llu bytes for unpacking "
                           "%lld bytes at offset %lld (actual buffer size is %lld)",
                           ull(s->size) + ull(offset), ll(s->size), ll(offset), ll(blen));
    }
    return unpackInternal(s, v.data() + offset);
}

// ---- unpack_iterator ----
struct UnpackIterObject {
    Object ob;
    Object* st;     // the Struct
    Object* data;   // bytes copy of the buffer
    ssize index;    // byte offset of the next record
};

UnpackIterObject* asUnpackIter(Object* o) { return reinterpret_cast<UnpackIterObject*>(o); }

Object* doIterUnpack(StructObject* s, Object* buffer) {
    if (s->size == 0) return structError("cannot iteratively unpack with a struct of length 0");
    std::string_view v;
    if (!getBytesView(buffer, &v)) return nullptr;
    if (static_cast<ssize>(v.size()) % s->size != 0) {
        return structError("iterative unpacking requires a buffer of a multiple of %lld bytes",
                           ll(s->size));
    }
    Ref<> copy = Ref<>::steal(bytesFromStd(v));
    if (!copy) return nullptr;
    Object* o = allocObject(&UnpackIteratorType);
    if (!o) return nullptr;
    UnpackIterObject* it = asUnpackIter(o);
    it->st = newRef(&s->ob);
    it->data = copy.release();
    it->index = 0;
    return o;
}

Object* unpackIterNext(Object* self) {
    UnpackIterObject* it = asUnpackIter(self);
    if (!it->st) return nullptr;
    StructObject* s = asStruct(it->st);
    if (it->index >= bytesSize(it->data)) {
        clearRef(it->st);
        clearRef(it->data);
        return nullptr;
    }
    Object* r = unpackInternal(s, bytesData(it->data) + it->index);
    it->index += s->size;
    return r;
}

Object* unpackIterLengthHint(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("__length_hint__", kwnames) ||
        !checkArgCount("__length_hint__", nargs, 0, 0)) {
        return nullptr;
    }
    UnpackIterObject* it = asUnpackIter(self);
    if (!it->st) return intFromSsize(0);
    return intFromSsize((bytesSize(it->data) - it->index) / asStruct(it->st)->size);
}

void unpackIterTraverse(Object* self, VisitFn visit, void* arg) {
    UnpackIterObject* it = asUnpackIter(self);
    if (it->st) visit(it->st, arg);
    if (it->data) visit(it->data, arg);
}

void unpackIterClear(Object* self) {
    clearRef(asUnpackIter(self)->st);
    clearRef(asUnpackIter(self)->data);
}

void unpackIterDealloc(Object* self) {
    unpackIterClear(self);
    freeObject(self);
}

// As CPython (including its unbalanced quote).
Object* unpackIterNew(Type*, Object*, Object*) {
    return setError(&ExcTypeError, "Cannot create '%s objects", "unpack_iterator");
}

const MethodDef kUnpackIterMethods[] = {
    {"__length_hint__", unpackIterLengthHint, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- Struct methods ----
bool structReady(Object* self) {
    if (asStruct(self)->size >= 0) return true;
    structError("Struct.__init__() was not called");   // CPython crashes or raises here
    return false;
}

Object* structPack(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("pack", kwnames) || !structReady(self)) return nullptr;
    return doPack(asStruct(self), args, nargs);
}

Object* structPackInto(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("pack_into", kwnames) || !structReady(self)) return nullptr;
    return doPackInto(asStruct(self), args, nargs);
}

Object* structUnpack(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("unpack", kwnames) || !structReady(self)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "Struct.unpack() takes exactly one argument (%zu given)",
                        nargs);
    }
    return doUnpack(asStruct(self), args[0]);
}

Object* structUnpackFrom(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"buffer", "offset"};
    Object* a[2];
    if (!parseArgs("unpack_from", args, nargs, kwnames, kNames, 2, 1, a)) return nullptr;
    if (!structReady(self)) return nullptr;
    return doUnpackFrom(asStruct(self), a[0], a[1]);
}

Object* structIterUnpack(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("iter_unpack", kwnames) || !structReady(self)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError,
                        "Struct.iter_unpack() takes exactly one argument (%zu given)", nargs);
    }
    return doIterUnpack(asStruct(self), args[0]);
}

Object* structSizeof(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("__sizeof__", kwnames) || !checkArgCount("__sizeof__", nargs, 0, 0))
        return nullptr;
    StructObject* s = asStruct(self);
    return intFromSsize(self->type->basicSize +
                        static_cast<ssize>(sizeof(StructCode)) * (s->ncodes + 1));
}

Object* structGetFormat(Object* self, void*) { return newRef(asStruct(self)->format); }
Object* structGetSize(Object* self, void*) { return intFromSsize(asStruct(self)->size); }

const MethodDef kStructMethods[] = {
    {"iter_unpack", structIterUnpack, 0,
     "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, "
     "like a repeated invocation\nof unpack_from().\n\nRequires that the bytes length be a "
     "multiple of the struct size."},
    {"pack", structPack, 0,
     "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... "
     "packed according\nto the format string S.format.  See help(struct) for more on format\n"
     "strings."},
    {"pack_into", structPackInto, 0,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the "
     "format string S.format\nand write the packed bytes into the writable buffer buf starting "
     "at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on "
     "format strings."},
    {"unpack", structUnpack, 0,
     "Return a tuple containing unpacked values.\n\nUnpack according to the format string "
     "Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for "
     "more on format strings."},
    {"unpack_from", structUnpackFrom, 0,
     "Return a tuple containing unpacked values.\n\nValues are unpacked according to the "
     "format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, "
     "must be\nat least Struct.size.\n\nSee help(struct) for more on format strings."},
    {"__sizeof__", structSizeof, 0, "S.__sizeof__() -> size of S in memory, in bytes"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kStructGetSets[] = {
    {"format", structGetFormat, nullptr, "struct format string", nullptr},
    {"size", structGetSize, nullptr, "struct size in bytes", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- Module functions ----
Object* modPack(Object* module, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("pack", kwnames)) return nullptr;
    if (nargs == 0) return setError(&ExcTypeError, "missing format argument");
    Ref<> s = Ref<>::steal(cachedStruct(module, args[0]));
    if (!s) return nullptr;
    return doPack(asStruct(s.get()), args + 1, nargs - 1);
}

Object* modPackInto(Object* module, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("pack_into", kwnames)) return nullptr;
    if (nargs == 0) return setError(&ExcTypeError, "missing format argument");
    Ref<> s = Ref<>::steal(cachedStruct(module, args[0]));
    if (!s) return nullptr;
    return doPackInto(asStruct(s.get()), args + 1, nargs - 1);
}

Object* modUnpack(Object* module, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("unpack", kwnames) || !checkArgCount("unpack", nargs, 2, 2))
        return nullptr;
    Ref<> s = Ref<>::steal(cachedStruct(module, args[0]));
    if (!s) return nullptr;
    return doUnpack(asStruct(s.get()), args[1]);
}

Object* modUnpackFrom(Object* module, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"format", "buffer", "offset"};
    Object* a[3];
    if (!parseArgs("unpack_from", args, nargs, kwnames, kNames, 3, 2, a, 1)) return nullptr;
    Ref<> s = Ref<>::steal(cachedStruct(module, a[0]));
    if (!s) return nullptr;
    return doUnpackFrom(asStruct(s.get()), a[1], a[2]);
}

Object* modIterUnpack(Object* module, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("iter_unpack", kwnames) || !checkArgCount("iter_unpack", nargs, 2, 2))
        return nullptr;
    Ref<> s = Ref<>::steal(cachedStruct(module, args[0]));
    if (!s) return nullptr;
    return doIterUnpack(asStruct(s.get()), args[1]);
}

Object* modCalcsize(Object* module, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("calcsize", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "_struct.calcsize() takes exactly one argument (%zu given)",
                        nargs);
    }
    Ref<> s = Ref<>::steal(cachedStruct(module, args[0]));
    if (!s) return nullptr;
    return intFromSsize(asStruct(s.get())->size);
}

Object* modClearCache(Object* module, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_clearcache", kwnames) || !checkArgCount("_clearcache", nargs, 0, 0))
        return nullptr;
    Ref<> fresh = Ref<>::steal(dictNew());
    if (!fresh) return nullptr;
    setRef(stateOf(module)->cache, fresh.release());
    return newNone();
}

const MethodDef kStructFunctions[] = {
    {"_clearcache", modClearCache, 0, "Clear the internal cache."},
    {"calcsize", modCalcsize, 0,
     "Return size in bytes of the struct described by the format string."},
    {"iter_unpack", modIterUnpack, 0,
     "Return an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are "
     "unpacked according to the format string, like\na repeated invocation of unpack_from()."
     "\n\nRequires that the bytes length be a multiple of the format struct size."},
    {"pack", modPack, 0,
     "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, "
     "v2, ... packed according\nto the format string.  See help(struct) for more on format "
     "strings."},
    {"pack_into", modPackInto, 0,
     "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according "
     "to the format string and write\nthe packed bytes into the writable buffer buf starting at "
     "offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non "
     "format strings."},
    {"unpack", modUnpack, 0,
     "Return a tuple containing values unpacked according to the format string.\n\nThe "
     "buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format "
     "strings."},
    {"unpack_from", modUnpackFrom, 0,
     "Return a tuple containing values unpacked according to the format string.\n\nThe "
     "buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for "
     "more on format strings."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type StructType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_struct.Struct",
    .basicSize = sizeof(StructObject),
    .flags = kTypeBaseType,
    .doc = "Struct(fmt) --> compiled struct object\n\n",
    .weaklistOffset = offsetof(StructObject, weaklist),
    .methods = kStructMethods,
    .getsets = kStructGetSets,
    .dealloc = structDealloc,
    .getAttr = genericGetAttr,
    .setAttr = genericSetAttr,
    .new_ = structNew,
    .init = structInit,
};

Type UnpackIteratorType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_struct.unpack_iterator",
    .basicSize = sizeof(UnpackIterObject),
    .flags = kTypeHaveGC,
    .methods = kUnpackIterMethods,
    .dealloc = unpackIterDealloc,
    .traverse = unpackIterTraverse,
    .clear = unpackIterClear,
    .getAttr = genericGetAttr,
    .new_ = unpackIterNew,
    .iter = selfIterSlot,
    .iterNext = unpackIterNext,
};

Object* createStructModule(InterpState*) {
    if (!typeReady(&StructType) || !typeReady(&UnpackIteratorType)) return nullptr;
    Ref<> m = Ref<>::steal(moduleNew("_struct"));
    if (!m || !moduleAddFunctions(m.get(), kStructFunctions)) return nullptr;
    // class error(Exception), __module__ 'struct'.
    Ref<> name = Ref<>::steal(strFromAscii("error"));
    Ref<> bases = Ref<>::steal(tuplePack({asObject(&ExcException)}));
    Ref<> ns = Ref<>::steal(dictNew());
    Ref<> modName = Ref<>::steal(strFromAscii("struct"));
    if (!name || !bases || !ns || !modName) return nullptr;
    if (dictSetItemStr(ns.get(), "__module__", modName.get()) < 0) return nullptr;
    Ref<> error = Ref<>::steal(newClass(&TypeType, name.get(), bases.get(), ns.get(), nullptr));
    if (!error) return nullptr;
    Ref<> cache = Ref<>::steal(dictNew());
    if (!cache) return nullptr;
    if (!moduleAddObject(m.get(), "error", newRef(error.get()))) return nullptr;
    if (!moduleAddObject(m.get(), "Struct", newRef(asObject(&StructType)))) return nullptr;
    StructState* st = new StructState{error.release(), cache.release()};
    asModule(m.get())->state = st;
    asModule(m.get())->freeState = freeStructState;
    return m.release();
}

}  // namespace krait
