// The builtin codecs and the codec registry (see codecs.h). Decoders report each malformed
// span [start, end) of the input with CPython's reason text; the error handler then raises,
// skips or substitutes and says where decoding goes on. The common handlers run inline; any
// other (and any name given to codecs.register_error) is called through the registry with a
// UnicodeDecodeError / UnicodeEncodeError and returns (replacement, position) as in CPython.
#include "objects/codecs.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "interp/import.h"
#include "interp/warnings.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode_db.h"

namespace krait {

namespace {

enum class Codec { kUnknown, kUtf8, kUtf8Sig, kUtf16, kUtf16Le, kUtf16Be, kUtf32, kUtf32Le,
                   kUtf32Be, kLatin1, kAscii, kUtf7, kUnicodeEscape, kRawUnicodeEscape,
                   kCharmap };

struct CodecName {
    const char* alias;
    Codec codec;
};

// Normalised aliases (lowercase, runs of non-alphanumerics other than '.' become '_').
const CodecName kAliases[] = {
    {"utf_8", Codec::kUtf8}, {"utf8", Codec::kUtf8}, {"u8", Codec::kUtf8}, {"utf", Codec::kUtf8},
    {"utf8_ucs2", Codec::kUtf8}, {"utf8_ucs4", Codec::kUtf8}, {"cp65001", Codec::kUtf8},
    {"utf_8_sig", Codec::kUtf8Sig}, {"utf8_sig", Codec::kUtf8Sig},
    {"utf_16", Codec::kUtf16}, {"utf16", Codec::kUtf16}, {"u16", Codec::kUtf16},
    {"utf_16_le", Codec::kUtf16Le}, {"utf_16le", Codec::kUtf16Le},
    {"unicodelittleunmarked", Codec::kUtf16Le},
    {"utf_16_be", Codec::kUtf16Be}, {"utf_16be", Codec::kUtf16Be},
    {"unicodebigunmarked", Codec::kUtf16Be},
    {"utf_32", Codec::kUtf32}, {"utf32", Codec::kUtf32}, {"u32", Codec::kUtf32},
    {"utf_32_le", Codec::kUtf32Le}, {"utf_32le", Codec::kUtf32Le},
    {"utf_32_be", Codec::kUtf32Be}, {"utf_32be", Codec::kUtf32Be},
    {"latin_1", Codec::kLatin1}, {"latin1", Codec::kLatin1}, {"latin", Codec::kLatin1},
    {"l1", Codec::kLatin1}, {"iso8859_1", Codec::kLatin1}, {"iso_8859_1", Codec::kLatin1},
    {"8859", Codec::kLatin1}, {"cp819", Codec::kLatin1}, {"iso_ir_100", Codec::kLatin1},
    {"csisolatin1", Codec::kLatin1}, {"iso8859", Codec::kLatin1},
    {"iso_8859_1_1987", Codec::kLatin1}, {"ibm819", Codec::kLatin1},
    {"ascii", Codec::kAscii}, {"us_ascii", Codec::kAscii}, {"646", Codec::kAscii},
    {"ansi_x3.4_1968", Codec::kAscii}, {"ansi_x3_4_1968", Codec::kAscii},
    {"ansi_x3.4_1986", Codec::kAscii}, {"cp367", Codec::kAscii}, {"csascii", Codec::kAscii},
    {"ibm367", Codec::kAscii}, {"iso646_us", Codec::kAscii}, {"iso_646.irv_1991", Codec::kAscii},
    {"iso_ir_6", Codec::kAscii}, {"us", Codec::kAscii},
};

// The codecs str.encode()/bytes.decode() run natively (utf-7 and the escape codecs go through
// the registry there, as in CPython, and are reached here through _codecs only).
std::string normalizedName(std::string_view name);

Codec lookupCodec(std::string_view name) {
    std::string norm = normalizedName(name);
    for (const CodecName& a : kAliases)
        if (norm == a.alias) return a.codec;
    return Codec::kUnknown;
}

// The _codecs names of codecsDecodeStateful / codecsEncodeStateful.
Codec statefulCodec(std::string_view name) {
    if (name == "utf-7") return Codec::kUtf7;
    if (name == "unicode-escape") return Codec::kUnicodeEscape;
    if (name == "raw-unicode-escape") return Codec::kRawUnicodeEscape;
    return lookupCodec(name);
}

// The encoding named in UnicodeError exceptions.
const char* codecName(Codec c) {
    switch (c) {
    case Codec::kUtf8: return "utf-8";
    case Codec::kUtf8Sig: return "utf-8-sig";
    case Codec::kUtf16: return "utf-16";
    case Codec::kUtf16Le: return "utf-16-le";
    case Codec::kUtf16Be: return "utf-16-be";
    case Codec::kUtf32: return "utf-32";
    case Codec::kUtf32Le: return "utf-32-le";
    case Codec::kUtf32Be: return "utf-32-be";
    case Codec::kLatin1: return "latin-1";
    case Codec::kAscii: return "ascii";
    case Codec::kUtf7: return "utf7";
    case Codec::kUnicodeEscape: return "unicodeescape";
    case Codec::kRawUnicodeEscape: return "rawunicodeescape";
    case Codec::kCharmap: return "charmap";
    default: return "";
    }
}

enum class Handler { kStrict, kIgnore, kReplace, kSurrogateEscape, kSurrogatePass,
                     kBackslashReplace, kXmlCharRefReplace, kNameReplace, kOther };

Handler lookupHandler(std::string_view name) {
    if (name == "strict") return Handler::kStrict;
    if (name == "ignore") return Handler::kIgnore;
    if (name == "replace") return Handler::kReplace;
    if (name == "surrogateescape") return Handler::kSurrogateEscape;
    if (name == "surrogatepass") return Handler::kSurrogatePass;
    if (name == "backslashreplace") return Handler::kBackslashReplace;
    if (name == "xmlcharrefreplace") return Handler::kXmlCharRefReplace;
    if (name == "namereplace") return Handler::kNameReplace;
    return Handler::kOther;
}

// A new UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason).
Object* newUnicodeError(Type* type, const char* encoding, Object* object, ssize start, ssize end,
                        const char* reason) {
    Ref<> enc = Ref<>::steal(strFromAscii(encoding));
    Ref<> s = Ref<>::steal(intFromSsize(start));
    Ref<> e = Ref<>::steal(intFromSsize(end));
    Ref<> r = Ref<>::steal(strFromAscii(reason));
    if (!enc || !s || !e || !r) return nullptr;
    Ref<> args = Ref<>::steal(tuplePack({enc.get(), object, s.get(), e.get(), r.get()}));
    if (!args) return nullptr;
    return newException(type, args.get());
}

void raiseUnicodeError(Type* type, const char* encoding, Object* object, ssize start, ssize end,
                       const char* reason) {
    Ref<> exc = Ref<>::steal(newUnicodeError(type, encoding, object, start, end, reason));
    if (exc) setErrorObject(type, exc.get());
}

void appendEscape(std::string& out, uint32_t c) {
    char buf[16];
    if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", c);
    else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", c);
    else std::snprintf(buf, sizeof buf, "\\U%08x", c);
    out += buf;
}

// ---- The registry ----

struct CodecState {
    Object* searchPath;      // list of search functions
    Object* cache;           // dict: normalized name -> CodecInfo
    Object* errorRegistry;   // dict: handler name -> callable
};

extern const MethodDef kBuiltinHandlerDefs[];
const char* const kBuiltinHandlerNames[] = {"strict", "ignore", "replace", "backslashreplace",
                                            "xmlcharrefreplace", "namereplace",
                                            "surrogateescape", "surrogatepass"};

// The current interpreter's registry, made (with the builtin error handlers) on first use.
CodecState* codecState() {
    InterpState* interp = currentInterp();
    if (interp->codecState) return static_cast<CodecState*>(interp->codecState);
    Ref<> path = Ref<>::steal(listNew(0));
    Ref<> cache = Ref<>::steal(dictNew());
    Ref<> errs = Ref<>::steal(dictNew());
    if (!path || !cache || !errs) return nullptr;
    for (int i = 0; i < 8; i++) {
        Ref<> f = Ref<>::steal(newBuiltinFunction(&kBuiltinHandlerDefs[i], nullptr, nullptr));
        if (!f || dictSetItemStr(errs.get(), kBuiltinHandlerNames[i], f.get()) < 0)
            return nullptr;
    }
    auto* st = new CodecState{path.release(), cache.release(), errs.release()};
    interp->codecState = st;
    return st;
}

// CPython's _Py_normalize_encoding: ASCII letters lower-cased, each run of characters other
// than ASCII alphanumerics and '.' becomes one '_' (none at the start or the end).
std::string normalizedName(std::string_view name) {
    std::string norm;
    bool pendingSep = false;
    for (char ch : name) {
        unsigned char c = static_cast<unsigned char>(ch);
        bool keep = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    c == '.';
        if (!keep) {
            pendingSep = true;
            continue;
        }
        if (pendingSep && !norm.empty()) norm.push_back('_');
        pendingSep = false;
        norm.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    return norm;
}

Object* normalizeEncodingName(Object* encoding) {
    return strFromUtf8(normalizedName(strToStd(encoding)));
}

// ---- The builtin error handlers (exc -> (replacement, position)) ----

enum class ExcKind { kEncode, kDecode, kTranslate, kOther };

ExcKind excKind(Object* exc) {
    if (isInstanceOf(exc, &ExcUnicodeEncodeError)) return ExcKind::kEncode;
    if (isInstanceOf(exc, &ExcUnicodeDecodeError)) return ExcKind::kDecode;
    if (isInstanceOf(exc, &ExcUnicodeTranslateError)) return ExcKind::kTranslate;
    return ExcKind::kOther;
}

Object* wrongExc(Object* exc) {
    return setError(&ExcTypeError, "don't know how to handle %s in error callback",
                    typeOf(exc)->name);
}

// The fields of a UnicodeError as CPython's accessors read them (start/end clamped to the
// object); false with an exception if they are missing or of the wrong type.
struct ExcFields {
    Object* object;
    ssize start;
    ssize end;
};

bool readExcFields(Object* exc, ExcKind kind, ExcFields& f) {
    auto* e = reinterpret_cast<UnicodeErrorObject*>(exc);
    f.object = e->object;
    bool wantBytes = kind == ExcKind::kDecode;
    if (!f.object || (wantBytes ? !isBytes(f.object) : !isStr(f.object))) {
        setError(&ExcTypeError, "%s attribute must be %s", "object", wantBytes ? "bytes" : "unicode");
        return false;
    }
    if (!e->start || !isInt(e->start) || !e->end || !isInt(e->end)) {
        setError(&ExcTypeError, "%s attribute must be int", !e->start || !isInt(e->start) ? "start" : "end");
        return false;
    }
    ssize size = wantBytes ? bytesSize(f.object) : strLength(f.object);
    f.start = intAsSsize(e->start);
    f.end = intAsSsize(e->end);
    if ((f.start == -1 || f.end == -1) && errOccurred()) return false;
    if (f.start < 0) f.start = 0;
    if (f.start >= size) f.start = size == 0 ? 0 : size - 1;
    if (f.end < 1) f.end = 1;
    if (f.end > size) f.end = size;
    return true;
}

Object* handlerResult(Object* rep, ssize pos) {
    if (!rep) return nullptr;
    Ref<> r = Ref<>::steal(rep);
    Ref<> p = Ref<>::steal(intFromSsize(pos));
    if (!p) return nullptr;
    return tuplePack({r.get(), p.get()});
}

Object* excArg(const char* name, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames)) return setError(&ExcTypeError, "%s() takes no keyword arguments", name);
    if (nargs != 1) {
        return setError(&ExcTypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    }
    return args[0];
}

Object* strictErrors(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* exc = excArg("strict_errors", args, nargs, kwnames);
    if (!exc) return nullptr;
    if (!isInstanceOf(exc, &ExcBaseException))
        return setError(&ExcTypeError, "codec must pass exception instance");
    setErrorObject(typeOf(exc), exc);
    return nullptr;
}

Object* ignoreErrors(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* exc = excArg("ignore_errors", args, nargs, kwnames);
    if (!exc) return nullptr;
    ExcKind k = excKind(exc);
    if (k == ExcKind::kOther) return wrongExc(exc);
    ExcFields f;
    if (!readExcFields(exc, k, f)) return nullptr;
    return handlerResult(newRef(emptyStr()), f.end);
}

Object* replaceErrors(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* exc = excArg("replace_errors", args, nargs, kwnames);
    if (!exc) return nullptr;
    ExcKind k = excKind(exc);
    if (k == ExcKind::kOther) return wrongExc(exc);
    ExcFields f;
    if (!readExcFields(exc, k, f)) return nullptr;
    StrBuilder b;
    if (k == ExcKind::kDecode) b.push(0xFFFD);
    else b.repeat(k == ExcKind::kEncode ? '?' : 0xFFFD, f.end - f.start);
    return handlerResult(b.finish(), f.end);
}

Object* backslashreplaceErrors(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* exc = excArg("backslashreplace_errors", args, nargs, kwnames);
    if (!exc) return nullptr;
    ExcKind k = excKind(exc);
    if (k == ExcKind::kOther) return wrongExc(exc);
    ExcFields f;
    if (!readExcFields(exc, k, f)) return nullptr;
    std::string out;
    for (ssize i = f.start; i < f.end; i++) {
        appendEscape(out, k == ExcKind::kDecode ? static_cast<unsigned char>(bytesData(f.object)[i])
                                                : strCharAt(f.object, i));
    }
    return handlerResult(strFromAscii(out), f.end);
}

Object* xmlcharrefreplaceErrors(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* exc = excArg("xmlcharrefreplace_errors", args, nargs, kwnames);
    if (!exc) return nullptr;
    ExcKind k = excKind(exc);
    if (k != ExcKind::kEncode) return wrongExc(exc);
    ExcFields f;
    if (!readExcFields(exc, k, f)) return nullptr;
    std::string out;
    for (ssize i = f.start; i < f.end; i++) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "&#%u;", strCharAt(f.object, i));
        out += buf;
    }
    return handlerResult(strFromAscii(out), f.end);
}

