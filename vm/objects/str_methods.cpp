// str methods: searching, splitting, case mapping (full Unicode with special casing and the
// final-sigma rule), predicates, padding, translation. Formatting (format, %, __format__) is in
// str_format.cpp.
#include <algorithm>
#include <cstring>
#include <string_view>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode_db.h"

namespace krait {

// ---- StrBuilder ----

void StrBuilder::append(Object* s, ssize start, ssize end) {
    StrObject* o = asStr(s);
    switch (o->kind) {
    case 1: {
        const uint8_t* d = static_cast<const uint8_t*>(o->data);
        for (ssize i = start; i < end; i++) push(d[i]);
        break;
    }
    case 2: {
        const uint16_t* d = static_cast<const uint16_t*>(o->data);
        for (ssize i = start; i < end; i++) push(d[i]);
        break;
    }
    default: {
        const uint32_t* d = static_cast<const uint32_t*>(o->data);
        for (ssize i = start; i < end; i++) push(d[i]);
        break;
    }
    }
}

void StrBuilder::appendAscii(std::string_view ascii) {
    for (char c : ascii) push(static_cast<unsigned char>(c));
}

void StrBuilder::appendUtf8(std::string_view utf8) {
    const uint8_t* p = reinterpret_cast<const uint8_t*>(utf8.data());
    size_t n = utf8.size();
    for (size_t i = 0; i < n;) {
        uint8_t c = p[i];
        uint32_t cp;
        int len;
        if (c < 0x80) { cp = c; len = 1; }
        else if (c < 0xE0) { cp = c & 0x1Fu; len = 2; }
        else if (c < 0xF0) { cp = c & 0x0Fu; len = 3; }
        else { cp = c & 0x07u; len = 4; }
        for (int k = 1; k < len && i + static_cast<size_t>(k) < n; k++)
            cp = (cp << 6) | (p[i + static_cast<size_t>(k)] & 0x3Fu);
        push(cp);
        i += static_cast<size_t>(len);
    }
}

// ---- Searching ----

namespace {

template <class H, class N>
ssize findT(const H* h, const N* p, ssize m, ssize start, ssize end, bool reverse) {
    if (m == 0) return reverse ? end : start;
    if (end - start < m) return -1;
    uint32_t first = p[0];
    if (!reverse) {
        for (ssize i = start; i + m <= end; i++) {
            if (h[i] != first) continue;
            ssize k = 1;
            while (k < m && h[i + k] == p[k]) k++;
            if (k == m) return i;
        }
    } else {
        for (ssize i = end - m; i >= start; i--) {
            if (h[i] != first) continue;
            ssize k = 1;
            while (k < m && h[i + k] == p[k]) k++;
            if (k == m) return i;
        }
    }
    return -1;
}

template <class H>
ssize findH(const H* h, Object* needle, ssize start, ssize end, bool reverse) {
    StrObject* n = asStr(needle);
    switch (n->kind) {
    case 1: return findT(h, static_cast<const uint8_t*>(n->data), n->length, start, end, reverse);
    case 2: return findT(h, static_cast<const uint16_t*>(n->data), n->length, start, end, reverse);
    default:
        return findT(h, static_cast<const uint32_t*>(n->data), n->length, start, end, reverse);
    }
}

}  // namespace

ssize strFindIn(Object* hay, Object* needle, ssize start, ssize end, bool reverse) {
    StrObject* h = asStr(hay);
    StrObject* n = asStr(needle);
    if (n->kind > h->kind) {
        // The needle has a character wider than any in hay: it can only match if empty.
        if (n->length == 0) return reverse ? end : start;
        return -1;
    }
    if (h->kind == 1 && n->kind == 1 && !reverse && n->length > 0) {
        std::string_view hv(static_cast<const char*>(h->data) + start,
                            static_cast<size_t>(end > start ? end - start : 0));
        std::string_view nv(static_cast<const char*>(n->data), static_cast<size_t>(n->length));
        size_t r = hv.find(nv);
        return r == std::string_view::npos ? -1 : start + static_cast<ssize>(r);
    }
    switch (h->kind) {
    case 1: return findH(static_cast<const uint8_t*>(h->data), needle, start, end, reverse);
    case 2: return findH(static_cast<const uint16_t*>(h->data), needle, start, end, reverse);
    default: return findH(static_cast<const uint32_t*>(h->data), needle, start, end, reverse);
    }
}

ssize strCountIn(Object* hay, Object* needle, ssize start, ssize end, ssize maxCount) {
    ssize m = strLength(needle);
    if (end < start) return 0;
    if (m == 0) {
        ssize c = end - start + 1;
        return (maxCount >= 0 && c > maxCount) ? maxCount : c;
    }
    ssize count = 0;
    ssize pos = start;
    while (maxCount < 0 || count < maxCount) {
        ssize i = strFindIn(hay, needle, pos, end, false);
        if (i < 0) break;
        count++;
        pos = i + m;
    }
    return count;
}

namespace {

// ---- Argument helpers ----

// A start/end argument: None keeps *out, ints are clipped (CPython's _PyEval_SliceIndex).
bool sliceIndexArg(Object* o, ssize* out) {
    if (!o || isNone(o)) return true;
    if (!isIndex(o)) {
        setError(&ExcTypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    ssize v = asSsize(o, nullptr);
    if (v == -1 && errOccurred()) return false;
    *out = v;
    return true;
}

// CPython's ADJUST_INDICES.
void adjustIndices(ssize len, ssize* start, ssize* end) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

// An integer argument (width, tabsize, count, maxsplit).
bool ssizeArg(Object* o, ssize* out) {
    if (!isIndex(o)) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", o);
        return false;
    }
    ssize v = asSsize(o, &ExcOverflowError);
    if (v == -1 && errOccurred()) return false;
    *out = v;
    return true;
}

bool noArgs(const char* name, size_t nargs, Object* kwnames) {
    if (nargs == 0 && kwCount(kwnames) == 0) return true;
    if (kwCount(kwnames)) {
        setError(&ExcTypeError, "str.%s() takes no keyword arguments", name);
    } else {
        setError(&ExcTypeError, "str.%s() takes no arguments (%zu given)", name, nargs);
    }
    return false;
}

bool posArgs(const char* name, size_t nargs, Object* kwnames, size_t min, size_t max) {
    if (kwCount(kwnames)) {
        setError(&ExcTypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    return checkArgCount(name, nargs, min, max);
}

// A METH_O method: "str.name() takes exactly one argument (N given)".
bool oneArg(const char* name, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames)) {
        setError(&ExcTypeError, "str.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != 1) {
        setError(&ExcTypeError, "str.%s() takes exactly one argument (%zu given)", name, nargs);
        return false;
    }
    return true;
}

// (sub, [start, [end]]) of find/count/index/startswith: the adjusted range.
bool subRangeArgs(const char* name, Object* self, Object* const* args, size_t nargs,
                  Object* kwnames, ssize* start, ssize* end) {
    if (kwCount(kwnames)) {
        setError(&ExcTypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs < 1 || nargs > 3) {
        setError(&ExcTypeError, "%s() takes at %s (%zu given)", name,
                 nargs < 1 ? "least 1 argument" : "most 3 arguments", nargs);
        return false;
    }
    *start = 0;
    *end = PTRDIFF_MAX;
    if (nargs > 1 && !sliceIndexArg(args[1], start)) return false;
    if (nargs > 2 && !sliceIndexArg(args[2], end)) return false;
    adjustIndices(strLength(self), start, end);
    return true;
}

Object* requireStr(Object* o) {
    if (isStr(o)) return o;
    setError(&ExcTypeError, "must be str, not %T", o);
    return nullptr;
}

// A copy of self with exact type str (self itself when it is already exact).
Object* exactCopy(Object* self) {
    if (isStrExact(self)) return newRef(self);
    return strSubstring(self, 0, strLength(self));
}

// ---- find / index / count ----

Object* findCommon(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                   const char* name, bool reverse, bool raise) {
    ssize start, end;
    if (!subRangeArgs(name, self, args, nargs, kwnames, &start, &end)) return nullptr;
    Object* sub = requireStr(args[0]);
    if (!sub) return nullptr;
    ssize r = -1;
    if (start <= strLength(self)) r = strFindIn(self, sub, start, end, reverse);
    if (r < 0 && raise) return setError(&ExcValueError, "substring not found");
    return intFromSsize(r);
}

Object* strFind(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return findCommon(self, args, nargs, kwnames, "find", false, false);
}
Object* strRfind(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return findCommon(self, args, nargs, kwnames, "rfind", true, false);
}
Object* strIndex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return findCommon(self, args, nargs, kwnames, "index", false, true);
}
Object* strRindex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return findCommon(self, args, nargs, kwnames, "rindex", true, true);
}

Object* strCount(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize start, end;
    if (!subRangeArgs("count", self, args, nargs, kwnames, &start, &end)) return nullptr;
    Object* sub = requireStr(args[0]);
    if (!sub) return nullptr;
    if (start > strLength(self)) return intFromSsize(0);
    return intFromSsize(strCountIn(self, sub, start, end, -1));
}

// CPython's tailmatch: does self[start:end] start (or end) with sub?
bool tailMatch(Object* self, Object* sub, ssize start, ssize end, bool atEnd) {
    ssize m = strLength(sub);
    end -= m;
    if (end < start) return false;
    if (m == 0) return true;
    ssize at = atEnd ? end : start;
    for (ssize k = 0; k < m; k++)
        if (strCharAt(self, at + k) != strCharAt(sub, k)) return false;
    return true;
}

Object* startsEnds(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                   const char* name, bool atEnd) {
    ssize start, end;
    if (!subRangeArgs(name, self, args, nargs, kwnames, &start, &end)) return nullptr;
    Object* arg = args[0];
    if (isTuple(arg)) {
        for (ssize i = 0; i < tupleSize(arg); i++) {
            Object* sub = tupleItem(arg, i);
            if (!isStr(sub)) {
                return setError(&ExcTypeError, "tuple for %s must only contain str, not %T",
                                name, sub);
            }
            if (tailMatch(self, sub, start, end, atEnd)) return newBool(true);
        }
        return newBool(false);
    }
    if (!isStr(arg)) {
        return setError(&ExcTypeError, "%s first arg must be str or a tuple of str, not %T",
                        name, arg);
    }
    return newBool(tailMatch(self, arg, start, end, atEnd));
}

Object* strStartswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return startsEnds(self, args, nargs, kwnames, "startswith", false);
}
Object* strEndswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return startsEnds(self, args, nargs, kwnames, "endswith", true);
}

// ---- Case mapping ----

// CPython's handle_capital_sigma: U+03A3 lowercases to final sigma U+03C2 when preceded by a
// cased letter and not followed by one (case-ignorable characters skipped).
uint32_t lowerSigma(Object* s, ssize i) {
    ssize n = strLength(s);
    ssize j = i - 1;
    uint32_t c = 0;
    for (; j >= 0; j--) {
        c = strCharAt(s, j);
        if (!unicode::isCaseIgnorable(c)) break;
    }
    bool finalSigma = j >= 0 && unicode::isCased(c);
    if (finalSigma && i + 1 < n) {
        for (j = i + 1; j < n; j++) {
            c = strCharAt(s, j);
            if (!unicode::isCaseIgnorable(c)) break;
        }
        finalSigma = j == n || !unicode::isCased(c);
    }
    return finalSigma ? 0x3C2 : 0x3C3;
}

void pushLower(StrBuilder& b, Object* s, ssize i, uint32_t c) {
    if (c == 0x3A3) {
        b.push(lowerSigma(s, i));
        return;
    }
    uint32_t m[3];
    int n = unicode::toLowerFull(c, m);
    for (int k = 0; k < n; k++) b.push(m[k]);
}

void pushMapped(StrBuilder& b, int (*fn)(uint32_t, uint32_t*), uint32_t c) {
    uint32_t m[3];
    int n = fn(c, m);
    for (int k = 0; k < n; k++) b.push(m[k]);
}

// ASCII strings map byte by byte (no case mapping in ASCII changes the length, and the
// cased characters are exactly the letters): the common case of lower(), upper(), title(),
// capitalize() and swapcase(), without the code-point builder.
enum class AsciiCase { Lower, Upper, Title, Capitalize, Swap };

inline bool asciiIsUpper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
inline bool asciiIsLower(uint8_t c) { return c >= 'a' && c <= 'z'; }
inline uint8_t asciiToLower(uint8_t c) { return asciiIsUpper(c) ? static_cast<uint8_t>(c + 32) : c; }
inline uint8_t asciiToUpper(uint8_t c) { return asciiIsLower(c) ? static_cast<uint8_t>(c - 32) : c; }

Object* asciiCaseMap(Object* self, AsciiCase mode) {
    ssize n = strLength(self);
    if (n == 0) return newRef(emptyStr());
    Object* r = strNew(n, 127);
    if (!r) return nullptr;
    const uint8_t* src = static_cast<const uint8_t*>(asStr(self)->data);
    uint8_t* dst = static_cast<uint8_t*>(asStr(r)->data);
    switch (mode) {
    case AsciiCase::Lower:
        for (ssize i = 0; i < n; i++) dst[i] = asciiToLower(src[i]);
        break;
    case AsciiCase::Upper:
        for (ssize i = 0; i < n; i++) dst[i] = asciiToUpper(src[i]);
        break;
    case AsciiCase::Title: {
        bool previousCased = false;
        for (ssize i = 0; i < n; i++) {
            uint8_t c = src[i];
            dst[i] = previousCased ? asciiToLower(c) : asciiToUpper(c);
            previousCased = asciiIsUpper(c) || asciiIsLower(c);
        }
        break;
    }
    case AsciiCase::Capitalize:
        for (ssize i = 0; i < n; i++) dst[i] = i == 0 ? asciiToUpper(src[i]) : asciiToLower(src[i]);
        break;
    case AsciiCase::Swap:
        for (ssize i = 0; i < n; i++) {
            uint8_t c = src[i];
            dst[i] = asciiIsUpper(c) ? asciiToLower(c) : asciiToUpper(c);
        }
        break;
    }
    return r;
}

Object* strLower(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!noArgs("lower", nargs, kwnames)) return nullptr;
    if (asStr(self)->ascii) return asciiCaseMap(self, AsciiCase::Lower);
    StrBuilder b;
    for (ssize i = 0; i < strLength(self); i++) pushLower(b, self, i, strCharAt(self, i));
    return b.finish();
}

