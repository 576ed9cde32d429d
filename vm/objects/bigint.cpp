// BigInt implementation. Magnitudes are std::vector<uint32_t> (little-endian limbs, trimmed);
// all products go through uint64_t so the code behaves the same on wasm32 and 64-bit hosts.
#include "objects/bigint.h"

#include <algorithm>
#include <bit>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <utility>

namespace krait {

namespace {

using Limb = uint32_t;
using DLimb = uint64_t;
using Mag = std::vector<Limb>;

constexpr int kLimbBits = 32;
// Below this many limbs (of the smaller operand) multiplication is schoolbook.
constexpr size_t kKaratsubaThreshold = 40;
// Divisors with fewer limbs than this (or quotients this short) use Knuth D directly (measured:
// the recursive division overtakes Knuth D at about 150-200 limbs).
constexpr size_t kBurnikelThreshold = 150;
// Radix conversion switches from the quadratic loop to divide and conquer above this many limbs.
constexpr size_t kRadixNaiveLimbs = 60;
// 2**61 - 1, the modulus of Python's numeric hash.
constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

void trim(Mag& m) {
    while (!m.empty() && m.back() == 0) m.pop_back();
}

size_t trimmedSize(const Limb* a, size_t n) {
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

Mag fromU64(uint64_t v) {
    Mag m;
    if (v != 0) {
        m.push_back(static_cast<Limb>(v));
        if (v >> 32) m.push_back(static_cast<Limb>(v >> 32));
    }
    return m;
}

bool fitsU64(const Mag& m) { return m.size() <= 2; }

uint64_t toU64(const Mag& m) {
    uint64_t v = 0;
    if (m.size() > 0) v = m[0];
    if (m.size() > 1) v |= static_cast<uint64_t>(m[1]) << 32;
    return v;
}

int cmpMag(const Limb* a, size_t na, const Limb* b, size_t nb) {
    na = trimmedSize(a, na);
    nb = trimmedSize(b, nb);
    if (na != nb) return na < nb ? -1 : 1;
    for (size_t i = na; i-- > 0;) {
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

int cmpMag(const Mag& a, const Mag& b) { return cmpMag(a.data(), a.size(), b.data(), b.size()); }

Mag addMag(const Limb* a, size_t na, const Limb* b, size_t nb) {
    if (na < nb) {
        std::swap(a, b);
        std::swap(na, nb);
    }
    Mag r(na + 1);
    DLimb carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        DLimb t = static_cast<DLimb>(a[i]) + b[i] + carry;
        r[i] = static_cast<Limb>(t);
        carry = t >> 32;
    }
    for (; i < na; i++) {
        DLimb t = static_cast<DLimb>(a[i]) + carry;
        r[i] = static_cast<Limb>(t);
        carry = t >> 32;
    }
    r[na] = static_cast<Limb>(carry);
    trim(r);
    return r;
}

Mag addMag(const Mag& a, const Mag& b) { return addMag(a.data(), a.size(), b.data(), b.size()); }

// a - b for |a| >= |b|.
Mag subMag(const Limb* a, size_t na, const Limb* b, size_t nb) {
    Mag r(na);
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        int64_t t = static_cast<int64_t>(a[i]) - b[i] - borrow;
        borrow = t < 0 ? 1 : 0;
        r[i] = static_cast<Limb>(t);
    }
    for (; i < na; i++) {
        int64_t t = static_cast<int64_t>(a[i]) - borrow;
        borrow = t < 0 ? 1 : 0;
        r[i] = static_cast<Limb>(t);
    }
    trim(r);
    return r;
}

Mag subMag(const Mag& a, const Mag& b) { return subMag(a.data(), a.size(), b.data(), b.size()); }

// r[0..rn) += x[0..xn), carry propagated within r; the caller guarantees no overflow out of r.
void addInPlace(Limb* r, size_t rn, const Limb* x, size_t xn) {
    xn = trimmedSize(x, xn);
    DLimb carry = 0;
    size_t i = 0;
    for (; i < xn; i++) {
        DLimb t = static_cast<DLimb>(r[i]) + x[i] + carry;
        r[i] = static_cast<Limb>(t);
        carry = t >> 32;
    }
    for (; carry != 0 && i < rn; i++) {
        DLimb t = static_cast<DLimb>(r[i]) + carry;
        r[i] = static_cast<Limb>(t);
        carry = t >> 32;
    }
}

// r[0..rn) -= x[0..xn); the caller guarantees r >= x.
void subInPlace(Limb* r, size_t rn, const Limb* x, size_t xn) {
    xn = trimmedSize(x, xn);
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < xn; i++) {
        int64_t t = static_cast<int64_t>(r[i]) - x[i] - borrow;
        borrow = t < 0 ? 1 : 0;
        r[i] = static_cast<Limb>(t);
    }
    for (; borrow != 0 && i < rn; i++) {
        int64_t t = static_cast<int64_t>(r[i]) - borrow;
        borrow = t < 0 ? 1 : 0;
        r[i] = static_cast<Limb>(t);
    }
}

// m = m * mul + add, in place.
void mulSmallAdd(Mag& m, Limb mul, Limb add) {
    DLimb carry = add;
    for (Limb& l : m) {
        DLimb t = static_cast<DLimb>(l) * mul + carry;
        l = static_cast<Limb>(t);
        carry = t >> 32;
    }
    if (carry != 0) m.push_back(static_cast<Limb>(carry));
}

// m /= d in place (d != 0); returns the remainder.
Limb divSmall(Mag& m, Limb d) {
    DLimb rem = 0;
    for (size_t i = m.size(); i-- > 0;) {
        DLimb cur = (rem << 32) | m[i];
        m[i] = static_cast<Limb>(cur / d);
        rem = cur % d;
    }
    trim(m);
    return static_cast<Limb>(rem);
}

// Schoolbook product into r[0..na+nb) (overwritten).
void mulSchool(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    std::memset(r, 0, (na + nb) * sizeof(Limb));
    for (size_t i = 0; i < na; i++) {
        DLimb ai = a[i];
        if (ai == 0) continue;
        DLimb carry = 0;
        Limb* ri = r + i;
        for (size_t j = 0; j < nb; j++) {
            DLimb t = ai * b[j] + ri[j] + carry;
            ri[j] = static_cast<Limb>(t);
            carry = t >> 32;
        }
        ri[nb] = static_cast<Limb>(carry);
    }
}

// Product of a[0..na) and b[0..nb) into r[0..na+nb) (overwritten); Karatsuba when both operands
// are long, balanced by chunking the longer one when their sizes differ a lot.
void mulInto(Limb* r, const Limb* a, size_t na, const Limb* b, size_t nb) {
    if (na < nb) {
        std::swap(a, b);
        std::swap(na, nb);
    }
    if (nb < kKaratsubaThreshold) {
        mulSchool(r, a, na, b, nb);
        return;
    }
    if (na >= 2 * nb) {
        std::memset(r, 0, (na + nb) * sizeof(Limb));
        Mag tmp(2 * nb);
        for (size_t i = 0; i < na; i += nb) {
            size_t len = std::min(nb, na - i);
            mulInto(tmp.data(), a + i, len, b, nb);
            addInPlace(r + i, na + nb - i, tmp.data(), len + nb);
        }
        return;
    }
    // a = a1*B^m + a0, b = b1*B^m + b0 with nb > m.
    size_t m = na / 2;
    const Limb* a0 = a;
    const Limb* a1 = a + m;
    const Limb* b0 = b;
    const Limb* b1 = b + m;
    size_t na1 = na - m, nb1 = nb - m;
    mulInto(r, a0, m, b0, m);                   // z0 in r[0..2m)
    mulInto(r + 2 * m, a1, na1, b1, nb1);       // z2 in r[2m..na+nb)
    Mag sa = addMag(a0, m, a1, na1);
    Mag sb = addMag(b0, m, b1, nb1);
    Mag z1(sa.size() + sb.size() + 1, 0);
    if (!sa.empty() && !sb.empty()) mulInto(z1.data(), sa.data(), sa.size(), sb.data(), sb.size());
    subInPlace(z1.data(), z1.size(), r, 2 * m);
    subInPlace(z1.data(), z1.size(), r + 2 * m, na1 + nb1);
    addInPlace(r + m, na + nb - m, z1.data(), z1.size());
}

Mag mulMag(const Mag& a, const Mag& b) {
    if (a.empty() || b.empty()) return Mag();
    Mag r(a.size() + b.size());
    if (b.size() == 1) {
        DLimb carry = 0, bl = b[0];
        for (size_t i = 0; i < a.size(); i++) {
            DLimb t = a[i] * bl + carry;
            r[i] = static_cast<Limb>(t);
            carry = t >> 32;
        }
        r[a.size()] = static_cast<Limb>(carry);
    } else {
        mulInto(r.data(), a.data(), a.size(), b.data(), b.size());
    }
    trim(r);
    return r;
}

Mag shlMag(const Mag& a, size_t n) {
    if (a.empty()) return Mag();
    size_t limbs = n / kLimbBits;
    unsigned bits = n % kLimbBits;
    Mag r(a.size() + limbs + 1, 0);
    if (bits == 0) {
        std::copy(a.begin(), a.end(), r.begin() + limbs);
    } else {
        Limb carry = 0;
        for (size_t i = 0; i < a.size(); i++) {
            r[i + limbs] = (a[i] << bits) | carry;
            carry = a[i] >> (kLimbBits - bits);
        }
        r[a.size() + limbs] = carry;
    }
    trim(r);
    return r;
}

Mag shrMag(const Mag& a, size_t n) {
    size_t limbs = n / kLimbBits;
    unsigned bits = n % kLimbBits;
    if (limbs >= a.size()) return Mag();
    Mag r(a.size() - limbs);
    if (bits == 0) {
        std::copy(a.begin() + limbs, a.end(), r.begin());
    } else {
        for (size_t i = 0; i < r.size(); i++) {
            Limb hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
            r[i] = (a[i + limbs] >> bits) | (hi << (kLimbBits - bits));
        }
    }
    trim(r);
    return r;
}

// True if any of the low n bits of a are set.
bool lowBitsNonZero(const Mag& a, size_t n) {
    size_t limbs = n / kLimbBits;
    for (size_t i = 0; i < limbs && i < a.size(); i++) {
        if (a[i] != 0) return true;
    }
    unsigned bits = n % kLimbBits;
    if (bits != 0 && limbs < a.size() && (a[limbs] & ((Limb(1) << bits) - 1)) != 0) return true;
    return false;
}

size_t bitLengthMag(const Mag& a) {
    if (a.empty()) return 0;
    return (a.size() - 1) * kLimbBits + (kLimbBits - std::countl_zero(a.back()));
}

// The 64 bits of a starting at bit `offset` (bits above the top are zero).
uint64_t bitsAt(const Mag& a, size_t offset) {
    size_t limb = offset / kLimbBits;
    unsigned bits = offset % kLimbBits;
    uint64_t v = 0;
    // Gather three limbs (96 bits) and shift.
    Limb l0 = limb < a.size() ? a[limb] : 0;
    Limb l1 = limb + 1 < a.size() ? a[limb + 1] : 0;
    Limb l2 = limb + 2 < a.size() ? a[limb + 2] : 0;
    v = (static_cast<uint64_t>(l1) << 32) | l0;
    if (bits != 0) v = (v >> bits) | (static_cast<uint64_t>(l2) << (64 - bits));
    return v;
}

// Limbs [lo, hi) of a as a trimmed magnitude.
Mag sliceMag(const Mag& a, size_t lo, size_t hi) {
    hi = std::min(hi, a.size());
    if (lo >= hi) return Mag();
    Mag r(a.begin() + lo, a.begin() + hi);
    trim(r);
    return r;
}

// a * B^k.
Mag shlLimbs(const Mag& a, size_t k) {
    if (a.empty()) return Mag();
    Mag r(a.size() + k, 0);
    std::copy(a.begin(), a.end(), r.begin() + k);
    return r;
}

// hi * B^k + lo where lo < B^k.
Mag joinMag(const Mag& hi, const Mag& lo, size_t k) {
    Mag r(std::max(lo.size(), hi.empty() ? 0 : hi.size() + k), 0);
    std::copy(lo.begin(), lo.end(), r.begin());
    std::copy(hi.begin(), hi.end(), r.begin() + k);
    trim(r);
    return r;
}

void decMag(Mag& a) {   // a -= 1, a > 0
    for (Limb& l : a) {
        if (l-- != 0) break;
    }
    trim(a);
}

void incMag(Mag& a) {   // a += 1
    for (Limb& l : a) {
        if (++l != 0) return;
    }
    a.push_back(1);
}

// Knuth algorithm D: q = a / b, r = a % b for b with at least one limb.
void divKnuth(const Mag& a, const Mag& b, Mag* q, Mag* r) {
    if (cmpMag(a, b) < 0) {
        if (q) q->clear();
        if (r) *r = a;
        return;
    }
    size_t n = b.size();
    if (n == 1) {
        Mag qq = a;
        Limb rem = divSmall(qq, b[0]);
        if (r) *r = fromU64(rem);
        if (q) *q = std::move(qq);
        return;
    }
    size_t m = a.size() - n;
    unsigned s = std::countl_zero(b.back());
    Mag vn(n), un(a.size() + 1);
    for (size_t i = n - 1; i > 0; i--) {
        vn[i] = (b[i] << s) | (s ? static_cast<Limb>(static_cast<DLimb>(b[i - 1]) >> (32 - s)) : 0);
    }
    vn[0] = b[0] << s;
    un[a.size()] = s ? static_cast<Limb>(static_cast<DLimb>(a.back()) >> (32 - s)) : 0;
    for (size_t i = a.size() - 1; i > 0; i--) {
        un[i] = (a[i] << s) | (s ? static_cast<Limb>(static_cast<DLimb>(a[i - 1]) >> (32 - s)) : 0);
    }
    un[0] = a[0] << s;
    Mag qq(m + 1, 0);
    const DLimb vTop = vn[n - 1], vNext = vn[n - 2];
    for (size_t j = m + 1; j-- > 0;) {
        DLimb num = (static_cast<DLimb>(un[j + n]) << 32) | un[j + n - 1];
        DLimb qhat = num / vTop;
        DLimb rhat = num % vTop;
        while (qhat >= (DLimb(1) << 32) ||
               qhat * vNext > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vTop;
            if (rhat >= (DLimb(1) << 32)) break;
        }
        // Multiply and subtract qhat * vn from un[j..j+n].
        int64_t borrow = 0;
        DLimb carry = 0;
        for (size_t i = 0; i < n; i++) {
            DLimb p = qhat * vn[i] + carry;
            carry = p >> 32;
            int64_t t = static_cast<int64_t>(un[i + j]) - borrow - static_cast<Limb>(p);
            un[i + j] = static_cast<Limb>(t);
            borrow = t < 0 ? 1 : 0;
        }
        int64_t t = static_cast<int64_t>(un[j + n]) - borrow - static_cast<int64_t>(carry);
        un[j + n] = static_cast<Limb>(t);
        if (t < 0) {
            // qhat was one too large: add vn back.
            qhat--;
            DLimb c = 0;
            for (size_t i = 0; i < n; i++) {
                DLimb s2 = static_cast<DLimb>(un[i + j]) + vn[i] + c;
                un[i + j] = static_cast<Limb>(s2);
                c = s2 >> 32;
            }
            un[j + n] = static_cast<Limb>(un[j + n] + c);
        }
        qq[j] = static_cast<Limb>(qhat);
    }
    trim(qq);
    if (q) *q = std::move(qq);
    if (r) {
        Mag rr(n);
        for (size_t i = 0; i < n; i++) {
            rr[i] = (un[i] >> s) | (s ? static_cast<Limb>(static_cast<DLimb>(un[i + 1]) << (32 - s)) : 0);
        }
        trim(rr);
        *r = std::move(rr);
    }
}

void div2n1n(const Mag& a, const Mag& b, size_t n, Mag& q, Mag& r);

// Burnikel-Ziegler step: divides [a12, a3] (a12 * B^n + a3) by b = b1 * B^n + b2, where b has
// 2n limbs with the top bit set and the quotient fits in n limbs.
void div3n2n(const Mag& a12, const Mag& a3, const Mag& b, const Mag& b1, const Mag& b2, size_t n,
             Mag& q, Mag& r) {
    Mag a1 = sliceMag(a12, n, a12.size());
    if (cmpMag(a1, b1) == 0) {
        // q = B^n - 1, r = a12 - b1*B^n + b1.
        q.assign(n, 0xFFFFFFFFu);
        r = addMag(subMag(a12, shlLimbs(b1, n)), b1);
    } else {
        div2n1n(a12, b1, n, q, r);
    }
    Mag big = joinMag(r, a3, n);
    Mag t = mulMag(q, b2);
    if (cmpMag(big, t) >= 0) {
        r = subMag(big, t);
        return;
    }
    Mag deficit = subMag(t, big);
    for (;;) {
        decMag(q);
        if (cmpMag(deficit, b) <= 0) {
            r = subMag(b, deficit);
            return;
        }
        deficit = subMag(deficit, b);
    }
}

// Burnikel-Ziegler: divides a < b * B^n by b (n limbs, top bit set). Quotient < B^n.
void div2n1n(const Mag& a, const Mag& b, size_t n, Mag& q, Mag& r) {
    if (n < kBurnikelThreshold || a.size() <= n + 1) {
        divKnuth(a, b, &q, &r);
        return;
    }
    if (n % 2 != 0) {
        // Pad both by one limb so the halves are equal; the quotient is unchanged.
        div2n1n(shlLimbs(a, 1), shlLimbs(b, 1), n + 1, q, r);
        r = sliceMag(r, 1, r.size());
        return;
    }
    size_t half = n / 2;
    Mag b1 = sliceMag(b, half, n);
    Mag b2 = sliceMag(b, 0, half);
    Mag q1, q2, r1;
    div3n2n(sliceMag(a, n, a.size()), sliceMag(a, half, n), b, b1, b2, half, q1, r1);
    div3n2n(r1, sliceMag(a, 0, half), b, b1, b2, half, q2, r);
    q = joinMag(q1, q2, half);
}

// q = a / b, r = a % b for magnitudes (b non-empty); either output may be null.
void divModMag(const Mag& a, const Mag& b, Mag* q, Mag* r) {
    if (b.size() < kBurnikelThreshold || a.size() < b.size() + kBurnikelThreshold) {
        divKnuth(a, b, q, r);
        return;
    }
    unsigned s = std::countl_zero(b.back());
    Mag an = shlMag(a, s);
    Mag bn = shlMag(b, s);
    size_t n = bn.size();
    size_t blocks = (an.size() + n - 1) / n;
    Mag qq(blocks * n, 0);
    Mag rem;
    for (size_t i = blocks; i-- > 0;) {
        Mag cur = joinMag(rem, sliceMag(an, i * n, (i + 1) * n), n);
        Mag qd;
        div2n1n(cur, bn, n, qd, rem);
        std::copy(qd.begin(), qd.end(), qq.begin() + i * n);
    }
    trim(qq);
    if (q) *q = std::move(qq);
    if (r) *r = shrMag(rem, s);
}

int digitValue(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// The largest power of `base` that fits a limb, and its exponent.
void limbBase(int base, Limb& bigBase, int& digitsPerLimb) {
    DLimb b = base;
    int k = 1;
    while (b * static_cast<DLimb>(base) <= 0xFFFFFFFFull) {
        b *= base;
        k++;
    }
    bigBase = static_cast<Limb>(b);
    digitsPerLimb = k;
}

// Radix conversion state for one fromString/toString call: the cached powers
// bigBase^(2^j) (pow[j]), computed by repeated squaring on demand.
struct RadixPowers {
    std::vector<Mag> pow;
    explicit RadixPowers(Limb bigBase) { pow.push_back(fromU64(bigBase)); }
    const Mag& get(size_t j) {
        while (pow.size() <= j) pow.push_back(mulMag(pow.back(), pow.back()));
        return pow[j];
    }
};

// Quadratic parse of already-validated digits.
Mag parseNaive(std::string_view s, int base, Limb bigBase, int dpl) {
    Mag m;
    size_t first = s.size() % dpl;
    if (first == 0) first = dpl;
    size_t i = 0;
    size_t chunk = first;
    while (i < s.size()) {
        Limb v = 0, mul = 1;
        for (size_t k = 0; k < chunk; k++) {
            v = v * base + digitValue(static_cast<unsigned char>(s[i + k]));
            mul *= base;
        }
        mulSmallAdd(m, chunk == static_cast<size_t>(dpl) ? bigBase : mul, v);
        i += chunk;
        chunk = dpl;
    }
    trim(m);
    return m;
}

// Divide-and-conquer parse: value(hi) * base^len(lo) + value(lo), splitting at a cached power.
Mag parseRec(std::string_view s, int base, Limb bigBase, int dpl, RadixPowers& powers) {
    if (s.size() <= kRadixNaiveLimbs * dpl) return parseNaive(s, base, bigBase, dpl);
    size_t j = 0;
    while ((static_cast<size_t>(dpl) << (j + 1)) < s.size()) j++;
    size_t loLen = static_cast<size_t>(dpl) << j;
    Mag hi = parseRec(s.substr(0, s.size() - loLen), base, bigBase, dpl, powers);
    Mag lo = parseRec(s.substr(s.size() - loLen), base, bigBase, dpl, powers);
    Mag r = mulMag(hi, powers.get(j));
    r.resize(std::max(r.size(), lo.size()) + 1, 0);   // room for the carry
    addInPlace(r.data(), r.size(), lo.data(), lo.size());
    trim(r);
    return r;
}

// Writes exactly `width` digits of x (zero-padded on the left) ending at out + width.
void formatNaive(Mag x, int base, Limb bigBase, int dpl, char* out, size_t width) {
    char* end = out + width;
    while (!x.empty() && end > out) {
        Limb rem = divSmall(x, bigBase);
        for (int k = 0; k < dpl && end > out; k++) {
            *--end = kDigitChars[rem % base];
            rem /= base;
        }
    }
}

// Writes exactly dpl * 2^(j+1) digits of x < pow[j]^2, recursively splitting by pow[j].
void formatRec(const Mag& x, size_t j, int base, Limb bigBase, int dpl, RadixPowers& powers,
               char* out) {
    size_t halfWidth = static_cast<size_t>(dpl) << j;
    if (x.size() <= kRadixNaiveLimbs) {
        formatNaive(x, base, bigBase, dpl, out, 2 * halfWidth);
        return;
    }
    Mag q, r;
    divModMag(x, powers.get(j), &q, &r);
    formatRec(q, j - 1, base, bigBase, dpl, powers, out);
    formatRec(r, j - 1, base, bigBase, dpl, powers, out + halfWidth);
}

// Rounds the non-negative integer q * 2^shift (q != 0, `sticky` if the true value is slightly
// larger than that) to a double, round-half-even with subnormals; sets overflow if too large.
double roundScaled(uint64_t q, int64_t shift, bool sticky, bool& overflow) {
    int qbits = 64 - std::countl_zero(q);
    int64_t topExp = qbits - 1 + shift;          // exponent of the leading bit
    int64_t unitExp = std::max<int64_t>(topExp - (DBL_MANT_DIG - 1), DBL_MIN_EXP - DBL_MANT_DIG);
    int64_t drop = unitExp - shift;              // low bits of q that do not survive
    if (drop > 0) {
        if (drop >= 64) {
            // Everything is below half an ulp of the smallest subnormal unless drop == 64 and
            // q >= 2^63, which cannot happen for the ranges used here.
            q = 0;
        } else {
            uint64_t mask = (uint64_t(1) << drop) - 1;
            uint64_t low = q & mask;
            uint64_t half = uint64_t(1) << (drop - 1);
            q >>= drop;
            if (low > half || (low == half && (sticky || (q & 1)))) q++;
        }
        shift += drop;
    }
    double d = std::ldexp(static_cast<double>(q), static_cast<int>(std::clamp<int64_t>(shift, -100000, 100000)));
    if (std::isinf(d)) overflow = true;
    return d;
}

uint64_t gcdU64(uint64_t a, uint64_t b) {
    if (a == 0) return b;
    if (b == 0) return a;
    int shift = std::countr_zero(a | b);
    a >>= std::countr_zero(a);
    do {
        b >>= std::countr_zero(b);
        if (a > b) std::swap(a, b);
        b -= a;
    } while (b != 0);
    return a << shift;
}

// Two's complement of the value (mag, neg) in n limbs.
Mag toTwos(const Mag& mag, bool neg, size_t n) {
    Mag r(n, 0);
    std::copy(mag.begin(), mag.end(), r.begin());
    if (neg) {
        for (Limb& l : r) l = ~l;
        for (Limb& l : r) {
            if (++l != 0) break;
        }
    }
    return r;
}

}  // namespace

BigInt BigInt::fromMag(std::vector<uint32_t> mag, bool negative) {
    BigInt r;
    r.mag_ = std::move(mag);
    trim(r.mag_);
    r.neg_ = negative && !r.mag_.empty();
    return r;
}

BigInt::BigInt(int64_t v) {
    uint64_t u = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
    mag_ = fromU64(u);
    neg_ = v < 0;
}

BigInt BigInt::fromUint64(uint64_t v) { return fromMag(fromU64(v), false); }

bool BigInt::fromString(std::string_view digits, int base, BigInt& out) {
    if (base < 2 || base > 36) return false;
    bool negative = false;
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) {
        negative = digits[0] == '-';
        digits.remove_prefix(1);
    }
    if (digits.empty()) return false;
    for (char c : digits) {
        if (digitValue(static_cast<unsigned char>(c)) >= base) return false;
    }
    // Leading zeros only cost time.
    size_t nz = 0;
    while (nz + 1 < digits.size() && digits[nz] == '0') nz++;
    digits.remove_prefix(nz);
    Mag m;
    if ((base & (base - 1)) == 0) {
        int bitsPer = std::countr_zero(static_cast<unsigned>(base));
        m.assign((digits.size() * bitsPer + kLimbBits - 1) / kLimbBits, 0);
        size_t bit = 0;
        for (size_t i = digits.size(); i-- > 0;) {
            DLimb v = digitValue(static_cast<unsigned char>(digits[i]));
            m[bit / kLimbBits] |= static_cast<Limb>(v << (bit % kLimbBits));
            if (bit % kLimbBits + bitsPer > kLimbBits) {
                m[bit / kLimbBits + 1] |= static_cast<Limb>(v >> (kLimbBits - bit % kLimbBits));
            }
            bit += bitsPer;
        }
        trim(m);
    } else {
        Limb bigBase;
        int dpl;
        limbBase(base, bigBase, dpl);
        if (digits.size() <= kRadixNaiveLimbs * static_cast<size_t>(dpl)) {
            m = parseNaive(digits, base, bigBase, dpl);
        } else {
            RadixPowers powers(bigBase);
            m = parseRec(digits, base, bigBase, dpl, powers);
        }
    }
    out = fromMag(std::move(m), negative);
    return true;
}

BigInt BigInt::fromDouble(double d) {
    d = std::trunc(d);
    bool negative = d < 0;
    double a = std::fabs(d);
    if (a < 18446744073709551616.0) return fromMag(fromU64(static_cast<uint64_t>(a)), negative);
    int e;
    double m = std::frexp(a, &e);   // a = m * 2^e, 0.5 <= m < 1
    uint64_t mant = static_cast<uint64_t>(std::ldexp(m, DBL_MANT_DIG));
    BigInt r = fromMag(shlMag(fromU64(mant), static_cast<size_t>(e - DBL_MANT_DIG)), negative);
    return r;
}

std::string BigInt::toString(int base) const {
    if (base < 2 || base > 36) return std::string();
    std::string s;
    if (mag_.empty()) return "0";
    if (fitsU64(mag_)) {
        uint64_t v = toU64(mag_);
        char buf[72];
        char* p = buf + sizeof(buf);
        while (v != 0) {
            *--p = kDigitChars[v % static_cast<unsigned>(base)];
            v /= static_cast<unsigned>(base);
        }
        if (neg_) *--p = '-';
        return std::string(p, buf + sizeof(buf) - p);
    }
    if ((base & (base - 1)) == 0) {
        int bitsPer = std::countr_zero(static_cast<unsigned>(base));
        size_t nbits = bitLengthMag(mag_);
        size_t ndigits = (nbits + bitsPer - 1) / bitsPer;
        s.assign(ndigits + (neg_ ? 1 : 0), '0');
        if (neg_) s[0] = '-';
        Limb mask = static_cast<Limb>(base - 1);
        for (size_t i = 0; i < ndigits; i++) {
            s[s.size() - 1 - i] = kDigitChars[bitsAt(mag_, i * bitsPer) & mask];
        }
        return s;
    }
    Limb bigBase;
    int dpl;
    limbBase(base, bigBase, dpl);
    if (mag_.size() <= kRadixNaiveLimbs) {
        // Upper bound on digits: each limb gives at most dpl+1 digits.
        size_t width = mag_.size() * (dpl + 1);
        s.assign(width, '0');
        formatNaive(mag_, base, bigBase, dpl, s.data(), width);
    } else {
        RadixPowers powers(bigBase);
        size_t j = 0;
        while (2 * (powers.get(j).size() - 1) < mag_.size()) j++;
        size_t width = static_cast<size_t>(dpl) << (j + 1);
        s.assign(width, '0');
        formatRec(mag_, j, base, bigBase, dpl, powers, s.data());
    }
    size_t nz = s.find_first_not_of('0');
    s.erase(0, nz);
    if (neg_) s.insert(s.begin(), '-');
    return s;
}

bool BigInt::fitsInt64() const {
    if (mag_.size() <= 1) return true;
    if (mag_.size() > 2) return false;
    uint64_t v = toU64(mag_);
    return neg_ ? v <= (uint64_t(1) << 63) : v < (uint64_t(1) << 63);
}

int64_t BigInt::toInt64() const {
    uint64_t v = toU64(mag_);
    if (neg_) return static_cast<int64_t>(~v + 1);   // two's complement wrap, fine for 2^63
    return static_cast<int64_t>(v);
}

double BigInt::toDouble(bool& overflow) const {
    overflow = false;
    size_t n = bitLengthMag(mag_);
    double d;
    if (n <= 64) {
        d = static_cast<double>(toU64(mag_));
    } else if (n > DBL_MAX_EXP) {
        overflow = true;
        return neg_ ? -HUGE_VAL : HUGE_VAL;
    } else {
        // 64 leading bits with a sticky bit for the rest: converting rounds exactly once.
        uint64_t top = bitsAt(mag_, n - 64);
        if (lowBitsNonZero(mag_, n - 64)) top |= 1;
        d = std::ldexp(static_cast<double>(top), static_cast<int>(n - 64));
        if (std::isinf(d)) overflow = true;
    }
    return neg_ ? -d : d;
}

size_t BigInt::bitLength() const { return bitLengthMag(mag_); }

size_t BigInt::bitCount() const {
    size_t c = 0;
    for (Limb l : mag_) c += std::popcount(l);
    return c;
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
    int sa = a.sign(), sb = b.sign();
    if (sa != sb) return sa < sb ? -1 : 1;
    int c = cmpMag(a.mag_, b.mag_);
    return sa < 0 ? -c : c;
}

int BigInt::compareWithDouble(double d) const {
    int ds = d < 0 ? -1 : (d > 0 ? 1 : 0);
    int s = sign();
    if (s != ds) return s < ds ? -1 : 1;
    if (s == 0) return 0;
    // Same sign: compare magnitudes, first by binary exponent.
    int e;
    std::frexp(d, &e);   // |d| in [2^(e-1), 2^e)
    size_t n = bitLengthMag(mag_);
    int c;
    if (e <= 0 || n > static_cast<size_t>(e)) {
        c = 1;           // |x| >= 2^(n-1) >= 2^e > |d|
    } else if (n < static_cast<size_t>(e)) {
        c = -1;          // |x| < 2^n <= 2^(e-1) <= |d|
    } else {
        double a = std::fabs(d);
        double t = std::trunc(a);
        c = cmpMag(mag_, fromDouble(t).mag_);
        if (c == 0 && a != t) c = -1;   // |x| == trunc(|d|) < |d|
    }
    return s < 0 ? -c : c;
}

BigInt BigInt::add(const BigInt& a, const BigInt& b) {
    if (a.neg_ == b.neg_) return fromMag(addMag(a.mag_, b.mag_), a.neg_);
    int c = cmpMag(a.mag_, b.mag_);
    if (c == 0) return BigInt();
    if (c > 0) return fromMag(subMag(a.mag_, b.mag_), a.neg_);
    return fromMag(subMag(b.mag_, a.mag_), b.neg_);
}

BigInt BigInt::sub(const BigInt& a, const BigInt& b) {
    if (a.neg_ != b.neg_) return fromMag(addMag(a.mag_, b.mag_), a.neg_);
    int c = cmpMag(a.mag_, b.mag_);
    if (c == 0) return BigInt();
    if (c > 0) return fromMag(subMag(a.mag_, b.mag_), a.neg_);
    return fromMag(subMag(b.mag_, a.mag_), !a.neg_);
}

BigInt BigInt::mul(const BigInt& a, const BigInt& b) {
    return fromMag(mulMag(a.mag_, b.mag_), a.neg_ != b.neg_);
}

void BigInt::divMod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
    Mag tq, tr;
    if (fitsU64(a.mag_) && fitsU64(b.mag_)) {
        uint64_t x = toU64(a.mag_), y = toU64(b.mag_);
        tq = fromU64(x / y);
        tr = fromU64(x % y);
    } else {
        divModMag(a.mag_, b.mag_, q ? &tq : nullptr, &tr);
    }
    bool aNeg = a.neg_, bNeg = b.neg_;
    if (aNeg != bNeg && !tr.empty()) {
        // Floor: q = -(tq + 1), r = |b| - tr with b's sign.
        if (q) incMag(tq);
        tr = subMag(b.mag_, tr);
    }
    if (q) *q = fromMag(std::move(tq), aNeg != bNeg);
    if (r) *r = fromMag(std::move(tr), bNeg);
}

