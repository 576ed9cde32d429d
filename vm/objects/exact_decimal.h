// Exact decimal conversions of doubles for the common cases, without the C library.
//
// Where the C++ library lacks the floating-point std::to_chars (libc++ 13 in Emscripten),
// num_format.cpp used snprintf("%.*e"/"%.*f") and strtod. musl implements both with long
// double, which on wasm32 is a software 128-bit float: a float's repr or "%.2f" % x cost
// several microseconds there (10% of bench/templating.py, 6% of json_ser.py under Node).
// These routines give the same text and values (correctly rounded, ties to even, as printf
// and strtod in the default rounding mode) with 128-bit integer arithmetic when the operands
// fit, and report false otherwise so the caller falls back to the C library.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>

namespace krait {

#if defined(__SIZEOF_INT128__)
#define KRAIT_EXACT_DECIMAL 1

namespace exact_decimal {

using U128 = unsigned __int128;

// Values below this bound keep one bit of headroom for the rounding comparison.
constexpr U128 kLimit = static_cast<U128>(1) << 126;

inline bool mulPow10(U128& x, int k) {
    for (; k > 0; --k) {
        if (x > kLimit / 10) return false;
        x *= 10;
    }
    return true;
}

// Splits a positive finite normal double into m * 2^e (m < 2^53). False for subnormals.
inline bool decompose(double v, uint64_t& m, int& e) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    int biased = static_cast<int>((bits >> 52) & 0x7ff);
    if (biased == 0 || biased == 0x7ff) return false;
    m = (bits & ((uint64_t(1) << 52) - 1)) | (uint64_t(1) << 52);
    e = biased - 1075;
    return true;
}

// q = m * 2^e * 10^s rounded to an integer, ties to even. False when the exact fraction does
// not fit in 126 bits.
inline bool roundScaled(uint64_t m, int e, int s, U128& q) {
    U128 num = m;
    U128 den = 1;
    int shift = 0;   // den = 2^shift * 10^max(-s, 0)
    if (e > 0) {
        if (e > 72) return false;   // m < 2^53: m << e stays below 2^126
        num <<= e;
    } else {
        if (-e > 125) return false;
        shift = -e;
    }
    if (s > 0 && !mulPow10(num, s)) return false;
    if (s < 0) {
        if (-s > 37) return false;
        den = 1;
        if (!mulPow10(den, -s)) return false;
        if (shift > 0 && (den > (kLimit >> shift))) return false;
    }
    den <<= shift;
    U128 r;
    if (s >= 0) {
        q = shift >= 128 ? 0 : num >> shift;
        r = num - (q << shift);
    } else {
        q = num / den;
        r = num % den;
    }
    U128 rest = den - r;
    if (r > rest || (r == rest && (q & 1))) ++q;
    return true;
}

inline int appendDecimal(char* out, U128 q) {
    char tmp[48];
    int n = 0;
    do {
        tmp[n++] = static_cast<char>('0' + static_cast<int>(q % 10));
        q /= 10;
    } while (q);
    for (int i = 0; i < n; ++i) out[i] = tmp[n - 1 - i];
    return n;
}

inline U128 pow10(int k) {
    U128 r = 1;
    while (k-- > 0) r *= 10;
    return r;
}

}  // namespace exact_decimal

// snprintf("%.*f", prec, v) for v >= 0 finite normal and 0 <= prec <= 36. False where the exact
// arithmetic does not fit.
inline bool exactPrintF(double v, int prec, std::string& out) {
    using namespace exact_decimal;
    uint64_t m;
    int e;
    if (!(v > 0) || prec < 0 || prec > 36 || !decompose(v, m, e)) return false;
    U128 q;
    if (!roundScaled(m, e, prec, q)) return false;
    char digits[48];
    int n = appendDecimal(digits, q);
    out.clear();
    if (n <= prec) {
        out += "0.";
        out.append(static_cast<size_t>(prec - n), '0');
        out.append(digits, static_cast<size_t>(n));
        return true;
    }
    out.append(digits, static_cast<size_t>(n - prec));
    if (prec > 0) {
        out += '.';
        out.append(digits + (n - prec), static_cast<size_t>(prec));
    }
    return true;
}

// snprintf("%.*e", prec, v) for v > 0 finite normal and 0 <= prec <= 35. False where the exact
// arithmetic does not fit.
inline bool exactPrintE(double v, int prec, std::string& out) {
    using namespace exact_decimal;
    uint64_t m;
    int e;
    if (!(v > 0) || prec < 0 || prec > 35 || !decompose(v, m, e)) return false;
    // Decimal exponent estimate: floor(log10(v)) within one, from the binary exponent.
    int bin = e + 52;   // v in [2^bin, 2^(bin+1))
    int x = static_cast<int>((static_cast<int64_t>(bin) * 315653) >> 20);   // ~ bin*log10(2)
    U128 lo = pow10(prec), hi = lo * 10;
    U128 q = 0;
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (!roundScaled(m, e, prec - x, q)) return false;
        if (q >= hi) {
            ++x;
        } else if (q < lo) {
            --x;
        } else {
            char digits[48];
            int n = appendDecimal(digits, q);   // prec + 1 digits
            out.clear();
            out += digits[0];
            if (prec > 0) {
                out += '.';
                out.append(digits + 1, static_cast<size_t>(n - 1));
            }
            out += 'e';
            out += x < 0 ? '-' : '+';
            int ax = x < 0 ? -x : x;
            if (ax < 10) out += '0';
            out += std::to_string(ax);
            return true;
        }
    }
    return false;
}

// strtod of mant x 10^exp10 (mant: decimal digits) in the exact case: the digits as an integer
// below 2^53 and |exp10| <= 22, so that one correctly rounded multiplication or division by an
// exactly representable power of ten gives the correctly rounded value (Clinger's fast path).
inline bool exactDecimalToDouble(const std::string& mant, int64_t exp10, double& out) {
    if (mant.empty() || mant.size() > 19 || exp10 < -22 || exp10 > 22) return false;
    uint64_t n = 0;
    for (char c : mant) {
        if (c < '0' || c > '9') return false;
        n = n * 10 + static_cast<uint64_t>(c - '0');
    }
    if (n > (uint64_t(1) << 53)) return false;
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    double d = static_cast<double>(n);
    out = exp10 >= 0 ? d * kPow10[exp10] : d / kPow10[-exp10];
    return true;
}

#endif

}  // namespace krait
