// The _json accelerator module (CPython's Modules/_json.c): scanstring, make_scanner (the
// Scanner type json.decoder uses for loads), make_encoder (the one-shot Encoder json.encoder
// uses when indent is None) and encode_basestring(_ascii). Lib/json imports these and falls
// back to its pure-Python code only when they are missing, so messages, error positions
// (JSONDecodeError from json.decoder), StopIteration for "Expecting value", float repr and the
// order of hook calls follow the C module.
//
// Strings are scanned directly over their code-point array, templated on the width (1, 2 or
// 4 bytes); output text is accumulated by JsonWriter, which stays one byte per character
// until a character above U+00FF appears.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/import.h"
#include "modules/modules.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/num_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type JsonScannerType;
extern Type JsonEncoderType;

namespace {

// ---- Output text ----

// Accumulates text; one byte per character while every character is < 256, four after.
class JsonWriter {
public:
    void putAscii(const char* s, size_t n) {
        if (!wide_) {
            narrow_.append(s, n);
        } else {
            for (size_t i = 0; i < n; i++) wideBuf_.push_back(static_cast<unsigned char>(s[i]));
        }
    }
    void putAscii(const char* s) { putAscii(s, std::strlen(s)); }
    void putChar(uint32_t c) {
        if (c > max_) max_ = c;
        if (!wide_) {
            if (c < 256) {
                narrow_.push_back(static_cast<char>(c));
                return;
            }
            widen();
        }
        wideBuf_.push_back(c);
    }
    // Appends s[start:end) of a str.
    void putStr(Object* s, ssize start, ssize end) {
        StrObject* so = asStr(s);
        if (end <= start) return;
        if (so->kind == 1) {
            const uint8_t* p = static_cast<const uint8_t*>(so->data);
            if (!so->ascii) {
                for (ssize i = start; i < end; i++)
                    if (p[i] > max_) max_ = p[i];
            }
            if (!wide_) {
                narrow_.append(reinterpret_cast<const char*>(p + start),
                               static_cast<size_t>(end - start));
            } else {
                wideBuf_.insert(wideBuf_.end(), p + start, p + end);
            }
            return;
        }
        for (ssize i = start; i < end; i++) putChar(strCharAt(s, i));
    }
    void putStr(Object* s) { putStr(s, 0, strLength(s)); }
    size_t size() const { return wide_ ? wideBuf_.size() : narrow_.size(); }
    void clear() {
        narrow_.clear();
        wideBuf_.clear();
        wide_ = false;
        max_ = 0;
    }
    // A new str with the text written so far.
    Object* finish() const {
        ssize n = static_cast<ssize>(size());
        if (n == 0) return newRef(emptyStr());
        Object* r = strNew(n, max_);
        if (!r) return nullptr;
        StrObject* so = asStr(r);
        if (!wide_) {
            std::memcpy(so->data, narrow_.data(), narrow_.size());
        } else if (so->kind == 2) {
            uint16_t* d = static_cast<uint16_t*>(so->data);
            for (ssize i = 0; i < n; i++) d[i] = static_cast<uint16_t>(wideBuf_[i]);
        } else {
            std::memcpy(so->data, wideBuf_.data(), wideBuf_.size() * 4);
        }
        return r;
    }

private:
    void widen() {
        wide_ = true;
        wideBuf_.reserve(narrow_.size() * 2 + 16);
        for (unsigned char c : narrow_) wideBuf_.push_back(c);
        narrow_.clear();
    }
    std::string narrow_;
    std::vector<uint32_t> wideBuf_;
    bool wide_ = false;
    uint32_t max_ = 0;
};

const char kHexDigits[] = "0123456789abcdef";

void putUnicodeEscape(JsonWriter& w, uint32_t c) {
    char buf[6] = {'\\', 'u', kHexDigits[(c >> 12) & 0xf], kHexDigits[(c >> 8) & 0xf],
                   kHexDigits[(c >> 4) & 0xf], kHexDigits[c & 0xf]};
    w.putAscii(buf, 6);
}

// The two-character escape of c, or 0.
char shortEscape(uint32_t c) {
    switch (c) {
    case '\\': return '\\';
    case '"': return '"';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    default: return 0;
    }
}

// Appends the JSON string literal of s (with quotes). ascii: escape everything outside
// ' '..'~' (as encode_basestring_ascii; astral characters as surrogate pairs).
template <class T>
void writeJsonStringT(JsonWriter& w, Object* s, const T* p, ssize n, bool ascii) {
    w.putChar('"');
    ssize runStart = 0;
    for (ssize i = 0; i < n; i++) {
        uint32_t c = p[i];
        bool plain = ascii ? (c >= ' ' && c <= '~' && c != '\\' && c != '"')
                           : (c >= ' ' && c != '\\' && c != '"');
        if (plain) continue;
        w.putStr(s, runStart, i);
        runStart = i + 1;
        char e = shortEscape(c);
        if (e) {
            char buf[2] = {'\\', e};
            w.putAscii(buf, 2);
        } else if (c >= 0x10000) {
            uint32_t v = c - 0x10000;
            putUnicodeEscape(w, 0xd800 | ((v >> 10) & 0x3ff));
            putUnicodeEscape(w, 0xdc00 | (v & 0x3ff));
        } else {
            putUnicodeEscape(w, c);
        }
    }
    w.putStr(s, runStart, n);
    w.putChar('"');
}

void writeJsonString(JsonWriter& w, Object* s, bool ascii) {
    StrObject* so = asStr(s);
    switch (so->kind) {
    case 1:
        writeJsonStringT(w, s, static_cast<const uint8_t*>(so->data), so->length, ascii);
        break;
    case 2:
        writeJsonStringT(w, s, static_cast<const uint16_t*>(so->data), so->length, ascii);
        break;
    default:
        writeJsonStringT(w, s, static_cast<const uint32_t*>(so->data), so->length, ascii);
        break;
    }
}

Object* encodeBasestringImpl(Object* s, bool ascii) {
    if (!isStr(s)) {
        return setError(&ExcTypeError, "first argument must be a string, not %.80s",
                        typeName(s->type));
    }
    JsonWriter w;
    writeJsonString(w, s, ascii);
    return w.finish();
}

Object* encodeBasestringAscii(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("encode_basestring_ascii", kwnames) ||
        !checkArgCount("encode_basestring_ascii", nargs, 1, 1)) {
        return nullptr;
    }
    return encodeBasestringImpl(args[0], true);
}

