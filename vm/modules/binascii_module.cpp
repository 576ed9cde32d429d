// The binascii module: hex (with separators), base64 (strict mode, newline), uu,
// quoted-printable, crc32 and crc_hqx, with binascii.Error / binascii.Incomplete and CPython
// 3.11's argument conversions and messages. The a2b_* functions accept ASCII str as well as
// any bytes-like object; the b2a_* functions bytes-like objects only.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

using Args = Object* const*;

// Module state: the exception classes.
struct BinasciiState {
    Object* error;        // binascii.Error(ValueError)
    Object* incomplete;   // binascii.Incomplete(Exception)
};

void freeBinasciiState(void* p) {
    BinasciiState* s = static_cast<BinasciiState*>(p);
    xdecref(s->error);
    xdecref(s->incomplete);
    delete s;
}

// Raises binascii.Error(msg) (the module is `self` of every function). Returns null.
Object* binError(Object* module, const char* msg) {
    BinasciiState* st = static_cast<BinasciiState*>(asModule(module)->state);
    Ref<> m = Ref<>::steal(strFromUtf8(msg));
    if (!m) return nullptr;
    return setErrorObject(asType(st->error), m.get());
}

// The bytes of an a2b_* argument: ASCII str or a bytes-like object. `keep` owns a temporary
// encoding of a str.
bool asciiData(Object* o, std::string_view* out, std::string* keep) {
    if (isStr(o)) {
        ssize n = strLength(o);
        keep->clear();
        keep->reserve(static_cast<size_t>(n));
        for (ssize i = 0; i < n; i++) {
            uint32_t c = strCharAt(o, i);
            if (c > 127) {
                setError(&ExcValueError, "string argument should contain only ASCII characters");
                return false;
            }
            keep->push_back(static_cast<char>(c));
        }
        *out = *keep;
        return true;
    }
    if (getBytesView(o, out)) return true;
    if (errMatches(&ExcTypeError)) {
        clearError();
        setError(&ExcTypeError, "argument should be bytes, buffer or ASCII string, not '%s'",
                 typeName(o->type));
    }
    return false;
}

Object* bytesOf(const std::string& s) { return bytesFromStd(s); }