Object* namereplaceErrors(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* exc = excArg("namereplace_errors", args, nargs, kwnames);
    if (!exc) return nullptr;
    ExcKind k = excKind(exc);
    if (k != ExcKind::kEncode) return wrongExc(exc);
    ExcFields f;
    if (!readExcFields(exc, k, f)) return nullptr;
    std::string out;
    for (ssize i = f.start; i < f.end; i++) {
        uint32_t c = strCharAt(f.object, i);
        std::string name;
        if (unicode::characterName(c, name)) out += "\\N{" + name + "}";
        else appendEscape(out, c);
    }
    return handlerResult(strFromAscii(out), f.end);
}

Object* surrogateescapeErrors(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* exc = excArg("surrogateescape", args, nargs, kwnames);
    if (!exc) return nullptr;
    ExcKind k = excKind(exc);
    if (k != ExcKind::kEncode && k != ExcKind::kDecode) return wrongExc(exc);
    ExcFields f;
    if (!readExcFields(exc, k, f)) return nullptr;
    if (k == ExcKind::kDecode) {
        StrBuilder b;
        ssize n = 0;
        while (n < 4 && n < f.end - f.start) {
            unsigned char c = static_cast<unsigned char>(bytesData(f.object)[f.start + n]);
            if (c < 128) break;
            b.push(0xDC00 + c);
            n++;
        }
        if (n == 0) {
            setErrorObject(typeOf(exc), exc);
            return nullptr;
        }
        return handlerResult(b.finish(), f.start + n);
    }
    std::string out;
    for (ssize i = f.start; i < f.end; i++) {
        uint32_t c = strCharAt(f.object, i);
        if (c < 0xDC80 || c > 0xDCFF) {
            setErrorObject(typeOf(exc), exc);
            return nullptr;
        }
        out.push_back(static_cast<char>(c - 0xDC00));
    }
    return handlerResult(bytesFromStd(out), f.end);
}

// The utf-8/16/32 flavour surrogatepass works with: 8, 16 or 32 and the byte order (1 little,
// 2 big), from the exception's encoding name; 0 if it is none of them.
int surrogatepassFlavour(Object* exc, int& order) {
    Object* enc = reinterpret_cast<UnicodeErrorObject*>(exc)->encoding;
    if (!enc || !isStr(enc)) return 0;
    Codec c = lookupCodec(strToStd(enc));
    order = 1;
    switch (c) {
    case Codec::kUtf8: return 8;
    case Codec::kUtf16: case Codec::kUtf16Le: return 16;
    case Codec::kUtf16Be: order = 2; return 16;
    case Codec::kUtf32: case Codec::kUtf32Le: return 32;
    case Codec::kUtf32Be: order = 2; return 32;
    default: return 0;
    }
}

Object* surrogatepassErrors(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* exc = excArg("surrogatepass", args, nargs, kwnames);
    if (!exc) return nullptr;
    ExcKind k = excKind(exc);
    if (k != ExcKind::kEncode && k != ExcKind::kDecode) return wrongExc(exc);
    ExcFields f;
    if (!readExcFields(exc, k, f)) return nullptr;
    int order = 1;
    int flavour = surrogatepassFlavour(exc, order);
    if (flavour == 0) {
        setErrorObject(typeOf(exc), exc);
        return nullptr;
    }
    if (k == ExcKind::kEncode) {
        std::string out;
        for (ssize i = f.start; i < f.end; i++) {
            uint32_t c = strCharAt(f.object, i);
            if (c < 0xD800 || c > 0xDFFF) {
                setErrorObject(typeOf(exc), exc);
                return nullptr;
            }
            if (flavour == 8) {
                out.push_back(static_cast<char>(0xE0 | (c >> 12)));
                out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
                out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
            } else {
                int bytes = flavour / 8;
                for (int b = 0; b < bytes; b++) {
                    int shift = order == 1 ? 8 * b : 8 * (bytes - 1 - b);
                    out.push_back(static_cast<char>((c >> shift) & 0xFF));
                }
            }
        }
        return handlerResult(bytesFromStd(out), f.end);
    }
    const unsigned char* p = reinterpret_cast<const unsigned char*>(bytesData(f.object));
    ssize size = bytesSize(f.object);
    ssize len = flavour == 8 ? 3 : flavour / 8;
    uint32_t c = 0;
    bool ok = f.start + len <= size;
    if (ok) {
        const unsigned char* q = p + f.start;
        if (flavour == 8) {
            ok = (q[0] & 0xF0) == 0xE0 && (q[1] & 0xC0) == 0x80 && (q[2] & 0xC0) == 0x80;
            c = ((q[0] & 0x0Fu) << 12) | ((q[1] & 0x3Fu) << 6) | (q[2] & 0x3Fu);
        } else {
            for (ssize b = 0; b < len; b++) {
                ssize idx = order == 1 ? len - 1 - b : b;
                c = (c << 8) | q[idx];
            }
        }
        ok = ok && c >= 0xD800 && c <= 0xDFFF;
    }
    if (!ok) {
        setErrorObject(typeOf(exc), exc);
        return nullptr;
    }
    return handlerResult(strFromCodePoint(c), f.start + len);
}

