// int core: the small-int cache, True/False, and conversions between int objects and C++
// values. The int and bool type objects and their slots live in int.cpp.
#include <array>
#include <cctype>
#include <cmath>
#include <string>
#include <utility>

#include "core/abstract.h"
#include "core/errors.h"
#include "objects/bigint.h"
#include "objects/int.h"
#include "objects/number_internal.h"
#include "objects/str.h"
#include "objects/unicode_db.h"
#include "objects/type.h"

namespace krait {

namespace {

constexpr int64_t kSmallMin = -5;
constexpr int64_t kSmallMax = 256;

// Immortal cached ints -5..256, constant-initialised (no start-up code, no data race): shared by
// all interpreters and threads.
constexpr size_t kSmallCount = static_cast<size_t>(kSmallMax - kSmallMin + 1);

template <size_t... I>
constexpr std::array<IntObject, kSmallCount> makeSmallInts(std::index_sequence<I...>) {
    return {{IntObject{{kImmortalRefcnt, &IntType}, kSmallMin + static_cast<int64_t>(I),
                       nullptr}...}};
}

constinit std::array<IntObject, kSmallCount> gSmallInts =
    makeSmallInts(std::make_index_sequence<kSmallCount>{});

// A small per-thread cache of freed exact int objects (int arithmetic creates and drops one
// per operation), as floats have one.
constexpr int kIntFreeListMax = 128;
struct IntFreeList {
    IntObject* items[kIntFreeListMax];
    int count;
};
constinit thread_local IntFreeList tIntFreeList = {};

Object* allocInt() {
    IntFreeList& fl = tIntFreeList;
    if (fl.count > 0) {
        Object* o = &fl.items[--fl.count]->ob;
        o->refcnt = 1;
        return o;
    }
    return allocObject(&IntType);
}

}  // namespace

bool intFreeListPut(Object* o) {
    IntFreeList& fl = tIntFreeList;
    if (fl.count >= kIntFreeListMax) return false;
    fl.items[fl.count++] = asInt(o);
    return true;
}

void intFreeListClear() {
    IntFreeList& fl = tIntFreeList;
    while (fl.count > 0) freeObject(&fl.items[--fl.count]->ob);
}

IntObject TrueObject = {{kImmortalRefcnt, &BoolType}, 1, nullptr};
IntObject FalseObject = {{kImmortalRefcnt, &BoolType}, 0, nullptr};

Object* intFromInt64(int64_t v) {
    if (v >= kSmallMin && v <= kSmallMax) {
        Object* o = &gSmallInts[v - kSmallMin].ob;
        incref(o);
        return o;
    }
    Object* o = allocInt();
    if (!o) return nullptr;
    asInt(o)->value = v;
    asInt(o)->big = nullptr;
    return o;
}

Object* intFromUint64(uint64_t v) {
    if (v <= static_cast<uint64_t>(INT64_MAX)) return intFromInt64(static_cast<int64_t>(v));
    return intFromBigInt(BigInt::fromUint64(v));
}

Object* intFromBigInt(const BigInt& v) {
    if (v.fitsInt64()) return intFromInt64(v.toInt64());
    Object* o = allocInt();
    if (!o) return nullptr;
    asInt(o)->value = 0;
    asInt(o)->big = new BigInt(v);
    return o;
}

Object* intFromDouble(double d) {
    if (std::isnan(d)) return setError(&ExcValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) {
        return setError(&ExcOverflowError, "cannot convert float infinity to integer");
    }
    if (d > -9.2e18 && d < 9.2e18) return intFromInt64(static_cast<int64_t>(d));
    return intFromBigInt(BigInt::fromDouble(d));
}

Object* intFromString(std::string_view text, int base) {
    return intFromStringObj(text, base, nullptr);
}

Object* intFromStringObj(std::string_view text, int base, Object* orig) {
    std::string_view original = text;
    auto invalid = [&]() -> Object* {
        if (orig) {
            return setError(&ExcValueError, "invalid literal for int() with base %d: %.200R",
                            base, orig);
        }
        Object* s = strFromUtf8(original);
        if (!s) return nullptr;
        setError(&ExcValueError, "invalid literal for int() with base %d: %.200R", base, s);
        decref(s);
        return nullptr;
    };
    if ((base != 0 && base < 2) || base > 36) {
        return setError(&ExcValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    // Non-ASCII text: Unicode whitespace becomes ' ', Unicode decimal digits their ASCII digit,
    // anything else an invalid character (as CPython's transform to ASCII).
    std::string ascii;
    for (unsigned char c : text) {
        if (c < 0x80) continue;
        ascii.reserve(text.size());
        size_t k = 0;
        while (k < text.size()) {
            unsigned char b = static_cast<unsigned char>(text[k]);
            if (b < 0x80) {
                ascii += static_cast<char>(b);
                k++;
                continue;
            }
            int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            uint32_t cp = len == 1 ? b : (b & (0xFF >> (len + 1)));
            for (int j = 1; j < len && k + j < text.size(); j++) {
                cp = (cp << 6) | (static_cast<unsigned char>(text[k + j]) & 0x3F);
            }
            k += static_cast<size_t>(len);
            int d = unicode::decimalValue(cp);
            if (unicode::isSpace(cp)) ascii += ' ';
            else if (d >= 0) ascii += static_cast<char>('0' + d);
            else ascii += '?';
        }
        text = ascii;
        break;
    }
    size_t i = 0, n = text.size();
    auto isSpace = [](unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); };
    while (i < n && isSpace(static_cast<unsigned char>(text[i]))) i++;
    while (n > i && isSpace(static_cast<unsigned char>(text[n - 1]))) n--;
    bool negative = false;
    if (i < n && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        i++;
    }
    int b = base;
    bool prefixed = false;
    if (i + 1 < n && text[i] == '0') {
        char p = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i + 1])));
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb != 0 && (base == 0 || base == pb)) {
            b = pb;
            i += 2;
            prefixed = true;
        }
    }
    if (b == 0) b = 10;
    // Collect digits, allowing single underscores between digits (and after a prefix).
    std::string digits;
    digits.reserve(n - i);
    bool lastUnderscore = !prefixed;   // a leading underscore is only valid after a prefix
    if (i >= n) return invalid();
    for (size_t k = i; k < n; k++) {
        char c = text[k];
        if (c == '_') {
            if (lastUnderscore) return invalid();
            lastUnderscore = true;
            continue;
        }
        int d;
        unsigned char uc = static_cast<unsigned char>(c);
        if (uc >= '0' && uc <= '9') d = uc - '0';
        else if (uc >= 'a' && uc <= 'z') d = uc - 'a' + 10;
        else if (uc >= 'A' && uc <= 'Z') d = uc - 'A' + 10;
        else return invalid();
        if (d >= b) return invalid();
        digits.push_back(c);
        lastUnderscore = false;
    }
    if (lastUnderscore || digits.empty()) return invalid();
    // Base 0 forbids leading zeros in non-zero decimal literals ("010").
    if (base == 0 && b == 10 && !prefixed && digits.size() > 1 && digits[0] == '0') {
        for (char c : digits) if (c != '0') return invalid();
    }
    int64_t limit = intMaxStrDigits();
    if ((b & (b - 1)) != 0 && limit > 0 && static_cast<int64_t>(digits.size()) > limit) {
        return setError(&ExcValueError,
                        "Exceeds the limit (%lld digits) for integer string conversion: value "
                        "has %zd digits; use sys.set_int_max_str_digits() to increase the limit",
                        static_cast<long long>(limit), static_cast<ssize>(digits.size()));
    }
    if (digits.size() <= 18 && b == 10) {
        int64_t v = 0;
        for (char c : digits) v = v * 10 + (c - '0');
        return intFromInt64(negative ? -v : v);
    }
    BigInt v;
    if (!BigInt::fromString(digits, b, v)) return invalid();
    if (negative) v = v.neg();
    return intFromBigInt(v);
}

