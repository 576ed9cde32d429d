// str core: creation, UTF-8 conversion, hashing (SipHash-1-3 keyed by the per-process hash
// secret as CPython 3.11, so under the same PYTHONHASHSEED the hashes - and hence set iteration
// orders - equal CPython's), interning,
// comparison and the printf-like strFormat. The method set lives in str_methods.cpp.
#include "objects/str.h"

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>

#include "core/abstract.h"
#include "core/errors.h"
#include "core/small_alloc.h"
#include "objects/codecs.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/utf8_encode.h"
#include "platform/mutex.h"
#include "platform/platform.h"

namespace krait {

namespace {

// Code-point width needed for maxChar.
inline uint8_t kindFor(uint32_t maxChar) {
    return maxChar < 256 ? 1 : (maxChar < 65536 ? 2 : 4);
}

Object* allocStr(Type* type, ssize length, uint32_t maxChar) {
    uint8_t kind = kindFor(maxChar);
    size_t bytes = (static_cast<size_t>(length) + 1) * kind;
    Object* o;
    if (type == &StrType) {
        // An exact str is not GC-tracked, its type is static and every header field is set
        // below: no zeroing (the callers write all code points; the NUL unit is set here).
        void* p = smallAlloc(sizeof(StrObject) + bytes);
        if (!p) return setErrorNoMemory();
        o = static_cast<Object*>(p);
        o->refcnt = 1;
        o->type = type;
        asStr(o)->reserved = 0;
    } else {
        o = allocVarObject(type, bytes);
        if (!o) return nullptr;
    }
    StrObject* s = asStr(o);
    s->length = length;
    s->hash = -1;
    s->kind = kind;
    s->ascii = maxChar < 128;
    s->interned = 0;
    s->data = reinterpret_cast<char*>(o) + type->basicSize;
    std::memset(static_cast<char*>(s->data) + static_cast<size_t>(length) * kind, 0, kind);
    if (s->ascii) {
        s->utf8 = static_cast<char*>(s->data);
        s->utf8Length = length;
    } else {
        s->utf8 = nullptr;
        s->utf8Length = 0;
    }
    return o;
}

// Decodes one UTF-8 (or WTF-8) sequence at p (n bytes left); returns its length or 0 if
// invalid.
int decodeUtf8(const uint8_t* p, size_t n, uint32_t* cp) {
    uint8_t c = p[0];
    if (c < 0x80) { *cp = c; return 1; }
    if (c < 0xC2) return 0;
    if (c < 0xE0) {
        if (n < 2 || (p[1] & 0xC0) != 0x80) return 0;
        *cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
        return 2;
    }
    if (c < 0xF0) {
        if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
        uint32_t v = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        if (v < 0x800) return 0;
        *cp = v;   // surrogates allowed (WTF-8)
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        uint32_t v = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
                     (p[3] & 0x3Fu);
        if (v < 0x10000 || v > 0x10FFFF) return 0;
        *cp = v;
        return 4;
    }
    return 0;
}

void appendUtf8(std::string& out, uint32_t cp) { utf8Append(out, cp); }

// SipHash-1-3 keyed by the hash secret (CPython 3.11's _Py_HashBytes: its "modified" variant
// that returns v0^v1^v2^v3 after three finalization rounds).
inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

// The hash secret: process-wide like CPython's _Py_HashSecret (interned strings carry cached
// hashes and are shared by every interpreter of the process), written once by
// configureHashRandomization() at start-up before anything is hashed, read-only afterwards.
// Zero-initialized (constant initialization, so no guard): the key of PYTHONHASHSEED=0.
struct HashSecret {
    uint64_t k0;
    uint64_t k1;
    bool randomized;
    bool configured;
};
HashSecret& hashSecret() {
    static constinit HashSecret secret{0, 0, false, false};
    return secret;
}

uint64_t sipHash13(const uint8_t* data, size_t len) {
    const HashSecret& key = hashSecret();
    const uint64_t k0 = key.k0, k1 = key.k1;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    auto round = [&]() {
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
    };
    size_t blocks = len / 8;
    for (size_t i = 0; i < blocks; i++) {
        uint64_t m = 0;
        for (int j = 0; j < 8; j++) m |= static_cast<uint64_t>(data[i * 8 + j]) << (8 * j);
        v3 ^= m;
        round();
        v0 ^= m;
    }
    uint64_t b = static_cast<uint64_t>(len) << 56;
    size_t rest = len & 7;
    for (size_t j = 0; j < rest; j++) b |= static_cast<uint64_t>(data[blocks * 8 + j]) << (8 * j);
    v3 ^= b;
    round();
    v0 ^= b;
    v2 ^= 0xff;
    round(); round(); round();
    return v0 ^ v1 ^ v2 ^ v3;
}

// Little-endian 64-bit value of 8 secret bytes (CPython reads k0/k1 with _le64toh).
uint64_t loadLe64(const uint8_t* p) {
    uint64_t v = 0;
    for (int j = 0; j < 8; j++) v |= static_cast<uint64_t>(p[j]) << (8 * j);
    return v;
}

// The process-wide intern table (Runtime-level state: interned strings are immortal and
// shared by all interpreters, as in CPython 3.12+). Guarded by a mutex for threads.
struct InternTable {
    platform::Mutex lock;
    std::unordered_map<std::string_view, Object*> map;
};
InternTable& internTable() {
    static InternTable* table = new InternTable();
    return *table;
}

}  // namespace

Object* strNew(ssize length, uint32_t maxChar) { return allocStr(&StrType, length, maxChar); }

void strSetChar(Object* o, ssize i, uint32_t cp) {
    StrObject* s = asStr(o);
    switch (s->kind) {
    case 1: static_cast<uint8_t*>(s->data)[i] = static_cast<uint8_t>(cp); break;
    case 2: static_cast<uint16_t*>(s->data)[i] = static_cast<uint16_t>(cp); break;
    default: static_cast<uint32_t*>(s->data)[i] = cp; break;
    }
}

Object* emptyStr() {
    // Built directly (strFromUtf8 and strIntern return this object for "").
    static Object* empty = [] {
        Object* o = allocStr(&StrType, 0, 0);
        o->refcnt = kImmortalRefcnt;
        asStr(o)->interned = 1;
        strHash(o);
        InternTable& t = internTable();
        platform::LockGuard g(t.lock);
        t.map.emplace(strView(o), o);
        return o;
    }();
    return empty;
}

Object* strFromUtf8(std::string_view utf8) {
    const uint8_t* p = reinterpret_cast<const uint8_t*>(utf8.data());
    size_t n = utf8.size();
    // Pass 1: validate, count and find the widest code point.
    ssize length = 0;
    uint32_t maxChar = 0;
    for (size_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            if (p[i] > maxChar) maxChar = p[i];
            i++;
            length++;
            continue;
        }
        uint32_t cp;
        int k = decodeUtf8(p + i, n - i, &cp);
        if (k == 0) {
            // Let the codec raise CPython's UnicodeDecodeError for the bad sequence.
            Object* r = codecsDecode(utf8, "utf-8", "strict");
            if (r) {
                decref(r);
                setError(&ExcUnicodeDecodeError, "invalid UTF-8 data");
            }
            return nullptr;
        }
        if (cp > maxChar) maxChar = cp;
        i += static_cast<size_t>(k);
        length++;
    }
    if (length == 0) return newRef(emptyStr());
    if (length == 1 && maxChar < 256) return strFromCodePoint(maxChar);
    Object* o = strNew(length, maxChar);
    if (!o) return nullptr;
    StrObject* s = asStr(o);
    if (s->ascii) {
        std::memcpy(s->data, p, n);
        return o;
    }
    ssize j = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = decodeUtf8(p + i, n - i, &cp);
        strSetChar(o, j++, cp);
        i += static_cast<size_t>(k);
    }
    return o;
}