Object* encodeBasestring(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("encode_basestring", kwnames) ||
        !checkArgCount("encode_basestring", nargs, 1, 1)) {
        return nullptr;
    }
    return encodeBasestringImpl(args[0], false);
}

// ---- Decoding ----

// Raises json.decoder.JSONDecodeError(msg, doc, pos); always returns null.
Object* raiseDecodeError(const char* msg, Object* doc, ssize pos) {
    Ref<> mod = Ref<>::steal(importModule("json.decoder"));
    if (!mod) return nullptr;
    Ref<> cls = Ref<>::steal(getAttr(mod.get(), "JSONDecodeError"));
    if (!cls) return nullptr;
    Ref<> m = Ref<>::steal(strFromAscii(msg));
    Ref<> p = Ref<>::steal(intFromSsize(pos));
    if (!m || !p) return nullptr;
    Object* cargs[3] = {m.get(), doc, p.get()};
    Ref<> exc = Ref<>::steal(call(cls.get(), cargs, 3));
    if (!exc) return nullptr;
    setErrorObject(exc.get()->type, exc.get());
    return nullptr;
}

Object* raiseStopIteration(ssize idx) {
    Ref<> v = Ref<>::steal(intFromSsize(idx));
    if (!v) return nullptr;
    setErrorObject(&ExcStopIteration, v.get());
    return nullptr;
}

int hexValue(uint32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
}

// Scans the JSON string whose body starts at `end` (just after the opening quote). Returns
// the decoded str and stores the index after the closing quote in *nextEnd.
template <class T>
Object* scanStringT(Object* doc, const T* p, ssize len, ssize end, bool strict, ssize* nextEnd,
                    JsonWriter& w) {
    ssize begin = end - 1;
    if (end < 0 || len < end) return setError(&ExcValueError, "end is out of bounds");
    // Fast path: no escapes before the closing quote.
    {
        ssize i = end;
        for (; i < len; i++) {
            uint32_t c = p[i];
            if (c == '"' || c == '\\') break;
            if (c <= 0x1f && strict) {
                return raiseDecodeError("Invalid control character at", doc, i);
            }
        }
        if (i < len && p[i] == '"') {
            *nextEnd = i + 1;
            return strSubstring(doc, end, i);
        }
    }
    w.clear();
    while (true) {
        ssize next = end;
        uint32_t c = 0;
        for (; next < len; next++) {
            c = p[next];
            if (c == '"' || c == '\\') break;
            if (c <= 0x1f && strict) {
                return raiseDecodeError("Invalid control character at", doc, next);
            }
        }
        if (next >= len || !(c == '"' || c == '\\')) {
            return raiseDecodeError("Unterminated string starting at", doc, begin);
        }
        w.putStr(doc, end, next);
        next++;
        if (c == '"') {
            end = next;
            break;
        }
        if (next == len) return raiseDecodeError("Unterminated string starting at", doc, begin);
        c = p[next];
        if (c != 'u') {
            end = next + 1;
            switch (c) {
            case '"': break;
            case '\\': break;
            case '/': break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            default: return raiseDecodeError("Invalid \\escape", doc, end - 2);
            }
        } else {
            c = 0;
            next++;
            end = next + 4;
            if (end >= len) return raiseDecodeError("Invalid \\uXXXX escape", doc, next - 1);
            for (; next < end; next++) {
                int d = hexValue(p[next]);
                if (d < 0) return raiseDecodeError("Invalid \\uXXXX escape", doc, end - 5);
                c = (c << 4) | static_cast<uint32_t>(d);
            }
            // A high surrogate followed by an escaped low surrogate joins into one character.
            if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && p[next] == '\\' &&
                p[next + 1] == 'u') {
                next += 2;
                uint32_t c2 = 0;
                end += 6;
                for (; next < end; next++) {
                    int d = hexValue(p[next]);
                    if (d < 0) return raiseDecodeError("Invalid \\uXXXX escape", doc, end - 5);
                    c2 = (c2 << 4) | static_cast<uint32_t>(d);
                }
                if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                    c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
                } else {
                    end -= 6;
                }
            }
        }
        w.putChar(c);
    }
    *nextEnd = end;
    return w.finish();
}