// A C int argument (PyLong_AsInt over __index__): TypeError for non-integers, OverflowError
// outside the int range.
bool cIntArg(Object* o, int64_t* out) {
    if (!isIndex(o)) {
        setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                 typeName(o->type));
        return false;
    }
    Ref<> idx = Ref<>::steal(numberIndex(o));
    if (!idx) return false;
    if (!intAsInt64(idx.get(), out) || *out < INT32_MIN || *out > INT32_MAX) {
        clearError();
        setError(&ExcOverflowError, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

const char kHexDigits[] = "0123456789abcdef";

// hexlify(data, sep=<none>, bytes_per_sep=1): separators every |bytes_per_sep| bytes, counted
// from the right for positive values and from the left for negative ones.
Object* binHexlify(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"data", "sep", "bytes_per_sep"};
    Object* a[3];
    if (!parseArgs("hexlify", args, nargs, kwnames, kNames, 3, 1, a)) return nullptr;
    std::string_view data;
    if (!getBytesView(a[0], &data)) return nullptr;
    char sepChar = 0;
    bool hasSep = false;
    if (a[1]) {
        ssize seplen = length(a[1]);
        if (seplen < 0) return nullptr;
        if (seplen != 1) return setError(&ExcValueError, "sep must be length 1.");
        if (isStr(a[1])) {
            uint32_t c = strCharAt(a[1], 0);
            if (c > 255) return setError(&ExcValueError, "sep must be ASCII.");
            sepChar = static_cast<char>(c);
        } else if (isBytes(a[1])) {
            sepChar = bytesData(a[1])[0];
        } else {
            return setError(&ExcTypeError, "sep must be str or bytes.");
        }
        hasSep = true;
    }
    int64_t perSep = 1;
    if (a[2] && !cIntArg(a[2], &perSep)) return nullptr;
    size_t n = data.size();
    uint64_t group = perSep < 0 ? uint64_t(0) - static_cast<uint64_t>(perSep)
                                : static_cast<uint64_t>(perSep);
    if (!hasSep || group == 0 || group >= n) hasSep = false;
    std::string out;
    out.reserve(2 * n + (hasSep ? n / group : 0));
    for (size_t i = 0; i < n; i++) {
        if (hasSep && i > 0) {
            // Positive: groups end at the right edge; negative: start at the left edge.
            bool boundary = perSep > 0 ? (n - i) % group == 0 : i % group == 0;
            if (boundary) out.push_back(sepChar);
        }
        unsigned char c = static_cast<unsigned char>(data[i]);
        out.push_back(kHexDigits[c >> 4]);
        out.push_back(kHexDigits[c & 15]);
    }
    return bytesOf(out);
}

int hexValue(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// One positional-only argument: "binascii.f() takes no keyword arguments" /
// "f expected 1 argument, got N".
bool oneArg(const char* name, size_t nargs, Object* kwnames) {
    std::string q = std::string("binascii.") + name;
    if (!checkNoKwargs(q.c_str(), kwnames)) return false;
    if (nargs == 1) return true;
    setError(&ExcTypeError, "%s() takes exactly one argument (%zu given)", q.c_str(), nargs);
    return false;
}

Object* unhexlifyImpl(Object* module, const char* name, Args args, size_t nargs,
                      Object* kwnames) {
    if (!oneArg(name, nargs, kwnames)) return nullptr;
    std::string keep;
    std::string_view data;
    if (!asciiData(args[0], &data, &keep)) return nullptr;
    if (data.size() % 2) return binError(module, "Odd-length string");
    std::string out(data.size() / 2, '\0');
    for (size_t i = 0; i < out.size(); i++) {
        int hi = hexValue(static_cast<unsigned char>(data[2 * i]));
        int lo = hexValue(static_cast<unsigned char>(data[2 * i + 1]));
        if (hi < 0 || lo < 0) return binError(module, "Non-hexadecimal digit found");
        out[i] = static_cast<char>(hi << 4 | lo);
    }
    return bytesOf(out);
}

Object* binUnhexlify(Object* m, Args args, size_t nargs, Object* kwnames) {
    return unhexlifyImpl(m, "unhexlify", args, nargs, kwnames);
}

Object* binA2bHex(Object* m, Args args, size_t nargs, Object* kwnames) {
    return unhexlifyImpl(m, "a2b_hex", args, nargs, kwnames);
}

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64Value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

// One positional argument then keyword-only flags: fills flags (isTrue) and returns false on
// error.
bool parseFlags(const char* name, Args args, size_t nargs, Object* kwnames,
                const char* const* names, int nNames, Object** a) {
    return parseArgs(name, args, nargs, kwnames, names, nNames, 1, a, 1, 1);
}

// The flags (newline, strict_mode, header, ...) are C ints, as CPython's converters.
bool flagValue(Object* o, bool deflt, bool* out) {
    if (!o) {
        *out = deflt;
        return true;
    }
    int64_t v;
    if (!cIntArg(o, &v)) return false;
    *out = v != 0;
    return true;
}

// b2a_base64(data, /, *, newline=True)
Object* binB2aBase64(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "newline"};
    Object* a[2];
    if (!parseFlags("b2a_base64", args, nargs, kwnames, kNames, 2, a)) return nullptr;
    std::string_view data;
    if (!getBytesView(a[0], &data)) return nullptr;
    bool newline;
    if (!flagValue(a[1], true, &newline)) return nullptr;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
    size_t n = data.size();
    std::string out;
    out.reserve((n + 2) / 3 * 4 + 1);
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = uint32_t(p[i]) << 16 | uint32_t(p[i + 1]) << 8 | p[i + 2];
        out.push_back(kB64[v >> 18]);
        out.push_back(kB64[(v >> 12) & 63]);
        out.push_back(kB64[(v >> 6) & 63]);
        out.push_back(kB64[v & 63]);
    }
    if (n - i == 1) {
        uint32_t v = uint32_t(p[i]) << 16;
        out.push_back(kB64[v >> 18]);
        out.push_back(kB64[(v >> 12) & 63]);
        out += "==";
    } else if (n - i == 2) {
        uint32_t v = uint32_t(p[i]) << 16 | uint32_t(p[i + 1]) << 8;
        out.push_back(kB64[v >> 18]);
        out.push_back(kB64[(v >> 12) & 63]);
        out.push_back(kB64[(v >> 6) & 63]);
        out.push_back('=');
    }
    if (newline) out.push_back('\n');
    return bytesOf(out);
}