const MethodDef kBuiltinHandlerDefs[] = {
    {"strict_errors", strictErrors, 0,
     "Implements the 'strict' error handling, which raises a UnicodeError on coding errors."},
    {"ignore_errors", ignoreErrors, 0,
     "Implements the 'ignore' error handling, which ignores malformed data and continues."},
    {"replace_errors", replaceErrors, 0,
     "Implements the 'replace' error handling, which replaces malformed data with a "
     "replacement marker."},
    {"backslashreplace_errors", backslashreplaceErrors, 0,
     "Implements the 'backslashreplace' error handling, which replaces malformed data with a "
     "backslashed escape sequence."},
    {"xmlcharrefreplace_errors", xmlcharrefreplaceErrors, 0,
     "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable "
     "character with the appropriate XML character reference."},
    {"namereplace_errors", namereplaceErrors, 0,
     "Implements the 'namereplace' error handling, which replaces an unencodable character "
     "with a \\N{...} escape sequence."},
    {"surrogateescape", surrogateescapeErrors, 0, nullptr},
    {"surrogatepass", surrogatepassErrors, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// Calls the handler named `errors` with exc; returns its (replacement, position) result checked
// as CPython's unicode_*_call_errorhandler: replacement str (decode) or str/bytes (encode),
// position made absolute against `length` and checked. New reference in rep; false on error.
bool callErrorHandler(Ref<>& fn, std::string_view errors, Object* exc, bool encode, ssize length,
                      Ref<>& rep, ssize& pos) {
    if (!fn) {
        fn = Ref<>::steal(codecLookupError(errors));
        if (!fn) return false;
    }
    Object* a[1] = {exc};
    Ref<> r = Ref<>::steal(call(fn.get(), a, 1));
    if (!r) return false;
    if (!isTuple(r.get()) || tupleSize(r.get()) != 2 || !isInt(tupleItem(r.get(), 1)) ||
        !(isStr(tupleItem(r.get(), 0)) || (encode && isBytes(tupleItem(r.get(), 0))))) {
        setError(&ExcTypeError, encode ? "encoding error handler must return (str/bytes, int) tuple"
                                       : "decoding error handler must return (str, int) tuple");
        return false;
    }
    ssize p = intAsSsize(tupleItem(r.get(), 1));
    if (p == -1 && errOccurred()) {
        clearError();
        p = -length - 1;   // out of range either way
    }
    if (p < 0) p += length;
    if (p < 0 || p > length) {
        setError(&ExcIndexError, "position %zd from error handler out of bounds",
                 static_cast<ssize_t>(tupleItem(r.get(), 1) && p < 0 ? p - length : p));
        return false;
    }
    rep = Ref<>::borrow(tupleItem(r.get(), 0));
    pos = p;
    return true;
}

// ---- Decoding ----

struct Decoder {
    std::string_view data;
    Codec codec;             // names the exceptions
    std::string_view errorsName;
    Handler handler;
    Object* source;          // the bytes object data came from, or null
    StrBuilder out;
    Ref<> input;             // bytes object for exceptions (made on first error)
    Ref<> handlerFn;

    ssize size() const { return static_cast<ssize>(data.size()); }
    uint8_t at(ssize i) const { return static_cast<uint8_t>(data[i]); }

    Object* inputObject() {
        if (!input) input = Ref<>::steal(source && isBytes(source) ? newRef(source)
                                                                   : bytesFromStd(data));
        return input.get();
    }

    // Handles the malformed span [start, end): on success pos is where decoding goes on.
    bool error(ssize start, ssize end, const char* reason, ssize& pos) {
        switch (handler) {
        case Handler::kIgnore: pos = end; return true;
        case Handler::kReplace: out.push(0xFFFD); pos = end; return true;
        case Handler::kBackslashReplace: {
            std::string s;
            for (ssize i = start; i < end; i++) appendEscape(s, at(i));
            out.appendAscii(s);
            pos = end;
            return true;
        }
        case Handler::kSurrogateEscape: {
            ssize n = 0;
            while (n < 4 && n < end - start && at(start + n) >= 128) {
                out.push(0xDC00 + at(start + n));
                n++;
            }
            if (n > 0) {
                pos = start + n;
                return true;
            }
            break;
        }
        default: break;
        }
        if (!inputObject()) return false;
        Ref<> exc = Ref<>::steal(newUnicodeError(&ExcUnicodeDecodeError, codecName(codec),
                                                 input.get(), start, end, reason));
        if (!exc) return false;
        if (handler == Handler::kStrict || handler == Handler::kSurrogateEscape) {
            setErrorObject(&ExcUnicodeDecodeError, exc.get());
            return false;
        }
        Ref<> rep;
        // The handler may replace exc.object: decoding goes on in the new input.
        if (!callErrorHandler(handlerFn, errorsName, exc.get(), false, size(), rep, pos))
            return false;
        Object* obj = reinterpret_cast<UnicodeErrorObject*>(exc.get())->object;
        if (obj && obj != input.get() && isBytes(obj)) {
            input = Ref<>::borrow(obj);
            data = bytesView(obj);
            if (pos > size()) {
                setError(&ExcIndexError, "position %zd from error handler out of bounds",
                         static_cast<ssize_t>(pos));
                return false;
            }
        }
        out.append(rep.get());
        return true;
    }
};

bool decodeUtf8(Decoder& d, bool final, ssize& consumed) {
    ssize i = 0;
    while (i < d.size()) {
        uint8_t c = d.at(i);
        if (c < 0x80) {
            d.out.push(c);
            i++;
            continue;
        }
        ssize n = d.size();
        int need;
        uint32_t cp;
        uint8_t lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0Fu;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07u;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else {
            if (!d.error(i, i + 1, "invalid start byte", i)) return false;
            continue;
        }
        // surrogatepass: an encoded surrogate ED A0..BF 80..BF.
        if (c == 0xED && d.handler == Handler::kSurrogatePass && i + 2 < n &&
            d.at(i + 1) >= 0xA0 && d.at(i + 1) <= 0xBF && (d.at(i + 2) & 0xC0) == 0x80) {
            d.out.push(0xD000 | ((d.at(i + 1) & 0x3Fu) << 6) | (d.at(i + 2) & 0x3Fu));
            i += 3;
            continue;
        }
        ssize k = 1;
        bool bad = false;
        for (; k <= need; k++) {
            if (i + k >= n) break;
            uint8_t b = d.at(i + k);
            uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (b < l || b > h) {
                bad = true;
                break;
            }
            cp = (cp << 6) | (b & 0x3Fu);
        }
        if (bad) {
            // A truncated encoded surrogate waits for more input (surrogatepass may take it).
            if (!final && c == 0xED && k == 1 && n - i == 2 && d.at(i + 1) >= 0xA0 &&
                d.at(i + 1) <= 0xBF) {
                break;
            }
            if (!d.error(i, i + k, "invalid continuation byte", i)) return false;
            continue;
        }
        if (k <= need) {
            // Ran out of input inside a valid prefix.
            if (!final) break;
            if (!d.error(i, n, "unexpected end of data", i)) return false;
            continue;
        }
        d.out.push(cp);
        i += need + 1;
    }
    consumed = i;
    return true;
}

// order: 0 detect a BOM, 1 little, 2 big; on return the order used (0 if no BOM was found).
bool decodeUtf16(Decoder& d, int& order, bool final, ssize& consumed) {
    ssize i = 0;
    int found = order;
    if (order == 0) {
        if (d.size() >= 2) {
            if (d.at(0) == 0xFF && d.at(1) == 0xFE) {
                found = 1;
                i = 2;
            } else if (d.at(0) == 0xFE && d.at(1) == 0xFF) {
                found = 2;
                i = 2;
            }
        }
    }
    int use = found == 0 ? 1 : found;
    order = found;
    d.codec = use == 1 ? Codec::kUtf16Le : Codec::kUtf16Be;   // names errors as CPython
    auto unit = [&](ssize p) -> uint32_t {
        return use == 1 ? (d.at(p) | (d.at(p + 1) << 8)) : ((d.at(p) << 8) | d.at(p + 1));
    };
    while (i < d.size()) {
        ssize n = d.size();
        if (i + 1 >= n) {
            if (!final) break;
            if (!d.error(i, n, "truncated data", i)) return false;
            continue;
        }
        uint32_t u = unit(i);
        if (u < 0xD800 || u > 0xDFFF) {
            d.out.push(u);
            i += 2;
            continue;
        }
        if (u <= 0xDBFF) {
            if (i + 3 >= n) {
                if (!final) break;
                if (d.handler == Handler::kSurrogatePass && i + 2 == n) {
                    d.out.push(u);
                    i += 2;
                    continue;
                }
                if (!d.error(i, n, "unexpected end of data", i)) return false;
                continue;
            }
            uint32_t u2 = unit(i + 2);
            if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                d.out.push(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                i += 4;
                continue;
            }
            if (d.handler == Handler::kSurrogatePass) {
                d.out.push(u);
                i += 2;
                continue;
            }
            if (!d.error(i, i + 2, "illegal UTF-16 surrogate", i)) return false;
            continue;
        }
        if (d.handler == Handler::kSurrogatePass) {
            d.out.push(u);
            i += 2;
            continue;
        }
        if (!d.error(i, i + 2, "illegal encoding", i)) return false;
    }
    consumed = i;
    return true;
}

bool decodeUtf32(Decoder& d, int& order, bool final, ssize& consumed) {
    ssize i = 0;
    int found = order;
    if (order == 0 && d.size() >= 4) {
        if (d.at(0) == 0xFF && d.at(1) == 0xFE && d.at(2) == 0 && d.at(3) == 0) {
            found = 1;
            i = 4;
        } else if (d.at(0) == 0 && d.at(1) == 0 && d.at(2) == 0xFE && d.at(3) == 0xFF) {
            found = 2;
            i = 4;
        }
    }
    int use = found == 0 ? 1 : found;
    order = found;
    d.codec = use == 1 ? Codec::kUtf32Le : Codec::kUtf32Be;
    while (i < d.size()) {
        ssize n = d.size();
        if (i + 3 >= n) {
            if (!final) break;
            if (!d.error(i, n, "truncated data", i)) return false;
            continue;
        }
        uint32_t u = use == 1
            ? (d.at(i) | (d.at(i + 1) << 8) | (d.at(i + 2) << 16) |
               (static_cast<uint32_t>(d.at(i + 3)) << 24))
            : ((static_cast<uint32_t>(d.at(i)) << 24) | (d.at(i + 1) << 16) |
               (d.at(i + 2) << 8) | d.at(i + 3));
        if (u > 0x10FFFF) {
            if (!d.error(i, i + 4, "code point not in range(0x110000)", i)) return false;
            continue;
        }
        if (u >= 0xD800 && u <= 0xDFFF && d.handler != Handler::kSurrogatePass) {
            if (!d.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", i))
                return false;
            continue;
        }
        d.out.push(u);
        i += 4;
    }
    consumed = i;
    return true;
}

bool decodeAscii(Decoder& d) {
    ssize i = 0;
    while (i < d.size()) {
        uint8_t c = d.at(i);
        if (c < 128) {
            d.out.push(c);
            i++;
        } else if (!d.error(i, i + 1, "ordinal not in range(128)", i)) {
            return false;
        }
    }
    return true;
}

// ---- UTF-7 (RFC 2152, as CPython: direct characters are set D and whitespace) ----

// 0: set D, 1: set O, 2: whitespace, 3: special (encoded in base64).
uint8_t utf7Category(uint32_t c) {
    if (c >= 128) return 3;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return 0;
    if (std::strchr("'(),-./:?", static_cast<int>(c)) && c != 0) return 0;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 2;
    if (std::strchr("!\"#$%&*;<=>@[]^_`{|}", static_cast<int>(c)) && c != 0) return 1;
    return 3;
}
// Characters written as themselves: sets D and O and whitespace (CPython encodes with
// base64SetO and base64WhiteSpace off).
bool utf7EncodeDirect(uint32_t c) { return c > 0 && c < 128 && utf7Category(c) != 3; }
bool isBase64Char(uint32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '+' || c == '/';
}
uint32_t fromBase64(uint32_t c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : 63;
}
const char kBase64Chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool decodeUtf7(Decoder& d, bool final, ssize& consumed) {
    bool inShift = false;
    int bits = 0;
    uint32_t buffer = 0;
    uint32_t surrogate = 0;
    ssize startPos = 0;
    ssize shiftOutStart = 0;
    ssize i = 0;
    for (;;) {
        while (i < d.size()) {
            uint32_t ch = d.at(i);
            const char* err = nullptr;
            if (inShift) {
                if (isBase64Char(ch)) {
                    buffer = (buffer << 6) | fromBase64(ch);
                    bits += 6;
                    i++;
                    if (bits >= 16) {
                        uint32_t outCh = (buffer >> (bits - 16)) & 0xFFFF;
                        bits -= 16;
                        buffer &= (1u << bits) - 1;
                        if (surrogate) {
                            if (outCh >= 0xDC00 && outCh <= 0xDFFF) {
                                d.out.push(0x10000 + ((surrogate - 0xD800) << 10) +
                                           (outCh - 0xDC00));
                                surrogate = 0;
                                continue;
                            }
                            d.out.push(surrogate);
                            surrogate = 0;
                        }
                        if (outCh >= 0xD800 && outCh <= 0xDBFF) surrogate = outCh;
                        else d.out.push(outCh);
                    }
                    continue;
                }
                inShift = false;
                if (bits > 0) {
                    if (bits >= 6) {
                        i++;
                        err = "partial character in shift sequence";
                    } else if (buffer != 0) {
                        i++;
                        err = "non-zero padding bits in shift sequence";
                    }
                }
                if (!err) {
                    if (surrogate && ch <= 127 && ch != '+') d.out.push(surrogate);
                    surrogate = 0;
                    if (ch == '-') i++;
                    continue;
                }
            } else if (ch == '+') {
                startPos = i;
                i++;
                if (i < d.size() && d.at(i) == '-') {
                    i++;
                    d.out.push('+');
                    continue;
                }
                if (i < d.size() && !isBase64Char(d.at(i))) {
                    i++;
                    err = "ill-formed sequence";
                } else {
                    inShift = true;
                    surrogate = 0;
                    shiftOutStart = d.out.size();
                    bits = 0;
                    buffer = 0;
                    continue;
                }
            } else if (ch <= 127) {
                i++;
                d.out.push(ch);
                continue;
            } else {
                startPos = i;
                i++;
                err = "unexpected special character";
            }
            if (!d.error(startPos, i, err, i)) return false;
        }
        if (inShift && final) {
            inShift = false;
            if (surrogate || bits >= 6 || (bits > 0 && buffer != 0)) {
                if (!d.error(startPos, d.size(), "unterminated shift sequence", i)) return false;
                if (i < d.size()) continue;
            }
        }
        break;
    }
    if (!final && inShift) {
        consumed = startPos;
        d.out.truncate(shiftOutStart);
    } else {
        consumed = i;
    }
    return true;
}

// ---- unicode-escape and raw-unicode-escape ----

int hexValue(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool decodeUnicodeEscape(Decoder& d, bool final, ssize& consumed) {
    ssize i = 0;
    ssize firstInvalid = -1;
    bool octalWarning = false;
    while (i < d.size()) {
        ssize n = d.size();
        uint8_t c = d.at(i);
        if (c != '\\') {
            d.out.push(c);
            i++;
            continue;
        }
        ssize start = i;
        ssize s = i + 1;
        const char* message = "\\ at end of string";
        bool incomplete = false;
        if (s >= n) {
            incomplete = true;
        } else {
            c = d.at(s++);
            int count = 0;
            switch (c) {
            case '\n': i = s; continue;
            case '\\': d.out.push('\\'); i = s; continue;
            case '\'': d.out.push('\''); i = s; continue;
            case '"': d.out.push('"'); i = s; continue;
            case 'b': d.out.push('\b'); i = s; continue;
            case 'f': d.out.push('\f'); i = s; continue;
            case 't': d.out.push('\t'); i = s; continue;
            case 'n': d.out.push('\n'); i = s; continue;
            case 'r': d.out.push('\r'); i = s; continue;
            case 'v': d.out.push('\v'); i = s; continue;
            case 'a': d.out.push('\a'); i = s; continue;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                uint32_t code = c - '0';
                for (int k = 0; k < 2 && s < n && d.at(s) >= '0' && d.at(s) <= '7'; k++)
                    code = (code << 3) + (d.at(s++) - '0');
                if (code > 0377 && firstInvalid < 0 && !octalWarning) {
                    octalWarning = true;
                    firstInvalid = start;
                }
                d.out.push(code);
                i = s;
                continue;
            }
            case 'x': count = 2; message = "truncated \\xXX escape"; break;
            case 'u': count = 4; message = "truncated \\uXXXX escape"; break;
            case 'U': count = 8; message = "truncated \\UXXXXXXXX escape"; break;
            case 'N': {
                message = "malformed \\N character escape";
                if (s >= n) {
                    incomplete = true;
                    break;
                }
                if (d.at(s) == '{') {
                    ssize nameStart = ++s;
                    while (s < n && d.at(s) != '}') s++;
                    if (s >= n) {
                        incomplete = true;
                        break;
                    }
                    ssize nameLen = s - nameStart;
                    if (nameLen) {
                        s++;
                        unicode::NameMatch m;
                        std::string_view name = d.data.substr(static_cast<size_t>(nameStart),
                                                              static_cast<size_t>(nameLen));
                        if (name.size() <= unicode::kMaxNameQuery &&
                            unicode::lookupName(name, false, m) && m.seqLength == 0) {
                            d.out.push(m.cp);
                            i = s;
                            continue;
                        }
                        message = "unknown Unicode character name";
                    }
                }
                break;
            }
            default:
                if (firstInvalid < 0) firstInvalid = start;
                d.out.push('\\');
                d.out.push(c);
                i = s;
                continue;
            }
            if (count) {
                uint32_t ch = 0;
                bool bad = false;
                for (; count; ++s, --count) {
                    if (s >= n) {
                        incomplete = true;
                        break;
                    }
                    int v = hexValue(d.at(s));
                    if (v < 0) {
                        bad = true;
                        break;
                    }
                    ch = (ch << 4) | static_cast<uint32_t>(v);
                }
                if (!incomplete && !bad) {
                    if (ch <= 0x10FFFF) {
                        d.out.push(ch);
                        i = s;
                        continue;
                    }
                    message = "illegal Unicode character";
                }
            }
        }
        if (incomplete && !final) {
            consumed = start;
            return true;
        }
        if (!d.error(start, incomplete ? n : s, message, i)) return false;
    }
    consumed = i;
    if (firstInvalid >= 0) {
        char msg[64];
        uint8_t c = d.at(firstInvalid + 1);
        if (octalWarning && c >= '0' && c <= '7') {
            std::snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.3s'",
                          d.data.data() + firstInvalid + 1);
        } else {
            std::string ch;
            if (c < 0x80) {
                ch.push_back(static_cast<char>(c));
            } else {
                ch.push_back(static_cast<char>(0xC0 | (c >> 6)));
                ch.push_back(static_cast<char>(0x80 | (c & 0x3F)));
            }
            std::snprintf(msg, sizeof msg, "invalid escape sequence '\\%s'", ch.c_str());
        }
        if (!warnEx(&ExcDeprecationWarning, msg)) return false;
    }
    return true;
}

bool decodeRawUnicodeEscape(Decoder& d, bool final, ssize& consumed) {
    ssize i = 0;
    while (i < d.size()) {
        ssize n = d.size();
        uint8_t c = d.at(i);
        if (c != '\\') {
            d.out.push(c);
            i++;
            continue;
        }
        ssize start = i;
        ssize s = i + 1;
        if (s >= n) {
            if (!final) {
                consumed = start;
                return true;
            }
            d.out.push('\\');
            i = s;
            continue;
        }
        c = d.at(s++);
        int count;
        const char* message;
        if (c == 'u') {
            count = 4;
            message = "truncated \\uXXXX escape";
        } else if (c == 'U') {
            count = 8;
            message = "truncated \\UXXXXXXXX escape";
        } else {
            d.out.push('\\');
            d.out.push(c);
            i = s;
            continue;
        }
        uint32_t ch = 0;
        bool incomplete = false, bad = false;
        for (; count; ++s, --count) {
            if (s >= n) {
                incomplete = true;
                break;
            }
            int v = hexValue(d.at(s));
            if (v < 0) {
                bad = true;
                break;
            }
            ch = (ch << 4) | static_cast<uint32_t>(v);
        }
        if (!incomplete && !bad) {
            if (ch <= 0x10FFFF) {
                d.out.push(ch);
                i = s;
                continue;
            }
            message = "\\Uxxxxxxxx out of range";
        }
        if (incomplete && !final) {
            consumed = start;
            return true;
        }
        if (!d.error(start, incomplete ? n : s, message, i)) return false;
    }
    consumed = i;
    return true;
}

// ---- Encoding ----

struct Encoder {
    Object* str;
    Codec codec;
    std::string_view errorsName;
    Handler handler;
    std::string out;
    int order = 1;   // utf-16/32: 1 little, 2 big
    Ref<> handlerFn;

    bool isUtf16() const {
        return codec == Codec::kUtf16 || codec == Codec::kUtf16Le || codec == Codec::kUtf16Be;
    }
    bool isUtf32() const {
        return codec == Codec::kUtf32 || codec == Codec::kUtf32Le || codec == Codec::kUtf32Be;
    }

    void putUnit16(uint32_t u) {
        if (order == 1) {
            out.push_back(static_cast<char>(u & 0xFF));
            out.push_back(static_cast<char>(u >> 8));
        } else {
            out.push_back(static_cast<char>(u >> 8));
            out.push_back(static_cast<char>(u & 0xFF));
        }
    }
    void putUnit32(uint32_t u) {
        for (int k = 0; k < 4; k++) {
            int shift = order == 1 ? 8 * k : 8 * (3 - k);
            out.push_back(static_cast<char>((u >> shift) & 0xFF));
        }
    }
    // Appends a code point the codec can always represent (ASCII for ascii/latin-1).
    void putValid(uint32_t cp) {
        if (codec == Codec::kUtf8) {
            if (cp < 0x80) {
                out.push_back(static_cast<char>(cp));
            } else if (cp < 0x800) {
                out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
                out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
            } else if (cp < 0x10000) {
                out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
                out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
                out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
            } else {
                out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
                out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
                out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
                out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
            }
        } else if (isUtf16()) {
            if (cp >= 0x10000) {
                putUnit16(0xD800 + ((cp - 0x10000) >> 10));
                putUnit16(0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                putUnit16(cp);
            }
        } else if (isUtf32()) {
            putUnit32(cp);
        } else {
            out.push_back(static_cast<char>(cp));
        }
    }
    void putAscii(std::string_view s) {
        for (char ch : s) putValid(static_cast<unsigned char>(ch));
    }

    bool encodable(uint32_t cp) const {
        switch (codec) {
        case Codec::kAscii: return cp < 128;
        case Codec::kLatin1: return cp < 256;
        default: return cp < 0xD800 || cp > 0xDFFF;
        }
    }

    const char* reason() const {
        switch (codec) {
        case Codec::kAscii: return "ordinal not in range(128)";
        case Codec::kLatin1: return "ordinal not in range(256)";
        default: return "surrogates not allowed";
        }
    }

    bool raise(ssize start, ssize end) {
        raiseUnicodeError(&ExcUnicodeEncodeError, codecName(codec), str, start, end, reason());
        return false;
    }

    // Handles the unencodable run str[start:end); pos receives where encoding goes on.
    bool error(ssize start, ssize end, ssize& pos) {
        pos = end;
        switch (handler) {
        case Handler::kIgnore: return true;
        case Handler::kReplace:
            for (ssize i = start; i < end; i++) putValid('?');
            return true;
        case Handler::kBackslashReplace:
        case Handler::kNameReplace: {
            std::string s;
            for (ssize i = start; i < end; i++) {
                uint32_t c = strCharAt(str, i);
                std::string name;
                if (handler == Handler::kNameReplace && unicode::characterName(c, name))
                    s += "\\N{" + name + "}";
                else
                    appendEscape(s, c);
            }
            putAscii(s);
            return true;
        }
        case Handler::kXmlCharRefReplace:
            for (ssize i = start; i < end; i++) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "&#%u;", strCharAt(str, i));
                putAscii(buf);
            }
            return true;
        case Handler::kSurrogateEscape: {
            // utf-16/32 pass it to the handler, whose one-byte result they refuse.
            if (isUtf16() || isUtf32()) break;
            // Escapes the leading run; the rest goes to the handler (which raises for it).
            while (start < end) {
                uint32_t c = strCharAt(str, start);
                if (c < 0xDC80 || c > 0xDCFF) break;
                out.push_back(static_cast<char>(c - 0xDC00));
                start++;
            }
            if (start == end) return true;
            break;
        }
        case Handler::kSurrogatePass: {
            if (codec == Codec::kAscii || codec == Codec::kLatin1) return raise(start, end);
            for (ssize i = start; i < end; i++) {
                uint32_t c = strCharAt(str, i);
                if (c < 0xD800 || c > 0xDFFF) return raise(start, end);
            }
            for (ssize i = start; i < end; i++) {
                uint32_t c = strCharAt(str, i);
                if (codec == Codec::kUtf8) {
                    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
                    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
                    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
                } else if (isUtf16()) {
                    putUnit16(c);
                } else {
                    putUnit32(c);
                }
            }
            return true;
        }
        case Handler::kStrict: return raise(start, end);
        default: break;
        }
        Ref<> exc = Ref<>::steal(newUnicodeError(&ExcUnicodeEncodeError, codecName(codec), str,
                                                 start, end, reason()));
        if (!exc) return false;
        Ref<> rep;
        if (!callErrorHandler(handlerFn, errorsName, exc.get(), true, strLength(str), rep, pos))
            return false;
        if (isBytes(rep.get())) {
            ssize n = bytesSize(rep.get());
            if ((isUtf16() && n % 2) || (isUtf32() && n % 4)) return raise(start, end);
            out.append(bytesData(rep.get()), static_cast<size_t>(n));
            return true;
        }
        ssize n = strLength(rep.get());
        uint32_t limit = codec == Codec::kLatin1 ? 256 : 128;
        for (ssize k = 0; k < n; k++)
            if (strCharAt(rep.get(), k) >= limit) return raise(start, end);
        for (ssize k = 0; k < n; k++) putValid(strCharAt(rep.get(), k));
        return true;
    }

    bool run() {
        if (codec == Codec::kUtf16Be || codec == Codec::kUtf32Be) order = 2;
        ssize n = strLength(str);
        StrObject* s = asStr(str);
        if (s->ascii && (codec == Codec::kUtf8 || codec == Codec::kAscii ||
                         codec == Codec::kLatin1)) {
            out.append(static_cast<const char*>(s->data), static_cast<size_t>(n));
            return true;
        }
        if (codec == Codec::kLatin1 && s->kind == 1) {
            out.append(static_cast<const char*>(s->data), static_cast<size_t>(n));
            return true;
        }
        // utf-16/32 report each surrogate alone, the others whole runs (as CPython).
        bool single = isUtf16() || isUtf32();
        out.reserve(out.size() + static_cast<size_t>(n));
        ssize i = 0;
        while (i < n) {
            uint32_t c = strCharAt(str, i);
            if (encodable(c)) {
                putValid(c);
                i++;
                continue;
            }
            ssize j = i + 1;
            if (!single)
                while (j < n && !encodable(strCharAt(str, j))) j++;
            if (!error(i, j, i)) return false;
        }
        return true;
    }
};

void encodeUtf7(Object* str, std::string& out) {
    ssize n = strLength(str);
    bool inShift = false;
    int bits = 0;
    uint32_t buffer = 0;
    auto emitBits = [&](uint32_t unit) {
        bits += 16;
        buffer = (buffer << 16) | unit;
        while (bits >= 6) {
            out.push_back(kBase64Chars[(buffer >> (bits - 6)) & 0x3F]);
            bits -= 6;
        }
        buffer &= (1u << bits) - 1;
    };
    for (ssize i = 0; i < n; i++) {
        uint32_t ch = strCharAt(str, i);
        if (inShift) {
            if (utf7EncodeDirect(ch)) {
                if (bits) {
                    out.push_back(kBase64Chars[(buffer << (6 - bits)) & 0x3F]);
                    buffer = 0;
                    bits = 0;
                }
                inShift = false;
                if (isBase64Char(ch) || ch == '-') out.push_back('-');
                out.push_back(static_cast<char>(ch));
                continue;
            }
        } else if (ch == '+') {
            out += "+-";
            continue;
        } else if (utf7EncodeDirect(ch)) {
            out.push_back(static_cast<char>(ch));
            continue;
        } else {
            out.push_back('+');
            inShift = true;
        }
        if (ch >= 0x10000) {
            emitBits(0xD800 + ((ch - 0x10000) >> 10));
            ch = 0xDC00 + ((ch - 0x10000) & 0x3FF);
        }
        emitBits(ch);
    }
    if (bits) out.push_back(kBase64Chars[(buffer << (6 - bits)) & 0x3F]);
    if (inShift) out.push_back('-');
}

void encodeUnicodeEscape(Object* str, bool raw, std::string& out) {
    ssize n = strLength(str);
    for (ssize i = 0; i < n; i++) {
        uint32_t c = strCharAt(str, i);
        if (raw) {
            if (c < 0x100) out.push_back(static_cast<char>(c));
            else appendEscape(out, c);
            continue;
        }
        if (c == '\\') out += "\\\\";
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c >= 32 && c < 127) out.push_back(static_cast<char>(c));
        else appendEscape(out, c);
    }
}

