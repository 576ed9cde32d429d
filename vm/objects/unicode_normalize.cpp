// Unicode normalization (UAX #15) for unicodedata.normalize/is_normalized and NFKC of
// identifiers: full canonical or compatibility decomposition (Hangul syllables
// algorithmically), canonical ordering by combining class, then canonical composition with the
// generated primary-composite pairs (composition exclusions already removed by
// toolchain/gen_unicode.mjs).
#include <algorithm>

#include "objects/unicode_db.h"
#include "objects/unicode_tables.h"

namespace krait::unicode {

namespace {

constexpr uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

int cccIn(uint32_t cp, bool v32) {
    const UcdProps& p = ucdProps(cp);
    if (v32 && (p.eawMirrored & 16)) return 0;
    return p.combining;
}

void decompose(uint32_t cp, bool compat, bool v32, std::vector<uint32_t>& out) {
    if (v32) {
        if (unassignedIn32(cp)) {
            out.push_back(cp);
            return;
        }
        for (uint32_t i = 0; i < kCorrections32Count; i++) {
            if (kCorrections32[2 * i] == cp) {
                decompose(kCorrections32[2 * i + 1], compat, v32, out);
                return;
            }
        }
    }
    if (cp >= kSBase && cp < kSBase + kSCount) {
        uint32_t s = cp - kSBase;
        out.push_back(kLBase + s / kNCount);
        out.push_back(kVBase + (s % kNCount) / kTCount);
        if (s % kTCount) out.push_back(kTBase + s % kTCount);
        return;
    }
    const uint32_t* d = cp < 0xA0 ? nullptr : decompositionData(cp);
    if (d && ((d[0] >> 8) == 0 || compat)) {
        uint32_t count = d[0] & 0xFF;
        for (uint32_t i = 0; i < count; i++) decompose(d[1 + i], compat, v32, out);
        return;
    }
    out.push_back(cp);
}

// The primary composite of (a, b), or 0.
uint32_t composePair(uint32_t a, uint32_t b) {
    if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount) {
        return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
    }
    if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase &&
        b < kTBase + kTCount) {
        return a + (b - kTBase);
    }
    uint64_t key = (static_cast<uint64_t>(a) << 21) | b;
    const uint64_t* end = kCompositionKeys + kCompositionCount;
    const uint64_t* it = std::lower_bound(kCompositionKeys, end, key);
    if (it != end && *it == key) return kCompositionValues[it - kCompositionKeys];
    return 0;
}

// Canonical ordering: stable sort of each run of non-starters by combining class.
void reorder(std::vector<uint32_t>& s, bool v32) {
    size_t n = s.size();
    for (size_t i = 1; i < n; i++) {
        int cc = cccIn(s[i], v32);
        if (cc == 0) continue;
        size_t j = i;
        uint32_t c = s[i];
        while (j > 0) {
            int prev = cccIn(s[j - 1], v32);
            if (prev <= cc) break;
            s[j] = s[j - 1];
            --j;
        }
        s[j] = c;
    }
}

void compose(std::vector<uint32_t>& s, bool v32) {
    size_t n = s.size();
    if (n == 0) return;
    size_t out = 0;
    ptrdiff_t starter = -1;
    int lastClass = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        int cc = cccIn(c, v32);
        if (starter >= 0) {
            // c is blocked from the starter by an uncomposed character of class 0 or >= cc.
            bool adjacent = static_cast<size_t>(starter) + 1 == out;
            if (adjacent || lastClass < cc) {
                uint32_t comp = composePair(s[starter], c);
                if (comp) {
                    s[starter] = comp;
                    continue;
                }
            }
        }
        if (cc == 0) {
            starter = static_cast<ptrdiff_t>(out);
            lastClass = 0;
        } else {
            lastClass = cc;
        }
        s[out++] = c;
    }
    s.resize(out);
}

}  // namespace

bool parseNormalForm(std::string_view name, NormalForm& form) {
    if (name == "NFC") form = NormalForm::kNfc;
    else if (name == "NFD") form = NormalForm::kNfd;
    else if (name == "NFKC") form = NormalForm::kNfkc;
    else if (name == "NFKD") form = NormalForm::kNfkd;
    else return false;
    return true;
}

namespace {

void normalizeIn(NormalForm form, const uint32_t* in, size_t n, bool v32,
                 std::vector<uint32_t>& out) {
    out.clear();
    out.reserve(n);
    bool compat = form == NormalForm::kNfkc || form == NormalForm::kNfkd;
    for (size_t i = 0; i < n; i++) decompose(in[i], compat, v32, out);
    reorder(out, v32);
    if (form == NormalForm::kNfc || form == NormalForm::kNfkc) compose(out, v32);
}

}  // namespace

void normalize(NormalForm form, const uint32_t* in, size_t n, std::vector<uint32_t>& out) {
    normalizeIn(form, in, n, false, out);
}

void normalize32(NormalForm form, const uint32_t* in, size_t n, std::vector<uint32_t>& out) {
    normalizeIn(form, in, n, true, out);
}

bool isNormalized(NormalForm form, const uint32_t* in, size_t n) {
    bool ascii = true;
    for (size_t i = 0; i < n && ascii; i++) ascii = in[i] < 0x80;
    if (ascii) return true;
    std::vector<uint32_t> out;
    normalize(form, in, n, out);
    return out.size() == n && std::equal(out.begin(), out.end(), in);
}

}  // namespace krait::unicode