// a2b_base64(data, /, *, strict_mode=False): CPython's state machine. A pad after two or
// three data characters of a quad ends the input; other '=' and non-alphabet bytes are skipped
// (errors in strict mode).
Object* binA2bBase64(Object* module, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "strict_mode"};
    Object* a[2];
    if (!parseFlags("a2b_base64", args, nargs, kwnames, kNames, 2, a)) return nullptr;
    std::string keep;
    std::string_view data;
    if (!asciiData(a[0], &data, &keep)) return nullptr;
    bool strict;
    if (!flagValue(a[1], false, &strict)) return nullptr;
    if (strict && !data.empty() && data[0] == '=') {
        return binError(module, "Leading padding not allowed");
    }
    std::string out;
    out.reserve(data.size() / 4 * 3 + 3);
    int quad = 0, pads = 0;
    unsigned left = 0;
    bool paddingStarted = false;
    size_t n = data.size();
    for (size_t idx = 0; idx < n; idx++) {
        unsigned char c = static_cast<unsigned char>(data[idx]);
        if (c == '=') {
            paddingStarted = true;
            if (quad >= 2) {
                pads++;
                if (quad + pads >= 4) {
                    if (strict && idx + 1 < n) return binError(module, "Excess data after padding");
                    return bytesOf(out);
                }
            }
            continue;
        }
        int v = b64Value(c);
        if (v < 0) {
            if (strict) return binError(module, "Only base64 data is allowed");
            continue;
        }
        if (strict && paddingStarted) return binError(module, "Discontinuous padding not allowed");
        pads = 0;
        switch (quad) {
            case 0:
                quad = 1;
                left = static_cast<unsigned>(v);
                break;
            case 1:
                quad = 2;
                out.push_back(static_cast<char>(((left << 2) | (v >> 4)) & 0xff));
                left = v & 0x0f;
                break;
            case 2:
                quad = 3;
                out.push_back(static_cast<char>(((left << 4) | (v >> 2)) & 0xff));
                left = v & 0x03;
                break;
            default:
                quad = 0;
                out.push_back(static_cast<char>(((left << 6) | v) & 0xff));
                left = 0;
                break;
        }
    }
    if (quad == 1) {
        std::string msg = "Invalid base64-encoded string: number of data characters (" +
                          std::to_string(out.size() / 3 * 4 + 1) +
                          ") cannot be 1 more than a multiple of 4";
        return binError(module, msg.c_str());
    }
    if (quad != 0) return binError(module, "Incorrect padding");
    return bytesOf(out);
}

// An `unsigned int` argument with bitwise conversion (any int, taken modulo 2**32).
bool uint32Arg(Object* o, uint32_t* out) {
    if (!isIndex(o)) {
        setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                 typeName(o->type));
        return false;
    }
    Ref<> idx = Ref<>::steal(numberIndex(o));
    if (!idx) return false;
    Ref<> mask = Ref<>::steal(intFromInt64(0xffffffff));
    if (!mask) return false;
    Ref<> low = Ref<>::steal(binaryOp(idx.get(), mask.get(), BinOp::And));
    int64_t v;
    if (!low || !intAsInt64(low.get(), &v)) return false;
    *out = static_cast<uint32_t>(v);
    return true;
}