double BigInt::trueDiv(const BigInt& a, const BigInt& b, bool& overflow) {
    overflow = false;
    bool negative = a.neg_ != b.neg_;
    if (a.mag_.empty()) return negative ? -0.0 : 0.0;
    size_t la = bitLengthMag(a.mag_), lb = bitLengthMag(b.mag_);
    if (la <= DBL_MANT_DIG && lb <= DBL_MANT_DIG) {
        // Both exact as doubles: IEEE division rounds correctly.
        double d = static_cast<double>(toU64(a.mag_)) / static_cast<double>(toU64(b.mag_));
        return negative ? -d : d;
    }
    int64_t diff = static_cast<int64_t>(la) - static_cast<int64_t>(lb);
    // The quotient lies in [2^(diff-1), 2^(diff+1)).
    if (diff > DBL_MAX_EXP) {
        overflow = true;
        return negative ? -HUGE_VAL : HUGE_VAL;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negative ? -0.0 : 0.0;
    // Scale so the integer quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer for subnormals).
    int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    Mag x;
    if (shift <= 0) {
        x = shlMag(a.mag_, static_cast<size_t>(-shift));
    } else {
        x = shrMag(a.mag_, static_cast<size_t>(shift));
        inexact = lowBitsNonZero(a.mag_, static_cast<size_t>(shift));
    }
    Mag q, r;
    divModMag(x, b.mag_, &q, &r);
    if (!r.empty()) inexact = true;
    double d = roundScaled(toU64(q), shift, inexact, overflow);
    return negative ? -d : d;
}

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
    if (exp == 0) return BigInt(1);
    if (base.mag_.empty()) return BigInt();
    bool negative = base.neg_ && (exp & 1);
    if (base.mag_.size() == 1 && base.mag_[0] == 1) return fromMag(Mag{1}, negative);
    if (base.mag_.size() == 1 && std::has_single_bit(base.mag_[0])) {
        uint64_t k = std::countr_zero(base.mag_[0]);
        return fromMag(shlMag(Mag{1}, static_cast<size_t>(k * exp)), negative);
    }
    Mag result{1};
    int top = 63 - std::countl_zero(exp);
    for (int i = top; i >= 0; i--) {
        result = mulMag(result, result);
        if ((exp >> i) & 1) result = mulMag(result, base.mag_);
    }
    return fromMag(std::move(result), negative);
}

