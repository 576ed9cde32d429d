// CPython 3.11-exact number/string formatting; see num_format.h for the contract.
//
// Float conversion works in two steps, mirroring CPython's structure (PyOS_double_to_string):
// 1. produce decimal digits of |v| as (digits, decpt) meaning 0.DIGITS x 10^decpt, with the
//    trailing zeros stripped, in one of three modes: shortest round-trip ('r'), N significant
//    digits ('e', 'g') or N digits after the point ('f'). Zero is ("0", 1). The digits come from
//    the C library's correctly rounded snprintf("%.*e"/"%.*f") (glibc and musl are exact),
//    read digit by digit so the locale's decimal point never matters;
// 2. lay the digits out with zero padding, decimal point and exponent as the format code asks.
// format() then splits the result into sign / integer digits / decimal point / remainder and
// pads and groups it like CPython's calc_number_widths + fill_number.
#include "objects/num_format.h"

#include "objects/exact_decimal.h"

#include <cerrno>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace krait {

namespace {

// Code points whose Unicode decimal value is 0 (each starts a run of ten digits 0..9), from
// Unicode 14.0 as in CPython 3.11's unicodedata. Used by float(str) and format-spec widths.
constexpr uint32_t kDecimalZeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,
    0xbe6,   0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,
    0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,
    0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,
    0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450,
    0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
    0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
    0x1e2f0, 0x1e950, 0x1fbf0,
};

// Code points for which str.isspace() is true (CPython 3.11).
constexpr uint32_t kSpaces[] = {
    0x9,    0xa,    0xb,    0xc,    0xd,    0x1c,   0x1d,   0x1e,   0x1f,   0x20,
    0x85,   0xa0,   0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
    0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
};

// Decimal value of code point c (0..9), or -1 (Py_UNICODE_TODECIMAL).
int decimalValue(uint32_t c) {
    for (uint32_t zero : kDecimalZeros) {
        if (c >= zero && c < zero + 10) return static_cast<int>(c - zero);
        if (c < zero) break;
    }
    return -1;
}

bool isUnicodeSpace(uint32_t c) {
    for (uint32_t s : kSpaces) {
        if (c == s) return true;
    }
    return false;
}

bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Decodes one UTF-8 sequence from s at i (advancing i). Malformed bytes decode as themselves
// (one code point per byte), so every input has some decoding.
uint32_t decodeUtf8(std::string_view s, size_t& i) {
    unsigned char b0 = static_cast<unsigned char>(s[i]);
    int len = 1;
    uint32_t cp = b0;
    if (b0 >= 0xc0 && b0 < 0xe0) {
        len = 2;
        cp = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 < 0xf0) {
        len = 3;
        cp = b0 & 0x0f;
    } else if (b0 >= 0xf0 && b0 < 0xf8) {
        len = 4;
        cp = b0 & 0x07;
    }
    if (len == 1 || i + len > s.size()) {
        ++i;
        return b0;
    }
    for (int k = 1; k < len; ++k) {
        unsigned char b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xc0) != 0x80) {
            ++i;
            return b0;
        }
        cp = (cp << 6) | (b & 0x3f);
    }
    i += len;
    return cp;
}

std::vector<uint32_t> decodeAll(std::string_view s) {
    std::vector<uint32_t> cps;
    cps.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) cps.push_back(decodeUtf8(s, i));
    return cps;
}

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}

void appendFill(std::string& out, uint32_t fill, int64_t n) {
    if (n <= 0) return;
    if (fill < 0x80) {
        out.append(static_cast<size_t>(n), static_cast<char>(fill));
        return;
    }
    std::string one;
    appendUtf8(one, fill);
    for (int64_t k = 0; k < n; ++k) out += one;
}

int64_t countCodePoints(std::string_view s) {
    int64_t n = 0;
    size_t i = 0;
    while (i < s.size()) {
        decodeUtf8(s, i);
        ++n;
    }
    return n;
}

// ---------------------------------------------------------------------------------------------
// Digit generation.

// |v| = 0.digits x 10^decpt; digits has no leading zero (unless it is "0" for zero) and no
// trailing zeros.
struct Digits {
    std::string digits;
    int64_t decpt = 1;
};

// Where the C++ library has the floating-point std::to_chars (libstdc++ 11+), it gives the same
// correctly rounded text as printf ("as if by printf in the C locale") several times faster,
// and its shortest form is the shortest round-tripping decimal closest to the value, which is
// dtoa mode 0 (repr). Elsewhere snprintf and the round-trip search below are used.
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
#define KRAIT_FLOAT_TO_CHARS 1
#endif

// snprintf("%.*e", prec, v) into a string.
std::string printE(double v, int prec) {
    char small[64];
#ifdef KRAIT_FLOAT_TO_CHARS
    {
        auto r = std::to_chars(small, small + sizeof small, v, std::chars_format::scientific, prec);
        if (r.ec == std::errc()) return std::string(small, r.ptr);
    }
#elif defined(KRAIT_EXACT_DECIMAL)
    {
        std::string s;
        if (exactPrintE(v, prec, s)) return s;
    }
#endif
    int n = std::snprintf(small, sizeof small, "%.*e", prec, v);
    if (n < 0) return std::string();
    if (static_cast<size_t>(n) < sizeof small) return std::string(small, static_cast<size_t>(n));
    std::string s(static_cast<size_t>(n) + 1, '\0');
    std::snprintf(s.data(), s.size(), "%.*e", prec, v);
    s.resize(static_cast<size_t>(n));
    return s;
}

// snprintf("%.*f", prec, v) into a string.
std::string printF(double v, int prec) {
    char small[64];
#ifdef KRAIT_FLOAT_TO_CHARS
    {
        auto r = std::to_chars(small, small + sizeof small, v, std::chars_format::fixed, prec);
        if (r.ec == std::errc()) return std::string(small, r.ptr);
    }
#elif defined(KRAIT_EXACT_DECIMAL)
    {
        std::string s;
        if (exactPrintF(v, prec, s)) return s;
    }
#endif
    int n = std::snprintf(small, sizeof small, "%.*f", prec, v);
    if (n < 0) return std::string();
    if (static_cast<size_t>(n) < sizeof small) return std::string(small, static_cast<size_t>(n));
    std::string s(static_cast<size_t>(n) + 1, '\0');
    std::snprintf(s.data(), s.size(), "%.*f", prec, v);
    s.resize(static_cast<size_t>(n));
    return s;
}