// crc32(data, crc=0, /): the zlib CRC-32 (reflected polynomial 0xEDB88320).
Object* binCrc32(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("binascii.crc32", kwnames) || !checkArgCount("crc32", nargs, 1, 2))
        return nullptr;
    std::string_view data;
    if (!getBytesView(args[0], &data)) return nullptr;
    uint32_t crc = 0;
    if (nargs == 2 && !uint32Arg(args[1], &crc)) return nullptr;
    uint32_t table[256];
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    crc = ~crc;
    for (unsigned char b : data) crc = table[(crc ^ b) & 0xff] ^ (crc >> 8);
    return intFromUint64(~crc);
}

// crc_hqx(data, crc, /): CRC-CCITT (polynomial 0x1021, MSB first) as BinHex uses.
Object* binCrcHqx(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("binascii.crc_hqx", kwnames) || !checkArgCount("crc_hqx", nargs, 2, 2))
        return nullptr;
    std::string_view data;
    if (!getBytesView(args[0], &data)) return nullptr;
    uint32_t crc32v;
    if (!uint32Arg(args[1], &crc32v)) return nullptr;
    uint32_t crc = crc32v & 0xffff;
    for (unsigned char b : data) {
        crc ^= uint32_t(b) << 8;
        for (int k = 0; k < 8; k++)
            crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
    return intFromInt64(crc);
}

// b2a_uu(data, /, *, backtick=False): one uuencoded line of at most 45 bytes.
Object* binB2aUu(Object* module, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "backtick"};
    Object* a[2];
    if (!parseFlags("b2a_uu", args, nargs, kwnames, kNames, 2, a)) return nullptr;
    std::string_view data;
    if (!getBytesView(a[0], &data)) return nullptr;
    bool backtick;
    if (!flagValue(a[1], false, &backtick)) return nullptr;
    size_t n = data.size();
    if (n > 45) return binError(module, "At most 45 bytes at once");
    std::string out;
    out.push_back(static_cast<char>(backtick && n == 0 ? '`' : ' ' + n));
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = 0;
        for (size_t k = 0; k < 3; k++) {
            v = (v << 8) | (i + k < n ? static_cast<unsigned char>(data[i + k]) : 0);
        }
        for (int shift = 18; shift >= 0; shift -= 6) {
            unsigned ch = (v >> shift) & 0x3f;
            out.push_back(static_cast<char>(backtick && ch == 0 ? '`' : ch + ' '));
        }
    }
    out.push_back('\n');
    return bytesOf(out);
}

// a2b_uu(data, /): decodes one line; the length byte says how many bytes (short lines are
// padded with zero bits); after them only blanks, backticks and line ends may follow.
Object* binA2bUu(Object* module, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("a2b_uu", nargs, kwnames)) return nullptr;
    std::string keep;
    std::string_view data;
    if (!asciiData(args[0], &data, &keep)) return nullptr;
    size_t n = data.size();
    int len = ((n ? static_cast<unsigned char>(data[0]) : 0) - ' ') & 077;
    std::string out;
    uint32_t acc = 0;
    int bits = 0;
    size_t i = 1;
    while (len > 0) {
        unsigned c = i < n ? static_cast<unsigned char>(data[i]) : 0;
        if (c == '\n' || c == '\r' || i >= n) {
            c = 0;
        } else {
            if (c < ' ' || c > ' ' + 64) return binError(module, "Illegal char");
            c = (c - ' ') & 077;
        }
        acc = (acc << 6) | c;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xff));
            acc &= (1u << bits) - 1;
            len--;
        }
        i++;
    }
    for (; i < n; i++) {
        unsigned char c = static_cast<unsigned char>(data[i]);
        if (c != ' ' && c != '`' && c != '\n' && c != '\r') {
            return binError(module, "Trailing garbage");
        }
    }
    return bytesOf(out);
}