Object* strUpper(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!noArgs("upper", nargs, kwnames)) return nullptr;
    if (asStr(self)->ascii) return asciiCaseMap(self, AsciiCase::Upper);
    StrBuilder b;
    for (ssize i = 0; i < strLength(self); i++)
        pushMapped(b, unicode::toUpperFull, strCharAt(self, i));
    return b.finish();
}

Object* strCasefold(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!noArgs("casefold", nargs, kwnames)) return nullptr;
    StrBuilder b;
    for (ssize i = 0; i < strLength(self); i++)
        pushMapped(b, unicode::toFoldedFull, strCharAt(self, i));
    return b.finish();
}

Object* strSwapcase(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!noArgs("swapcase", nargs, kwnames)) return nullptr;
    if (asStr(self)->ascii) return asciiCaseMap(self, AsciiCase::Swap);
    StrBuilder b;
    for (ssize i = 0; i < strLength(self); i++) {
        uint32_t c = strCharAt(self, i);
        if (unicode::isUpper(c)) pushLower(b, self, i, c);
        else if (unicode::isLower(c)) pushMapped(b, unicode::toUpperFull, c);
        else b.push(c);
    }
    return b.finish();
}

Object* strCapitalize(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!noArgs("capitalize", nargs, kwnames)) return nullptr;
    if (asStr(self)->ascii) return asciiCaseMap(self, AsciiCase::Capitalize);
    StrBuilder b;
    for (ssize i = 0; i < strLength(self); i++) {
        uint32_t c = strCharAt(self, i);
        if (i == 0) pushMapped(b, unicode::toTitleFull, c);
        else pushLower(b, self, i, c);
    }
    return b.finish();
}