// Strips leading and trailing zeros of d (adjusting decpt for leading ones); all-zero -> "0".
void normalize(Digits& d) {
    size_t lead = 0;
    while (lead < d.digits.size() && d.digits[lead] == '0') ++lead;
    if (lead == d.digits.size()) {
        d.digits = "0";
        d.decpt = 1;
        return;
    }
    d.digits.erase(0, lead);
    d.decpt -= static_cast<int64_t>(lead);
    size_t end = d.digits.size();
    while (end > 0 && d.digits[end - 1] == '0') --end;
    d.digits.resize(end);
}

// Reads snprintf's %e output: mantissa digits (any non-digit before 'e' is the decimal point)
// and the decimal exponent.
void readExp(const std::string& s, std::string& mant, int64_t& exp10) {
    mant.clear();
    size_t i = 0;
    while (i < s.size() && s[i] != 'e' && s[i] != 'E') {
        if (isAsciiDigit(s[i])) mant += s[i];
        ++i;
    }
    exp10 = 0;
    bool neg = false;
    if (i < s.size()) ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
    for (; i < s.size() && isAsciiDigit(s[i]); ++i) exp10 = exp10 * 10 + (s[i] - '0');
    if (neg) exp10 = -exp10;
}

// n significant digits of |v| (v finite, n >= 1), correctly rounded half-even (dtoa mode 2).
Digits significantDigits(double v, int64_t n) {
    Digits d;
    if (v == 0.0) return d.digits = "0", d;
    if (n > INT_MAX) n = INT_MAX;
    int64_t exp10;
    readExp(printE(std::fabs(v), static_cast<int>(n - 1)), d.digits, exp10);
    d.decpt = exp10 + 1;
    normalize(d);
    return d;
}

// |v| rounded half-even to n digits after the decimal point (dtoa mode 3), n >= 0.
Digits fixedDigits(double v, int64_t n) {
    Digits d;
    if (v == 0.0) return d.digits = "0", d;
    if (n > INT_MAX) n = INT_MAX;
    std::string s = printF(std::fabs(v), static_cast<int>(n));
    size_t i = 0;
    while (i < s.size() && isAsciiDigit(s[i])) d.digits += s[i++];
    d.decpt = static_cast<int64_t>(d.digits.size());
    for (; i < s.size(); ++i) {
        if (isAsciiDigit(s[i])) d.digits += s[i];
    }
    normalize(d);
    return d;
}

// Parses "DIGITSe<exp10>" (no decimal point, so no locale dependence) with strtod.
double decimalToDouble(const std::string& mant, int64_t exp10, bool negative) {
#ifdef KRAIT_EXACT_DECIMAL
    double exact;
    if (exactDecimalToDouble(mant, exp10, exact)) return negative ? -exact : exact;
#endif
    std::string s;
    s.reserve(mant.size() + 24);
    if (negative) s += '-';
    s += mant;
    s += 'e';
    s += std::to_string(exp10);
    return std::strtod(s.c_str(), nullptr);
}

// True if the decimal mant x 10^exp10 reads back as exactly a.
bool roundTrips(const std::string& mant, int64_t exp10, double a) {
    return decimalToDouble(mant, exp10, false) == a;
}

// Finds an n-significant-digit decimal that reads back as a (a > 0 finite): the correctly
// rounded one, else its neighbour one unit in the last place away (needed where the rounding
// interval is asymmetric, at powers of two). Returns false if none exists.
bool shortestCandidate(double a, int n, Digits& out) {
    std::string mant;
    int64_t exp10;
    readExp(printE(a, n - 1), mant, exp10);
    int64_t scale = exp10 - (n - 1);
    if (roundTrips(mant, scale, a)) {
        out.digits = mant;
        out.decpt = exp10 + 1;
        normalize(out);
        return true;
    }
    // One unit up.
    std::string up = mant;
    int k = n - 1;
    while (k >= 0 && up[k] == '9') up[k--] = '0';
    int64_t upScale = scale;
    if (k >= 0) {
        ++up[k];
    } else {
        up.insert(up.begin(), '1');
        up.pop_back();
        ++upScale;
    }
    if (roundTrips(up, upScale, a)) {
        out.digits = up;
        out.decpt = upScale + n;
        normalize(out);
        return true;
    }
    // One unit down.
    std::string down = mant;
    int64_t downScale = scale;
    bool isPow10 = down[0] == '1' && down.find_first_not_of('0', 1) == std::string::npos;
    if (isPow10) {
        down.assign(static_cast<size_t>(n), '9');
        --downScale;
    } else {
        k = n - 1;
        while (down[k] == '0') down[k--] = '9';
        --down[k];
    }
    if (roundTrips(down, downScale, a)) {
        out.digits = down;
        out.decpt = downScale + n;
        normalize(out);
        return true;
    }
    return false;
}

