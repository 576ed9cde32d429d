// Character names for unicodedata.name/lookup, \N{...} escapes and the namereplace error
// handler, over the compact generated name tables (layout in objects/unicode_tables.h), plus
// the small property accessors of unicode_db.h. CJK unified ideographs and Hangul syllables are
// named algorithmically, as CPython's unicodedata does.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "objects/unicode_db.h"
#include "objects/unicode_tables.h"

namespace krait::unicode {

namespace {

// Hangul syllable composition constants (Unicode 3.12).
constexpr uint32_t kSBase = 0xAC00, kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

// The short jamo names that make up "HANGUL SYLLABLE <L><V><T>" (Jamo.txt).
const char* const kJamoL[kLCount] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                     "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
const char* const kJamoV[kVCount] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA",
                                     "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU",
                                     "YI", "I"};
const char* const kJamoT[kTCount] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                     "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                     "SS", "NG", "J", "C", "K", "T", "P", "H"};

constexpr char kHangulPrefix[] = "HANGUL SYLLABLE ";
constexpr char kCjkPrefix[] = "CJK UNIFIED IDEOGRAPH-";

bool isUnifiedIdeograph(uint32_t cp) {
    for (uint32_t i = 0; i < kCjkRangeCount; i++) {
        if (cp >= kCjkRanges[2 * i] && cp <= kCjkRanges[2 * i + 1]) return true;
    }
    return false;
}

// Reads one name token at p (advancing it).
uint32_t readToken(const uint8_t*& p) {
    uint32_t b = *p++;
    if (b < 192) return b;
    return 192 + ((b - 192) << 8) + *p++;
}

constexpr size_t kMaxWord = 64;

// Decodes lexicon word `word` (0-based) into buf, returns its length.
size_t lexiconWord(uint32_t word, char buf[kMaxWord]) {
    const uint8_t* p = kLexicon + kLexiconOffsets[word / kLexiconBlock];
    size_t len = 0;
    for (uint32_t i = 0; i <= word % kLexiconBlock; i++) {
        size_t shared = p[0], suffix = p[1];
        std::memcpy(buf + shared, p + 2, suffix);
        len = shared + suffix;
        p += 2 + suffix;
    }
    return len;
}

// One entry of a name stream: its header is parsed, `tokens` points at `length` suffix bytes.
struct NameEntry {
    uint32_t delta;
    uint32_t shared;
    const uint8_t* tokens;
    uint32_t length;
};

NameEntry readEntry(const uint8_t*& p) {
    NameEntry e;
    uint32_t h = *p++;
    e.length = h & 0x7F;
    e.delta = 1;
    if (h & 0x80) {
        e.delta = 0;
        for (unsigned shift = 0;; shift += 7) {
            uint32_t b = *p++;
            e.delta |= (b & 0x7F) << shift;
            if (!(b & 0x80)) break;
        }
    }
    e.shared = *p++;
    e.tokens = p;
    p += e.length;
    return e;
}

// Replaces the tokens after the shared prefix of `toks` by e's suffix.
void applyEntry(const NameEntry& e, std::vector<uint32_t>& toks) {
    toks.resize(e.shared);
    const uint8_t* p = e.tokens;
    const uint8_t* end = e.tokens + e.length;
    while (p < end) toks.push_back(readToken(p));
}

void appendHex(std::string& out, uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
    out += buf;
}

void decodeName(const std::vector<uint32_t>& toks, uint32_t cp, std::string& out) {
    bool first = true, hyphen = false;
    char word[kMaxWord];
    for (uint32_t id : toks) {
        if (id == 0) {
            hyphen = true;
            continue;
        }
        if (id == 1) {
            out += '-';
            appendHex(out, cp);
        } else {
            if (!first) out += hyphen ? '-' : ' ';
            out.append(word, lexiconWord(id - kNameFirstWord, word));
        }
        first = false;
        hyphen = false;
    }
}

// The token number of word w, or -1: a scan of the frequent words, then a binary search of the
// alphabetical blocks by their first word.
int64_t findWord(std::string_view w) {
    if (w.size() > kMaxWord) return -1;
    char buf[kMaxWord];
    uint32_t top = kLexiconTop < kLexiconCount ? kLexiconTop : kLexiconCount;
    const uint8_t* p = kLexicon;
    for (uint32_t i = 0; i < top; i++) {
        size_t shared = p[0], suffix = p[1];
        std::memcpy(buf + shared, p + 2, suffix);
        p += 2 + suffix;
        if (std::string_view(buf, shared + suffix) == w) {
            return static_cast<int64_t>(i + kNameFirstWord);
        }
    }
    uint32_t firstBlock = kLexiconTop / kLexiconBlock;
    uint32_t blocks = (kLexiconCount + kLexiconBlock - 1) / kLexiconBlock;
    if (firstBlock >= blocks) return -1;
    // The last block whose first word is <= w.
    uint32_t lo = firstBlock, hi = blocks;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        const uint8_t* head = kLexicon + kLexiconOffsets[mid];
        if (std::string_view(reinterpret_cast<const char*>(head + 2), head[1]) <= w) lo = mid;
        else hi = mid;
    }
    p = kLexicon + kLexiconOffsets[lo];
    for (uint32_t i = lo * kLexiconBlock; i < kLexiconCount && i < (lo + 1) * kLexiconBlock; i++) {
        size_t shared = p[0], suffix = p[1];
        std::memcpy(buf + shared, p + 2, suffix);
        p += 2 + suffix;
        if (std::string_view(buf, shared + suffix) == w) {
            return static_cast<int64_t>(i + kNameFirstWord);
        }
    }
    return -1;
}