Object* strTitle(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!noArgs("title", nargs, kwnames)) return nullptr;
    if (asStr(self)->ascii) return asciiCaseMap(self, AsciiCase::Title);
    StrBuilder b;
    bool previousCased = false;
    for (ssize i = 0; i < strLength(self); i++) {
        uint32_t c = strCharAt(self, i);
        if (previousCased) pushLower(b, self, i, c);
        else pushMapped(b, unicode::toTitleFull, c);
        previousCased = unicode::isCased(c);
    }
    return b.finish();
}

// ---- Predicates ----

template <bool (*Pred)(uint32_t)>
Object* allChars(Object* self, const char* name, size_t nargs, Object* kwnames) {
    if (!noArgs(name, nargs, kwnames)) return nullptr;
    ssize n = strLength(self);
    if (n == 0) return newBool(false);
    for (ssize i = 0; i < n; i++)
        if (!Pred(strCharAt(self, i))) return newBool(false);
    return newBool(true);
}

bool isAlnumCp(uint32_t c) { return unicode::isAlnum(c); }
bool isAlphaCp(uint32_t c) { return unicode::isAlpha(c); }
bool isDecimalCp(uint32_t c) { return unicode::isDecimal(c); }
bool isDigitCp(uint32_t c) { return unicode::isDigit(c); }
bool isNumericCp(uint32_t c) { return unicode::isNumeric(c); }
bool isSpaceCp(uint32_t c) { return unicode::isSpace(c); }