Object* scanString(Object* doc, ssize end, bool strict, ssize* nextEnd, JsonWriter& w) {
    StrObject* so = asStr(doc);
    switch (so->kind) {
    case 1:
        return scanStringT(doc, static_cast<const uint8_t*>(so->data), so->length, end, strict,
                           nextEnd, w);
    case 2:
        return scanStringT(doc, static_cast<const uint16_t*>(so->data), so->length, end,
                           strict, nextEnd, w);
    default:
        return scanStringT(doc, static_cast<const uint32_t*>(so->data), so->length, end,
                           strict, nextEnd, w);
    }
}

Object* jsonScanstring(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("scanstring", kwnames) || !checkArgCount("scanstring", nargs, 2, 3))
        return nullptr;
    Object* s = args[0];
    ssize end = asSsize(args[1], &ExcOverflowError);
    if (end == -1 && errOccurred()) return nullptr;
    bool strict = true;
    if (nargs > 2) {
        int v = isTrue(args[2]);
        if (v < 0) return nullptr;
        strict = v;
    }
    if (!isStr(s)) {
        return setError(&ExcTypeError, "first argument must be a string, not %.80s",
                        typeName(s->type));
    }
    JsonWriter w;
    ssize next = 0;
    Ref<> r = Ref<>::steal(scanString(s, end, strict, &next, w));
    if (!r) return nullptr;
    Ref<> idx = Ref<>::steal(intFromSsize(next));
    if (!idx) return nullptr;
    return tuplePack({r.get(), idx.get()});
}

struct ScannerObject {
    Object ob;
    bool strict;
    Object* objectHook;
    Object* objectPairsHook;
    Object* parseFloat;
    Object* parseInt;
    Object* parseConstant;
    Object* memo;   // dict: key str -> the same str, per call (shares equal keys)
};

ScannerObject* asScanner(Object* o) { return reinterpret_cast<ScannerObject*>(o); }