BigInt BigInt::powMod(const BigInt& base, const BigInt& exp, const BigInt& mod) {
    const Mag& m = mod.mag_;
    BigInt b;
    divMod(base, mod.abs(), nullptr, &b);   // 0 <= b < |mod|
    Mag result;
    if (m.size() == 1 && m[0] == 1) {
        result.clear();
    } else if (m.size() == 1) {
        DLimb mm = m[0];
        DLimb acc = 1, bb = b.mag_.empty() ? 0 : b.mag_[0];
        for (size_t i = exp.mag_.size(); i-- > 0;) {
            for (int bit = 31; bit >= 0; bit--) {
                acc = acc * acc % mm;
                if ((exp.mag_[i] >> bit) & 1) acc = acc * bb % mm;
            }
        }
        result = fromU64(acc);
    } else {
        result = Mag{1};
        size_t nbits = bitLengthMag(exp.mag_);
        for (size_t i = nbits; i-- > 0;) {
            Mag sq = mulMag(result, result);
            divModMag(sq, m, nullptr, &result);
            if ((exp.mag_[i / kLimbBits] >> (i % kLimbBits)) & 1) {
                Mag p = mulMag(result, b.mag_);
                divModMag(p, m, nullptr, &result);
            }
        }
    }
    trim(result);
    if (mod.neg_ && !result.empty()) result = subMag(m, result);
    return fromMag(std::move(result), mod.neg_);
}