Object* strIsalnum(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return allChars<isAlnumCp>(self, "isalnum", nargs, kwnames);
}
Object* strIsalpha(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return allChars<isAlphaCp>(self, "isalpha", nargs, kwnames);
}
Object* strIsdecimal(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return allChars<isDecimalCp>(self, "isdecimal", nargs, kwnames);
}
Object* strIsdigit(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return allChars<isDigitCp>(self, "isdigit", nargs, kwnames);
}
Object* strIsnumeric(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return allChars<isNumericCp>(self, "isnumeric", nargs, kwnames);
}
Object* strIsspace(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return allChars<isSpaceCp>(self, "isspace", nargs, kwnames);
}

Object* strIsascii(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgs("isascii", nargs, kwnames)) return nullptr;
    return newBool(asStr(self)->ascii);
}

Object* strIsprintable(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgs("isprintable", nargs, kwnames)) return nullptr;
    for (ssize i = 0; i < strLength(self); i++)
        if (!unicode::isPrintable(strCharAt(self, i))) return newBool(false);
    return newBool(true);
}

Object* strIsidentifier(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgs("isidentifier", nargs, kwnames)) return nullptr;
    ssize n = strLength(self);
    if (n == 0) return newBool(false);
    uint32_t c = strCharAt(self, 0);
    if (c != '_' && !unicode::isXidStart(c)) return newBool(false);
    for (ssize i = 1; i < n; i++)
        if (!unicode::isXidContinue(strCharAt(self, i))) return newBool(false);
    return newBool(true);
}

Object* strIslower(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgs("islower", nargs, kwnames)) return nullptr;
    bool cased = false;
    for (ssize i = 0; i < strLength(self); i++) {
        uint32_t c = strCharAt(self, i);
        if (unicode::isUpper(c) || unicode::isTitle(c)) return newBool(false);
        if (!cased && unicode::isLower(c)) cased = true;
    }
    return newBool(cased);
}

Object* strIsupper(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgs("isupper", nargs, kwnames)) return nullptr;
    bool cased = false;
    for (ssize i = 0; i < strLength(self); i++) {
        uint32_t c = strCharAt(self, i);
        if (unicode::isLower(c) || unicode::isTitle(c)) return newBool(false);
        if (!cased && unicode::isUpper(c)) cased = true;
    }
    return newBool(cased);
}

Object* strIstitle(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgs("istitle", nargs, kwnames)) return nullptr;
    bool cased = false, previousCased = false;
    for (ssize i = 0; i < strLength(self); i++) {
        uint32_t c = strCharAt(self, i);
        if (unicode::isUpper(c) || unicode::isTitle(c)) {
            if (previousCased) return newBool(false);
            previousCased = cased = true;
        } else if (unicode::isLower(c)) {
            if (!previousCased) return newBool(false);
            previousCased = cased = true;
        } else {
            previousCased = false;
        }
    }
    return newBool(cased);
}

// ---- Padding ----

Object* pad(Object* self, ssize left, ssize right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return exactCopy(self);
    StrBuilder b;
    b.repeat(fill, left);
    b.append(self);
    b.repeat(fill, right);
    return b.finish();
}

bool fillArgs(const char* name, Object* const* args, size_t nargs, Object* kwnames, ssize* width,
              uint32_t* fill) {
    if (!posArgs(name, nargs, kwnames, 1, 2)) return false;
    if (!ssizeArg(args[0], width)) return false;
    *fill = ' ';
    if (nargs > 1) {
        if (!isStr(args[1])) {
            setError(&ExcTypeError, "The fill character must be a unicode character, not %T",
                     args[1]);
            return false;
        }
        if (strLength(args[1]) != 1) {
            setError(&ExcTypeError, "The fill character must be exactly one character long");
            return false;
        }
        *fill = strCharAt(args[1], 0);
    }
    return true;
}

Object* strCenter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize width;
    uint32_t fill;
    if (!fillArgs("center", args, nargs, kwnames, &width, &fill)) return nullptr;
    ssize len = strLength(self);
    if (width <= len) return exactCopy(self);
    ssize marg = width - len;
    ssize left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

Object* strLjust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize width;
    uint32_t fill;
    if (!fillArgs("ljust", args, nargs, kwnames, &width, &fill)) return nullptr;
    return pad(self, 0, width - strLength(self), fill);
}