inline bool isJsonSpace(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// One scan over a document of code units T.
template <class T>
struct Scan {
    ScannerObject* s;
    Object* doc;
    const T* p;
    ssize len;
    JsonWriter w;

    Object* scanOnce(ssize idx, ssize* next);
    Object* parseObject(ssize idx, ssize* next);
    Object* parseArray(ssize idx, ssize* next);
    Object* matchNumber(ssize start, ssize* next);
    Object* parseConstant(const char* name, ssize idx, ssize n, ssize* next) {
        Ref<> str = Ref<>::steal(strFromAscii(name));
        if (!str) return nullptr;
        *next = idx + n;
        return callOneArg(s->parseConstant, str.get());
    }
    bool matches(ssize idx, const char* word) const {
        for (ssize k = 0; word[k]; k++)
            if (p[idx + k] != static_cast<unsigned char>(word[k])) return false;
        return true;
    }
    ssize skipSpace(ssize idx) const {
        while (idx < len && isJsonSpace(p[idx])) idx++;
        return idx;
    }
};

template <class T>
Object* Scan<T>::scanOnce(ssize idx, ssize* next) {
    if (idx < 0) return setError(&ExcValueError, "idx cannot be negative");
    if (idx >= len) return raiseStopIteration(idx);
    switch (p[idx]) {
    case '"': return scanStringT(doc, p, len, idx + 1, s->strict, next, w);
    case '{': {
        if (!enterRecursiveCall(" while decoding a JSON object from a unicode string"))
            return nullptr;
        Object* r = parseObject(idx + 1, next);
        leaveRecursiveCall();
        return r;
    }
    case '[': {
        if (!enterRecursiveCall(" while decoding a JSON array from a unicode string"))
            return nullptr;
        Object* r = parseArray(idx + 1, next);
        leaveRecursiveCall();
        return r;
    }
    case 'n':
        if (idx + 3 < len && matches(idx, "null")) {
            *next = idx + 4;
            return newNone();
        }
        break;
    case 't':
        if (idx + 3 < len && matches(idx, "true")) {
            *next = idx + 4;
            return newBool(true);
        }
        break;
    case 'f':
        if (idx + 4 < len && matches(idx, "false")) {
            *next = idx + 5;
            return newBool(false);
        }
        break;
    case 'N':
        if (idx + 2 < len && matches(idx, "NaN")) return parseConstant("NaN", idx, 3, next);
        break;
    case 'I':
        if (idx + 7 < len && matches(idx, "Infinity"))
            return parseConstant("Infinity", idx, 8, next);
        break;
    case '-':
        if (idx + 8 < len && matches(idx, "-Infinity"))
            return parseConstant("-Infinity", idx, 9, next);
        break;
    default: break;
    }
    return matchNumber(idx, next);
}

template <class T>
Object* Scan<T>::parseObject(ssize idx, ssize* next) {
    bool pairs = !isNone(s->objectPairsHook);
    Ref<> rval = Ref<>::steal(pairs ? listNew(0) : dictNew());
    if (!rval) return nullptr;
    idx = skipSpace(idx);
    if (idx >= len || p[idx] != '}') {
        while (true) {
            if (idx >= len || p[idx] != '"') {
                return raiseDecodeError("Expecting property name enclosed in double quotes",
                                        doc, idx);
            }
            ssize after = 0;
            Ref<> key = Ref<>::steal(scanStringT(doc, p, len, idx + 1, s->strict, &after, w));
            if (!key) return nullptr;
            Object* memoKey = dictSetDefault(s->memo, key.get(), key.get());
            if (!memoKey) return nullptr;
            key = Ref<>::borrow(memoKey);
            idx = skipSpace(after);
            if (idx >= len || p[idx] != ':') {
                return raiseDecodeError("Expecting ':' delimiter", doc, idx);
            }
            idx = skipSpace(idx + 1);
            ssize valEnd = 0;
            Ref<> val = Ref<>::steal(scanOnce(idx, &valEnd));
            if (!val) return nullptr;
            if (pairs) {
                Ref<> item = Ref<>::steal(tuplePack({key.get(), val.get()}));
                if (!item || listAppend(rval.get(), item.get()) < 0) return nullptr;
            } else if (dictSetItem(rval.get(), key.get(), val.get()) < 0) {
                return nullptr;
            }
            idx = skipSpace(valEnd);
            if (idx < len && p[idx] == '}') break;
            if (idx >= len || p[idx] != ',') {
                return raiseDecodeError("Expecting ',' delimiter", doc, idx);
            }
            idx = skipSpace(idx + 1);
        }
    }
    *next = idx + 1;
    if (pairs) return callOneArg(s->objectPairsHook, rval.get());
    if (!isNone(s->objectHook)) return callOneArg(s->objectHook, rval.get());
    return rval.release();
}

template <class T>
Object* Scan<T>::parseArray(ssize idx, ssize* next) {
    Ref<> rval = Ref<>::steal(listNew(0));
    if (!rval) return nullptr;
    idx = skipSpace(idx);
    if (idx >= len || p[idx] != ']') {
        while (true) {
            ssize valEnd = 0;
            Ref<> val = Ref<>::steal(scanOnce(idx, &valEnd));
            if (!val) return nullptr;
            if (listAppend(rval.get(), val.get()) < 0) return nullptr;
            idx = skipSpace(valEnd);
            if (idx < len && p[idx] == ']') break;
            if (idx >= len || p[idx] != ',') {
                return raiseDecodeError("Expecting ',' delimiter", doc, idx);
            }
            idx = skipSpace(idx + 1);
        }
    }
    *next = idx + 1;
    return rval.release();
}

inline bool isDigit(uint32_t c) { return c >= '0' && c <= '9'; }

template <class T>
Object* Scan<T>::matchNumber(ssize start, ssize* next) {
    ssize idx = start;
    ssize endIdx = len - 1;
    if (p[idx] == '-') {
        idx++;
        if (idx > endIdx) return raiseStopIteration(start);
    }
    if (p[idx] >= '1' && p[idx] <= '9') {
        idx++;
        while (idx <= endIdx && isDigit(p[idx])) idx++;
    } else if (p[idx] == '0') {
        idx++;
    } else {
        return raiseStopIteration(start);
    }
    bool isFloatNum = false;
    if (idx < endIdx && p[idx] == '.' && isDigit(p[idx + 1])) {
        isFloatNum = true;
        idx += 2;
        while (idx <= endIdx && isDigit(p[idx])) idx++;
    }
    if (idx < endIdx && (p[idx] == 'e' || p[idx] == 'E')) {
        ssize eStart = idx;
        idx++;
        if (idx < endIdx && (p[idx] == '-' || p[idx] == '+')) idx++;
        while (idx <= endIdx && isDigit(p[idx])) idx++;
        if (isDigit(p[idx - 1])) {
            isFloatNum = true;
        } else {
            idx = eStart;
        }
    }
    *next = idx;
    Object* custom = nullptr;
    if (isFloatNum && s->parseFloat != asObject(&FloatType)) {
        custom = s->parseFloat;
    } else if (!isFloatNum && s->parseInt != asObject(&IntType)) {
        custom = s->parseInt;
    }
    if (custom) {
        Ref<> numstr = Ref<>::steal(strSubstring(doc, start, idx));
        if (!numstr) return nullptr;
        return callOneArg(custom, numstr.get());
    }
    ssize n = idx - start;
    if (!isFloatNum && n <= 18) {
        int64_t v = 0;
        ssize i = start;
        bool neg = p[i] == '-';
        if (neg) i++;
        for (; i < idx; i++) v = v * 10 + static_cast<int64_t>(p[i] - '0');
        return intFromInt64(neg ? -v : v);
    }
    std::string text;
    text.reserve(static_cast<size_t>(n));
    for (ssize i = start; i < idx; i++) text.push_back(static_cast<char>(p[i]));
    if (isFloatNum) {
        double d = 0;
        if (!parseFloat(text, d)) {
            return setError(&ExcValueError, "could not convert string to float: '%s'",
                            text.c_str());
        }
        return floatFromDouble(d);
    }
    return intFromString(text, 10);
}

template <class T>
Object* runScan(ScannerObject* s, Object* doc, const T* p, ssize idx, ssize* next) {
    Scan<T> sc{s, doc, p, strLength(doc), {}};
    return sc.scanOnce(idx, next);
}

Object* scannerCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"string", "idx"};
    Object* a[2] = {};
    if (!parseArgs("scan_once", args, nargs, kwnames, kNames, 2, 2, a)) return nullptr;
    Object* doc = a[0];
    ssize idx = asSsize(a[1], &ExcOverflowError);
    if (idx == -1 && errOccurred()) return nullptr;
    if (!isStr(doc)) {
        return setError(&ExcTypeError, "first argument must be a string, not %.80s",
                        typeName(doc->type));
    }
    ScannerObject* s = asScanner(self);
    ssize next = 0;
    StrObject* so = asStr(doc);
    Ref<> r;
    switch (so->kind) {
    case 1:
        r = Ref<>::steal(runScan(s, doc, static_cast<const uint8_t*>(so->data), idx, &next));
        break;
    case 2:
        r = Ref<>::steal(runScan(s, doc, static_cast<const uint16_t*>(so->data), idx, &next));
        break;
    default:
        r = Ref<>::steal(runScan(s, doc, static_cast<const uint32_t*>(so->data), idx, &next));
        break;
    }
    dictClear(s->memo);
    if (!r) return nullptr;
    Ref<> n = Ref<>::steal(intFromSsize(next));
    if (!n) return nullptr;
    return tuplePack({r.get(), n.get()});
}