// Scans a name stream for an entry whose tokens equal `query`; requireCp >= 0 also requires the
// entry's code point. Sets cp and returns true on a match. Tracks how many leading tokens the
// previous entry had in common with the query, so entries are compared by their suffixes only.
bool scanStream(const uint8_t* data, uint32_t size, const std::vector<uint32_t>& query,
                int64_t requireCp, uint32_t& cp) {
    const uint8_t* p = data;
    const uint8_t* end = data + size;
    int64_t cur = -1;
    size_t common = 0;   // leading tokens the previous entry shares with the query
    while (p < end) {
        NameEntry e = readEntry(p);
        cur += e.delta;
        if (common < e.shared) continue;   // same tokens as the previous entry up to `common`
        size_t n = e.shared;
        const uint8_t* t = e.tokens;
        const uint8_t* tEnd = e.tokens + e.length;
        bool whole = true;
        while (t < tEnd) {
            uint32_t id = readToken(t);
            if (n < query.size() && query[n] == id) {
                n++;
            } else {
                whole = false;
                break;
            }
        }
        common = n;
        if (whole && n == query.size() && (requireCp < 0 || requireCp == cur)) {
            cp = static_cast<uint32_t>(cur);
            return true;
        }
    }
    return false;
}

// Longest jamo name in table[0..n) that prefixes s at pos; -1 if none.
int findJamo(std::string_view s, size_t& pos, const char* const* table, uint32_t n) {
    int best = -1;
    size_t bestLen = 0;
    for (uint32_t i = 0; i < n; i++) {
        size_t len = std::strlen(table[i]);
        if ((best < 0 || len > bestLen) && s.size() - pos >= len &&
            s.compare(pos, len, table[i]) == 0) {
            best = static_cast<int>(i);
            bestLen = len;
        }
    }
    if (best >= 0) pos += bestLen;
    return best;
}

bool lookupAlgorithmic(std::string_view name, uint32_t& cp) {
    constexpr size_t kHangulLen = sizeof kHangulPrefix - 1;
    constexpr size_t kCjkLen = sizeof kCjkPrefix - 1;
    if (name.size() >= kHangulLen && name.compare(0, kHangulLen, kHangulPrefix) == 0) {
        size_t pos = kHangulLen;
        int l = findJamo(name, pos, kJamoL, kLCount);
        int v = findJamo(name, pos, kJamoV, kVCount);
        int t = findJamo(name, pos, kJamoT, kTCount);
        if (l >= 0 && v >= 0 && t >= 0 && pos == name.size()) {
            cp = kSBase + (static_cast<uint32_t>(l) * kVCount + static_cast<uint32_t>(v)) * kTCount +
                 static_cast<uint32_t>(t);
            return true;
        }
        return false;
    }
    if (name.size() >= kCjkLen && name.compare(0, kCjkLen, kCjkPrefix) == 0) {
        std::string_view hex = name.substr(kCjkLen);
        if (hex.size() != 4 && hex.size() != 5) return false;
        uint32_t v = 0;
        for (char c : hex) {
            if (c >= '0' && c <= '9') v = v * 16 + static_cast<uint32_t>(c - '0');
            else if (c >= 'A' && c <= 'F') v = v * 16 + static_cast<uint32_t>(c - 'A' + 10);
            else return false;
        }
        if (!isUnifiedIdeograph(v)) return false;
        cp = v;
        return true;
    }
    return false;
}

}  // namespace

const char* categoryName(uint32_t cp) { return kCategoryNames[ucdProps(cp).category]; }
const char* bidiName(uint32_t cp) { return kBidiNames[ucdProps(cp).bidi]; }
const char* eastAsianWidthName(uint32_t cp) {
    return kEastAsianWidthNames[ucdProps(cp).eawMirrored & 7];
}

bool numericValue(uint32_t cp, double& value) {
    uint16_t idx = ucdProps(cp).numeric;
    if (idx == 0) return false;
    value = kNumericValues[idx];
    return true;
}

std::string decompositionString(uint32_t cp) {
    std::string out;
    const uint32_t* d = decompositionData(cp);
    if (!d) return out;
    uint32_t tag = d[0] >> 8, count = d[0] & 0xFF;
    out += kDecompTagNames[tag];
    for (uint32_t i = 0; i < count; i++) {
        if (!out.empty()) out += ' ';
        appendHex(out, d[1 + i]);
    }
    return out;
}