Object* strRjust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize width;
    uint32_t fill;
    if (!fillArgs("rjust", args, nargs, kwnames, &width, &fill)) return nullptr;
    return pad(self, width - strLength(self), 0, fill);
}

Object* strZfill(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!oneArg("zfill", nargs, kwnames)) return nullptr;
    ssize width;
    if (!ssizeArg(args[0], &width)) return nullptr;
    ssize len = strLength(self);
    if (len >= width) return exactCopy(self);
    ssize fill = width - len;
    StrBuilder b;
    ssize from = 0;
    if (len > 0) {
        uint32_t c = strCharAt(self, 0);
        if (c == '+' || c == '-') {
            b.push(c);
            from = 1;
        }
    }
    b.repeat('0', fill);
    b.append(self, from, len);
    return b.finish();
}

Object* strExpandtabs(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"tabsize"};
    Object* a[1];
    if (!parseArgs("expandtabs", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    ssize tabsize = 8;
    if (a[0] && !ssizeArg(a[0], &tabsize)) return nullptr;
    StrBuilder b;
    ssize col = 0;
    for (ssize i = 0; i < strLength(self); i++) {
        uint32_t c = strCharAt(self, i);
        if (c == '\t') {
            if (tabsize > 0) {
                ssize incr = tabsize - (col % tabsize);
                col += incr;
                b.repeat(' ', incr);
            }
        } else {
            col++;
            b.push(c);
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return b.finish();
}

// ---- Stripping ----

bool inChars(Object* chars, uint32_t c) {
    if (!chars) return unicode::isSpace(c);
    for (ssize k = 0; k < strLength(chars); k++)
        if (strCharAt(chars, k) == c) return true;
    return false;
}

Object* stripCommon(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                    const char* name, bool left, bool right) {
    if (!posArgs(name, nargs, kwnames, 0, 1)) return nullptr;
    Object* chars = nullptr;
    if (nargs > 0 && !isNone(args[0])) {
        if (!isStr(args[0])) return setError(&ExcTypeError, "%s arg must be None or str", name);
        chars = args[0];
    }
    ssize i = 0, j = strLength(self);
    if (left) while (i < j && inChars(chars, strCharAt(self, i))) i++;
    if (right) while (j > i && inChars(chars, strCharAt(self, j - 1))) j--;
    return strSubstring(self, i, j);
}

Object* strStrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return stripCommon(self, args, nargs, kwnames, "strip", true, true);
}
Object* strLstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return stripCommon(self, args, nargs, kwnames, "lstrip", true, false);
}
Object* strRstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return stripCommon(self, args, nargs, kwnames, "rstrip", false, true);
}

// ---- Splitting ----

bool appendSub(Object* list, Object* s, ssize a, ssize b) {
    Object* part = strSubstring(s, a, b);
    if (!part) return false;
    int r = listAppend(list, part);
    decref(part);
    return r == 0;
}

// split()/rsplit()'s result list, preallocated as CPython's for min(maxsplit + 1, 12) parts
// (so sys.getsizeof agrees) and filled in place until that room is used up.
class SplitList {
public:
    explicit SplitList(ssize maxsplit) {
        constexpr ssize kMaxPrealloc = 12;
        list_ = Ref<>::steal(listNew(maxsplit >= kMaxPrealloc ? kMaxPrealloc : maxsplit + 1));
        if (list_) asList(list_.get())->size = 0;
    }
    bool ok() const { return static_cast<bool>(list_); }
    bool add(Object* s, ssize a, ssize b) {
        Object* part = strSubstring(s, a, b);
        if (!part) return false;
        ListObject* l = asList(list_.get());
        if (l->size < l->allocated) {
            l->items[l->size++] = part;
            return true;
        }
        int r = listAppend(list_.get(), part);
        decref(part);
        return r == 0;
    }
    Object* get() const { return list_.get(); }
    Object* release() { return list_.release(); }

private:
    Ref<> list_;
};

bool splitArgs(const char* name, Object* const* args, size_t nargs, Object* kwnames,
               Object** sep, ssize* maxsplit) {
    static const char* const kNames[] = {"sep", "maxsplit"};
    Object* a[2] = {nullptr, nullptr};
    if (!kwnames && nargs <= 2) {
        // Positional arguments only (the common s.split() / s.split(",")): nothing to check.
        for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    } else if (!parseArgs(name, args, nargs, kwnames, kNames, 2, 0, a)) {
        return false;
    }
    *sep = nullptr;
    *maxsplit = -1;
    if (a[0] && !isNone(a[0])) {
        if (!isStr(a[0])) {
            setError(&ExcTypeError, "must be str or None, not %T", a[0]);
            return false;
        }
        if (strLength(a[0]) == 0) {
            setError(&ExcValueError, "empty separator");
            return false;
        }
        *sep = a[0];
    }
    if (a[1] && !ssizeArg(a[1], maxsplit)) return false;
    if (*maxsplit < 0) *maxsplit = PTRDIFF_MAX;
    return true;
}

// split()/rsplit() with a separator longer or wider than the string: [self] itself, even for
// a str subclass (CPython's early return, a one-slot list).
Object* splitUnsplittable(Object* self) {
    Object* l = listNew(1);
    if (l) asList(l)->items[0] = newRef(self);
    return l;
}

// split() on runs of whitespace over code units of type C.
template <typename C>
bool splitWhitespace(SplitList& out, Object* self, ssize maxsplit) {
    const C* p = static_cast<const C*>(asStr(self)->data);
    ssize n = strLength(self);
    ssize i = 0;
    while (true) {
        while (i < n && unicode::isSpace(p[i])) i++;
        if (i >= n) break;
        if (maxsplit-- <= 0) return out.add(self, i, n);
        ssize j = i;
        while (j < n && !unicode::isSpace(p[j])) j++;
        if (!out.add(self, i, j)) return false;
        i = j;
    }
    return true;
}