BigInt BigInt::modInverse(const BigInt& a, const BigInt& m, bool& ok) {
    BigInt mAbs = m.abs();
    BigInt r0, r1 = mAbs;
    divMod(a, mAbs, nullptr, &r0);
    BigInt s0(1), s1;
    while (!r1.isZero()) {
        BigInt q, rem;
        divMod(r0, r1, &q, &rem);
        r0 = std::move(r1);
        r1 = std::move(rem);
        BigInt s2 = sub(s0, mul(q, s1));
        s0 = std::move(s1);
        s1 = std::move(s2);
    }
    if (!(r0.mag_.size() == 1 && r0.mag_[0] == 1)) {
        ok = false;
        return BigInt();
    }
    ok = true;
    BigInt res;
    divMod(s0, m, nullptr, &res);
    return res;
}

BigInt BigInt::neg() const { return fromMag(mag_, !neg_); }

BigInt BigInt::abs() const { return fromMag(mag_, false); }

BigInt BigInt::shiftLeft(const BigInt& a, uint64_t n) {
    return fromMag(shlMag(a.mag_, static_cast<size_t>(n)), a.neg_);
}

BigInt BigInt::shiftRight(const BigInt& a, uint64_t n) {
    if (n >= bitLengthMag(a.mag_)) return a.neg_ ? BigInt(-1) : BigInt();
    Mag r = shrMag(a.mag_, static_cast<size_t>(n));
    if (a.neg_ && lowBitsNonZero(a.mag_, static_cast<size_t>(n))) incMag(r);
    return fromMag(std::move(r), a.neg_);
}