// Shortest digits that round-trip to |v| (dtoa mode 0: among the shortest, the closest), v
// finite. For normal doubles two distinct 15-digit decimals are further apart than the
// rounding interval is wide, so if anything of <= 15 digits round-trips it is the single
// 15-digit candidate with its trailing zeros stripped; otherwise the closest 16-digit one, else
// 17 digits. Subnormals have fewer bits: binary search on the length there (having an n-digit
// decimal in the interval is monotone in n).
Digits shortestDigits(double v) {
    Digits d;
    double a = std::fabs(v);
    if (a == 0.0) return d.digits = "0", d;
#ifdef KRAIT_FLOAT_TO_CHARS
    {
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
        if (r.ec == std::errc()) {
            int64_t exp10;
            readExp(std::string(buf, r.ptr), d.digits, exp10);
            d.decpt = exp10 + 1;
            normalize(d);
            return d;
        }
    }
#endif
    if (a >= 2.2250738585072014e-308) {
        for (int n = 15; n < 17; ++n) {
            if (shortestCandidate(a, n, d)) return d;
        }
        shortestCandidate(a, 17, d);
        return d;
    }
    int lo = 1, hi = 17;
    shortestCandidate(a, 17, d);
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        Digits cand;
        if (shortestCandidate(a, mid, cand)) {
            d = cand;
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return d;
}

// ---------------------------------------------------------------------------------------------
// Layout (PyOS_double_to_string / format_float_short).

struct DtoaFlags {
    char sign = 0;          // 0, '+' or ' ': what non-negative values get in front
    bool addDot0 = false;   // repr style: 'r' and 'g' keep a ".0" on integral values
    bool alternate = false; // '#': keep the decimal point and trailing zeros
    bool noNegZero = false; // 'z': a result that rounds to zero loses its '-'
};

void appendZeros(std::string& out, int64_t n) {
    if (n > 0) out.append(static_cast<size_t>(n), '0');
}

// Converts v per code e E f F g G r with precision (ignored for 'r').
std::string convertDouble(double v, char code, int64_t precision, const DtoaFlags& flags) {
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char lc = upper ? static_cast<char>(code - 'A' + 'a') : code;
    std::string out;
    if (std::isnan(v)) {
        if (flags.sign) out += flags.sign;
        out += upper ? "NAN" : "nan";
        return out;
    }
    bool negative = std::signbit(v);
    if (std::isinf(v)) {
        if (negative) {
            out += '-';
        } else if (flags.sign) {
            out += flags.sign;
        }
        out += upper ? "INF" : "inf";
        return out;
    }
    Digits d;
    switch (lc) {
        case 'e':
            precision += 1;
            d = significantDigits(v, precision);
            break;
        case 'f':
            d = fixedDigits(v, precision);
            break;
        case 'g':
            if (precision == 0) precision = 1;
            d = significantDigits(v, precision);
            break;
        default:
            lc = 'r';
            d = shortestDigits(v);
            break;
    }
    if (flags.noNegZero && negative && d.digits == "0") negative = false;

    const std::string& digits = d.digits;
    int64_t nDigits = static_cast<int64_t>(digits.size());
    int64_t decpt = d.decpt;
    int64_t vEnd = nDigits;  // the slice [vStart, vEnd) of the zero-extended digits is shown
    bool useExp = false;
    switch (lc) {
        case 'e':
            useExp = true;
            vEnd = precision;
            break;
        case 'f':
            vEnd = decpt + precision;
            break;
        case 'g':
            if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
            if (flags.alternate) vEnd = precision;
            break;
        default:
            if (decpt <= -4 || decpt > 16) useExp = true;
            break;
    }
    int64_t exp10 = 0;
    if (useExp) {
        exp10 = decpt - 1;
        decpt = 1;
    }
    int64_t vStart = decpt <= 0 ? decpt - 1 : 0;
    if (!useExp && flags.addDot0) {
        vEnd = vEnd > decpt ? vEnd : decpt + 1;
    } else {
        vEnd = vEnd > decpt ? vEnd : decpt;
    }

    if (negative) {
        out += '-';
    } else if (flags.sign) {
        out += flags.sign;
    }
    if (decpt <= 0) {
        appendZeros(out, decpt - vStart);
        out += '.';
        appendZeros(out, -decpt);
    } else {
        appendZeros(out, -vStart);
    }
    if (decpt > 0 && decpt <= nDigits) {
        out.append(digits, 0, static_cast<size_t>(decpt));
        out += '.';
        out.append(digits, static_cast<size_t>(decpt), std::string::npos);
    } else {
        out += digits;
    }
    if (nDigits < decpt) {
        appendZeros(out, decpt - nDigits);
        out += '.';
        appendZeros(out, vEnd - decpt);
    } else {
        appendZeros(out, vEnd - nDigits);
    }
    if (out.back() == '.' && !flags.alternate) out.pop_back();
    if (useExp) {
        out += upper ? 'E' : 'e';
        out += exp10 < 0 ? '-' : '+';
        int64_t mag = exp10 < 0 ? -exp10 : exp10;
        if (mag < 10) out += '0';
        out += std::to_string(mag);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Field layout (calc_number_widths / fill_number / _PyUnicode_InsertThousandsGrouping).

// How a code point is shown in CPython's format error messages: itself when printable ASCII,
// else \x<hex>.
std::string codeForMessage(int64_t c) {
    if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
    return buf;
}

int64_t typeCode(const FormatSpec& spec) {
    return spec.rawType >= 0 ? spec.rawType : static_cast<unsigned char>(spec.type);
}

void unknownCode(const FormatSpec& spec, std::string_view typeName, std::string& err) {
    err = "Unknown format code '" + codeForMessage(typeCode(spec)) + "' for object of type '";
    err += typeName;
    err += "'";
}

// The spec-level grouping check of CPython's parser, with `type` the effective type (the
// object's default when the spec has none).
bool checkGrouping(char grouping, int64_t type, std::string& err) {
    if (!grouping) return true;
    switch (type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            return true;
        case 'b': case 'o': case 'x': case 'X':
            if (grouping == '_') return true;
            break;
        default:
            break;
    }
    err = std::string("Cannot specify '") + grouping + "' with '" + codeForMessage(type) + "'.";
    return false;
}

// Effective type for the grouping check: the written type, or defaultType when none.
int64_t effectiveType(const FormatSpec& spec, char defaultType) {
    if (spec.rawType >= 0) return spec.rawType;
    return spec.type ? static_cast<unsigned char>(spec.type) : defaultType;
}

// Groups `digits` from the right in groups of groupSize (0 = no grouping) joined by sep,
// zero-extending (with separators) up to minWidth characters.
std::string groupDigits(std::string_view digits, int64_t minWidth, int groupSize, char sep) {
    std::string out;
    int64_t remaining = static_cast<int64_t>(digits.size());
    std::vector<std::string> parts;  // built right to left
    bool useSep = false;
    bool done = false;
    auto emit = [&](int64_t len) {
        int64_t nZeros = len - remaining > 0 ? len - remaining : 0;
        int64_t nChars = remaining < len ? remaining : len;
        if (nChars < 0) nChars = 0;
        std::string part(static_cast<size_t>(nZeros), '0');
        part.append(digits.substr(static_cast<size_t>(remaining - nChars),
                                  static_cast<size_t>(nChars)));
        if (useSep) part += sep;
        parts.push_back(std::move(part));
        remaining -= nChars;
        return len;
    };
    if (groupSize > 0) {
        for (;;) {
            int64_t want = remaining > minWidth ? remaining : minWidth;
            if (want < 1) want = 1;
            int64_t len = groupSize < want ? groupSize : want;
            emit(len);
            useSep = true;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) {
                done = true;
                break;
            }
            minWidth -= 1;
        }
    }
    if (!done) {
        int64_t len = remaining > minWidth ? remaining : minWidth;
        if (len < 1) len = 1;
        emit(len);
    }
    for (size_t k = parts.size(); k-- > 0;) out += parts[k];
    return out;
}

// One formatted number: [sign][prefix][digits grouped][.][remainder], padded into the field.
struct NumberParts {
    bool negative = false;
    std::string_view prefix;     // "0x" etc.
    std::string_view digits;     // integer digits, grouped
    bool hasDecimal = false;
    std::string_view remainder;  // fraction, exponent, '%', "inf", or a 'c' character
    int groupSize = 0;
    char sep = 0;
};

void fillNumber(const NumberParts& p, const FormatSpec& spec, std::string& out) {
    char align = spec.align ? spec.align : (spec.zeroPad ? '=' : '>');
    char signChar = 0;
    if (spec.sign == '+') {
        signChar = p.negative ? '-' : '+';
    } else if (spec.sign == ' ') {
        signChar = p.negative ? '-' : ' ';
    } else if (p.negative) {
        signChar = '-';
    }
    int64_t nonDigits = (signChar ? 1 : 0) + static_cast<int64_t>(p.prefix.size()) +
                        (p.hasDecimal ? 1 : 0) + countCodePoints(p.remainder);
    int64_t minWidth = (spec.fill == '0' && align == '=') ? spec.width - nonDigits : 0;
    std::string grouped;
    if (!p.digits.empty()) grouped = groupDigits(p.digits, minWidth, p.groupSize, p.sep);
    int64_t padding = spec.width - (nonDigits + static_cast<int64_t>(grouped.size()));
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (align) {
            case '<': rpad = padding; break;
            case '^':
                lpad = padding / 2;
                rpad = padding - lpad;
                break;
            case '=': spad = padding; break;
            default: lpad = padding; break;
        }
    }
    out.clear();
    appendFill(out, spec.fill, lpad);
    if (signChar) out += signChar;
    out += p.prefix;
    appendFill(out, spec.fill, spad);
    out += grouped;
    if (p.hasDecimal) out += '.';
    out += p.remainder;
    appendFill(out, spec.fill, rpad);
}

// Splits a converted number ("-1234.5e+05", "inf", "12%") into sign, integer digits, decimal
// point and remainder (CPython's parse_number), with the spec's grouping unless type is 'n'.
NumberParts splitNumber(std::string_view body, const FormatSpec& spec, char type) {
    NumberParts parts;
    if (!body.empty() && body[0] == '-') {
        parts.negative = true;
        body.remove_prefix(1);
    }
    size_t nInt = 0;
    while (nInt < body.size() && isAsciiDigit(body[nInt])) ++nInt;
    parts.digits = body.substr(0, nInt);
    body.remove_prefix(nInt);
    if (!body.empty() && body[0] == '.') {
        parts.hasDecimal = true;
        body.remove_prefix(1);
    }
    parts.remainder = body;
    if (type != 'n' && spec.grouping) {
        parts.groupSize = 3;
        parts.sep = spec.grouping;
    }
    return parts;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public API.

std::string floatRepr(double v) {
    DtoaFlags flags;
    flags.addDot0 = true;
    return convertDouble(v, 'r', 0, flags);
}

std::string doubleToString(double v, char code, int precision, bool alternate, char sign) {
    DtoaFlags flags;
    flags.alternate = alternate;
    flags.sign = (sign == '+' || sign == ' ') ? sign : 0;
    if (code == 'r') {
        flags.addDot0 = true;
        return convertDouble(v, 'r', 0, flags);
    }
    if (precision < 0) precision = 6;
    return convertDouble(v, code, precision, flags);
}

namespace {

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// CPython's preprocessing of float()/complex() text: non-ASCII whitespace becomes ' ', Unicode
// decimal digits become ASCII digits, and underscores, allowed only between two digits, are
// removed. False for any other non-ASCII character (or DEL) or a misplaced underscore.
bool normalizeNumberText(std::string_view s, std::string& a) {
    std::string t;
    t.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        uint32_t c = decodeUtf8(s, i);
        if (c < 127) {
            t += static_cast<char>(c);
        } else if (isUnicodeSpace(c)) {
            t += ' ';
        } else {
            int dv = decimalValue(c);
            if (dv < 0) return false;
            t += static_cast<char>('0' + dv);
        }
    }
    a.clear();
    a.reserve(t.size());
    for (size_t k = 0; k < t.size(); ++k) {
        if (t[k] != '_') {
            a += t[k];
            continue;
        }
        if (k == 0 || !isAsciiDigit(t[k - 1]) || k + 1 >= t.size() || !isAsciiDigit(t[k + 1])) {
            return false;
        }
    }
    return true;
}

// Parses the longest float at a[p, e) like CPython's PyOS_string_to_double with an end
// pointer: [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits], or [sign] inf,
// infinity or nan in any case. Returns the number of characters used, 0 if none.
size_t parseFloatPrefix(std::string_view a, size_t p, size_t e, double& out) {
    size_t start = p;
    bool negative = false;
    if (p < e && (a[p] == '+' || a[p] == '-')) negative = a[p++] == '-';
    auto matchWord = [&](std::string_view w) {
        if (e - p < w.size()) return false;
        for (size_t k = 0; k < w.size(); ++k) {
            char c = a[p + k];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != w[k]) return false;
        }
        return true;
    };
    if (matchWord("inf")) {
        p += matchWord("infinity") ? 8 : 3;
        out = negative ? -HUGE_VAL : HUGE_VAL;
        return p - start;
    }
    if (matchWord("nan")) {
        out = std::copysign(std::nan(""), negative ? -1.0 : 1.0);
        return p + 3 - start;
    }
    std::string mant;
    int64_t fracDigits = 0;
    for (; p < e && isAsciiDigit(a[p]); ++p) mant += a[p];
    if (p < e && a[p] == '.') {
        size_t q = p + 1;
        for (; q < e && isAsciiDigit(a[q]); ++q) {
            mant += a[q];
            ++fracDigits;
        }
        if (!mant.empty()) p = q;
    }
    if (mant.empty()) return 0;
    int64_t exp10 = 0;
    if (p < e && (a[p] == 'e' || a[p] == 'E')) {
        size_t q = p + 1;
        bool expNegative = false;
        if (q < e && (a[q] == '+' || a[q] == '-')) expNegative = a[q++] == '-';
        if (q < e && isAsciiDigit(a[q])) {
            for (; q < e && isAsciiDigit(a[q]); ++q) {
                if (exp10 < 1000000000) exp10 = exp10 * 10 + (a[q] - '0');
            }
            exp10 = expNegative ? -exp10 : exp10;
            p = q;
        }
    }
    // Normalise to DIGITS x 10^exp10 without leading/trailing zeros, then let strtod round.
    exp10 -= fracDigits;
    size_t lead = mant.find_first_not_of('0');
    if (lead == std::string::npos) {
        out = negative ? -0.0 : 0.0;
        return p - start;
    }
    size_t last = mant.find_last_not_of('0');
    exp10 += static_cast<int64_t>(mant.size() - 1 - last);
    mant = mant.substr(lead, last - lead + 1);
    int64_t magnitude = exp10 + static_cast<int64_t>(mant.size());  // value < 10^magnitude
    if (magnitude > 400) {
        out = negative ? -HUGE_VAL : HUGE_VAL;
    } else if (magnitude < -400) {
        out = negative ? -0.0 : 0.0;
    } else {
        out = decimalToDouble(mant, exp10, negative);
    }
    return p - start;
}

}  // namespace