// Encodes (decode false) or decodes arg through the codec registry, for encodings Krait has no
// native codec for. As CPython's _PyCodec_EncodeText/DecodeText: only text encodings, and the
// result type is checked. Returns a new reference (str or bytes) or null with an exception.
Object* registryCodec(std::string_view encoding, bool decode, Object* arg,
                      std::string_view errors) {
    Ref<> encObj = Ref<>::steal(strFromUtf8(encoding));
    if (!encObj) return nullptr;
    Ref<> info = Ref<>::steal(codecLookup(encObj.get()));
    if (!info) return nullptr;
    Ref<> isText = Ref<>::steal(getAttr(info.get(), "_is_text_encoding"));
    if (!isText) {
        if (!errMatches(&ExcAttributeError)) return nullptr;
        clearError();
    } else {
        int t = isTrue(isText.get());
        if (t < 0) return nullptr;
        if (!t) {
            std::string e(encoding);
            return setError(&ExcLookupError,
                            "'%s' is not a text encoding; use codecs.%s() to handle arbitrary "
                            "codecs", e.c_str(), decode ? "decode" : "encode");
        }
    }
    // Items 0 and 1 of the 4-tuple (a CodecInfo or any tuple a search function returned), as
    // CPython's PyCodec_Encoder/Decoder.
    Ref<> fn = Ref<>::borrow(tupleItem(info.get(), decode ? 1 : 0));
    Ref<> errs = Ref<>::steal(strFromUtf8(errors));
    if (!errs) return nullptr;
    Object* callArgs[2] = {arg, errs.get()};
    Ref<> r = Ref<>::steal(call(fn.get(), callArgs, 2));
    if (!r) {
        Ref<> encName = Ref<>::steal(strFromUtf8(encoding));
        if (encName) codecsWrapError(decode ? "decoding" : "encoding", encName.get());
        return nullptr;
    }
    if (!isTuple(r.get()) || tupleSize(r.get()) != 2) {
        return setError(&ExcTypeError, decode ? "decoder must return a tuple (object,integer)"
                                              : "encoder must return a tuple (object, integer)");
    }
    Object* v = tupleItem(r.get(), 0);
    std::string e(encoding);
    if (decode && !isStr(v)) {
        return setError(&ExcTypeError,
                        "'%s' decoder returned '%T' instead of 'str'; use codecs.decode() to "
                        "decode to arbitrary types", e.c_str(), v);
    }
    if (!decode && !isBytes(v)) {
        return setError(&ExcTypeError,
                        "'%s' encoder returned '%T' instead of 'bytes'; use codecs.encode() to "
                        "encode to arbitrary types", e.c_str(), v);
    }
    return newRef(v);
}