namespace {

enum class BitOp { And, Or, Xor };

Limb applyOp(BitOp op, Limb x, Limb y) {
    switch (op) {
        case BitOp::And: return x & y;
        case BitOp::Or: return x | y;
        case BitOp::Xor: return x ^ y;
    }
    return 0;
}

bool applyOp(BitOp op, bool x, bool y) {
    switch (op) {
        case BitOp::And: return x && y;
        case BitOp::Or: return x || y;
        case BitOp::Xor: return x != y;
    }
    return false;
}

}  // namespace

// Shared body of the bitwise operations: works on two's-complement images one limb wider than
// the longer operand, then converts the result back to sign-magnitude.
static void bitwise(BitOp op, const Mag& am, bool an, const Mag& bm, bool bn, Mag& out,
                    bool& outNeg) {
    size_t n = std::max(am.size(), bm.size()) + 1;
    Mag x = an ? toTwos(am, true, n) : am;
    Mag y = bn ? toTwos(bm, true, n) : bm;
    x.resize(n, 0);
    y.resize(n, 0);
    outNeg = applyOp(op, an, bn);
    for (size_t i = 0; i < n; i++) x[i] = applyOp(op, x[i], y[i]);
    if (outNeg) {
        for (Limb& l : x) l = ~l;
        incMag(x);
    }
    trim(x);
    out = std::move(x);
}