// a2b_qp(data, header=False): '=XX' escapes, '=' soft line breaks, '_' as space in headers.
Object* binA2bQp(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"data", "header"};
    Object* a[2];
    if (!parseArgs("a2b_qp", args, nargs, kwnames, kNames, 2, 1, a)) return nullptr;
    std::string keep;
    std::string_view data;
    if (!asciiData(a[0], &data, &keep)) return nullptr;
    bool header;
    if (!flagValue(a[1], false, &header)) return nullptr;
    std::string out;
    size_t n = data.size(), i = 0;
    while (i < n) {
        char c = data[i];
        if (c == '=') {
            i++;
            if (i >= n) break;
            char d = data[i];
            if (d == '\n' || d == '\r') {
                if (d != '\n') {
                    while (i < n && data[i] != '\n') i++;
                }
                if (i < n) i++;
            } else if (d == '=') {
                out.push_back('=');
                i++;
            } else if (i + 1 < n && hexValue(static_cast<unsigned char>(d)) >= 0 &&
                       hexValue(static_cast<unsigned char>(data[i + 1])) >= 0) {
                out.push_back(static_cast<char>(hexValue(static_cast<unsigned char>(d)) << 4 |
                                                hexValue(static_cast<unsigned char>(data[i + 1]))));
                i += 2;
            } else {
                out.push_back('=');
            }
        } else if (header && c == '_') {
            out.push_back(' ');
            i++;
        } else {
            out.push_back(c);
            i++;
        }
    }
    return bytesOf(out);
}

// b2a_qp(data, quotetabs=False, istext=True, header=False): CPython's encoder (76-column
// lines with '=' soft breaks; in text mode line ends are kept, as CRLF if the first one is
// CRLF, and a blank before a line end is encoded).
Object* binB2aQp(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"data", "quotetabs", "istext", "header"};
    Object* a[4];
    if (!parseArgs("b2a_qp", args, nargs, kwnames, kNames, 4, 1, a)) return nullptr;
    std::string_view data;
    if (!getBytesView(a[0], &data)) return nullptr;
    bool quotetabs, istext, header;
    if (!flagValue(a[1], false, &quotetabs) || !flagValue(a[2], true, &istext) ||
        !flagValue(a[3], false, &header)) {
        return nullptr;
    }
    static const char kUpperHex[] = "0123456789ABCDEF";
    auto at = [&data](size_t k) { return static_cast<unsigned char>(data[k]); };
    size_t n = data.size();
    size_t nl = data.find('\n');
    bool crlf = nl != std::string_view::npos && nl > 0 && data[nl - 1] == '\r';
    const char* eol = crlf ? "\r\n" : "\n";
    std::string out;
    size_t linelen = 0, i = 0;
    auto escape = [&out](unsigned char c) {
        out.push_back('=');
        out.push_back(kUpperHex[c >> 4]);
        out.push_back(kUpperHex[c & 15]);
    };
    while (i < n) {
        unsigned char c = at(i);
        bool needsQuote =
            c > 126 || c == '=' || (header && c == '_') ||
            (c == '.' && linelen == 0 &&
             (i + 1 == n || at(i + 1) == '\n' || at(i + 1) == '\r' || at(i + 1) == 0)) ||
            (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && i + 1 == n) ||
            (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
        if (needsQuote) {
            if (linelen + 3 >= 76) {
                out.push_back('=');
                out += eol;
                linelen = 0;
            }
            escape(c);
            i++;
            linelen += 3;
        } else if (istext && (c == '\n' || (c == '\r' && i + 1 < n && at(i + 1) == '\n'))) {
            linelen = 0;
            if (!out.empty() && (out.back() == '\t' || out.back() == ' ')) {
                unsigned char last = static_cast<unsigned char>(out.back());
                out.pop_back();
                escape(last);
            }
            out += eol;
            i += c == '\r' ? 2 : 1;
        } else {
            if (i + 1 != n && at(i + 1) != '\n' && linelen + 1 >= 76) {
                out.push_back('=');
                out += eol;
                linelen = 0;
            }
            linelen++;
            out.push_back(static_cast<char>(header && c == ' ' ? '_' : c));
            i++;
        }
    }
    return bytesOf(out);
}