Object* scannerNew(Type* t, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"context"};
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return nullptr;
    Object* a[1] = {};
    if (!parseArgs("make_scanner", flat.data(), static_cast<size_t>(tupleSize(args)),
                   kwnames.get(), kNames, 1, 1, a)) {
        return nullptr;
    }
    Object* ctx = a[0];
    Ref<> self = Ref<>::steal(allocObject(t));
    if (!self) return nullptr;
    ScannerObject* s = asScanner(self.get());
    s->memo = dictNew();
    if (!s->memo) return nullptr;
    Ref<> strict = Ref<>::steal(getAttr(ctx, "strict"));
    if (!strict) return nullptr;
    int sv = isTrue(strict.get());
    if (sv < 0) return nullptr;
    s->strict = sv;
    struct {
        const char* name;
        Object** slot;
    } fields[] = {{"object_hook", &s->objectHook},
                  {"object_pairs_hook", &s->objectPairsHook},
                  {"parse_float", &s->parseFloat},
                  {"parse_int", &s->parseInt},
                  {"parse_constant", &s->parseConstant}};
    for (auto& f : fields) {
        *f.slot = getAttr(ctx, f.name);
        if (!*f.slot) return nullptr;
    }
    return self.release();
}

void scannerClear(Object* self) {
    ScannerObject* s = asScanner(self);
    clearRef(s->objectHook);
    clearRef(s->objectPairsHook);
    clearRef(s->parseFloat);
    clearRef(s->parseInt);
    clearRef(s->parseConstant);
    clearRef(s->memo);
}

void scannerDealloc(Object* self) {
    scannerClear(self);
    freeObject(self);
}

void scannerTraverse(Object* self, VisitFn visit, void* arg) {
    ScannerObject* s = asScanner(self);
    Object* fields[] = {s->objectHook, s->objectPairsHook, s->parseFloat, s->parseInt,
                        s->parseConstant, s->memo};
    for (Object* o : fields)
        if (o) visit(o, arg);
}

Object* scannerGetStrict(Object* self, void*) { return newBool(asScanner(self)->strict); }