// Encodes str with a native codec (utf-8-sig and the BOM-writing utf-16/utf-32 included).
bool encodeNative(Object* str, Codec codec, std::string_view errors, int byteorder,
                  std::string& out) {
    switch (codec) {
    case Codec::kUtf7: encodeUtf7(str, out); return true;
    case Codec::kUnicodeEscape: encodeUnicodeEscape(str, false, out); return true;
    case Codec::kRawUnicodeEscape: encodeUnicodeEscape(str, true, out); return true;
    default: break;
    }
    std::string prefix;
    if (codec == Codec::kUtf8Sig) {
        codec = Codec::kUtf8;
        prefix = "\xef\xbb\xbf";
    }
    Encoder e{str, codec, errors, lookupHandler(errors), prefix};
    if (codec == Codec::kUtf16 || codec == Codec::kUtf32) {
        e.order = byteorder > 0 ? 2 : 1;
        if (byteorder == 0) {
            if (codec == Codec::kUtf16) e.putUnit16(0xFEFF);
            else e.putUnit32(0xFEFF);
        }
    }
    if (!e.run()) return false;
    out = std::move(e.out);
    return true;
}

// Decodes with a native codec; see codecsDecodeStateful.
Object* decodeNative(Codec codec, std::string_view data, std::string_view errors, Object* source,
                     bool final, ssize* consumed, int* byteorder) {
    ssize used = static_cast<ssize>(data.size());
    if (codec == Codec::kUtf8Sig) {
        codec = Codec::kUtf8;
        if (data.substr(0, 3) == "\xef\xbb\xbf") {
            data.remove_prefix(3);
            source = nullptr;   // error positions refer to the data after the BOM
        }
    }
    Decoder d{data, codec, errors, lookupHandler(errors), source, StrBuilder(), Ref<>(), Ref<>()};
    bool ok = true;
    int order = 0;
    switch (codec) {
    case Codec::kUtf8: {
        // Fast path: ASCII.
        bool simple = true;
        for (char ch : data) {
            if (static_cast<unsigned char>(ch) >= 0x80) {
                simple = false;
                break;
            }
        }
        if (simple) {
            if (consumed) *consumed = used;
            return strFromLatin1(data);
        }
        ok = decodeUtf8(d, final, used);
        break;
    }
    case Codec::kUtf16:
    case Codec::kUtf32:
        order = byteorder ? (*byteorder < 0 ? 1 : *byteorder > 0 ? 2 : 0) : 0;
        ok = codec == Codec::kUtf16 ? decodeUtf16(d, order, final, used)
                                    : decodeUtf32(d, order, final, used);
        if (byteorder) *byteorder = order == 1 ? -1 : order == 2 ? 1 : 0;
        break;
    case Codec::kUtf16Le: order = 1; ok = decodeUtf16(d, order, final, used); break;
    case Codec::kUtf16Be: order = 2; ok = decodeUtf16(d, order, final, used); break;
    case Codec::kUtf32Le: order = 1; ok = decodeUtf32(d, order, final, used); break;
    case Codec::kUtf32Be: order = 2; ok = decodeUtf32(d, order, final, used); break;
    case Codec::kLatin1:
        if (consumed) *consumed = used;
        return strFromLatin1(data);
    case Codec::kAscii: ok = decodeAscii(d); used = d.size(); break;
    case Codec::kUtf7: ok = decodeUtf7(d, final, used); break;
    case Codec::kUnicodeEscape: ok = decodeUnicodeEscape(d, final, used); break;
    case Codec::kRawUnicodeEscape: ok = decodeRawUnicodeEscape(d, final, used); break;
    default: break;
    }
    if (!ok) return nullptr;
    if (consumed) *consumed = used;
    return d.out.finish();
}

}  // namespace