bool parseFloat(std::string_view s, double& out) {
    std::string a;
    if (!normalizeNumberText(s, a)) return false;
    size_t b = 0, e = a.size();
    while (b < e && isAsciiSpace(a[b])) ++b;
    while (e > b && isAsciiSpace(a[e - 1])) --e;
    if (b == e) return false;
    double v = 0.0;
    if (parseFloatPrefix(a, b, e, v) != e - b) return false;
    out = v;
    return true;
}

bool parseComplex(std::string_view s, double& re, double& im) {
    std::string a;
    if (!normalizeNumberText(s, a)) return false;
    size_t p = 0, e = a.size();
    auto skipSpaces = [&]() {
        while (p < e && isAsciiSpace(a[p])) ++p;
    };
    auto isJ = [&]() { return p < e && (a[p] == 'j' || a[p] == 'J'); };
    skipSpaces();
    bool bracket = false;
    if (p < e && a[p] == '(') {
        bracket = true;
        ++p;
        skipSpaces();
    }
    double x = 0.0, y = 0.0, z = 0.0;
    if (size_t n = parseFloatPrefix(a, p, e, z)) {
        p += n;
        if (p < e && (a[p] == '+' || a[p] == '-')) {
            // <float><signed-float>j or <float><sign>j
            x = z;
            if (size_t m = parseFloatPrefix(a, p, e, y)) {
                p += m;
            } else {
                y = a[p++] == '+' ? 1.0 : -1.0;
            }
            if (!isJ()) return false;
            ++p;
        } else if (isJ()) {
            y = z;
            ++p;
        } else {
            x = z;
        }
    } else {
        // <sign>j or j
        if (p < e && (a[p] == '+' || a[p] == '-')) {
            y = a[p++] == '+' ? 1.0 : -1.0;
        } else {
            y = 1.0;
        }
        if (!isJ()) return false;
        ++p;
    }
    skipSpaces();
    if (bracket) {
        if (p >= e || a[p] != ')') return false;
        ++p;
        skipSpaces();
    }
    if (p != e) return false;
    re = x;
    im = y;
    return true;
}