bool characterName(uint32_t cp, std::string& out) {
    if (cp >= kSBase && cp < kSBase + kSCount) {
        uint32_t s = cp - kSBase;
        out += kHangulPrefix;
        out += kJamoL[s / kNCount];
        out += kJamoV[(s % kNCount) / kTCount];
        out += kJamoT[s % kTCount];
        return true;
    }
    if (isUnifiedIdeograph(cp)) {
        out += kCjkPrefix;
        appendHex(out, cp);
        return true;
    }
    if (cp >= 0x110000 || kNameIndexCount == 0 || cp < kNameIndexCp[0]) return false;
    // The last indexed block starting at or before cp.
    uint32_t lo = 0, hi = kNameIndexCount;
    while (hi - lo > 1) {
        uint32_t mid = (lo + hi) / 2;
        if (kNameIndexCp[mid] <= cp) lo = mid;
        else hi = mid;
    }
    const uint8_t* p = kNames + kNameIndexOffset[lo];
    const uint8_t* end = kNames + kNamesSize;
    uint32_t cur = kNameIndexCp[lo];
    std::vector<uint32_t> toks;
    for (uint32_t i = 0; i < kNameBlock && p < end; i++) {
        NameEntry e = readEntry(p);
        if (i > 0) cur += e.delta;
        if (cur > cp) break;
        applyEntry(e, toks);
        if (cur == cp) {
            decodeName(toks, cp, out);
            return true;
        }
    }
    return false;
}

bool lookupName(std::string_view name, bool allowNamedSequences, NameMatch& match) {
    match = NameMatch();
    if (name.size() > kMaxNameQuery || name.empty()) return false;
    if (lookupAlgorithmic(name, match.cp)) return true;
    // Names and aliases compare case-insensitively (CPython upper-cases the query).
    std::string upper(name);
    for (char& c : upper) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    }
    // Tokenize as the generator does: items split by ' ', parts of an item by '-'.
    std::vector<uint32_t> enc, encHex;
    int64_t hexCp = -1;
    bool plainOk = true;
    size_t pos = 0;
    size_t lastPartStart = 0;
    bool lastPartHyphen = false;
    std::vector<uint32_t> encBeforeLast;
    bool okBeforeLast = true;
    while (true) {
        size_t itemEnd = upper.find(' ', pos);
        if (itemEnd == std::string::npos) itemEnd = upper.size();
        size_t partPos = pos;
        bool first = true;
        while (true) {
            size_t partEnd = upper.find('-', partPos);
            if (partEnd == std::string::npos || partEnd > itemEnd) partEnd = itemEnd;
            encBeforeLast = enc;
            okBeforeLast = plainOk;
            lastPartStart = partPos;
            lastPartHyphen = !first;
            if (!first) enc.push_back(0);
            int64_t id = findWord(std::string_view(upper).substr(partPos, partEnd - partPos));
            if (id < 0) plainOk = false;
            else enc.push_back(static_cast<uint32_t>(id));
            first = false;
            if (partEnd == itemEnd) break;
            partPos = partEnd + 1;
        }
        if (itemEnd == upper.size()) break;
        pos = itemEnd + 1;
    }
    // The "-XXXX" (code point in hex) form of the last part.
    std::string_view lastPart = std::string_view(upper).substr(lastPartStart);
    if (okBeforeLast && lastPartHyphen && lastPart.size() >= 4 && lastPart.size() <= 6) {
        uint32_t v = 0;
        bool ok = true;
        for (char c : lastPart) {
            if (c >= '0' && c <= '9') v = v * 16 + static_cast<uint32_t>(c - '0');
            else if (c >= 'A' && c <= 'F') v = v * 16 + static_cast<uint32_t>(c - 'A' + 10);
            else ok = false;
        }
        if (ok) {
            std::string check;
            appendHex(check, v);
            if (check == lastPart) {
                hexCp = v;
                // encBeforeLast holds the words before the last part (without its hyphen).
                encHex = encBeforeLast;
                encHex.push_back(1);
            }
        }
    }
    uint32_t cp;
    if (plainOk) {
        if (scanStream(kNames, kNamesSize, enc, -1, cp) ||
            scanStream(kAliases, kAliasesSize, enc, -1, cp)) {
            match.cp = cp;
            return true;
        }
        if (allowNamedSequences && scanStream(kNamedSeqNames, kNamedSeqSize, enc, -1, cp)) {
            const uint32_t* d = &kNamedSeqData[kNamedSeqOffsets[cp]];
            match.seq = d + 1;
            match.seqLength = d[0];
            return true;
        }
    }
    if (hexCp >= 0 && scanStream(kNames, kNamesSize, encHex, hexCp, cp)) {
        match.cp = cp;
        return true;
    }
    return false;
}

}  // namespace krait::unicode
