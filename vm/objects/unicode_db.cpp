// Lookups over the generated Unicode tables (see unicode_db.h and toolchain/gen_unicode.mjs).
#include "objects/unicode_db.h"

namespace krait::unicode {

extern const uint32_t kUnicodeExtCase[];

namespace {

// Expands one case-mapping field of rec for cp.
int mapFull(uint32_t cp, const UnicodeRecord& rec, int32_t field, uint32_t out[3]) {
    if (rec.flags & kExtendedCase) {
        uint32_t start = static_cast<uint32_t>(field) & 0xFFFFFF;
        int n = static_cast<int>(static_cast<uint32_t>(field) >> 24);
        for (int i = 0; i < n; i++) out[i] = kUnicodeExtCase[start + static_cast<uint32_t>(i)];
        return n;
    }
    out[0] = static_cast<uint32_t>(static_cast<int32_t>(cp) + field);
    return 1;
}

uint32_t mapSimple(uint32_t cp, const UnicodeRecord& rec, int32_t field) {
    // As CPython's _PyUnicode_ToLowercase & co.: the first character of the full mapping.
    uint32_t out[3];
    int n = mapFull(cp, rec, field, out);
    return n >= 1 ? out[0] : cp;
}

}  // namespace

int decimalValue(uint32_t cp) {
    if (cp < 128) return (cp >= '0' && cp <= '9') ? static_cast<int>(cp - '0') : -1;
    const UnicodeRecord& r = unicodeRecord(cp);
    return (r.flags & kDecimal) ? r.digit : -1;
}

int digitValue(uint32_t cp) {
    const UnicodeRecord& r = unicodeRecord(cp);
    return (r.flags & (kDecimal | kDigit)) ? r.digit : -1;
}

int toLowerFull(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        return 1;
    }
    const UnicodeRecord& r = unicodeRecord(cp);
    return mapFull(cp, r, r.lower, out);
}

int toUpperFull(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) {
        out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        return 1;
    }
    const UnicodeRecord& r = unicodeRecord(cp);
    return mapFull(cp, r, r.upper, out);
}

int toTitleFull(uint32_t cp, uint32_t out[3]) {
    const UnicodeRecord& r = unicodeRecord(cp);
    return mapFull(cp, r, r.title, out);
}

int toFoldedFull(uint32_t cp, uint32_t out[3]) {
    const UnicodeRecord& r = unicodeRecord(cp);
    return mapFull(cp, r, r.fold, out);
}

uint32_t toLowerSimple(uint32_t cp) {
    const UnicodeRecord& r = unicodeRecord(cp);
    return mapSimple(cp, r, r.lower);
}

uint32_t toUpperSimple(uint32_t cp) {
    const UnicodeRecord& r = unicodeRecord(cp);
    return mapSimple(cp, r, r.upper);
}

uint32_t toTitleSimple(uint32_t cp) {
    const UnicodeRecord& r = unicodeRecord(cp);
    return mapSimple(cp, r, r.title);
}

}  // namespace krait::unicode
