// str: immutable Unicode text. Code points are stored in a fixed width per string (1, 2 or 4
// bytes: "kind", as CPython's PEP 393) so indexing is O(1); the UTF-8 form is cached on demand.
// Strings may hold lone surrogates (U+D800..U+DFFF); their UTF-8 cache encodes them as
// 3-byte sequences (WTF-8), so strUtf8() never fails.
#pragma once

#include <cstdarg>
#include <string>
#include <string_view>
#include <vector>

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct StrObject {
    Object ob;
    ssize length;       // in code points
    hash_t hash;        // -1 until computed
    uint8_t kind;       // 1, 2 or 4 bytes per code point
    uint8_t ascii;      // all code points < 128 (then utf8 == data)
    uint8_t interned;
    uint8_t reserved;
    char* utf8;         // cached UTF-8 (NUL-terminated) or null
    ssize utf8Length;
    void* data;         // code points (kind bytes each) + a NUL unit; lives right after the
                        // object (at (char*)self + type->basicSize)
};

inline StrObject* asStr(Object* o) { return reinterpret_cast<StrObject*>(o); }
inline ssize strLength(Object* o) { return asStr(o)->length; }
inline uint32_t strCharAt(Object* o, ssize i) {
    StrObject* s = asStr(o);
    switch (s->kind) {
    case 1: return static_cast<const uint8_t*>(s->data)[i];
    case 2: return static_cast<const uint16_t*>(s->data)[i];
    default: return static_cast<const uint32_t*>(s->data)[i];
    }
}

// Decode UTF-8 (also accepting WTF-8 encoded surrogates). Invalid input raises
// UnicodeDecodeError.
Object* strFromUtf8(std::string_view utf8);
Object* strFromAscii(std::string_view ascii);            // must be ASCII
Object* strFromLatin1(std::string_view bytes);
Object* strFromCodePoints(const uint32_t* cps, ssize n);
Object* strFromCodePoint(uint32_t cp);                    // cached for cp < 256
// A new, uninitialised str of `length` code points able to hold maxChar; fill with strSetChar.
Object* strNew(ssize length, uint32_t maxChar);
void strSetChar(Object* s, ssize i, uint32_t cp);
// printf-like formatting with the extra conversions of setError (%R %S %T %U %N).
Object* strFormat(const char* fmt, ...);
// The same formatting appended to a std::string (false if a %R/%S conversion raised).
bool formatToStd(std::string& out, const char* fmt, va_list ap);
// The UTF-8 text (cached; never null for a str).
const char* strUtf8(Object* s);
std::string_view strView(Object* s);
std::string strToStd(Object* s);
hash_t strHash(Object* s);
// SipHash-1-3 of raw bytes keyed by the hash secret, as CPython's _Py_HashBytes (bytes, str
// over its 1/2/4-byte code units, memoryview): 0 for empty, never -1. 64-bit on every target,
// wasm32 included (CPython's 32-bit builds truncate to 32 bits; Krait's hash_t is 64-bit
// everywhere, so hashes equal 64-bit CPython's on all builds).
hash_t hashBytes(const void* data, size_t len);
// Sets the process's hash secret from the PYTHONHASHSEED text (null when unset or ignored by
// -E) as CPython: random from the OS unless a seed is given; seed 0 is the zero key (no
// randomization); seed N derives the key with CPython's LCG. forceRandom (-R) ignores the
// seed. Must run before anything is hashed; only the first call per process has an effect.
// False with *error set for an invalid seed text.
bool configureHashRandomization(const char* seedText, bool forceRandom, std::string* error);
bool hashRandomizationEnabled();   // sys.flags.hash_randomization
bool strEqual(Object* a, Object* b);                      // both str
bool strEqualsAscii(Object* s, const char* ascii);
int strCompare(Object* a, Object* b);                     // code point order: -1/0/1
Object* strConcat(Object* a, Object* b);
Object* strSubstring(Object* s, ssize start, ssize end);
Object* strJoin(Object* sep, Object* iterable);
// The process-wide intern table: returns the canonical (immortal) str for the text.
Object* strIntern(std::string_view utf8);
// Whether the intern table already holds this text (no insertion).
bool strIsInterned(std::string_view utf8);
void strInternInPlace(Object** s);                        // replaces *s by its interned copy
Object* emptyStr();                                       // borrowed immortal ""

// ---- Text engineer additions (str_type.cpp, str_methods.cpp, str_format.cpp) ----

// Accumulates code points and builds a str of the narrowest kind.
class StrBuilder {
public:
    void push(uint32_t cp) {
        buf_.push_back(cp);
        if (cp > max_) max_ = cp;
    }
    void append(Object* s) { append(s, 0, strLength(s)); }
    void append(Object* s, ssize start, ssize end);     // s[start:end]
    void appendAscii(std::string_view ascii);
    void appendUtf8(std::string_view utf8);              // UTF-8 / WTF-8 text
    void repeat(uint32_t cp, ssize n) {
        for (ssize i = 0; i < n; i++) push(cp);
    }
    ssize size() const { return static_cast<ssize>(buf_.size()); }
    void truncate(ssize n) { buf_.resize(static_cast<size_t>(n)); }   // keeps the first n
    Object* finish() const { return strFromCodePoints(buf_.data(), size()); }

private:
    std::vector<uint32_t> buf_;
    uint32_t max_ = 0;
};

// repr(s) with CPython's quoting and escaping (Unicode printable property).
Object* strRepr(Object* s);
// Substring search in hay[start:end) (indices already clipped to 0..len): the first (or, when
// reverse, the last) position of needle, or -1.
ssize strFindIn(Object* hay, Object* needle, ssize start, ssize end, bool reverse);
// Non-overlapping occurrences of needle in hay[start:end), at most maxCount (-1: no limit).
ssize strCountIn(Object* hay, Object* needle, ssize start, ssize end, ssize maxCount);
// str.format(*args, **kwargs) (vectorcall form) and str.format_map(mapping).
Object* strFormatCall(Object* fmt, Object* const* args, size_t nargs, Object* kwnames);
Object* strFormatMap(Object* fmt, Object* mapping);
// fmt % args (printf-style formatting).
Object* strPercentFormat(Object* fmt, Object* args);
// format(s, spec) for a str (str.__format__).
Object* strFormatSpec(Object* s, Object* spec);
// _string.formatter_parser(s): a list of (literal, field_name, format_spec, conversion)
// tuples (field_name/format_spec/conversion None when the chunk has no field). On a parse
// error it returns null and, if partial is given, stores there the list of the chunks before
// the error (new reference), which _string yields before raising.
Object* strFormatterParser(Object* s, Object** partial = nullptr);
// _string.formatter_field_name_split(name): (first, list of (is_attribute, key)). On an error
// in the rest, partial (if given) receives (first, list of the parts before it).
Object* strFormatterFieldNameSplit(Object* name, Object** partial = nullptr);

}  // namespace krait

// An immortal interned str for an identifier literal, created on first use:
// `getAttr(o, KRAIT_STR(__init__))`.
#define KRAIT_STR(ident)                                                      \
    ([]() -> ::krait::Object* {                                               \
        static ::krait::Object* s_ = ::krait::strIntern(#ident);              \
        return s_;                                                            \
    }())