const MemberDef kScannerMembers[] = {
    {"object_hook", MemberKind::ObjectReadOnly, offsetof(ScannerObject, objectHook),
     "object_hook"},
    {"object_pairs_hook", MemberKind::ObjectReadOnly, offsetof(ScannerObject, objectPairsHook),
     nullptr},
    {"parse_float", MemberKind::ObjectReadOnly, offsetof(ScannerObject, parseFloat),
     "parse_float"},
    {"parse_int", MemberKind::ObjectReadOnly, offsetof(ScannerObject, parseInt), "parse_int"},
    {"parse_constant", MemberKind::ObjectReadOnly, offsetof(ScannerObject, parseConstant),
     "parse_constant"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

const GetSetDef kScannerGetSets[] = {
    {"strict", scannerGetStrict, nullptr, "strict", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- Encoding ----

struct EncoderObject {
    Object ob;
    Object* markers;
    Object* defaultFn;
    Object* encoder;
    Object* indent;
    Object* keySeparator;
    Object* itemSeparator;
    bool sortKeys;
    bool skipKeys;
    bool allowNan;
    int8_t fastEncode;   // 0: call encoder; 1: encode_basestring_ascii; 2: encode_basestring
};

EncoderObject* asEncoder(Object* o) { return reinterpret_cast<EncoderObject*>(o); }

bool writeEncodedString(EncoderObject* e, JsonWriter& w, Object* s) {
    if (e->fastEncode) {
        writeJsonString(w, s, e->fastEncode == 1);
        return true;
    }
    Ref<> enc = Ref<>::steal(callOneArg(e->encoder, s));
    if (!enc) return false;
    if (!isStr(enc.get())) {
        setError(&ExcTypeError, "encoder() must return a string, not %.80s",
                 typeName(enc.get()->type));
        return false;
    }
    w.putStr(enc.get());
    return true;
}

// The JSON text of a float (ValueError for inf/nan unless allow_nan).
bool writeFloat(EncoderObject* e, JsonWriter& w, Object* o) {
    double d = floatValue(o);
    if (!std::isfinite(d)) {
        if (!e->allowNan) {
            setError(&ExcValueError, "Out of range float values are not JSON compliant");
            return false;
        }
        w.putAscii(d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN");
        return true;
    }
    std::string r = floatRepr(d);
    w.putAscii(r.data(), r.size());
    return true;
}

bool writeInt(JsonWriter& w, Object* o) {
    if (intIsSmall(o)) {
        int64_t v;
        if (intAsInt64(o, &v)) {
            char buf[24];
            int n = std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
            w.putAscii(buf, static_cast<size_t>(n));
            return true;
        }
        clearError();
    }
    Ref<> r = Ref<>::steal(IntType.repr(o));
    if (!r) return false;
    w.putStr(r.get());
    return true;
}

// Records o in the markers dict (ValueError "Circular reference detected" if present); *ident
// receives the key to remove afterwards (null when markers is None).
bool markEnter(EncoderObject* e, Object* o, Ref<>& ident) {
    if (isNone(e->markers)) return true;
    ident = Ref<>::steal(intFromUint64(reinterpret_cast<uintptr_t>(o)));
    if (!ident) return false;
    int has = dictContains(e->markers, ident.get());
    if (has < 0) return false;
    if (has) {
        setError(&ExcValueError, "Circular reference detected");
        return false;
    }
    return dictSetItem(e->markers, ident.get(), o) == 0;
}

bool markLeave(EncoderObject* e, Ref<>& ident) {
    if (!ident) return true;
    return dictDelItem(e->markers, ident.get()) == 0;
}

bool encodeObj(EncoderObject* e, JsonWriter& w, Object* o);

bool encodeList(EncoderObject* e, JsonWriter& w, Object* seq) {
    // A tuple is read directly; a list by index, re-reading its size as it may change.
    bool isLst = isList(seq);
    ssize n = isLst ? listSize(seq) : tupleSize(seq);
    if (n == 0) {
        w.putAscii("[]", 2);
        return true;
    }
    Ref<> ident;
    if (!markEnter(e, seq, ident)) return false;
    w.putChar('[');
    for (ssize i = 0; i < (isLst ? listSize(seq) : n); i++) {
        if (i) w.putStr(e->itemSeparator);
        Ref<> item = Ref<>::borrow(isLst ? listItem(seq, i) : tupleItem(seq, i));
        if (!encodeObj(e, w, item.get())) return false;
    }
    if (!markLeave(e, ident)) return false;
    w.putChar(']');
    return true;
}

bool encodeDict(EncoderObject* e, JsonWriter& w, Object* dct) {
    if (dictSize(dct) == 0) {
        w.putAscii("{}", 2);
        return true;
    }
    Ref<> ident;
    if (!markEnter(e, dct, ident)) return false;
    w.putChar('{');
    Ref<> items;
    if (isDictExact(dct)) {
        items = Ref<>::steal(dictItems(dct));
    } else {
        Ref<> it = Ref<>::steal(callMethod(dct, "items", nullptr, 0));
        if (!it) return false;
        items = Ref<>::steal(sequenceList(it.get()));
    }
    if (!items) return false;
    if (e->sortKeys && listSort(items.get(), nullptr, false) < 0) return false;
    bool first = true;
    for (ssize i = 0; i < listSize(items.get()); i++) {
        Ref<> item = Ref<>::borrow(listItem(items.get(), i));
        if (!isTuple(item.get()) || tupleSize(item.get()) != 2) {
            setError(&ExcValueError, "items must return 2-tuples");
            return false;
        }
        Object* key = tupleItem(item.get(), 0);
        Object* value = tupleItem(item.get(), 1);
        Ref<> kstr;
        if (isStr(key)) {
            kstr = Ref<>::borrow(key);
        } else if (isFloat(key)) {
            JsonWriter kw;
            if (!writeFloat(e, kw, key)) return false;
            kstr = Ref<>::steal(kw.finish());
        } else if (key == trueObj() || key == falseObj() || isNone(key)) {
            kstr = Ref<>::steal(
                strFromAscii(key == trueObj() ? "true" : key == falseObj() ? "false" : "null"));
        } else if (isInt(key)) {
            kstr = Ref<>::steal(IntType.repr(key));
        } else if (e->skipKeys) {
            continue;
        } else {
            setError(&ExcTypeError, "keys must be str, int, float, bool or None, not %.100s",
                     typeName(key->type));
            return false;
        }
        if (!kstr) return false;
        if (!first) w.putStr(e->itemSeparator);
        first = false;
        if (!writeEncodedString(e, w, kstr.get())) return false;
        w.putStr(e->keySeparator);
        if (!encodeObj(e, w, value)) return false;
    }
    if (!markLeave(e, ident)) return false;
    w.putChar('}');
    return true;
}

bool encodeObj(EncoderObject* e, JsonWriter& w, Object* o) {
    if (isNone(o)) {
        w.putAscii("null", 4);
    } else if (o == trueObj()) {
        w.putAscii("true", 4);
    } else if (o == falseObj()) {
        w.putAscii("false", 5);
    } else if (isStr(o)) {
        return writeEncodedString(e, w, o);
    } else if (isInt(o)) {
        return writeInt(w, o);
    } else if (isFloat(o)) {
        return writeFloat(e, w, o);
    } else if (isList(o) || isTuple(o)) {
        if (!enterRecursiveCall(" while encoding a JSON object")) return false;
        bool ok = encodeList(e, w, o);
        leaveRecursiveCall();
        return ok;
    } else if (isDict(o)) {
        if (!enterRecursiveCall(" while encoding a JSON object")) return false;
        bool ok = encodeDict(e, w, o);
        leaveRecursiveCall();
        return ok;
    } else {
        Ref<> ident;
        if (!markEnter(e, o, ident)) return false;
        Ref<> newObj = Ref<>::steal(callOneArg(e->defaultFn, o));
        if (!newObj) return false;
        if (!enterRecursiveCall(" while encoding a JSON object")) return false;
        bool ok = encodeObj(e, w, newObj.get());
        leaveRecursiveCall();
        if (!ok) return false;
        if (!markLeave(e, ident)) return false;
    }
    return true;
}

Object* encoderCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"obj", "_current_indent_level"};
    Object* a[2] = {};
    if (!parseArgs("_iterencode", args, nargs, kwnames, kNames, 2, 2, a)) return nullptr;
    ssize level = asSsize(a[1], &ExcOverflowError);
    if (level == -1 && errOccurred()) return nullptr;
    JsonWriter w;
    if (!encodeObj(asEncoder(self), w, a[0])) return nullptr;
    Ref<> r = Ref<>::steal(w.finish());
    if (!r) return nullptr;
    return tuplePack({r.get()});
}

const MethodDef kJsonMethods[] = {
    {"encode_basestring_ascii", encodeBasestringAscii, 0,
     "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation "
     "of a Python string"},
    {"encode_basestring", encodeBasestring, 0,
     "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"},
    {"scanstring", jsonScanstring, 0,
     "scanstring(string, end, strict=True) -> (string, end)\n\n"
     "Scan the string s for a JSON string. End is the index of the\n"
     "character in s after the quote that started the JSON string.\n"
     "Unescapes all valid JSON string escape sequences and raises ValueError\n"
     "on attempt to decode an invalid string. If strict is False then literal\n"
     "control characters are allowed in the string.\n\n"
     "Returns a tuple of the decoded string and the index of the character in s\n"
     "after the end quote."},
    {nullptr, nullptr, 0, nullptr},
};

// Which native string encoder `fn` is (1 ascii, 2 unicode), or 0.
int8_t fastEncoderKind(Object* fn) {
    if (!isBuiltinFunction(fn)) return 0;
    const MethodDef* def = reinterpret_cast<BuiltinFunctionObject*>(fn)->def;
    if (def == &kJsonMethods[0]) return 1;
    if (def == &kJsonMethods[1]) return 2;
    return 0;
}

Object* encoderNew(Type* t, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"markers",       "default",        "encoder",
                                         "indent",        "key_separator",  "item_separator",
                                         "sort_keys",     "skipkeys",       "allow_nan"};
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return nullptr;
    Object* a[9] = {};
    if (!parseArgs("make_encoder", flat.data(), static_cast<size_t>(tupleSize(args)),
                   kwnames.get(), kNames, 9, 9, a)) {
        return nullptr;
    }
    if (!isNone(a[0]) && !isDict(a[0])) {
        return setError(&ExcTypeError, "make_encoder() argument 1 must be dict or None, not %.200s",
                        typeName(a[0]->type));
    }
    for (int i = 4; i <= 5; i++) {
        if (!isStr(a[i])) {
            return setError(&ExcTypeError, "make_encoder() argument %d must be str, not %.200s",
                            i + 1, typeName(a[i]->type));
        }
    }
    bool flags[3];
    for (int i = 0; i < 3; i++) {
        int v = isTrue(a[6 + i]);
        if (v < 0) return nullptr;
        flags[i] = v;
    }
    Ref<> self = Ref<>::steal(allocObject(t));
    if (!self) return nullptr;
    EncoderObject* e = asEncoder(self.get());
    e->markers = newRef(a[0]);
    e->defaultFn = newRef(a[1]);
    e->encoder = newRef(a[2]);
    e->indent = newRef(a[3]);
    e->keySeparator = newRef(a[4]);
    e->itemSeparator = newRef(a[5]);
    e->sortKeys = flags[0];
    e->skipKeys = flags[1];
    e->allowNan = flags[2];
    e->fastEncode = fastEncoderKind(a[2]);
    return self.release();
}

void encoderClear(Object* self) {
    EncoderObject* e = asEncoder(self);
    clearRef(e->markers);
    clearRef(e->defaultFn);
    clearRef(e->encoder);
    clearRef(e->indent);
    clearRef(e->keySeparator);
    clearRef(e->itemSeparator);
}

void encoderDealloc(Object* self) {
    encoderClear(self);
    freeObject(self);
}

void encoderTraverse(Object* self, VisitFn visit, void* arg) {
    EncoderObject* e = asEncoder(self);
    Object* fields[] = {e->markers, e->defaultFn, e->encoder, e->indent, e->keySeparator,
                        e->itemSeparator};
    for (Object* o : fields)
        if (o) visit(o, arg);
}

Object* encoderGetSortKeys(Object* self, void*) { return newBool(asEncoder(self)->sortKeys); }
Object* encoderGetSkipKeys(Object* self, void*) { return newBool(asEncoder(self)->skipKeys); }

const MemberDef kEncoderMembers[] = {
    {"markers", MemberKind::ObjectReadOnly, offsetof(EncoderObject, markers), "markers"},
    {"default", MemberKind::ObjectReadOnly, offsetof(EncoderObject, defaultFn), "default"},
    {"encoder", MemberKind::ObjectReadOnly, offsetof(EncoderObject, encoder), "encoder"},
    {"indent", MemberKind::ObjectReadOnly, offsetof(EncoderObject, indent), "indent"},
    {"key_separator", MemberKind::ObjectReadOnly, offsetof(EncoderObject, keySeparator),
     "key_separator"},
    {"item_separator", MemberKind::ObjectReadOnly, offsetof(EncoderObject, itemSeparator),
     "item_separator"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

const GetSetDef kEncoderGetSets[] = {
    {"sort_keys", encoderGetSortKeys, nullptr, "sort_keys", nullptr},
    {"skipkeys", encoderGetSkipKeys, nullptr, "skipkeys", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type JsonScannerType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_json.Scanner",
    .basicSize = sizeof(ScannerObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "JSON scanner object",
    .getsets = kScannerGetSets,
    .members = kScannerMembers,
    .dealloc = scannerDealloc,
    .traverse = scannerTraverse,
    .clear = scannerClear,
    .getAttr = genericGetAttr,
    .call = scannerCall,
    .new_ = scannerNew,
};

Type JsonEncoderType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_json.Encoder",
    .basicSize = sizeof(EncoderObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "Encoder(markers, default, encoder, indent, key_separator, item_separator, "
           "sort_keys, skipkeys, allow_nan)",
    .getsets = kEncoderGetSets,
    .members = kEncoderMembers,
    .dealloc = encoderDealloc,
    .traverse = encoderTraverse,
    .clear = encoderClear,
    .getAttr = genericGetAttr,
    .call = encoderCall,
    .new_ = encoderNew,
};

Object* createJsonModule(InterpState*) {
    if (!typeReady(&JsonScannerType) || !typeReady(&JsonEncoderType)) return nullptr;
    Ref<> m = Ref<>::steal(moduleNew("_json"));
    if (!m || !moduleAddFunctions(m.get(), kJsonMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", "json speedups\n")) return nullptr;
    if (!moduleAddObject(m.get(), "make_scanner", newRef(asObject(&JsonScannerType))) ||
        !moduleAddObject(m.get(), "make_encoder", newRef(asObject(&JsonEncoderType)))) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