Object* strFromAscii(std::string_view ascii) { return strFromLatin1(ascii); }

Object* strFromLatin1(std::string_view bytes) {
    uint32_t maxChar = 0;
    for (unsigned char c : bytes) if (c > maxChar) maxChar = c;
    if (bytes.empty()) return newRef(emptyStr());
    if (bytes.size() == 1) return strFromCodePoint(static_cast<unsigned char>(bytes[0]));
    Object* o = strNew(static_cast<ssize>(bytes.size()), maxChar);
    if (!o) return nullptr;
    std::memcpy(asStr(o)->data, bytes.data(), bytes.size());
    return o;
}

Object* strFromCodePoints(const uint32_t* cps, ssize n) {
    uint32_t maxChar = 0;
    for (ssize i = 0; i < n; i++) if (cps[i] > maxChar) maxChar = cps[i];
    if (n == 0) return newRef(emptyStr());
    if (n == 1 && maxChar < 256) return strFromCodePoint(maxChar);
    Object* o = strNew(n, maxChar);
    if (!o) return nullptr;
    for (ssize i = 0; i < n; i++) strSetChar(o, i, cps[i]);
    return o;
}

Object* strFromCodePoint(uint32_t cp) {
    if (cp < 256) {
        // Immortal one-character strings for Latin-1, created on first use.
        static Object* cache[256];
        if (!cache[cp]) {
            Object* o = allocStr(&StrType, 1, cp);
            if (!o) return nullptr;
            strSetChar(o, 0, cp);
            o->refcnt = kImmortalRefcnt;
            cache[cp] = o;
        }
        return newRef(cache[cp]);
    }
    Object* o = strNew(1, cp);
    if (!o) return nullptr;
    strSetChar(o, 0, cp);
    return o;
}

