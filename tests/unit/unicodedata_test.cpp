// The unicodedata layer of the Unicode database (objects/unicode_db.h): names both ways over
// the whole table, properties and normalization. Expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "objects/unicode_db.h"

using namespace krait::unicode;

namespace {

std::vector<uint32_t> norm(NormalForm f, std::vector<uint32_t> in) {
    std::vector<uint32_t> out;
    normalize(f, in.data(), in.size(), out);
    return out;
}

}  // namespace

TEST_CASE("character names round trip through lookup", "[unicodedata]") {
    int named = 0, checked = 0;
    for (uint32_t cp = 0; cp < 0x110000; cp++) {
        std::string name;
        if (!characterName(cp, name)) continue;
        named++;
        if (named % 5 != 0 && name.rfind("CJK COMPAT", 0) != 0 && name.rfind("HANGUL", 0) != 0 &&
            name.find('-') == std::string::npos) {
            continue;
        }
        checked++;
        NameMatch m;
        INFO(name);
        REQUIRE(lookupName(name, false, m));
        REQUIRE(m.seqLength == 0);
        REQUIRE(m.cp == cp);
    }
    // CPython 3.11: sum(1 for c in range(0x110000) if unicodedata.name(chr(c), None)).
    CHECK(named == 138552);
    CHECK(checked > 20000);
}

TEST_CASE("names, aliases and named sequences", "[unicodedata]") {
    std::string s;
    CHECK(characterName(0x41, s));
    CHECK(s == "LATIN CAPITAL LETTER A");
    s.clear();
    CHECK(characterName(0xF900, s));
    CHECK(s == "CJK COMPATIBILITY IDEOGRAPH-F900");
    s.clear();
    CHECK(characterName(0xAC01, s));
    CHECK(s == "HANGUL SYLLABLE GAG");
    s.clear();
    CHECK(characterName(0x0F39, s));
    CHECK(s == "TIBETAN MARK TSA -PHRU");
    s.clear();
    CHECK_FALSE(characterName(0x0000, s));
    CHECK_FALSE(characterName(0x1F6D8 + 0x100000, s));
    CHECK_FALSE(characterName(0x2B739, s));   // new in Unicode 15.0
    NameMatch m;
    CHECK(lookupName("byte order mark", false, m));
    CHECK(m.cp == 0xFEFF);
    CHECK_FALSE(lookupName("EM", false, m));  // alias added in 15.0
    CHECK_FALSE(lookupName("KEYCAP NUMBER SIGN", false, m));
    REQUIRE(lookupName("KEYCAP NUMBER SIGN", true, m));
    REQUIRE(m.seqLength == 3);
    CHECK(m.seq[0] == 0x23);
    CHECK(m.seq[2] == 0x20E3);
    CHECK(lookupName("CJK UNIFIED IDEOGRAPH-20000", false, m));
    CHECK(m.cp == 0x20000);
    CHECK_FALSE(lookupName("CJK UNIFIED IDEOGRAPH-2b739", false, m));
    CHECK_FALSE(lookupName("LATIN SMALL LETTER A ", false, m));
    CHECK_FALSE(lookupName(std::string(300, 'A'), false, m));
}

TEST_CASE("unicodedata properties", "[unicodedata]") {
    CHECK(std::string(categoryName(0x41)) == "Lu");
    CHECK(std::string(categoryName(0x378)) == "Cn");
    CHECK(std::string(bidiName(0x5D0)) == "R");
    CHECK(std::string(bidiName(0x378)) == "");
    CHECK(std::string(eastAsianWidthName(0x4E00)) == "W");
    CHECK(std::string(eastAsianWidthName(0x378)) == "F");
    CHECK(combiningClass(0x301) == 230);
    CHECK(isMirrored(0x28));
    double v = 0;
    CHECK(numericValue(0xBD, v));
    CHECK(v == 0.5);
    CHECK(decompositionString(0xC5) == "0041 030A");
    CHECK(decompositionString(0xFB01) == "<compat> 0066 0069");
    CHECK(decompositionString(0xAC00) == "");
}

TEST_CASE("normalization forms", "[unicodedata]") {
    CHECK(norm(NormalForm::kNfd, {0x1E9B, 0x323}) == std::vector<uint32_t>{0x17F, 0x323, 0x307});
    CHECK(norm(NormalForm::kNfc, {0x1E9B, 0x323}) == std::vector<uint32_t>{0x1E9B, 0x323});
    CHECK(norm(NormalForm::kNfkc, {0x1E9B, 0x323}) == std::vector<uint32_t>{0x1E69});
    CHECK(norm(NormalForm::kNfc, {0x1100, 0x1161, 0x11A8}) == std::vector<uint32_t>{0xAC01});
    CHECK(norm(NormalForm::kNfd, {0xAC01}) == std::vector<uint32_t>{0x1100, 0x1161, 0x11A8});
    CHECK(norm(NormalForm::kNfc, {0x212B}) == std::vector<uint32_t>{0xC5});
    CHECK(norm(NormalForm::kNfc, {0x958}) == std::vector<uint32_t>{0x915, 0x93C});  // excluded
    CHECK(norm(NormalForm::kNfc, {0x61, 0x315, 0x300, 0x5AE, 0x300, 0x62}) ==
          std::vector<uint32_t>{0xE0, 0x5AE, 0x300, 0x315, 0x62});
    std::vector<uint32_t> ascii = {0x61, 0x62};
    CHECK(isNormalized(NormalForm::kNfkd, ascii.data(), ascii.size()));
    std::vector<uint32_t> lig = {0xFB01};
    CHECK(isNormalized(NormalForm::kNfc, lig.data(), lig.size()));
    CHECK_FALSE(isNormalized(NormalForm::kNfkc, lig.data(), lig.size()));
}