// Weak default: the sys module provides the strong definition that follows
// sys.set_int_max_str_digits().
__attribute__((weak)) int64_t intMaxStrDigits() { return 4300; }

bool intAsInt64(Object* o, int64_t* out) {
    IntObject* i = asInt(o);
    if (!i->big) {
        *out = i->value;
        return true;
    }
    setError(&ExcOverflowError, "Python int too large to convert to C int64");
    return false;
}

ssize intAsSsize(Object* o) {
    IntObject* i = asInt(o);
    if (!i->big && i->value >= PTRDIFF_MIN && i->value <= PTRDIFF_MAX) {
        return static_cast<ssize>(i->value);
    }
    setError(&ExcOverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

double intAsDouble(Object* o, bool* ok) {
    IntObject* i = asInt(o);
    *ok = true;
    if (!i->big) return static_cast<double>(i->value);
    bool overflow = false;
    double d = i->big->toDouble(overflow);
    if (overflow) {
        *ok = false;
        setError(&ExcOverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

int intSign(Object* o) {
    IntObject* i = asInt(o);
    if (i->big) return i->big->sign();
    return i->value < 0 ? -1 : (i->value > 0 ? 1 : 0);
}

BigInt intToBigInt(Object* o) {
    IntObject* i = asInt(o);
    if (i->big) return *i->big;
    return BigInt(i->value);
}

}  // namespace krait
