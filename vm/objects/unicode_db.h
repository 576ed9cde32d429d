// The Unicode character database (Unicode 14.0, as CPython 3.11): character properties for the
// str predicates (isalpha, isspace, ...), digit values and full case mappings (special casing
// and case folding). The tables are generated at build time by toolchain/gen_unicode.mjs from
// Debian's unicode-data files; this header is the only interface.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// ---- unicodedata properties (Unicode 14.0) ----
// One shared property record: indexes into the name tables of unicode_tables.h.
struct UcdProps {
    uint8_t category;      // kCategoryNames ("Cn" for unassigned)
    uint8_t bidi;          // kBidiNames ("" for unassigned)
    uint8_t eawMirrored;   // kEastAsianWidthNames index | mirrored << 3 | (not in 3.2) << 4
    uint8_t combining;     // canonical combining class
    uint16_t numeric;      // kNumericValues index, 0: no numeric value
};
// The property record of cp (the unassigned record for cp > 0x10FFFF). Generated.
const UcdProps& ucdProps(uint32_t cp);
// The decomposition mapping of cp from UnicodeData.txt: [tag << 8 | count, cps...], or null.
// Generated.
const uint32_t* decompositionData(uint32_t cp);

const char* categoryName(uint32_t cp);
const char* bidiName(uint32_t cp);
const char* eastAsianWidthName(uint32_t cp);
inline bool isMirrored(uint32_t cp) { return (ucdProps(cp).eawMirrored >> 3) & 1; }
inline int combiningClass(uint32_t cp) { return ucdProps(cp).combining; }
// Whether cp was unassigned in Unicode 3.2 (unicodedata.ucd_3_2_0).
inline bool unassignedIn32(uint32_t cp) { return (ucdProps(cp).eawMirrored >> 4) & 1; }
// Sets value to the numeric value of cp and returns true, or returns false.
bool numericValue(uint32_t cp, double& value);
// CPython's unicodedata.decomposition(): "<tag> XXXX YYYY" or "".
std::string decompositionString(uint32_t cp);

// ---- Names ----
// Appends the character name of cp (UnicodeData names, CJK unified ideographs and Hangul
// syllables, never aliases) to out; false if cp has no name.
bool characterName(uint32_t cp, std::string& out);
// The result of a name lookup.
struct NameMatch {
    uint32_t cp = 0;                 // the character, when seqLength == 0
    const uint32_t* seq = nullptr;   // a named sequence's code points
    uint32_t seqLength = 0;
};
// Looks name up as CPython's _getcode: names and aliases compare case-insensitively, the
// algorithmic CJK/Hangul names exactly; named sequences only when allowNamedSequences. Returns
// false when nothing matches (names longer than maxNameQuery never match).
bool lookupName(std::string_view name, bool allowNamedSequences, NameMatch& match);
constexpr size_t kMaxNameQuery = 256;   // CPython's NAME_MAXLEN ("name too long")

// ---- Normalization ----
enum class NormalForm { kNfc, kNfd, kNfkc, kNfkd };
// Parses "NFC", "NFD", "NFKC", "NFKD"; false for anything else.
bool parseNormalForm(std::string_view name, NormalForm& form);
// The normalization of in[0..n) in form, written to out (cleared first).
void normalize(NormalForm form, const uint32_t* in, size_t n, std::vector<uint32_t>& out);
// normalize() as Unicode 3.2 (ucd_3_2_0): characters assigned later are inert and the
// Corrigendum 4 decompositions are the old ones.
void normalize32(NormalForm form, const uint32_t* in, size_t n, std::vector<uint32_t>& out);
// Whether in[0..n) is already in form (ASCII and quick-check fast paths).
bool isNormalized(NormalForm form, const uint32_t* in, size_t n);

}  // namespace krait::unicode