const char* strUtf8(Object* o) {
    StrObject* s = asStr(o);
    if (s->utf8) return s->utf8;
    std::string out;
    out.reserve(static_cast<size_t>(s->length) * 2);
    for (ssize i = 0; i < s->length; i++) appendUtf8(out, strCharAt(o, i));
    char* buf = static_cast<char*>(std::malloc(out.size() + 1));
    std::memcpy(buf, out.data(), out.size() + 1);
    s->utf8 = buf;
    s->utf8Length = static_cast<ssize>(out.size());
    return buf;
}

std::string_view strView(Object* o) {
    const char* p = strUtf8(o);
    return std::string_view(p, static_cast<size_t>(asStr(o)->utf8Length));
}

std::string strToStd(Object* o) { return std::string(strView(o)); }

bool configureHashRandomization(const char* seedText, bool forceRandom, std::string* error) {
    HashSecret& secret = hashSecret();
    if (secret.configured) return true;   // once per process (the first interpreter decides)
    // CPython's config_init_hash_seed: unset, empty or "random" -> random; otherwise a decimal
    // integer in [0; 4294967295] (strtoul syntax: leading blanks and a sign are accepted).
    bool useSeed = false;
    uint64_t seed = 0;
    if (seedText && *seedText && std::strcmp(seedText, "random") != 0 && !forceRandom) {
        char* end = nullptr;
        errno = 0;
        unsigned long long v = std::strtoull(seedText, &end, 10);
        if (*end != '\0' || v > 4294967295ULL || errno == ERANGE) {
            if (error) *error = "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]";
            return false;
        }
        useSeed = true;
        seed = v;
    }
    // The 24-byte _Py_HashSecret_t: SipHash's k0 and k1 are its first 16 bytes.
    uint8_t bytes[24] = {};
    if (!useSeed) {
        if (!platform::randomBytes(bytes, sizeof bytes)) {
            if (error) *error = "failed to get random numbers to initialize Python";
            return false;
        }
        secret.randomized = true;
    } else if (seed != 0) {
        // CPython's lcg_urandom(): x = x * 214013 + 2531011 (mod 2**32), byte = (x >> 16) & 0xff.
        uint32_t x = static_cast<uint32_t>(seed);
        for (uint8_t& byte : bytes) {
            x = x * 214013u + 2531011u;
            byte = static_cast<uint8_t>((x >> 16) & 0xff);
        }
        secret.randomized = true;   // sys.flags.hash_randomization is 1 for any seed but 0
    }
    secret.k0 = loadLe64(bytes);
    secret.k1 = loadLe64(bytes + 8);
    secret.configured = true;
    return true;
}

bool hashRandomizationEnabled() { return hashSecret().randomized; }