BigInt BigInt::bitAnd(const BigInt& a, const BigInt& b) {
    Mag m;
    bool n;
    bitwise(BitOp::And, a.mag_, a.neg_, b.mag_, b.neg_, m, n);
    return fromMag(std::move(m), n);
}

BigInt BigInt::bitOr(const BigInt& a, const BigInt& b) {
    Mag m;
    bool n;
    bitwise(BitOp::Or, a.mag_, a.neg_, b.mag_, b.neg_, m, n);
    return fromMag(std::move(m), n);
}

BigInt BigInt::bitXor(const BigInt& a, const BigInt& b) {
    Mag m;
    bool n;
    bitwise(BitOp::Xor, a.mag_, a.neg_, b.mag_, b.neg_, m, n);
    return fromMag(std::move(m), n);
}

BigInt BigInt::invert() const {
    // ~x == -(x + 1): for x >= 0 magnitude x+1 negative; for x < 0 magnitude |x|-1 positive.
    Mag m = mag_;
    if (neg_) {
        decMag(m);
        return fromMag(std::move(m), false);
    }
    incMag(m);
    return fromMag(std::move(m), true);
}

namespace {

// r = u*x + v*y for cofactors |u|, |v| < 2^31 of opposite signs whose combination is known to be
// non-negative (a Lehmer step).
Mag combineMag(const Mag& x, int64_t u, const Mag& y, int64_t v) {
    Mag r(x.size(), 0);
    int64_t carry = 0;
    for (size_t i = 0; i < x.size(); i++) {
        int64_t yi = i < y.size() ? static_cast<int64_t>(y[i]) : 0;
        int64_t t = u * static_cast<int64_t>(x[i]) + v * yi + carry;
        r[i] = static_cast<Limb>(t);
        carry = t >> 32;   // arithmetic (floor) shift
    }
    trim(r);
    return r;
}

}  // namespace