bool parseFormatSpec(std::string_view specText, FormatSpec& out, std::string& err,
                     std::string_view typeName) {
    out = FormatSpec();
    std::vector<uint32_t> cp = decodeAll(specText);
    size_t pos = 0, end = cp.size();
    auto isAlign = [](uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
    bool fillSpecified = false;
    if (end - pos >= 2 && isAlign(cp[pos + 1])) {
        out.align = static_cast<char>(cp[pos + 1]);
        out.fill = cp[pos];
        fillSpecified = true;
        pos += 2;
    } else if (end - pos >= 1 && isAlign(cp[pos])) {
        out.align = static_cast<char>(cp[pos]);
        ++pos;
    }
    if (pos < end && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
        out.sign = static_cast<char>(cp[pos++]);
    }
    if (pos < end && cp[pos] == 'z') {
        out.zeroNeg = true;
        ++pos;
    }
    if (pos < end && cp[pos] == '#') {
        out.alternate = true;
        ++pos;
    }
    if (!fillSpecified && pos < end && cp[pos] == '0') {
        out.fill = '0';
        out.zeroPad = true;
        ++pos;
    }
    // Reads a decimal integer (Unicode digits allowed); -1 on overflow, else digits consumed.
    auto readInt = [&](int64_t& value) -> int {
        int n = 0;
        int64_t acc = 0;
        for (; pos < end; ++pos) {
            int dv = decimalValue(cp[pos]);
            if (dv < 0) break;
            if (acc > (INT64_MAX - dv) / 10) {
                err = "Too many decimal digits in format string";
                return -1;
            }
            acc = acc * 10 + dv;
            ++n;
        }
        value = acc;
        return n;
    };
    int64_t width = 0;
    int consumed = readInt(width);
    if (consumed < 0) return false;
    out.width = consumed ? width : -1;
    if (pos < end && cp[pos] == ',') {
        out.grouping = ',';
        ++pos;
    }
    if (pos < end && cp[pos] == '_') {
        if (out.grouping) {
            err = "Cannot specify both ',' and '_'.";
            return false;
        }
        out.grouping = '_';
        ++pos;
    }
    if (pos < end && cp[pos] == ',' && out.grouping == '_') {
        err = "Cannot specify both ',' and '_'.";
        return false;
    }
    if (pos < end && cp[pos] == '.') {
        ++pos;
        int64_t prec = 0;
        consumed = readInt(prec);
        if (consumed < 0) return false;
        if (consumed == 0) {
            err = "Format specifier missing precision";
            return false;
        }
        out.precision = prec;
    }
    if (end - pos > 1) {
        err = "Invalid format specifier '";
        err += specText;
        err += "' for object of type '";
        err += typeName;
        err += "'";
        return false;
    }
    if (end - pos == 1) {
        out.rawType = cp[pos];
        out.type = cp[pos] < 128 ? static_cast<char>(cp[pos]) : '\x01';
    }
    // With no type the object's default applies (checked again by the formatters); float's and
    // int's defaults accept both separators, str's ('s') is rejected in formatString.
    if (out.rawType >= 0 && !checkGrouping(out.grouping, out.rawType, err)) return false;
    return true;
}

bool formatFloat(double v, const FormatSpec& spec, std::string& out, std::string& err,
                 std::string_view typeName) {
    if (!checkGrouping(spec.grouping, effectiveType(spec, 0), err)) return false;
    char type = spec.type;
    switch (type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
            break;
        default:
            unknownCode(spec, typeName, err);
            return false;
    }
    if (spec.precision > INT_MAX) {
        err = "precision too big";
        return false;
    }
    int64_t precision = spec.precision;
    int64_t defaultPrecision = 6;
    DtoaFlags flags;
    flags.alternate = spec.alternate;
    flags.noNegZero = spec.zeroNeg;
    char code = type;
    if (code == 0) {
        flags.addDot0 = true;
        code = 'r';
        defaultPrecision = 0;
    }
    if (code == 'n') code = 'g';
    bool percent = false;
    if (code == '%') {
        code = 'f';
        v *= 100;
        percent = true;
    }
    if (precision < 0) {
        precision = defaultPrecision;
    } else if (code == 'r') {
        code = 'g';
    }
    std::string buf = convertDouble(v, code, precision, flags);
    if (percent) buf += '%';
    NumberParts parts = splitNumber(buf, spec, type);
    fillNumber(parts, spec, out);
    return true;
}

std::string floatHex(double v) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    std::string out = std::signbit(v) ? "-0x" : "0x";
    if (v == 0.0) return out + "0.0p+0";
    // |v| = m x 2^e with m in [1, 2), or in [0, 1) with e = -1022 for subnormals.
    int e = 0;
    double m = std::frexp(std::fabs(v), &e);  // m in [0.5, 1)
    int shift = 1;
    if (e - 1 < -1022) shift -= -1022 - (e - 1);
    m = std::ldexp(m, shift);
    e -= shift;
    static constexpr char kHex[] = "0123456789abcdef";
    int digit = static_cast<int>(m);
    out += kHex[digit];
    out += '.';
    m -= digit;
    for (int k = 0; k < 13; ++k) {  // 52 fraction bits = 13 hex digits
        m *= 16;
        digit = static_cast<int>(m);
        out += kHex[digit];
        m -= digit;
    }
    out += 'p';
    out += e < 0 ? '-' : '+';
    out += std::to_string(e < 0 ? -e : e);
    return out;
}

