// The builtin codecs (see codecs.h). Decoders report each malformed span [start, end) of the
// input with CPython's reason text; the error handler then raises, skips or substitutes.
#include "objects/codecs.h"

#include <cstdio>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/errors.h"
#include "interp/import.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"

namespace krait {

namespace {

enum class Codec { kUnknown, kUtf8, kUtf8Sig, kUtf16, kUtf16Le, kUtf16Be, kUtf32, kUtf32Le,
                   kUtf32Be, kLatin1, kAscii };

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

Codec lookupCodec(std::string_view name) {
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
    for (const CodecName& a : kAliases)
        if (norm == a.alias) return a.codec;
    return Codec::kUnknown;
}

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
    default: return "";
    }
}

enum class Handler { kStrict, kIgnore, kReplace, kSurrogateEscape, kSurrogatePass,
                     kBackslashReplace, kXmlCharRefReplace, kNameReplace, kUnknown };

Handler lookupHandler(std::string_view name) {
    if (name == "strict") return Handler::kStrict;
    if (name == "ignore") return Handler::kIgnore;
    if (name == "replace") return Handler::kReplace;
    if (name == "surrogateescape") return Handler::kSurrogateEscape;
    if (name == "surrogatepass") return Handler::kSurrogatePass;
    if (name == "backslashreplace") return Handler::kBackslashReplace;
    if (name == "xmlcharrefreplace") return Handler::kXmlCharRefReplace;
    if (name == "namereplace") return Handler::kNameReplace;
    return Handler::kUnknown;
}

bool unknownHandler(std::string_view name) {
    std::string n(name);
    setError(&ExcLookupError, "unknown error handler name '%s'", n.c_str());
    return false;
}

void raiseUnicodeError(Type* type, const char* encoding, Object* object, ssize start, ssize end,
                       const char* reason) {
    Ref<> enc = Ref<>::steal(strFromAscii(encoding));
    Ref<> s = Ref<>::steal(intFromSsize(start));
    Ref<> e = Ref<>::steal(intFromSsize(end));
    Ref<> r = Ref<>::steal(strFromAscii(reason));
    if (!enc || !s || !e || !r) return;
    Ref<> args = Ref<>::steal(tuplePack({enc.get(), object, s.get(), e.get(), r.get()}));
    if (!args) return;
    setErrorObject(type, args.get());
}

// ---- Decoding ----

struct Decoder {
    std::string_view data;
    Codec codec;
    std::string_view errorsName;
    Handler handler;
    Object* source;
    StrBuilder out;

    // Handles the malformed span [start, end): returns false with the exception set.
    bool error(ssize start, ssize end, const char* reason) {
        switch (handler) {
        case Handler::kIgnore: return true;
        case Handler::kReplace: out.push(0xFFFD); return true;
        case Handler::kBackslashReplace:
            for (ssize i = start; i < end; i++) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x",
                              static_cast<unsigned>(static_cast<unsigned char>(data[i])));
                out.appendAscii(buf);
            }
            return true;
        case Handler::kSurrogateEscape: {
            bool ok = true;
            for (ssize i = start; i < end; i++)
                if (static_cast<unsigned char>(data[i]) < 128) ok = false;
            if (ok) {
                for (ssize i = start; i < end; i++)
                    out.push(0xDC00 + static_cast<unsigned char>(data[i]));
                return true;
            }
            break;
        }
        case Handler::kUnknown: return unknownHandler(errorsName);
        default: break;
        }
        Ref<> obj = Ref<>::steal(source ? newRef(source) : bytesFromStd(data));
        if (!obj) return false;
        raiseUnicodeError(&ExcUnicodeDecodeError, codecName(codec), obj.get(), start, end, reason);
        return false;
    }
};

uint8_t byteAt(const Decoder& d, ssize i) { return static_cast<uint8_t>(d.data[i]); }