Object* strSplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* sep;
    ssize maxsplit;
    if (!splitArgs("split", args, nargs, kwnames, &sep, &maxsplit)) return nullptr;
    if (sep && (asStr(self)->kind < asStr(sep)->kind || strLength(self) < strLength(sep)))
        return splitUnsplittable(self);
    SplitList list(maxsplit);
    if (!list.ok()) return nullptr;
    ssize n = strLength(self);
    if (!sep) {
        bool ok;
        switch (asStr(self)->kind) {
        case 1: ok = splitWhitespace<uint8_t>(list, self, maxsplit); break;
        case 2: ok = splitWhitespace<uint16_t>(list, self, maxsplit); break;
        default: ok = splitWhitespace<uint32_t>(list, self, maxsplit); break;
        }
        return ok ? list.release() : nullptr;
    }
    ssize m = strLength(sep);
    ssize pos = 0;
    if (m == 1 && asStr(self)->kind == 1 && asStr(sep)->kind == 1) {
        // One-character separator in a 1-byte string: memchr.
        const uint8_t* p = static_cast<const uint8_t*>(asStr(self)->data);
        int c = *static_cast<const uint8_t*>(asStr(sep)->data);
        while (maxsplit-- > 0) {
            const void* hit = std::memchr(p + pos, c, static_cast<size_t>(n - pos));
            if (!hit) break;
            ssize k = static_cast<const uint8_t*>(hit) - p;
            if (!list.add(self, pos, k)) return nullptr;
            pos = k + 1;
        }
    } else {
        while (maxsplit-- > 0) {
            ssize k = strFindIn(self, sep, pos, n, false);
            if (k < 0) break;
            if (!list.add(self, pos, k)) return nullptr;
            pos = k + m;
        }
    }
    if (!list.add(self, pos, n)) return nullptr;
    return list.release();
}

Object* strRsplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* sep;
    ssize maxsplit;
    if (!splitArgs("rsplit", args, nargs, kwnames, &sep, &maxsplit)) return nullptr;
    if (sep && (asStr(self)->kind < asStr(sep)->kind || strLength(self) < strLength(sep)))
        return splitUnsplittable(self);
    SplitList list(maxsplit);
    if (!list.ok()) return nullptr;
    ssize n = strLength(self);
    if (!sep) {
        ssize j = n;
        while (true) {
            while (j > 0 && unicode::isSpace(strCharAt(self, j - 1))) j--;
            if (j <= 0) break;
            if (maxsplit-- <= 0) {
                if (!list.add(self, 0, j)) return nullptr;
                break;
            }
            ssize i = j;
            while (i > 0 && !unicode::isSpace(strCharAt(self, i - 1))) i--;
            if (!list.add(self, i, j)) return nullptr;
            j = i;
        }
    } else {
        ssize m = strLength(sep);
        ssize end = n;
        while (maxsplit-- > 0) {
            ssize k = strFindIn(self, sep, 0, end, true);
            if (k < 0) break;
            if (!list.add(self, k + m, end)) return nullptr;
            end = k;
        }
        if (!list.add(self, 0, end)) return nullptr;
    }
    if (listReverse(list.get()) < 0) return nullptr;
    return list.release();
}

Object* strSplitlines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"keepends"};
    Object* a[1];
    if (!parseArgs("splitlines", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    int keepends = 0;
    if (a[0]) {
        keepends = isTrue(a[0]);
        if (keepends < 0) return nullptr;
    }
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    ssize n = strLength(self);
    ssize i = 0;
    while (i < n) {
        ssize j = i;
        while (j < n && !unicode::isLinebreak(strCharAt(self, j))) j++;
        ssize eol = j;
        if (j < n) {
            if (strCharAt(self, j) == '\r' && j + 1 < n && strCharAt(self, j + 1) == '\n') j += 2;
            else j++;
            if (keepends) eol = j;
        }
        if (!appendSub(list.get(), self, i, eol)) return nullptr;
        i = j;
    }
    return list.release();
}

Object* partitionCommon(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                        const char* name, bool reverse) {
    if (!oneArg(name, nargs, kwnames)) return nullptr;
    Object* sep = requireStr(args[0]);
    if (!sep) return nullptr;
    if (strLength(sep) == 0) return setError(&ExcValueError, "empty separator");
    ssize n = strLength(self);
    ssize k = strFindIn(self, sep, 0, n, reverse);
    if (k < 0) {
        Ref<> whole = Ref<>::steal(exactCopy(self));
        if (!whole) return nullptr;
        if (reverse) return tuplePack({emptyStr(), emptyStr(), whole.get()});
        return tuplePack({whole.get(), emptyStr(), emptyStr()});
    }
    Ref<> before = Ref<>::steal(strSubstring(self, 0, k));
    Ref<> after = Ref<>::steal(strSubstring(self, k + strLength(sep), n));
    Ref<> mid = Ref<>::steal(exactCopy(sep));
    if (!before || !after || !mid) return nullptr;
    return tuplePack({before.get(), mid.get(), after.get()});
}

Object* strPartition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return partitionCommon(self, args, nargs, kwnames, "partition", false);
}
Object* strRpartition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return partitionCommon(self, args, nargs, kwnames, "rpartition", true);
}

// ---- Replacing ----