const char kHexlifyDoc[] =
    "Hexadecimal representation of binary data.\n\n  sep\n    An optional single character or "
    "byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  "
    "Positive values count from the\n    right, negative values count from the left.\n\nThe "
    "return value is a bytes object.  This function is also\navailable as \"b2a_hex()\".";

const MethodDef kBinasciiFunctions[] = {
    {"a2b_uu", binA2bUu, 0, "Decode a line of uuencoded data."},
    {"b2a_uu", binB2aUu, 0, "Uuencode line of data."},
    {"a2b_base64", binA2bBase64, 0, "Decode a line of base64 data."},
    {"b2a_base64", binB2aBase64, 0, "Base64-code line of data."},
    {"a2b_hex", binA2bHex, 0,
     "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex "
     "digits (upper or lower case).\nThis function is also available as \"unhexlify()\"."},
    {"b2a_hex", binHexlify, 0, kHexlifyDoc},
    {"hexlify", binHexlify, 0, kHexlifyDoc},
    {"unhexlify", binUnhexlify, 0,
     "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex "
     "digits (upper or lower case)."},
    {"crc_hqx", binCrcHqx, 0, "Compute CRC-CCITT incrementally."},
    {"crc32", binCrc32, 0, "Compute CRC-32 incrementally."},
    {"a2b_qp", binA2bQp, 0, "Decode a string of qp-encoded data."},
    {"b2a_qp", binB2aQp, 0,
     "Encode a string using quoted-printable encoding.\n\nOn encoding, when istext is set, "
     "newlines are not encoded, and white\nspace at end of lines is.  When istext is not set, "
     "\\r and \\n (CR/LF)\nare both encoded.  When quotetabs is set, space and tabs are "
     "encoded."},
    {nullptr, nullptr, 0, nullptr},
};

// class NAME(base) with __module__ 'binascii' (new reference).
Object* makeExceptionClass(const char* name, Type* base) {
    Ref<> n = Ref<>::steal(strFromAscii(name));
    Ref<> bases = Ref<>::steal(tuplePack({asObject(base)}));
    Ref<> ns = Ref<>::steal(dictNew());
    Ref<> mod = Ref<>::steal(strFromAscii("binascii"));
    if (!n || !bases || !ns || !mod) return nullptr;
    if (dictSetItemStr(ns.get(), "__module__", mod.get()) < 0) return nullptr;
    return newClass(&TypeType, n.get(), bases.get(), ns.get(), nullptr);
}

}  // namespace

Object* createBinasciiModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("binascii"));
    if (!m || !moduleAddFunctions(m.get(), kBinasciiFunctions)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", "Conversion between binary data and ASCII")) {
        return nullptr;
    }
    Ref<> error = Ref<>::steal(makeExceptionClass("Error", &ExcValueError));
    Ref<> incomplete = Ref<>::steal(makeExceptionClass("Incomplete", &ExcException));
    if (!error || !incomplete) return nullptr;
    if (!moduleAddObject(m.get(), "Error", newRef(error.get())) ||
        !moduleAddObject(m.get(), "Incomplete", newRef(incomplete.get()))) {
        return nullptr;
    }
    asModule(m.get())->state = new BinasciiState{error.release(), incomplete.release()};
    asModule(m.get())->freeState = freeBinasciiState;
    return m.release();
}

}  // namespace krait