HexFloatStatus parseFloatHex(std::string_view s, double& out) {
    auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
    };
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    size_t p = 0, end = s.size();
    while (p < end && isSpace(s[p])) ++p;
    while (end > p && isSpace(s[end - 1])) --end;
    bool negative = false;
    size_t q = p;
    if (q < end && (s[q] == '+' || s[q] == '-')) negative = s[q++] == '-';
    // inf / infinity / nan, case-insensitively.
    auto matchWord = [&](std::string_view w) {
        if (end - q != w.size()) return false;
        for (size_t k = 0; k < w.size(); ++k) {
            char c = s[q + k];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != w[k]) return false;
        }
        return true;
    };
    if (matchWord("inf") || matchWord("infinity")) {
        out = negative ? -HUGE_VAL : HUGE_VAL;
        return HexFloatStatus::kOk;
    }
    if (matchWord("nan")) {
        out = std::copysign(std::nan(""), negative ? -1.0 : 1.0);
        return HexFloatStatus::kOk;
    }
    p = q;
    if (end - p >= 2 && s[p] == '0' && (s[p + 1] == 'x' || s[p + 1] == 'X')) p += 2;
    // Hex digits of the coefficient, most significant first, point removed.
    std::vector<uint8_t> digits;
    int64_t fracDigits = 0;
    for (; p < end && hexValue(s[p]) >= 0; ++p) digits.push_back(uint8_t(hexValue(s[p])));
    if (p < end && s[p] == '.') {
        for (++p; p < end && hexValue(s[p]) >= 0; ++p) {
            digits.push_back(uint8_t(hexValue(s[p])));
            ++fracDigits;
        }
    }
    if (digits.empty()) return HexFloatStatus::kInvalid;
    int64_t exp2 = 0;
    if (p < end && (s[p] == 'p' || s[p] == 'P')) {
        ++p;
        bool expNegative = false;
        if (p < end && (s[p] == '+' || s[p] == '-')) expNegative = s[p++] == '-';
        if (p == end || !isAsciiDigit(s[p])) return HexFloatStatus::kInvalid;
        // Saturate: beyond 1e16 the outcome (overflow or zero) no longer depends on the value.
        constexpr int64_t kExpLimit = int64_t(100000000000000000);
        for (; p < end && isAsciiDigit(s[p]); ++p) {
            if (exp2 < kExpLimit) exp2 = exp2 * 10 + (s[p] - '0');
        }
        if (expNegative) exp2 = -exp2;
    }
    if (p != end) return HexFloatStatus::kInvalid;

    size_t first = 0;
    while (first < digits.size() && digits[first] == 0) ++first;
    if (first == digits.size() || exp2 < -int64_t(10000000000000000)) {
        out = negative ? -0.0 : 0.0;
        return HexFloatStatus::kOk;
    }
    if (exp2 > int64_t(10000000000000000)) return HexFloatStatus::kOverflow;
    digits.erase(digits.begin(), digits.begin() + static_cast<std::ptrdiff_t>(first));
    // value = M x 2^exp2 with M the integer spelt by digits (nBits bits long).
    exp2 -= 4 * fracDigits;
    int64_t nBits = 4 * static_cast<int64_t>(digits.size());
    for (int bit = 3; bit >= 0 && !((digits[0] >> bit) & 1); --bit) --nBits;
    int64_t topExp = exp2 + nBits;  // value in [2^(topExp-1), 2^topExp)
    if (topExp < -1074) {
        out = negative ? -0.0 : 0.0;
        return HexFloatStatus::kOk;
    }
    if (topExp > 1024) return HexFloatStatus::kOverflow;
    // Bit i of M (0 = least significant).
    int64_t totalBits = 4 * static_cast<int64_t>(digits.size());
    auto bitAt = [&](int64_t i) -> int {
        if (i < 0 || i >= totalBits) return 0;
        size_t idx = digits.size() - 1 - static_cast<size_t>(i / 4);
        return (digits[idx] >> (i % 4)) & 1;
    };
    // The result is a multiple of 2^lsb: 53 significant bits, fewer when subnormal.
    int64_t lsb = (topExp > -1021 ? topExp : -1021) - 53;
    int64_t drop = lsb - exp2;  // low bits of M rounded away
    if (drop < 0) drop = 0;
    uint64_t kept = 0;
    for (int64_t i = nBits - 1; i >= drop; --i) kept = (kept << 1) | uint64_t(bitAt(i));
    if (drop > 0 && bitAt(drop - 1)) {
        bool sticky = false;
        for (int64_t i = drop - 2; i >= 0 && !sticky; --i) sticky = bitAt(i) != 0;
        if (sticky || (kept & 1)) ++kept;
    }
    double x = std::ldexp(static_cast<double>(kept), static_cast<int>(exp2 + drop));
    if (std::isinf(x)) return HexFloatStatus::kOverflow;
    out = negative ? -x : x;
    return HexFloatStatus::kOk;
}

