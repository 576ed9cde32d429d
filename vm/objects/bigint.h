// BigInt: arbitrary-precision integers with Python `int` semantics, standalone (no dependency on
// the rest of the VM). The VM stores ints that fit in int64 inline and uses BigInt only for the
// rest, so BigInt favours correctness and asymptotics while staying cheap for 2-4 limb values.
//
// Invariants:
//  - sign-magnitude: `mag_` holds |value| as little-endian base-2**32 limbs with no high zero
//    limbs (zero is the empty vector); `neg_` is true only for values < 0.
//  - every operation is a pure function of its arguments: no global mutable state; powers of
//    the base used by the divide-and-conquer string conversions are cached per call.
//  - no exceptions: preconditions (b != 0 for division, ...) are the caller's to check.
// Algorithms: schoolbook and Karatsuba multiplication, Knuth D and Burnikel-Ziegler recursive
// division, divide-and-conquer radix conversion (subquadratic for every non-power-of-two base).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace krait {

class BigInt {
public:
    BigInt() = default;   // zero
    explicit BigInt(int64_t v);
    static BigInt fromUint64(uint64_t v);

    // Parses `digits` (an optional leading '-' or '+', then at least one digit, no whitespace or
    // underscores) in `base` 2..36 into `out`. Returns false on an empty or invalid digit string.
    // Subquadratic (divide and conquer) for non-power-of-two bases, linear for powers of two.
    static bool fromString(std::string_view digits, int base, BigInt& out);
    // Python int(d) for a finite double: truncates toward zero. The caller checks finiteness.
    static BigInt fromDouble(double d);
    // "-123"; `base` 2..36, lowercase letters, no prefix. Subquadratic for non-power-of-two bases.
    std::string toString(int base = 10) const;

    bool fitsInt64() const;
    int64_t toInt64() const;   // only meaningful if fitsInt64()
    // Correctly rounded (round-half-even) conversion; sets `overflow` (and returns +-HUGE_VAL) if
    // the rounded value does not fit a double ("int too large to convert to float").
    double toDouble(bool& overflow) const;

    int sign() const { return mag_.empty() ? 0 : (neg_ ? -1 : 1); }
    bool isZero() const { return mag_.empty(); }
    bool isOdd() const { return !mag_.empty() && (mag_[0] & 1u) != 0; }
    bool isNegative() const { return neg_; }
    size_t bitLength() const;   // Python int.bit_length(): bits of |x|, 0 for 0
    size_t bitCount() const;    // Python int.bit_count(): popcount of |x|

    static int compare(const BigInt& a, const BigInt& b);   // -1, 0, 1
    // Exact comparison of the integer with a finite double d (the caller handles NaN and
    // infinities), as Python's int/float comparisons: -1, 0 or 1 like compare().
    int compareWithDouble(double d) const;
    static BigInt add(const BigInt& a, const BigInt& b);
    static BigInt sub(const BigInt& a, const BigInt& b);
    static BigInt mul(const BigInt& a, const BigInt& b);    // Karatsuba above a threshold
    // Python floor division and modulo (the remainder takes the divisor's sign). Either output
    // pointer may be null. b != 0 (the caller checks). q and r may alias a or b.
    static void divMod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
    // Python a / b for ints: the correctly rounded double of the exact quotient. Sets `overflow`
    // for "integer division result too large for a float". b != 0.
    static double trueDiv(const BigInt& a, const BigInt& b, bool& overflow);
    static BigInt pow(const BigInt& base, uint64_t exp);
    // pow(base, exp, mod) for exp >= 0 and mod != 0; the result takes mod's sign like Python's %.
    static BigInt powMod(const BigInt& base, const BigInt& exp, const BigInt& mod);
    // The inverse of a modulo m (m != 0) with Python's sign rules, for pow(a, -1, m). Sets ok to
    // false ("base is not invertible for the given modulus") when gcd(a, m) != 1.
    static BigInt modInverse(const BigInt& a, const BigInt& m, bool& ok);

    BigInt neg() const;
    BigInt abs() const;
    // Shifts: the caller bounds n for shiftLeft (the result needs n/32 more limbs; on wasm32 n
    // must stay well below 2**32). Likewise pow: the caller checks the result size is sane.
    static BigInt shiftLeft(const BigInt& a, uint64_t n);
    static BigInt shiftRight(const BigInt& a, uint64_t n);   // arithmetic: floors like Python
    // Bitwise operations with Python's infinite two's-complement semantics.
    static BigInt bitAnd(const BigInt& a, const BigInt& b);
    static BigInt bitOr(const BigInt& a, const BigInt& b);
    static BigInt bitXor(const BigInt& a, const BigInt& b);
    BigInt invert() const;   // ~x == -x-1
    static BigInt gcd(const BigInt& a, const BigInt& b);   // non-negative; gcd(0, 0) == 0
    static BigInt isqrt(const BigInt& n);                  // floor(sqrt(n)) for n >= 0

    // The same value as CPython's hash(int): |x| mod 2**61-1, sign applied, -1 mapped to -2.
    int64_t hash() const;

    // int.to_bytes: false if the value does not fit `length` bytes (or is negative and
    // !isSigned), the caller's OverflowError.
    bool toBytes(size_t length, bool littleEndian, bool isSigned, std::string& out) const;
    static BigInt fromBytes(std::string_view bytes, bool littleEndian, bool isSigned);

    // frexp-like helper for math.log of huge ints: value ~= mantissa * 2**exponent with
    // 0.5 <= |mantissa| < 1 (mantissa correctly rounded to 53 bits); 0 gives 0.0 and exponent 0.
    double frexp(int64_t& exponent) const;

    // Raw access for code that wants to inspect limbs (little-endian base 2**32 of |x|).
    const std::vector<uint32_t>& limbs() const { return mag_; }

    friend bool operator==(const BigInt& a, const BigInt& b) {
        return a.neg_ == b.neg_ && a.mag_ == b.mag_;
    }

private:
    std::vector<uint32_t> mag_;   // |value|, little-endian, no high zero limbs
    bool neg_ = false;            // value < 0 (never set for zero)

    static BigInt fromMag(std::vector<uint32_t> mag, bool negative);
};

}  // namespace krait