Object* strReplace(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!posArgs("replace", nargs, kwnames, 2, 3)) return nullptr;
    for (int k = 0; k < 2; k++) {
        if (!isStr(args[k])) {
            return setError(&ExcTypeError, "replace() argument %d must be str, not %T", k + 1,
                            args[k]);
        }
    }
    Object* old = args[0];
    Object* rep = args[1];
    ssize count = -1;
    if (nargs > 2 && !ssizeArg(args[2], &count)) return nullptr;
    if (count < 0) count = PTRDIFF_MAX;
    ssize n = strLength(self), m = strLength(old);
    StrBuilder b;
    if (m == 0) {
        ssize done = 0;
        for (ssize i = 0; i <= n; i++) {
            if (done < count) {
                b.append(rep);
                done++;
            }
            if (i < n) b.push(strCharAt(self, i));
        }
        if (done == 0) return exactCopy(self);
        return b.finish();
    }
    ssize pos = 0, done = 0;
    while (done < count) {
        ssize k = strFindIn(self, old, pos, n, false);
        if (k < 0) break;
        b.append(self, pos, k);
        b.append(rep);
        pos = k + m;
        done++;
    }
    if (done == 0) return exactCopy(self);
    b.append(self, pos, n);
    return b.finish();
}

Object* affixCommon(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                    const char* name, bool suffix) {
    if (!oneArg(name, nargs, kwnames)) return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "%s() argument must be str, not %T", name, args[0]);
    }
    ssize n = strLength(self);
    ssize m = strLength(args[0]);
    if (m > 0 && tailMatch(self, args[0], 0, n, suffix)) {
        return suffix ? strSubstring(self, 0, n - m) : strSubstring(self, m, n);
    }
    return exactCopy(self);
}

Object* strRemoveprefix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return affixCommon(self, args, nargs, kwnames, "removeprefix", false);
}
Object* strRemovesuffix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return affixCommon(self, args, nargs, kwnames, "removesuffix", true);
}

Object* strJoinMethod(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!oneArg("join", nargs, kwnames)) return nullptr;
    return strJoin(self, args[0]);
}

// ---- translate / maketrans ----

Object* strTranslate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!oneArg("translate", nargs, kwnames)) return nullptr;
    Object* table = args[0];
    StrBuilder b;
    for (ssize i = 0; i < strLength(self); i++) {
        uint32_t c = strCharAt(self, i);
        Ref<> key = Ref<>::steal(intFromInt64(c));
        if (!key) return nullptr;
        Ref<> v = Ref<>::steal(getItem(table, key.get()));
        if (!v) {
            if (errMatches(&ExcLookupError)) {
                clearError();
                b.push(c);
                continue;
            }
            return nullptr;
        }
        if (isNone(v.get())) continue;
        if (isInt(v.get())) {
            int64_t cp;
            if (!intAsInt64(v.get(), &cp) || cp < 0 || cp > 0x10FFFF) {
                clearError();
                return setError(&ExcValueError, "character mapping must be in range(0x110000)");
            }
            b.push(static_cast<uint32_t>(cp));
        } else if (isStr(v.get())) {
            b.append(v.get());
        } else {
            return setError(&ExcTypeError, "character mapping must return integer, None or str");
        }
    }
    return b.finish();
}

Object* strMaketrans(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!posArgs("maketrans", nargs, kwnames, 1, 3)) return nullptr;
    Ref<> d = Ref<>::steal(dictNew());
    if (!d) return nullptr;
    if (nargs == 1) {
        Object* x = args[0];
        if (!isDict(x)) {
            return setError(&ExcTypeError,
                            "if you give only one argument to maketrans it must be a dict");
        }
        ssize pos = 0;
        Object *k, *v;
        while (dictNext(x, &pos, &k, &v)) {
            if (isStr(k)) {
                if (strLength(k) != 1) {
                    return setError(&ExcValueError,
                                    "string keys in translate table must be of length 1");
                }
                Ref<> key = Ref<>::steal(intFromInt64(strCharAt(k, 0)));
                if (!key || dictSetItem(d.get(), key.get(), v) < 0) return nullptr;
            } else if (isInt(k)) {
                if (dictSetItem(d.get(), k, v) < 0) return nullptr;
            } else {
                return setError(&ExcTypeError,
                                "keys in translate table must be strings or integers");
            }
        }
        return d.release();
    }
    for (size_t k = 0; k < nargs; k++) {
        if (!isStr(args[k])) {
            return setError(&ExcTypeError, "maketrans() argument %zu must be str, not %T", k + 1,
                            args[k]);
        }
    }
    Object* x = args[0];
    Object* y = args[1];
    if (strLength(x) != strLength(y)) {
        return setError(&ExcValueError,
                        "the first two maketrans arguments must have equal length");
    }
    for (ssize i = 0; i < strLength(x); i++) {
        Ref<> key = Ref<>::steal(intFromInt64(strCharAt(x, i)));
        Ref<> val = Ref<>::steal(intFromInt64(strCharAt(y, i)));
        if (!key || !val || dictSetItem(d.get(), key.get(), val.get()) < 0) return nullptr;
    }
    if (nargs == 3) {
        Object* z = args[2];
        for (ssize i = 0; i < strLength(z); i++) {
            Ref<> key = Ref<>::steal(intFromInt64(strCharAt(z, i)));
            if (!key || dictSetItem(d.get(), key.get(), none()) < 0) return nullptr;
        }
    }
    return d.release();
}

// ---- encode, formatting entry points, dunders ----