// ---- Public entry points ----

namespace {

// Whether CPython's str.encode / bytes.decode run this encoding name without the registry
// (PyUnicode_Decode's fast paths); errors of the others are wrapped as the registry's are.
bool cpythonFastPath(std::string_view encoding) {
    std::string n = normalizedName(encoding);
    return n == "utf_8" || n == "utf8" || n == "utf_16" || n == "utf16" || n == "utf_32" ||
           n == "utf32" || n == "ascii" || n == "us_ascii" || n == "latin1" || n == "latin_1" ||
           n == "iso_8859_1" || n == "iso8859_1";
}

void wrapNativeError(const char* operation, std::string_view encoding) {
    if (cpythonFastPath(encoding)) return;
    Ref<> name = Ref<>::steal(strFromUtf8(encoding));
    if (name) codecsWrapError(operation, name.get());
}

}  // namespace

std::string_view codecCanonicalName(std::string_view encoding) {
    return codecName(lookupCodec(encoding));
}

bool codecsEncodeToStd(Object* str, std::string_view encoding, std::string_view errors,
                       std::string& out) {
    Codec codec = lookupCodec(encoding);
    if (codec == Codec::kUnknown) {
        Ref<> b = Ref<>::steal(registryCodec(encoding, false, str, errors));
        if (!b) return false;
        out.assign(bytesView(b.get()));
        return true;
    }
    if (encodeNative(str, codec, errors, 0, out)) return true;
    wrapNativeError("encoding", encoding);
    return false;
}

Object* codecsEncode(Object* str, std::string_view encoding, std::string_view errors) {
    if (lookupCodec(encoding) == Codec::kUnknown)
        return registryCodec(encoding, false, str, errors);
    std::string out;
    if (!codecsEncodeToStd(str, encoding, errors, out)) return nullptr;
    return bytesFromStd(out);
}

