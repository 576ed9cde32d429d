// The Unicode character database (Unicode 14.0, as CPython 3.11): character properties for the
// str predicates (isalpha, isspace, ...), digit values and full case mappings (special casing
// and case folding). The tables are generated at build time by toolchain/gen_unicode.mjs from
// Debian's unicode-data files; this header is the only interface.
#pragma once

#include <cstdint>

namespace krait::unicode {

// One shared record of the generated tables. Case mappings are deltas (cp + delta), or, when
// the record has kExtendedCase, (start | length << 24) into kUnicodeExtCase.
struct UnicodeRecord {
    int32_t upper;
    int32_t lower;
    int32_t title;
    int32_t fold;
    uint16_t flags;
    uint8_t digit;    // decimal / digit value when kDecimal or kDigit is set
};

enum UnicodeFlags : uint16_t {
    kAlpha = 1 << 0,          // general category L*
    kDecimal = 1 << 1,        // has a decimal value (str.isdecimal)
    kDigit = 1 << 2,          // has a digit value (str.isdigit)
    kNumeric = 1 << 3,        // has a numeric value (str.isnumeric, incl. Unihan numerals)
    kLower = 1 << 4,          // Lowercase property
    kUpper = 1 << 5,          // Uppercase property
    kTitle = 1 << 6,          // category Lt
    kSpace = 1 << 7,          // Zs or bidi WS/B/S (str.isspace, str.split())
    kLinebreak = 1 << 8,      // Zl or bidi B (str.splitlines)
    kPrintable = 1 << 9,      // not C* or Z*, or U+0020
    kXidStart = 1 << 10,
    kXidContinue = 1 << 11,
    kCased = 1 << 12,
    kCaseIgnorable = 1 << 13,
    kExtendedCase = 1 << 14,
};

// The record for cp (the unassigned record for cp > 0x10FFFF). Defined in the generated file.
const UnicodeRecord& unicodeRecord(uint32_t cp);

inline uint16_t flagsOf(uint32_t cp) { return unicodeRecord(cp).flags; }
inline bool isAlpha(uint32_t cp) { return flagsOf(cp) & kAlpha; }
inline bool isDecimal(uint32_t cp) { return flagsOf(cp) & kDecimal; }
inline bool isDigit(uint32_t cp) { return flagsOf(cp) & kDigit; }
inline bool isNumeric(uint32_t cp) { return flagsOf(cp) & kNumeric; }
inline bool isLower(uint32_t cp) { return flagsOf(cp) & kLower; }
inline bool isUpper(uint32_t cp) { return flagsOf(cp) & kUpper; }
inline bool isTitle(uint32_t cp) { return flagsOf(cp) & kTitle; }
inline bool isCased(uint32_t cp) { return flagsOf(cp) & kCased; }
inline bool isCaseIgnorable(uint32_t cp) { return flagsOf(cp) & kCaseIgnorable; }
inline bool isXidStart(uint32_t cp) { return flagsOf(cp) & kXidStart; }
inline bool isXidContinue(uint32_t cp) { return flagsOf(cp) & kXidContinue; }
inline bool isAlnum(uint32_t cp) {
    return flagsOf(cp) & (kAlpha | kDecimal | kDigit | kNumeric);
}
// str.isspace()/split() whitespace (ASCII fast path).
inline bool isSpace(uint32_t cp) {
    if (cp < 128) return (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 32);
    return flagsOf(cp) & kSpace;
}
inline bool isLinebreak(uint32_t cp) {
    if (cp < 128) return cp == 10 || cp == 11 || cp == 12 || cp == 13 || (cp >= 28 && cp <= 30);
    return flagsOf(cp) & kLinebreak;
}
inline bool isPrintable(uint32_t cp) {
    if (cp < 128) return cp >= 32 && cp < 127;
    return flagsOf(cp) & kPrintable;
}
// The decimal value (0..9) or -1 (int(), float(), isdecimal digits).
int decimalValue(uint32_t cp);
// The digit value (0..9) or -1 (superscripts and other digits too).
int digitValue(uint32_t cp);

// Full case mappings: write the mapping of cp (1 to 3 code points) to out, return the count.
int toLowerFull(uint32_t cp, uint32_t out[3]);
int toUpperFull(uint32_t cp, uint32_t out[3]);
int toTitleFull(uint32_t cp, uint32_t out[3]);
int toFoldedFull(uint32_t cp, uint32_t out[3]);
// Simple (one code point) mappings: the first code point of the full mapping, as CPython's
// Py_UNICODE_TOLOWER & co.
uint32_t toLowerSimple(uint32_t cp);
uint32_t toUpperSimple(uint32_t cp);
uint32_t toTitleSimple(uint32_t cp);

}  // namespace krait::unicode