Object* strEncode(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"encoding", "errors"};
    Object* a[2];
    if (!parseArgs("encode", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    std::string enc = "utf-8", errors = "strict";
    for (int k = 0; k < 2; k++) {
        if (!a[k]) continue;
        if (!isStr(a[k])) {
            return setError(&ExcTypeError, "encode() argument '%s' must be str, not %T",
                            kNames[k], a[k]);
        }
        (k == 0 ? enc : errors) = strToStd(a[k]);
    }
    return codecsEncode(self, enc, errors);
}

Object* strFormatMethod(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return strFormatCall(self, args, nargs, kwnames);
}

Object* strFormatMapMethod(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!oneArg("format_map", nargs, kwnames)) return nullptr;
    return strFormatMap(self, args[0]);
}

Object* strDunderFormat(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!oneArg("__format__", nargs, kwnames)) return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "__format__() argument must be str, not %T", args[0]);
    }
    return strFormatSpec(self, args[0]);
}

Object* strGetnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgs("__getnewargs__", nargs, kwnames)) return nullptr;
    // A new object even for cached strings, as CPython's _PyUnicode_Copy (but the empty
    // string is the singleton).
    ssize n = strLength(self);
    if (n == 0) {
        Ref<> empty = Ref<>::steal(strFromAscii(""));
        return empty ? tuplePack({empty.get()}) : nullptr;
    }
    uint32_t maxChar = 0;
    for (ssize i = 0; i < n; i++) maxChar = std::max(maxChar, strCharAt(self, i));
    Ref<> copy = Ref<>::steal(strNew(n, maxChar));
    if (!copy) return nullptr;
    for (ssize i = 0; i < n; i++) strSetChar(copy.get(), i, strCharAt(self, i));
    return tuplePack({copy.get()});
}

Object* strSizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgs("__sizeof__", nargs, kwnames)) return nullptr;
    StrObject* s = asStr(self);
    // CPython 3.11's layout: PyASCIIObject (48 bytes) + data for ASCII strings, otherwise
    // PyCompactUnicodeObject (72 bytes) + data.
    ssize size;
    if (s->ascii) {
        size = 48 + s->length + 1;
    } else {
        size = 72 + (s->length + 1) * s->kind;   // (the UTF-8 cache is not counted)
    }
    return intFromSsize(size);
}

}  // namespace

extern const MethodDef kStrMethods[] = {
    {"encode", strEncode, 0, "Encode the string using the codec registered for encoding."},
    {"replace", strReplace, 0,
     "Return a copy with all occurrences of substring old replaced by new."},
    {"split", strSplit, 0,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", strRsplit, 0,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", strJoinMethod, 0, "Concatenate any number of strings."},
    {"capitalize", strCapitalize, 0, "Return a capitalized version of the string."},
    {"casefold", strCasefold, 0,
     "Return a version of the string suitable for caseless comparisons."},
    {"title", strTitle, 0, "Return a version of the string where each word is titlecased."},
    {"center", strCenter, 0, "Return a centered string of length width."},
    {"count", strCount, 0, "Return the number of non-overlapping occurrences of substring sub."},
    {"expandtabs", strExpandtabs, 0,
     "Return a copy where all tab characters are expanded using spaces."},
    {"find", strFind, 0, "Return the lowest index in S where substring sub is found."},
    {"partition", strPartition, 0,
     "Partition the string into three parts using the given separator."},
    {"index", strIndex, 0, "Return the lowest index in S where substring sub is found."},
    {"ljust", strLjust, 0, "Return a left-justified string of length width."},
    {"lower", strLower, 0, "Return a copy of the string converted to lowercase."},
    {"lstrip", strLstrip, 0, "Return a copy of the string with leading whitespace removed."},
    {"rfind", strRfind, 0, "Return the highest index in S where substring sub is found."},
    {"rindex", strRindex, 0, "Return the highest index in S where substring sub is found."},
    {"rjust", strRjust, 0, "Return a right-justified string of length width."},
    {"rstrip", strRstrip, 0, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", strRpartition, 0,
     "Partition the string into three parts using the given separator."},
    {"splitlines", strSplitlines, 0,
     "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", strStrip, 0,
     "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", strSwapcase, 0,
     "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", strTranslate, 0,
     "Replace each character in the string using the given translation table."},
    {"upper", strUpper, 0, "Return a copy of the string converted to uppercase."},
    {"startswith", strStartswith, 0,
     "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", strEndswith, 0,
     "Return True if S ends with the specified suffix, False otherwise."},
    {"removeprefix", strRemoveprefix, 0,
     "Return a str with the given prefix string removed if present."},
    {"removesuffix", strRemovesuffix, 0,
     "Return a str with the given suffix string removed if present."},
    {"isascii", strIsascii, 0,
     "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", strIslower, 0, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", strIsupper, 0,
     "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", strIstitle, 0,
     "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", strIsspace, 0,
     "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", strIsdecimal, 0,
     "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", strIsdigit, 0, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", strIsnumeric, 0,
     "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", strIsalpha, 0,
     "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", strIsalnum, 0,
     "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", strIsidentifier, 0,
     "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", strIsprintable, 0, "Return True if the string is printable, False otherwise."},
    {"zfill", strZfill, 0,
     "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", strFormatMethod, 0,
     "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", strFormatMapMethod, 0,
     "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", strDunderFormat, 0,
     "Return a formatted version of the string as described by format_spec."},
    {"maketrans", strMaketrans, kMethStatic,
     "Return a translation table usable for str.translate()."},
    {"__sizeof__", strSizeof, 0, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", strGetnewargs, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace krait