bool decodeUtf8(Decoder& d) {
    ssize n = static_cast<ssize>(d.data.size());
    ssize i = 0;
    while (i < n) {
        uint8_t c = byteAt(d, i);
        if (c < 0x80) {
            d.out.push(c);
            i++;
            continue;
        }
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
            if (!d.error(i, i + 1, "invalid start byte")) return false;
            i++;
            continue;
        }
        // surrogatepass: an encoded surrogate ED A0..BF 80..BF.
        if (c == 0xED && d.handler == Handler::kSurrogatePass && i + 2 < n &&
            byteAt(d, i + 1) >= 0xA0 && byteAt(d, i + 1) <= 0xBF &&
            (byteAt(d, i + 2) & 0xC0) == 0x80) {
            d.out.push(0xD000 | ((byteAt(d, i + 1) & 0x3Fu) << 6) | (byteAt(d, i + 2) & 0x3Fu));
            i += 3;
            continue;
        }
        ssize k = 1;
        bool bad = false;
        for (; k <= need; k++) {
            if (i + k >= n) break;
            uint8_t b = byteAt(d, i + k);
            uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
            if (b < l || b > h) {
                bad = true;
                break;
            }
            cp = (cp << 6) | (b & 0x3Fu);
        }
        if (bad) {
            if (!d.error(i, i + k, "invalid continuation byte")) return false;
            i += k;
            continue;
        }
        if (k <= need) {
            // Ran out of input inside a valid prefix.
            if (!d.error(i, n, "unexpected end of data")) return false;
            i = n;
            continue;
        }
        d.out.push(cp);
        i += need + 1;
    }
    return true;
}