hash_t hashBytes(const void* data, size_t len) {
    if (len == 0) return 0;
    hash_t h = static_cast<hash_t>(sipHash13(static_cast<const uint8_t*>(data), len));
    return h == -1 ? -2 : h;
}

hash_t strHash(Object* o) {
    StrObject* s = asStr(o);
    if (s->hash != -1) return s->hash;
    hash_t h = 0;
    if (s->length != 0) {
        uint64_t v = sipHash13(static_cast<const uint8_t*>(s->data),
                               static_cast<size_t>(s->length) * s->kind);
        h = static_cast<hash_t>(v);
        if (h == -1) h = -2;
    }
    s->hash = h;
    return h;
}

bool strEqual(Object* a, Object* b) {
    if (a == b) return true;
    StrObject* x = asStr(a);
    StrObject* y = asStr(b);
    if (x->length != y->length || x->kind != y->kind) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return std::memcmp(x->data, y->data, static_cast<size_t>(x->length) * x->kind) == 0;
}

bool strEqualsAscii(Object* o, const char* ascii) {
    StrObject* s = asStr(o);
    size_t n = std::strlen(ascii);
    if (static_cast<size_t>(s->length) != n || s->kind != 1) return false;
    return std::memcmp(s->data, ascii, n) == 0;
}