Object* codecsDecode(std::string_view data, std::string_view encoding, std::string_view errors,
                     Object* source) {
    Codec codec = lookupCodec(encoding);
    if (codec == Codec::kUnknown) {
        Ref<> bytes;
        if (source && isBytes(source)) bytes = Ref<>::steal(newRef(source));
        else bytes = Ref<>::steal(bytesFromStd(data));
        if (!bytes) return nullptr;
        return registryCodec(encoding, true, bytes.get(), errors);
    }
    Object* r = decodeNative(codec, data, errors, source, true, nullptr, nullptr);
    if (!r) wrapNativeError("decoding", encoding);
    return r;
}

Object* codecsDecodeStateful(std::string_view codec, std::string_view data,
                             std::string_view errors, Object* source, bool final, ssize* consumed,
                             int* byteorder) {
    Codec c = statefulCodec(codec);
    if (c == Codec::kUnknown) return setError(&ExcSystemError, "unknown native codec");
    return decodeNative(c, data, errors, source, final, consumed, byteorder);
}

Object* codecsEncodeStateful(Object* str, std::string_view codec, std::string_view errors,
                             int byteorder) {
    Codec c = statefulCodec(codec);
    if (c == Codec::kUnknown) return setError(&ExcSystemError, "unknown native codec");
    std::string out;
    if (!encodeNative(str, c, errors, byteorder, out)) return nullptr;
    return bytesFromStd(out);
}

// As CPython's _PyErr_TrySetFromCause (wrap_codec_error): an exception whose type keeps
// BaseException's __init__/__new__ and layout (a weakref slot allowed), whose args are empty or
// one str, and whose __dict__ is empty, is replaced by one of the same type whose message names
// the operation and codec, chained from the original by __cause__. Others are left alone.
void codecsWrapError(const char* operation, Object* encoding) {
    Ref<> exc = Ref<>::steal(fetchError());
    if (!exc) return;
    Type* t = typeOf(exc.get());
    BaseExceptionObject* be = asExc(exc.get());
    ssize size = t->basicSize;
    bool sameSize = size == static_cast<ssize>(sizeof(BaseExceptionObject)) ||
                    (t->weaklistOffset &&
                     size == static_cast<ssize>(sizeof(BaseExceptionObject) + sizeof(Object*)));
    ssize nargs = be->args && isTuple(be->args) ? tupleSize(be->args) : 0;
    bool simple = t->init == BaseExceptionType.init && t->new_ == BaseExceptionType.new_ &&
                  sameSize && (!be->dict || dictSize(be->dict) == 0) &&
                  (nargs == 0 || (nargs == 1 && isStrExact(tupleItem(be->args, 0))));
    if (!simple) {
        restoreError(exc.release());
        return;
    }
    Ref<> text = Ref<>::steal(str(exc.get()));
    if (!text) {
        clearError();
        restoreError(exc.release());
        return;
    }
    Ref<> msg = Ref<>::steal(strFormat("%s with '%U' codec failed (%s: %U)", operation, encoding,
                                       t->name, text.get()));
    if (!msg) return;
    Ref<> args = Ref<>::steal(tuplePack({msg.get()}));
    if (!args) return;
    Ref<> wrapped = Ref<>::steal(newException(t, args.get()));
    if (!wrapped) return;
    exceptionSetCause(wrapped.get(), exc.release());
    setErrorObject(t, wrapped.get());
}

// ---- Registry ----

bool codecRegister(Object* searchFunction) {
    CodecState* st = codecState();
    if (!st) return false;
    if (!isCallable(searchFunction)) {
        setError(&ExcTypeError, "argument must be callable");
        return false;
    }
    return listAppend(st->searchPath, searchFunction) == 0;
}

bool codecUnregister(Object* searchFunction) {
    CodecState* st = codecState();
    if (!st) return false;
    ssize n = listSize(st->searchPath);
    for (ssize i = 0; i < n; i++) {
        if (listItem(st->searchPath, i) == searchFunction) {
            Ref<> rest = Ref<>::steal(listNew(0));
            if (!rest) return false;
            for (ssize k = 0; k < n; k++)
                if (k != i && listAppend(rest.get(), listItem(st->searchPath, k)) < 0) return false;
            decref(st->searchPath);
            st->searchPath = rest.release();
            dictClear(st->cache);
            return true;
        }
    }
    return true;
}

Object* codecLookup(Object* encoding) {
    CodecState* st = codecState();
    if (!st) return nullptr;
    Ref<> key = Ref<>::steal(normalizeEncodingName(encoding));
    if (!key) return nullptr;
    Object* hit = dictGetItem(st->cache, key.get());
    if (hit) return newRef(hit);
    if (errOccurred()) return nullptr;
    if (listSize(st->searchPath) == 0) {
        // The encodings package registers its search function on import.
        Ref<> m = Ref<>::steal(importModule("encodings"));
        if (!m) return nullptr;
    }
    Ref<> path = Ref<>::steal(listSlice(st->searchPath, 0, listSize(st->searchPath)));
    if (!path) return nullptr;
    for (ssize i = 0; i < listSize(path.get()); i++) {
        Object* a[1] = {key.get()};
        Ref<> r = Ref<>::steal(call(listItem(path.get(), i), a, 1));
        if (!r) return nullptr;
        if (isNone(r.get())) continue;
        if (!isTuple(r.get()) || tupleSize(r.get()) != 4)
            return setError(&ExcTypeError, "codec search functions must return 4-tuples");
        if (dictSetItem(st->cache, key.get(), r.get()) < 0) return nullptr;
        return r.release();
    }
    return setError(&ExcLookupError, "unknown encoding: %U", encoding);
}

bool codecForget(Object* encoding) {
    CodecState* st = codecState();
    if (!st) return false;
    Ref<> key = Ref<>::steal(normalizeEncodingName(encoding));
    if (!key) return false;
    Ref<> r = Ref<>::steal(dictPop(st->cache, key.get(), &NoneObject));
    return static_cast<bool>(r);
}

bool codecRegisterError(Object* name, Object* handler) {
    CodecState* st = codecState();
    if (!st) return false;
    if (!isCallable(handler)) {
        setError(&ExcTypeError, "handler must be callable");
        return false;
    }
    return dictSetItem(st->errorRegistry, name, handler) == 0;
}

Object* codecLookupError(std::string_view name) {
    CodecState* st = codecState();
    if (!st) return nullptr;
    Ref<> key = Ref<>::steal(strFromUtf8(name));
    if (!key) return nullptr;
    Object* h = dictGetItem(st->errorRegistry, key.get());
    if (h) return newRef(h);
    if (errOccurred()) return nullptr;
    std::string n(name);
    return setError(&ExcLookupError, "unknown error handler name '%s'", n.c_str());
}

// ---- charmap ----

namespace {

// An EncodingMap (CPython's 3-level table; here the up to 256 (code point, byte) pairs sorted
// by code point), made by charmap_build from a 256-character decoding table.
struct EncodingMapObject {
    Object ob;
    int count2;              // distinct code point >> 11 blocks (for size())
    int count3;              // distinct code point >> 7 blocks
    int n;
    uint16_t keys[256];
    uint8_t values[256];
};

EncodingMapObject* asEncodingMap(Object* o) { return reinterpret_cast<EncodingMapObject*>(o); }

// The byte for cp, or -1.
int encodingMapLookup(Object* map, uint32_t cp) {
    EncodingMapObject* m = asEncodingMap(map);
    if (cp > 0xFFFF) return -1;
    const uint16_t* begin = m->keys;
    const uint16_t* end = begin + m->n;
    const uint16_t* it = std::lower_bound(begin, end, static_cast<uint16_t>(cp));
    if (it == end || *it != cp) return -1;
    return m->values[it - begin];
}

Object* encodingMapSize(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("size", kwnames) || !checkArgCount("size", nargs, 0, 0)) return nullptr;
    EncodingMapObject* m = asEncodingMap(self);
    // As CPython's sizeof(struct encoding_map) - 1 + 16*count2 + 128*count3 on 64-bit hosts.
    return intFromInt64(63 + 16 * m->count2 + 128 * m->count3);
}

void encodingMapDealloc(Object* o) { freeObject(o); }

const MethodDef kEncodingMapMethods[] = {
    {"size", encodingMapSize, 0, "Return the size (in bytes) of this object"},
    {nullptr, nullptr, 0, nullptr},
};

// Appends the encoding of cp through mapping: 1 done, 0 cp is unmapped, -1 error.
int charmapEncodeChar(Object* mapping, uint32_t cp, std::string& out) {
    if (typeOf(mapping) == &EncodingMapType) {
        int b = encodingMapLookup(mapping, cp);
        if (b < 0) return 0;
        out.push_back(static_cast<char>(b));
        return 1;
    }
    Ref<> key = Ref<>::steal(intFromInt64(cp));
    if (!key) return -1;
    Ref<> item = Ref<>::steal(getItem(mapping, key.get()));
    if (!item) {
        if (errMatches(&ExcLookupError)) {
            clearError();
            return 0;
        }
        return -1;
    }
    if (isNone(item.get())) return 0;
    if (isInt(item.get())) {
        ssize v = intAsSsize(item.get());
        if (v < 0 || v > 255) {
            if (v == -1 && errOccurred()) clearError();
            setError(&ExcTypeError, "character mapping must be in range(256)");
            return -1;
        }
        out.push_back(static_cast<char>(v));
        return 1;
    }
    if (isBytes(item.get())) {
        out.append(bytesView(item.get()));
        return 1;
    }
    setError(&ExcTypeError, "character mapping must return integer, bytes or None, not %s",
             typeOf(item.get())->name);
    return -1;
}