std::string complexRepr(double re, double im) {
    DtoaFlags reFlags, imFlags;
    imFlags.sign = '+';
    if (re == 0.0 && !std::signbit(re)) return convertDouble(im, 'r', 0, reFlags) + "j";
    return "(" + convertDouble(re, 'r', 0, reFlags) + convertDouble(im, 'r', 0, imFlags) + "j)";
}

bool formatComplex(double re, double im, const FormatSpec& spec, std::string& out,
                   std::string& err, std::string_view typeName) {
    if (!checkGrouping(spec.grouping, effectiveType(spec, 0), err)) return false;
    char type = spec.type;
    switch (type) {
        case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
            break;
        default:
            unknownCode(spec, typeName, err);
            return false;
    }
    if (spec.precision > INT_MAX) {
        err = "precision too big";
        return false;
    }
    if (spec.fill == '0') {
        err = "Zero padding is not allowed in complex format specifier";
        return false;
    }
    if (spec.align == '=') {
        err = "'=' alignment flag is not allowed in complex format specifier";
        return false;
    }
    DtoaFlags flags;
    flags.alternate = spec.alternate;
    flags.noNegZero = spec.zeroNeg;
    int64_t precision = spec.precision;
    int64_t defaultPrecision = 6;
    char code = type;
    bool skipRe = false, parens = false;
    if (code == 0) {
        // Like str(self): no ".0" added, real part dropped when it is +0.0.
        code = 'r';
        defaultPrecision = 0;
        if (re == 0.0 && !std::signbit(re)) {
            skipRe = true;
        } else {
            parens = true;
        }
    }
    if (code == 'n') code = 'g';
    if (precision < 0) {
        precision = defaultPrecision;
    } else if (code == 'r') {
        code = 'g';
    }
    std::string reBuf = convertDouble(re, code, precision, flags);
    std::string imBuf = convertDouble(im, code, precision, flags);
    // Both parts are laid out unpadded; the padding goes around the whole.
    FormatSpec partSpec = spec;
    partSpec.fill = ' ';
    partSpec.align = '<';
    partSpec.width = -1;
    partSpec.zeroPad = false;
    std::string body;
    if (parens) body += '(';
    std::string piece;
    if (!skipRe) {
        fillNumber(splitNumber(reBuf, partSpec, type), partSpec, piece);
        body += piece;
        partSpec.sign = '+';
    }
    fillNumber(splitNumber(imBuf, partSpec, type), partSpec, piece);
    body += piece;
    body += 'j';
    if (parens) body += ')';
    int64_t len = countCodePoints(body);
    int64_t total = spec.width > len ? spec.width : len;
    char align = spec.align ? spec.align : '>';
    int64_t lpad = 0;
    if (align == '>') {
        lpad = total - len;
    } else if (align == '^') {
        lpad = (total - len) / 2;
    }
    out.clear();
    appendFill(out, spec.fill, lpad);
    out += body;
    appendFill(out, spec.fill, total - len - lpad);
    return true;
}

int intBaseForType(char type) {
    switch (type) {
        case 'b': return 2;
        case 'o': return 8;
        case 'x': case 'X': return 16;
        default: return 10;
    }
}

bool isFloatTypeForInt(const FormatSpec& spec) {
    switch (spec.type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            return true;
        default:
            return false;
    }
}

bool formatIntDigits(bool negative, std::string_view absDigits, const FormatSpec& spec,
                     std::string& out, std::string& err, std::string_view typeName) {
    if (!checkGrouping(spec.grouping, effectiveType(spec, 'd'), err)) return false;
    char type = spec.type;
    if (spec.rawType == 0) {  // an explicit NUL type is not the default 'd' for ints
        unknownCode(spec, typeName, err);
        return false;
    }
    switch (type) {
        case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            err.clear();
            return false;
        default:
            unknownCode(spec, typeName, err);
            return false;
    }
    if (spec.precision != -1) {
        err = "Precision not allowed in integer format specifier";
        return false;
    }
    if (spec.zeroNeg) {
        err = "Negative zero coercion (z) not allowed in integer format specifier";
        return false;
    }
    NumberParts parts;
    std::string upperDigits;
    if (type == 'c') {
        if (spec.sign) {
            err = "Sign not allowed with integer format specifier 'c'";
            return false;
        }
        if (spec.alternate) {
            err = "Alternate form (#) not allowed with integer format specifier 'c'";
            return false;
        }
        parts.remainder = absDigits;
    } else {
        parts.negative = negative;
        parts.digits = absDigits;
        if (spec.alternate) {
            switch (type) {
                case 'b': parts.prefix = "0b"; break;
                case 'o': parts.prefix = "0o"; break;
                case 'x': parts.prefix = "0x"; break;
                case 'X': parts.prefix = "0X"; break;
                default: break;
            }
        }
        if (type == 'X') {
            upperDigits.assign(absDigits);
            for (char& c : upperDigits) {
                if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            }
            parts.digits = upperDigits;
        }
        if (type != 'n' && spec.grouping) {
            bool pow2 = type == 'b' || type == 'o' || type == 'x' || type == 'X';
            parts.groupSize = pow2 ? 4 : 3;
            parts.sep = spec.grouping;
        }
    }
    fillNumber(parts, spec, out);
    return true;
}