int strCompare(Object* a, Object* b) {
    ssize la = strLength(a), lb = strLength(b);
    ssize n = la < lb ? la : lb;
    if (asStr(a)->kind == 1 && asStr(b)->kind == 1) {
        int c = std::memcmp(asStr(a)->data, asStr(b)->data, static_cast<size_t>(n));
        if (c != 0) return c < 0 ? -1 : 1;
    } else {
        for (ssize i = 0; i < n; i++) {
            uint32_t x = strCharAt(a, i), y = strCharAt(b, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return la < lb ? -1 : (la > lb ? 1 : 0);
}

Object* strSubstring(Object* o, ssize start, ssize end) {
    if (start < 0) start = 0;
    if (end > strLength(o)) end = strLength(o);
    if (start == 0 && end == strLength(o) && isStrExact(o)) return newRef(o);
    if (end <= start) return newRef(emptyStr());
    if (end - start == 1) return strFromCodePoint(strCharAt(o, start));
    uint32_t maxChar = 0;
    StrObject* s = asStr(o);
    if (s->kind == 1 && s->ascii) {
        maxChar = 127;
    } else {
        for (ssize i = start; i < end; i++) {
            uint32_t c = strCharAt(o, i);
            if (c > maxChar) maxChar = c;
        }
    }
    Object* r = strNew(end - start, maxChar);
    if (!r) return nullptr;
    if (asStr(r)->kind == s->kind) {
        std::memcpy(asStr(r)->data, static_cast<char*>(s->data) + start * s->kind,
                    static_cast<size_t>(end - start) * s->kind);
    } else {
        for (ssize i = start; i < end; i++) strSetChar(r, i - start, strCharAt(o, i));
    }
    return r;
}

Object* strConcat(Object* a, Object* b) {
    ssize la = strLength(a), lb = strLength(b);
    if (la == 0 && isStrExact(b)) return newRef(b);
    if (lb == 0 && isStrExact(a)) return newRef(a);
    if (la > PTRDIFF_MAX / 4 - lb) return setErrorNoMemory();
    StrObject* x = asStr(a);
    StrObject* y = asStr(b);
    uint32_t maxChar;
    if (x->ascii && y->ascii) {
        maxChar = 127;
    } else {
        maxChar = 0;
        for (ssize i = 0; i < la; i++) maxChar = std::max(maxChar, strCharAt(a, i));
        for (ssize i = 0; i < lb; i++) maxChar = std::max(maxChar, strCharAt(b, i));
    }
    Object* r = strNew(la + lb, maxChar);
    if (!r) return nullptr;
    StrObject* z = asStr(r);
    if (z->kind == x->kind) {
        std::memcpy(z->data, x->data, static_cast<size_t>(la) * x->kind);
    } else {
        for (ssize i = 0; i < la; i++) strSetChar(r, i, strCharAt(a, i));
    }
    if (z->kind == y->kind) {
        std::memcpy(static_cast<char*>(z->data) + la * z->kind, y->data,
                    static_cast<size_t>(lb) * y->kind);
    } else {
        for (ssize i = 0; i < lb; i++) strSetChar(r, la + i, strCharAt(b, i));
    }
    return r;
}

namespace {

// An upper bound of s's code points that selects the same kind and ASCII flag as its exact
// maximum (strings are stored in their narrowest kind), as CPython's PyUnicode_MAX_CHAR_VALUE.
uint32_t strMaxCharBound(Object* o) {
    StrObject* s = asStr(o);
    if (s->ascii) return 127;
    switch (s->kind) {
    case 1: return 255;
    case 2: return 0xFFFF;
    default: return 0x10FFFF;
    }
}

// Copies src's code points to dst at code point index pos (dst's kind is at least src's).
void strCopyInto(StrObject* dst, ssize pos, StrObject* src) {
    ssize n = src->length;
    if (dst->kind == src->kind) {
        std::memcpy(static_cast<char*>(dst->data) + pos * dst->kind, src->data,
                    static_cast<size_t>(n) * src->kind);
        return;
    }
    Object* d = reinterpret_cast<Object*>(dst);
    Object* s = reinterpret_cast<Object*>(src);
    for (ssize k = 0; k < n; k++) strSetChar(d, pos + k, strCharAt(s, k));
}

}  // namespace

Object* strJoin(Object* sep, Object* iterable) {
    // Exact lists and tuples (as CPython's PySequence_Fast; subclasses are iterated) are read
    // in place: nothing below runs Python code, so their items stay put.
    Ref<> seq;
    if (isListExact(iterable) || isTupleExact(iterable)) {
        seq = Ref<>::borrow(iterable);
    } else {
        Ref<> it = Ref<>::steal(getIter(iterable));
        if (!it) {
            // As CPython's PySequence_Fast: a non-iterable gets join's own message.
            if (errMatches(&ExcTypeError)) setError(&ExcTypeError, "can only join an iterable");
            return nullptr;
        }
        seq = Ref<>::steal(sequenceList(it.get()));
        if (!seq) return nullptr;
    }
    Object* const* items;
    ssize n;
    if (isList(seq.get())) {
        items = asList(seq.get())->items;
        n = listSize(seq.get());
    } else {
        items = asTuple(seq.get())->items;
        n = tupleSize(seq.get());
    }
    if (n == 0) return newRef(emptyStr());
    if (n == 1 && isStrExact(items[0])) return newRef(items[0]);
    ssize seplen = strLength(sep);
    ssize total = seplen * (n - 1);
    uint32_t maxChar = n > 1 && seplen ? strMaxCharBound(sep) : 0;
    for (ssize i = 0; i < n; i++) {
        Object* item = items[i];
        if (!isStr(item)) {
            setError(&ExcTypeError, "sequence item %zd: expected str instance, %T found", i, item);
            return nullptr;
        }
        ssize len = strLength(item);
        if (len > PTRDIFF_MAX / 4 - total) return setErrorNoMemory();
        total += len;
        if (len) maxChar = std::max(maxChar, strMaxCharBound(item));
    }
    Object* r = strNew(total, maxChar);
    if (!r) return nullptr;
    StrObject* dst = asStr(r);
    ssize pos = 0;
    for (ssize i = 0; i < n; i++) {
        if (i > 0 && seplen) {
            strCopyInto(dst, pos, asStr(sep));
            pos += seplen;
        }
        StrObject* item = asStr(items[i]);
        strCopyInto(dst, pos, item);
        pos += item->length;
    }
    return r;
}

Object* strIntern(std::string_view utf8) {
    if (utf8.empty()) return emptyStr();
    InternTable& t = internTable();
    {
        platform::LockGuard g(t.lock);
        auto it = t.map.find(utf8);
        if (it != t.map.end()) return it->second;
    }
    Object* s = strFromUtf8(utf8);
    if (!s) return nullptr;
    if (s->refcnt > 1 || (strLength(s) == 1 && strCharAt(s, 0) < 256)) {
        // A shared cached object (one-character or empty string): intern a fresh copy.
        Object* c = allocStr(&StrType, strLength(s), strLength(s) ? strCharAt(s, 0) : 0);
        if (strLength(s)) strSetChar(c, 0, strCharAt(s, 0));
        decref(s);
        s = c;
    }
    s->refcnt = kImmortalRefcnt;
    asStr(s)->interned = 1;
    strHash(s);
    platform::LockGuard g(t.lock);
    auto it = t.map.find(strView(s));
    if (it != t.map.end()) return it->second;   // raced with another thread: leak is fine
    t.map.emplace(strView(s), s);
    return s;
}

bool strIsInterned(std::string_view utf8) {
    InternTable& t = internTable();
    platform::LockGuard g(t.lock);
    return t.map.find(utf8) != t.map.end();
}

void strInternInPlace(Object** ps) {
    Object* s = *ps;
    if (!isStrExact(s) || asStr(s)->interned) return;
    Object* i = strIntern(strView(s));
    if (!i) {
        clearError();
        return;
    }
    *ps = i;
    decref(s);
}

// ---- strFormat: printf-like with %R %S %T %U %N ----

namespace {

bool appendObjText(std::string& out, Object* text) {
    if (!text) return false;
    out.append(strView(text));
    decref(text);
    return true;
}

}  // namespace

bool formatToStd(std::string& out, const char* fmt, va_list ap) {
    for (const char* p = fmt; *p; p++) {
        if (*p != '%') {
            out.push_back(*p);
            continue;
        }
        // Collect the conversion spec: flags, width, precision, length modifiers.
        const char* start = p++;
        while (*p && std::strchr("-+ #0123456789.", *p)) p++;
        std::string mods;
        while (*p && std::strchr("hlzjt", *p)) mods.push_back(*p++);
        char conv = *p;
        if (!conv) break;
        std::string spec(start, static_cast<size_t>(p - start + 1));
        char buf[128];
        switch (conv) {
        case '%': out.push_back('%'); break;
        case 'R': if (!appendObjText(out, repr(va_arg(ap, Object*)))) return false; break;
        case 'S': if (!appendObjText(out, str(va_arg(ap, Object*)))) return false; break;
        case 'U': out.append(strView(va_arg(ap, Object*))); break;
        case 'T': out.append(typeName(va_arg(ap, Object*)->type)); break;
        case 'N': out.append(typeName(va_arg(ap, Type*))); break;
        case 's': {
            const char* s = va_arg(ap, const char*);
            std::string sub = spec;
            // Support precision like %.200s.
            std::snprintf(buf, sizeof buf, "%s", "");
            if (sub == "%s") {
                out.append(s ? s : "(null)");
            } else {
                int need = std::snprintf(nullptr, 0, sub.c_str(), s);
                std::string tmp(static_cast<size_t>(need) + 1, '\0');
                std::snprintf(tmp.data(), tmp.size(), sub.c_str(), s);
                tmp.resize(static_cast<size_t>(need));
                out.append(tmp);
            }
            break;
        }
        case 'c': out.push_back(static_cast<char>(va_arg(ap, int))); break;
        case 'p': std::snprintf(buf, sizeof buf, "%p", va_arg(ap, void*)); out.append(buf); break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            if (mods == "ll" || mods == "j") {
                std::snprintf(buf, sizeof buf, spec.c_str(), va_arg(ap, long long));
            } else if (mods == "l") {
                std::snprintf(buf, sizeof buf, spec.c_str(), va_arg(ap, long));
            } else if (mods == "z" || mods == "t") {
                std::snprintf(buf, sizeof buf, spec.c_str(), va_arg(ap, ssize));
            } else {
                std::snprintf(buf, sizeof buf, spec.c_str(), va_arg(ap, int));
            }
            out.append(buf);
            break;
        }
        case 'f': case 'g': case 'e':
            std::snprintf(buf, sizeof buf, spec.c_str(), va_arg(ap, double));
            out.append(buf);
            break;
        default:
            out.append(spec);
            break;
        }
    }
    return true;
}

Object* strFormat(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string out;
    bool ok = formatToStd(out, fmt, ap);
    va_end(ap);
    if (!ok) return nullptr;
    return strFromUtf8(out);
}

}  // namespace krait