bool decodeUtf16(Decoder& d, int order) {   // order: 0 detect BOM, 1 little, 2 big
    ssize n = static_cast<ssize>(d.data.size());
    ssize i = 0;
    if (order == 0) {
        order = 1;
        if (n >= 2) {
            if (byteAt(d, 0) == 0xFF && byteAt(d, 1) == 0xFE) {
                i = 2;
            } else if (byteAt(d, 0) == 0xFE && byteAt(d, 1) == 0xFF) {
                order = 2;
                i = 2;
            }
        }
    }
    d.codec = order == 1 ? Codec::kUtf16Le : Codec::kUtf16Be;   // names errors as CPython
    auto unit = [&](ssize p) -> uint32_t {
        return order == 1 ? (byteAt(d, p) | (byteAt(d, p + 1) << 8))
                          : ((byteAt(d, p) << 8) | byteAt(d, p + 1));
    };
    while (i < n) {
        if (i + 1 >= n) {
            if (!d.error(i, n, "truncated data")) return false;
            break;
        }
        uint32_t u = unit(i);
        if (u < 0xD800 || u > 0xDFFF) {
            d.out.push(u);
            i += 2;
            continue;
        }
        if (u <= 0xDBFF) {
            if (i + 3 >= n) {
                if (d.handler == Handler::kSurrogatePass && i + 2 == n) {
                    d.out.push(u);
                    i += 2;
                    continue;
                }
                if (!d.error(i, n, "unexpected end of data")) return false;
                break;
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
            if (!d.error(i, i + 2, "illegal UTF-16 surrogate")) return false;
            i += 2;
            continue;
        }
        if (d.handler == Handler::kSurrogatePass) {
            d.out.push(u);
            i += 2;
            continue;
        }
        if (!d.error(i, i + 2, "illegal encoding")) return false;
        i += 2;
    }
    return true;
}

bool decodeUtf32(Decoder& d, int order) {
    ssize n = static_cast<ssize>(d.data.size());
    ssize i = 0;
    if (order == 0) {
        order = 1;
        if (n >= 4) {
            if (byteAt(d, 0) == 0xFF && byteAt(d, 1) == 0xFE && byteAt(d, 2) == 0 &&
                byteAt(d, 3) == 0) {
                i = 4;
            } else if (byteAt(d, 0) == 0 && byteAt(d, 1) == 0 && byteAt(d, 2) == 0xFE &&
                       byteAt(d, 3) == 0xFF) {
                order = 2;
                i = 4;
            }
        }
    }
    d.codec = order == 1 ? Codec::kUtf32Le : Codec::kUtf32Be;
    while (i < n) {
        if (i + 3 >= n) {
            if (!d.error(i, n, "truncated data")) return false;
            break;
        }
        uint32_t u = order == 1
            ? (byteAt(d, i) | (byteAt(d, i + 1) << 8) | (byteAt(d, i + 2) << 16) |
               (static_cast<uint32_t>(byteAt(d, i + 3)) << 24))
            : ((static_cast<uint32_t>(byteAt(d, i)) << 24) | (byteAt(d, i + 1) << 16) |
               (byteAt(d, i + 2) << 8) | byteAt(d, i + 3));
        if (u > 0x10FFFF) {
            if (!d.error(i, i + 4, "code point not in range(0x110000)")) return false;
        } else if (u >= 0xD800 && u <= 0xDFFF && d.handler != Handler::kSurrogatePass) {
            if (!d.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"))
                return false;
        } else {
            d.out.push(u);
        }
        i += 4;
    }
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
        switch (codec) {
        case Codec::kUtf8:
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
            break;
        case Codec::kUtf16:
        case Codec::kUtf16Le:
        case Codec::kUtf16Be:
            if (cp >= 0x10000) {
                putUnit16(0xD800 + ((cp - 0x10000) >> 10));
                putUnit16(0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                putUnit16(cp);
            }
            break;
        case Codec::kUtf32:
        case Codec::kUtf32Le:
        case Codec::kUtf32Be:
            putUnit32(cp);
            break;
        default:
            out.push_back(static_cast<char>(cp));
            break;
        }
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

    // Handles the unencodable run str[start:end).
    bool error(ssize start, ssize end) {
        char buf[32];
        switch (handler) {
        case Handler::kIgnore: return true;
        case Handler::kReplace:
            for (ssize i = start; i < end; i++) putValid('?');
            return true;
        case Handler::kBackslashReplace:
        case Handler::kNameReplace:
            for (ssize i = start; i < end; i++) {
                uint32_t c = strCharAt(str, i);
                std::string name;
                if (handler == Handler::kNameReplace && unicode::characterName(c, name)) {
                    name = "\\N{" + name + "}";
                    for (char ch : name) putValid(static_cast<unsigned char>(ch));
                    continue;
                }
                if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", c);
                else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", c);
                else std::snprintf(buf, sizeof buf, "\\U%08x", c);
                for (const char* p = buf; *p; p++) putValid(static_cast<unsigned char>(*p));
            }
            return true;
        case Handler::kXmlCharRefReplace:
            for (ssize i = start; i < end; i++) {
                std::snprintf(buf, sizeof buf, "&#%u;", strCharAt(str, i));
                for (const char* p = buf; *p; p++) putValid(static_cast<unsigned char>(*p));
            }
            return true;
        case Handler::kSurrogateEscape: {
            bool ok = true;
            for (ssize i = start; i < end; i++) {
                uint32_t c = strCharAt(str, i);
                if (c < 0xDC80 || c > 0xDCFF) ok = false;
            }
            if (ok) {
                for (ssize i = start; i < end; i++)
                    out.push_back(static_cast<char>(strCharAt(str, i) - 0xDC00));
                return true;
            }
            break;
        }
        case Handler::kSurrogatePass: {
            if (codec == Codec::kAscii || codec == Codec::kLatin1) break;
            bool ok = true;
            for (ssize i = start; i < end; i++) {
                uint32_t c = strCharAt(str, i);
                if (c < 0xD800 || c > 0xDFFF) ok = false;
            }
            if (!ok) break;
            for (ssize i = start; i < end; i++) {
                uint32_t c = strCharAt(str, i);
                if (codec == Codec::kUtf8) {
                    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
                    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
                    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
                } else if (codec == Codec::kUtf16 || codec == Codec::kUtf16Le ||
                           codec == Codec::kUtf16Be) {
                    putUnit16(c);
                } else {
                    putUnit32(c);
                }
            }
            return true;
        }
        case Handler::kUnknown: return unknownHandler(errorsName);
        default: break;
        }
        raiseUnicodeError(&ExcUnicodeEncodeError, codecName(codec), str, start, end, reason());
        return false;
    }

    bool run() {
        if (codec == Codec::kUtf16 || codec == Codec::kUtf32) {
            order = 1;
            if (codec == Codec::kUtf16) putUnit16(0xFEFF);
            else putUnit32(0xFEFF);
        } else if (codec == Codec::kUtf16Be || codec == Codec::kUtf32Be) {
            order = 2;
        }
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
            while (j < n && !encodable(strCharAt(str, j))) j++;
            if (!error(i, j)) return false;
            i = j;
        }
        return true;
    }
};

// As CPython's wrap_codec_error: replaces the current exception, when it is a plain builtin
// exception (no extra fields, empty __dict__), by one of the same type whose message names the
// operation and codec, chained from the original by __cause__.
void wrapCodecError(const char* operation, std::string_view encoding) {
    Ref<> exc = Ref<>::steal(fetchError());
    if (!exc) return;
    Type* t = typeOf(exc.get());
    BaseExceptionObject* be = asExc(exc.get());
    bool simple = !(t->flags & kTypeHeap) && t->basicSize == sizeof(BaseExceptionObject) &&
                  (!be->dict || dictSize(be->dict) == 0);
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
    std::string e(encoding);
    Ref<> msg = Ref<>::steal(strFormat("%s with '%s' codec failed (%s: %U)", operation, e.c_str(),
                                       t->name, text.get()));
    if (!msg) return;
    Ref<> args = Ref<>::steal(tuplePack({msg.get()}));
    if (!args) return;
    Ref<> wrapped = Ref<>::steal(newException(t, args.get()));
    if (!wrapped) return;
    exceptionSetCause(wrapped.get(), exc.release());
    setErrorObject(t, wrapped.get());
}

// Encodes (decode false) or decodes arg through the codec registry (_codecs.lookup, which
// imports Lib's encodings package), for encodings Krait has no native codec for. As CPython's
// _PyCodec_EncodeText/DecodeText: only text encodings, and the result type is checked.
// Returns a new reference (str or bytes) or null with an exception.
Object* registryCodec(std::string_view encoding, bool decode, Object* arg,
                      std::string_view errors) {
    Ref<> mod = Ref<>::steal(importModule("_codecs"));
    if (!mod) return nullptr;
    Ref<> encObj = Ref<>::steal(strFromUtf8(encoding));
    if (!encObj) return nullptr;
    Object* lookupArgs[1] = {encObj.get()};
    Ref<> info = Ref<>::steal(callMethod(mod.get(), "lookup", lookupArgs, 1));
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
    Ref<> fn = Ref<>::steal(getAttr(info.get(), decode ? "decode" : "encode"));
    if (!fn) return nullptr;
    Ref<> errs = Ref<>::steal(strFromUtf8(errors));
    if (!errs) return nullptr;
    Object* callArgs[2] = {arg, errs.get()};
    Ref<> r = Ref<>::steal(call(fn.get(), callArgs, 2));
    if (!r) {
        wrapCodecError(decode ? "decoding" : "encoding", encoding);
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

}  // namespace

std::string_view codecCanonicalName(std::string_view encoding) {
    return codecName(lookupCodec(encoding));
}

bool codecsEncodeToStd(Object* str, std::string_view encoding, std::string_view errors,
                       std::string& out) {
    Codec codec = lookupCodec(encoding);
    if (codec == Codec::kUnknown || lookupHandler(errors) == Handler::kUnknown) {
        Ref<> b = Ref<>::steal(codecsEncode(str, encoding, errors));
        if (!b) return false;
        out.assign(bytesView(b.get()));
        return true;
    }
    std::string bom;
    if (codec == Codec::kUtf8Sig) {
        codec = Codec::kUtf8;
        bom = "\xef\xbb\xbf";
    }
    Encoder e{str, codec, errors, lookupHandler(errors), bom};
    if (!e.run()) return false;
    out = std::move(e.out);
    return true;
}

namespace {

// A builtin codec with an error handler given to codecs.register_error: _codecs runs the codec
// strictly and passes each failing span to the handler.
Object* customHandlerCodec(Object* input, std::string_view encoding, std::string_view errors,
                           bool encode) {
    Ref<> mod = Ref<>::steal(importModule("_codecs"));
    if (!mod) return nullptr;
    Ref<> enc = Ref<>::steal(strFromUtf8(encoding));
    Ref<> errs = enc ? Ref<>::steal(strFromUtf8(errors)) : Ref<>();
    if (!errs) return nullptr;
    Object* args[3] = {input, enc.get(), errs.get()};
    return callMethod(mod.get(), encode ? "_handler_encode" : "_handler_decode", args, 3);
}

}  // namespace

Object* codecsEncode(Object* str, std::string_view encoding, std::string_view errors) {
    if (lookupCodec(encoding) == Codec::kUnknown)
        return registryCodec(encoding, false, str, errors);
    if (lookupHandler(errors) == Handler::kUnknown)
        return customHandlerCodec(str, encoding, errors, true);
    std::string out;
    if (!codecsEncodeToStd(str, encoding, errors, out)) return nullptr;
    return bytesFromStd(out);
}

Object* codecsDecode(std::string_view data, std::string_view encoding, std::string_view errors,
                     Object* source) {
    Codec codec = lookupCodec(encoding);
    if (codec == Codec::kUnknown || lookupHandler(errors) == Handler::kUnknown) {
        Ref<> bytes;
        if (source && isBytes(source)) bytes = Ref<>::steal(newRef(source));
        else bytes = Ref<>::steal(bytesFromStd(data));
        if (!bytes) return nullptr;
        if (codec == Codec::kUnknown) return registryCodec(encoding, true, bytes.get(), errors);
        return customHandlerCodec(bytes.get(), encoding, errors, false);
    }
    if (codec == Codec::kUtf8Sig) {
        codec = Codec::kUtf8;
        if (data.substr(0, 3) == "\xef\xbb\xbf") {
            data.remove_prefix(3);
            source = nullptr;   // error positions refer to the data after the BOM
        }
    }
    Decoder d{data, codec, errors, lookupHandler(errors), source, StrBuilder()};
    bool ok = true;
    switch (codec) {
    case Codec::kUtf8: {
        // Fast path: valid UTF-8 without surrogates.
        bool simple = true;
        for (char ch : data) {
            if (static_cast<unsigned char>(ch) >= 0x80) {
                simple = false;
                break;
            }
        }
        if (simple) return strFromLatin1(data);
        ok = decodeUtf8(d);
        break;
    }
    case Codec::kUtf16: ok = decodeUtf16(d, 0); break;
    case Codec::kUtf16Le: ok = decodeUtf16(d, 1); break;
    case Codec::kUtf16Be: ok = decodeUtf16(d, 2); break;
    case Codec::kUtf32: ok = decodeUtf32(d, 0); break;
    case Codec::kUtf32Le: ok = decodeUtf32(d, 1); break;
    case Codec::kUtf32Be: ok = decodeUtf32(d, 2); break;
    case Codec::kLatin1: return strFromLatin1(data);
    case Codec::kAscii:
        for (ssize i = 0; i < static_cast<ssize>(data.size()); i++) {
            uint8_t c = static_cast<uint8_t>(data[i]);
            if (c < 128) {
                d.out.push(c);
            } else if (!d.error(i, i + 1, "ordinal not in range(128)")) {
                ok = false;
                break;
            }
        }
        break;
    default: break;
    }
    if (!ok) return nullptr;
    return d.out.finish();
}

}  // namespace krait