// The decoding of byte b through mapping into out: 1 done, 0 b is unmapped, -1 error.
int charmapDecodeByte(Object* mapping, uint8_t b, StrBuilder& out) {
    if (isStr(mapping)) {
        if (b >= strLength(mapping)) return 0;
        uint32_t c = strCharAt(mapping, b);
        if (c == 0xFFFE) return 0;
        out.push(c);
        return 1;
    }
    Ref<> key = Ref<>::steal(intFromInt64(b));
    if (!key) return -1;
    Ref<> item = Ref<>::steal(getItem(mapping, key.get()));
    if (!item) {
        if (errMatches(&ExcLookupError)) {
            clearError();
            return 0;
        }
        return -1;
    }
    if (isNone(item.get())) return 0;
    if (isInt(item.get())) {
        ssize v = intAsSsize(item.get());
        if (v == 0xFFFE) return 0;
        if (v < 0 || v > 0x10FFFF) {
            if (v == -1 && errOccurred()) clearError();
            setError(&ExcTypeError, "character mapping must be in range(0x110000)");
            return -1;
        }
        out.push(static_cast<uint32_t>(v));
        return 1;
    }
    if (isStr(item.get())) {
        if (strLength(item.get()) == 1 && strCharAt(item.get(), 0) == 0xFFFE) return 0;
        out.append(item.get());
        return 1;
    }
    setError(&ExcTypeError, "character mapping must return integer, None or str");
    return -1;
}

const char kUndefined[] = "character maps to <undefined>";

}  // namespace

Object* codecsCharmapDecode(std::string_view data, std::string_view errors, Object* mapping,
                            Object* source) {
    if (isNone(mapping)) return strFromLatin1(data);
    Decoder d{data, Codec::kCharmap, errors, lookupHandler(errors), source, StrBuilder(), Ref<>(),
              Ref<>()};
    ssize i = 0;
    while (i < d.size()) {
        int r = charmapDecodeByte(mapping, d.at(i), d.out);
        if (r < 0) return nullptr;
        if (r > 0) {
            i++;
            continue;
        }
        if (!d.error(i, i + 1, kUndefined, i)) return nullptr;
    }
    return d.out.finish();
}

Object* codecsCharmapEncode(Object* str, std::string_view errors, Object* mapping) {
    if (isNone(mapping)) return codecsEncodeStateful(str, "latin-1", errors, 0);
    std::string out;
    ssize n = strLength(str);
    Handler handler = lookupHandler(errors);
    Ref<> handlerFn;
    ssize i = 0;
    while (i < n) {
        int r = charmapEncodeChar(mapping, strCharAt(str, i), out);
        if (r < 0) return nullptr;
        if (r > 0) {
            i++;
            continue;
        }
        // The run of unmapped characters.
        ssize j = i + 1;
        for (; j < n; j++) {
            std::string probe;
            int q = charmapEncodeChar(mapping, strCharAt(str, j), probe);
            if (q < 0) return nullptr;
            if (q > 0) break;
        }
        if (handler == Handler::kIgnore) {
            i = j;
            continue;
        }
        if (handler == Handler::kStrict) {
            raiseUnicodeError(&ExcUnicodeEncodeError, "charmap", str, i, j, kUndefined);
            return nullptr;
        }
        Ref<> exc = Ref<>::steal(
            newUnicodeError(&ExcUnicodeEncodeError, "charmap", str, i, j, kUndefined));
        if (!exc) return nullptr;
        Ref<> rep;
        ssize pos;
        if (!callErrorHandler(handlerFn, errors, exc.get(), true, n, rep, pos)) return nullptr;
        if (isBytes(rep.get())) {
            out.append(bytesView(rep.get()));
        } else {
            for (ssize k = 0; k < strLength(rep.get()); k++) {
                int q = charmapEncodeChar(mapping, strCharAt(rep.get(), k), out);
                if (q < 0) return nullptr;
                if (q == 0) {
                    raiseUnicodeError(&ExcUnicodeEncodeError, "charmap", str, i, j, kUndefined);
                    return nullptr;
                }
            }
        }
        i = pos;
    }
    return bytesFromStd(out);
}

Object* codecsCharmapBuild(Object* table) {
    ssize n = strLength(table);
    bool needDict = n != 256 || strCharAt(table, 0) != 0;
    bool level1[32] = {};
    bool level2[512] = {};
    int count2 = 0, count3 = 0;
    for (ssize i = 1; i < n && !needDict; i++) {
        uint32_t ch = strCharAt(table, i);
        if (ch == 0 || ch > 0xFFFF) {
            needDict = true;
            break;
        }
        if (ch == 0xFFFE) continue;
        if (!level1[ch >> 11]) {
            level1[ch >> 11] = true;
            count2++;
        }
        if (!level2[ch >> 7]) {
            level2[ch >> 7] = true;
            count3++;
        }
    }
    if (count2 >= 0xFF || count3 >= 0xFF) needDict = true;
    if (needDict) {
        Ref<> d = Ref<>::steal(dictNew());
        if (!d) return nullptr;
        for (ssize i = 0; i < n; i++) {
            Ref<> k = Ref<>::steal(intFromInt64(strCharAt(table, i)));
            Ref<> v = Ref<>::steal(intFromSsize(i));
            if (!k || !v || dictSetItem(d.get(), k.get(), v.get()) < 0) return nullptr;
        }
        return d.release();
    }
    Object* o = allocObject(&EncodingMapType);
    if (!o) return nullptr;
    EncodingMapObject* m = asEncodingMap(o);
    m->count2 = count2;
    m->count3 = count3;
    std::vector<std::pair<uint16_t, uint8_t>> pairs;
    for (ssize i = 0; i < 256; i++) {
        uint32_t ch = strCharAt(table, i);
        if (ch == 0xFFFE) continue;
        pairs.emplace_back(static_cast<uint16_t>(ch), static_cast<uint8_t>(i));
    }
    // Later entries of the same character win, as in a dict built in order.
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    int k = 0;
    for (size_t i = 0; i < pairs.size(); i++) {
        if (k > 0 && m->keys[k - 1] == pairs[i].first) {
            m->values[k - 1] = pairs[i].second;
            continue;
        }
        m->keys[k] = pairs[i].first;
        m->values[k] = pairs[i].second;
        k++;
    }
    m->n = k;
    return o;
}

// ---- escape codec (bytes literals) ----

Object* codecsEscapeDecode(std::string_view data, std::string_view errors) {
    std::string out;
    size_t n = data.size();
    size_t s = 0;
    ssize firstInvalid = -1;
    bool octal = false;
    auto at = [&](size_t i) { return static_cast<uint8_t>(data[i]); };
    while (s < n) {
        if (data[s] != '\\') {
            out.push_back(data[s++]);
            continue;
        }
        s++;
        if (s == n) return setError(&ExcValueError, "Trailing \\ in string");
        uint8_t c = at(s++);
        switch (c) {
        case '\n': break;
        case '\\': out.push_back('\\'); break;
        case '\'': out.push_back('\''); break;
        case '"': out.push_back('"'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 't': out.push_back('\t'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 'v': out.push_back('\v'); break;
        case 'a': out.push_back('\a'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = c - '0';
            if (s < n && at(s) >= '0' && at(s) <= '7') {
                v = (v << 3) + (at(s++) - '0');
                if (s < n && at(s) >= '0' && at(s) <= '7') v = (v << 3) + (at(s++) - '0');
            }
            if (v > 0377 && firstInvalid < 0) {
                firstInvalid = static_cast<ssize>(s) - 3;
                octal = true;
            }
            out.push_back(static_cast<char>(v & 0xFF));
            break;
        }
        case 'x': {
            if (s + 1 < n) {
                int d1 = hexValue(at(s)), d2 = hexValue(at(s + 1));
                if (d1 >= 0 && d2 >= 0) {
                    out.push_back(static_cast<char>((d1 << 4) + d2));
                    s += 2;
                    break;
                }
            }
            if (errors == "strict") {
                return setError(&ExcValueError, "invalid \\x escape at position %zd",
                                static_cast<ssize_t>(s - 2));
            }
            if (errors == "replace") {
                out.push_back('?');
            } else if (errors != "ignore") {
                std::string e(errors);
                return setError(&ExcValueError, "decoding error; unknown error handling code: %s",
                                e.c_str());
            }
            if (s < n && hexValue(at(s)) >= 0) s++;
            break;
        }
        default:
            if (firstInvalid < 0) firstInvalid = static_cast<ssize>(s) - 1;
            out.push_back('\\');
            s--;
        }
    }
    if (firstInvalid >= 0) {
        char msg[64];
        if (octal) {
            std::snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%.3s'",
                          data.data() + firstInvalid);
        } else {
            unsigned char c = static_cast<unsigned char>(data[static_cast<size_t>(firstInvalid)]);
            std::string ch;
            if (c < 0x80) {
                ch.push_back(static_cast<char>(c));
            } else {
                ch.push_back(static_cast<char>(0xC0 | (c >> 6)));
                ch.push_back(static_cast<char>(0x80 | (c & 0x3F)));
            }
            std::snprintf(msg, sizeof msg, "invalid escape sequence '\\%s'", ch.c_str());
        }
        if (!warnEx(&ExcDeprecationWarning, msg)) return nullptr;
    }
    return bytesFromStd(out);
}

Object* codecsEscapeEncode(std::string_view data) {
    std::string out;
    for (char ch : data) {
        uint8_t c = static_cast<uint8_t>(ch);
        if (c == '\'' || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c >= 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return bytesFromStd(out);
}

Type EncodingMapType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "EncodingMap",
    .basicSize = sizeof(EncodingMapObject),
    .flags = 0,
    .methods = kEncodingMapMethods,
    .dealloc = encodingMapDealloc,
    .getAttr = genericGetAttr,
};

}  // namespace krait