bool formatString(std::string_view s, const FormatSpec& spec, std::string& out, std::string& err,
                  std::string_view typeName) {
    if (!checkGrouping(spec.grouping, effectiveType(spec, 's'), err)) return false;
    if (spec.rawType == 0 || (spec.type != 0 && spec.type != 's')) {
        unknownCode(spec, typeName, err);
        return false;
    }
    if (spec.sign) {
        err = spec.sign == ' ' ? "Space not allowed in string format specifier"
                               : "Sign not allowed in string format specifier";
        return false;
    }
    if (spec.zeroNeg) {
        err = "Negative zero coercion (z) not allowed in string format specifier";
        return false;
    }
    if (spec.alternate) {
        err = "Alternate form (#) not allowed in string format specifier";
        return false;
    }
    if (spec.align == '=') {
        err = "'=' alignment not allowed in string format specifier";
        return false;
    }
    std::string_view body = s;
    int64_t len = 0;
    if (spec.precision >= 0) {
        size_t i = 0;
        while (i < s.size() && len < spec.precision) {
            decodeUtf8(s, i);
            ++len;
        }
        body = s.substr(0, i);
    } else {
        len = countCodePoints(s);
    }
    int64_t total = spec.width > len ? spec.width : len;
    char align = spec.align ? spec.align : '<';
    int64_t lpad = 0;
    if (align == '>') {
        lpad = total - len;
    } else if (align == '^') {
        lpad = (total - len) / 2;
    }
    int64_t rpad = total - len - lpad;
    out.clear();
    appendFill(out, spec.fill, lpad);
    out += body;
    appendFill(out, spec.fill, rpad);
    return true;
}

double roundDouble(double x, int64_t ndigits, bool& overflow) {
    overflow = false;
    if (!std::isfinite(x) || x == 0.0) return x;
    // Beyond these every double is unchanged / rounds to zero (CPython's NDIGITS_MAX/MIN).
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    bool negative = std::signbit(x);
    double a = std::fabs(x);
    std::string mant;
    int64_t exp10;
    if (ndigits >= 0) {
        // snprintf rounds half-even on the exact binary value.
        std::string s = printF(a, static_cast<int>(ndigits));
        for (char c : s) {
            if (isAsciiDigit(c)) mant += c;
        }
        exp10 = -ndigits;
    } else {
        // Round the exact integer part at 10^k by hand; a non-zero fraction breaks ties up.
        double intPart = std::trunc(a);
        bool sticky = a != intPart;
        std::string digits = printF(intPart, 0);
        int64_t k = -ndigits;
        if (static_cast<int64_t>(digits.size()) < k + 1) {
            digits.insert(0, static_cast<size_t>(k + 1 - static_cast<int64_t>(digits.size())),
                          '0');
        }
        size_t keep = digits.size() - static_cast<size_t>(k);
        mant = digits.substr(0, keep);
        char first = digits[keep];
        bool restNonZero = sticky ||
                           digits.find_first_not_of('0', keep + 1) != std::string::npos;
        bool up = first > '5' || (first == '5' && (restNonZero || (mant.back() - '0') % 2 == 1));
        if (up) {
            size_t i = mant.size();
            while (i > 0 && mant[i - 1] == '9') mant[--i] = '0';
            if (i == 0) {
                mant.insert(mant.begin(), '1');
            } else {
                ++mant[i - 1];
            }
        }
        exp10 = k;
    }
    double r = decimalToDouble(mant, exp10, negative);
    if (std::isinf(r)) overflow = true;
    return r;
}

namespace {

// Pads one converted %-conversion into its field (CPython's unicode_format_arg_output): a sign
// is split off numbers (or '+'/' ' added), zero fill goes between sign/prefix and digits, and
// '-' pads on the right with spaces.
std::string percentPad(std::string_view body, const PercentSpec& spec, bool numeric) {
    int64_t len = countCodePoints(body);
    bool text = spec.code == 's' || spec.code == 'r' || spec.code == 'a';
    if (text && spec.precision >= 0 && len > spec.precision) {
        size_t i = 0;
        for (int64_t k = 0; k < spec.precision; ++k) decodeUtf8(body, i);
        body = body.substr(0, i);
        len = spec.precision;
    }
    char signChar = 0;
    if (numeric) {
        if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
            signChar = body[0];
            body.remove_prefix(1);
            --len;
        } else if (spec.plus) {
            signChar = '+';
        } else if (spec.space) {
            signChar = ' ';
        }
    }
    std::string_view prefix;
    if (numeric && spec.alternate &&
        (spec.code == 'x' || spec.code == 'X' || spec.code == 'o')) {
        prefix = body.substr(0, 2);
        body.remove_prefix(2);
        len -= 2;
    }
    char fill = (numeric && spec.zero) ? '0' : ' ';
    int64_t width = spec.width;
    int64_t used = len + (signChar ? 1 : 0) + static_cast<int64_t>(prefix.size());
    int64_t pad = width > used ? width - used : 0;
    std::string out;
    if (!spec.leftAlign && fill == ' ') out.append(static_cast<size_t>(pad), ' ');
    if (signChar) out += signChar;
    out += prefix;
    if (!spec.leftAlign && fill == '0') out.append(static_cast<size_t>(pad), '0');
    out += body;
    if (spec.leftAlign) out.append(static_cast<size_t>(pad), ' ');
    return out;
}

}  // namespace

std::string percentFormatInt(bool negative, std::string_view absDigits, const PercentSpec& spec) {
    // CPython's _PyLong_FormatLong: [-][0x]digits, zero-extended to the precision.
    std::string body;
    if (negative) body += '-';
    if (spec.alternate) {
        if (spec.code == 'o') body += "0o";
        if (spec.code == 'x' || spec.code == 'X') body += "0x";
    }
    int64_t nDigits = static_cast<int64_t>(absDigits.size());
    if (spec.precision > nDigits) body.append(static_cast<size_t>(spec.precision - nDigits), '0');
    body += absDigits;
    if (spec.code == 'X') {
        for (char& c : body) {
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        }
    }
    return percentPad(body, spec, true);
}

std::string percentFormatFloat(double v, const PercentSpec& spec) {
    int precision = spec.precision < 0 ? 6
                    : spec.precision > INT_MAX ? INT_MAX
                                               : static_cast<int>(spec.precision);
    return percentPad(doubleToString(v, spec.code, precision, spec.alternate, 0), spec, true);
}

std::string percentFormatText(std::string_view text, const PercentSpec& spec) {
    return percentPad(text, spec, false);
}

}  // namespace krait