// Lehmer's algorithm: Euclid steps are simulated on the leading 30 bits with single-precision
// cofactors, then applied to the full numbers at once; a full division is done only when the
// leading bits cannot decide the next quotient.
BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
    Mag x = a.mag_, y = b.mag_;
    if (cmpMag(x, y) < 0) std::swap(x, y);
    while (y.size() > 2) {
        size_t n = bitLengthMag(x);
        int64_t xh = static_cast<int64_t>(bitsAt(x, n - 30) & 0x3FFFFFFF);
        int64_t yh = static_cast<int64_t>(bitsAt(y, n - 30) & 0x3FFFFFFF);
        int64_t A = 1, B = 0, C = 0, D = 1;
        for (;;) {
            if (yh + C <= 0 || yh + D <= 0) break;
            int64_t q = (xh + A) / (yh + C);
            if (q != (xh + B) / (yh + D)) break;
            int64_t t = A - q * C;
            A = C;
            C = t;
            t = B - q * D;
            B = D;
            D = t;
            t = xh - q * yh;
            xh = yh;
            yh = t;
        }
        if (B == 0) {
            Mag r;
            divModMag(x, y, nullptr, &r);
            x = std::move(y);
            y = std::move(r);
        } else {
            Mag nx = combineMag(x, A, y, B);
            Mag ny = combineMag(x, C, y, D);
            x = std::move(nx);
            y = std::move(ny);
        }
    }
    if (y.empty()) return fromMag(std::move(x), false);
    Mag r;
    divModMag(x, y, nullptr, &r);
    return fromMag(fromU64(gcdU64(toU64(y), toU64(r))), false);
}

BigInt BigInt::isqrt(const BigInt& n) {
    if (n.mag_.empty()) return BigInt();
    if (fitsU64(n.mag_)) {
        uint64_t v = toU64(n.mag_);
        uint64_t x = static_cast<uint64_t>(std::sqrt(static_cast<double>(v)));
        if (x > 0xFFFFFFFFull) x = 0xFFFFFFFFull;
        while (x * x > v) x--;
        while (x < 0xFFFFFFFFull && (x + 1) * (x + 1) <= v) x++;
        return fromUint64(x);
    }
    // Recursive-precision Newton step: after processing the top bits of c, a approximates
    // sqrt(n >> (2c - 2d)) to within one; each step doubles the number of correct bits.
    uint64_t c = (bitLengthMag(n.mag_) - 1) / 2;
    int cBits = 64 - std::countl_zero(c);
    BigInt a(1);
    uint64_t d = 0;
    for (int s = cBits - 1; s >= 0; s--) {
        uint64_t e = d;
        d = c >> s;
        BigInt t;
        divMod(shiftRight(n, 2 * c - e - d + 1), a, &t, nullptr);
        a = add(shiftLeft(a, d - e - 1), t);
    }
    if (compare(mul(a, a), n) > 0) a = sub(a, BigInt(1));
    return a;
}

int64_t BigInt::hash() const {
    uint64_t h = 0;
    for (size_t i = mag_.size(); i-- > 0;) {
        h = ((h << 32) & kHashModulus) | (h >> 29);   // h * 2^32 mod (2^61 - 1)
        h += mag_[i];
        if (h >= kHashModulus) h -= kHashModulus;
    }
    int64_t r = static_cast<int64_t>(h);
    if (neg_) r = -r;
    if (r == -1) r = -2;
    return r;
}

bool BigInt::toBytes(size_t length, bool littleEndian, bool isSigned, std::string& out) const {
    if (neg_ && !isSigned) return false;
    size_t bits = neg_ ? bitLengthMag(invert().mag_) : bitLengthMag(mag_);
    if (isSigned) bits += 1;   // room for the sign bit
    if (mag_.empty()) bits = 0;
    if (bits > 8 * static_cast<uint64_t>(length)) return false;
    out.assign(length, '\0');
    Mag tw = toTwos(mag_, neg_, (length + 3) / 4);
    for (size_t i = 0; i < length; i++) {
        unsigned char byte = static_cast<unsigned char>(tw[i / 4] >> (8 * (i % 4)));
        out[littleEndian ? i : length - 1 - i] = static_cast<char>(byte);
    }
    return true;
}

BigInt BigInt::fromBytes(std::string_view bytes, bool littleEndian, bool isSigned) {
    size_t n = bytes.size();
    Mag m((n + 3) / 4, 0);
    for (size_t i = 0; i < n; i++) {
        unsigned char byte = static_cast<unsigned char>(bytes[littleEndian ? i : n - 1 - i]);
        m[i / 4] |= static_cast<Limb>(byte) << (8 * (i % 4));
    }
    bool negative = false;
    if (isSigned && n > 0) {
        unsigned char top = static_cast<unsigned char>(bytes[littleEndian ? n - 1 : 0]);
        if (top & 0x80) {
            // value - 2^(8n): take the two's complement of the n-byte image.
            negative = true;
            if (n % 4 != 0) m.back() |= ~static_cast<Limb>(0) << (8 * (n % 4));
            for (Limb& l : m) l = ~l;
            incMag(m);
        }
    }
    return fromMag(std::move(m), negative);
}

double BigInt::frexp(int64_t& exponent) const {
    exponent = 0;
    if (mag_.empty()) return 0.0;
    size_t n = bitLengthMag(mag_);
    uint64_t top;
    int64_t shift = 0;
    if (n <= 64) {
        top = toU64(mag_);
    } else {
        top = bitsAt(mag_, n - 64);
        if (lowBitsNonZero(mag_, n - 64)) top |= 1;
        shift = static_cast<int64_t>(n - 64);
    }
    int e;
    double m = std::frexp(static_cast<double>(top), &e);
    exponent = e + shift;
    return neg_ ? -m : m;
}

}  // namespace krait
