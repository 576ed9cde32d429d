// The builtin hash modules hashlib uses without OpenSSL: _md5 (RFC 1321), _sha1, _sha256
// (sha224/sha256) and _sha512 (sha384/sha512) (FIPS 180-4), _sha3 (sha3_*, shake_*; FIPS 202)
// and _blake2 (blake2b/blake2s with key, salt, person and tree parameters; RFC 7693).
//
// Every hash object is a HashObject whose `algo` row names the algorithm and whose state is
// one member of a union (Merkle-Damgard, Keccak sponge or BLAKE2). All byte order handling
// goes through the le/be load and store helpers, so the code is the same on little- and
// big-endian hosts and on 32-bit size_t (wasm32). Names, reprs, signatures and messages are
// those of CPython 3.11's C modules.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

// ---- Constants, derived from their definitions by a throwaway script: MD5's K[i] =
// floor(|sin(i + 1)| * 2^32); the SHA-2 round constants and initial values are the leading
// fraction bits of the cube / square roots of the first primes (SHA-224 and SHA-384 use the
// 9th-16th primes); Keccak's round constants come from its degree-8 LFSR. ----
const uint32_t kMd5K[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
    0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
    0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
    0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
    0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
    0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

const uint32_t kSha256K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

const uint64_t kSha512K[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019,
    0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242,
    0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275,
    0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f,
    0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc,
    0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6,
    0x92722c851482353b, 0xa2bfe8a14cf10364, 0xa81a664bbc423001,
    0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc,
    0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915,
    0xc67178f2e372532b, 0xca273eceea26619c, 0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba,
    0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
};

const uint32_t kSha256Iv[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

const uint32_t kSha224Iv[8] = {
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
    0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
};

const uint64_t kSha512Iv[8] = {
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
};

const uint64_t kSha384Iv[8] = {
    0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17,
    0x152fecd8f70e5939, 0x67332667ffc00b31, 0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
};

const uint64_t kKeccakRc[24] = {
    0x0000000000000001, 0x0000000000008082, 0x800000000000808a,
    0x8000000080008000, 0x000000000000808b, 0x0000000080000001,
    0x8000000080008081, 0x8000000000008009, 0x000000000000008a,
    0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
    0x000000008000808b, 0x800000000000008b, 0x8000000000008089,
    0x8000000000008003, 0x8000000000008002, 0x8000000000000080,
    0x000000000000800a, 0x800000008000000a, 0x8000000080008081,
    0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
};


// Keccak rho rotation offsets, indexed by lane x + 5 * y.
const uint8_t kKeccakRot[25] = {
    0,  1,  62, 28, 27,   // y = 0
    36, 44, 6,  55, 20,   // y = 1
    3,  10, 43, 25, 39,   // y = 2
    41, 45, 15, 21, 8,    // y = 3
    18, 2,  61, 56, 14,   // y = 4
};

// BLAKE2 message schedule (RFC 7693 section 2.7).
const uint8_t kBlake2Sigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

// memcpy that accepts the null data pointer of an empty buffer (n == 0).
inline void copyBytes(void* dst, const void* src, size_t n) {
    if (n) std::memcpy(dst, src, n);
}

// ---- Byte order helpers (host-independent) ----
inline uint32_t load32le(const uint8_t* p) {
    return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
}
inline uint32_t load32be(const uint8_t* p) {
    return uint32_t(p[3]) | uint32_t(p[2]) << 8 | uint32_t(p[1]) << 16 | uint32_t(p[0]) << 24;
}
inline uint64_t load64le(const uint8_t* p) {
    return uint64_t(load32le(p)) | uint64_t(load32le(p + 4)) << 32;
}
inline uint64_t load64be(const uint8_t* p) {
    return uint64_t(load32be(p)) << 32 | uint64_t(load32be(p + 4));
}
inline void store32le(uint8_t* p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = static_cast<uint8_t>(v >> (8 * i));
}
inline void store32be(uint8_t* p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = static_cast<uint8_t>(v >> (24 - 8 * i));
}
inline void store64le(uint8_t* p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = static_cast<uint8_t>(v >> (8 * i));
}
inline void store64be(uint8_t* p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = static_cast<uint8_t>(v >> (56 - 8 * i));
}
inline uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> ((32 - n) & 31)); }
inline uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << ((32 - n) & 31)); }
inline uint64_t rotl64(uint64_t x, int n) { return (x << n) | (x >> ((64 - n) & 63)); }
inline uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << ((64 - n) & 63)); }

// ---- Algorithms ----
enum class Family : uint8_t { Md5, Sha1, Sha256, Sha512, Keccak, Blake2b, Blake2s };

// One row per hash object type: the name, the state family, the digest size in bytes (0 for
// SHAKE and the maximum for BLAKE2), the block size (the sponge rate for Keccak), the Keccak
// domain suffix and the initial chaining value of the Merkle-Damgard hashes.
struct Algo {
    const char* name;
    Family family;
    uint8_t digestSize;
    uint8_t blockSize;
    uint8_t suffix;
    const void* iv;
};

const Algo kMd5 = {"md5", Family::Md5, 16, 64, 0, nullptr};
const Algo kSha1 = {"sha1", Family::Sha1, 20, 64, 0, nullptr};
const Algo kSha224 = {"sha224", Family::Sha256, 28, 64, 0, kSha224Iv};
const Algo kSha256 = {"sha256", Family::Sha256, 32, 64, 0, kSha256Iv};
const Algo kSha384 = {"sha384", Family::Sha512, 48, 128, 0, kSha384Iv};
const Algo kSha512 = {"sha512", Family::Sha512, 64, 128, 0, kSha512Iv};
const Algo kSha3_224 = {"sha3_224", Family::Keccak, 28, 144, 0x06, nullptr};
const Algo kSha3_256 = {"sha3_256", Family::Keccak, 32, 136, 0x06, nullptr};
const Algo kSha3_384 = {"sha3_384", Family::Keccak, 48, 104, 0x06, nullptr};
const Algo kSha3_512 = {"sha3_512", Family::Keccak, 64, 72, 0x06, nullptr};
const Algo kShake128 = {"shake_128", Family::Keccak, 0, 168, 0x1f, nullptr};
const Algo kShake256 = {"shake_256", Family::Keccak, 0, 136, 0x1f, nullptr};
const Algo kBlake2b = {"blake2b", Family::Blake2b, 64, 128, 0, nullptr};
const Algo kBlake2s = {"blake2s", Family::Blake2s, 32, 64, 0, nullptr};

// Merkle-Damgard state: chaining words (32-bit algorithms use the low halves), the message
// length in bytes so far and the partial block.
struct MdState {
    uint64_t h[8];
    uint64_t total;
    uint32_t used;
    uint8_t buf[128];
};

// Keccak sponge: the 25 lanes (lane x + 5y holds bytes 8(x+5y).. little-endian) and the byte
// position inside the rate where the next input byte is XORed.
struct KeccakState {
    uint64_t a[25];
    uint32_t pos;
};

// BLAKE2: chaining words (blake2s uses the low halves), the byte counter (t), the buffered
// block (a full final block stays buffered until more input arrives), the output length and
// the last_node flag.
struct Blake2State {
    uint64_t h[8];
    uint64_t tLo, tHi;
    uint32_t used;
    uint8_t digestSize;
    bool lastNode;
    uint8_t buf[128];
};

struct HashObject {
    Object ob;
    const Algo* algo;
    union {
        MdState md;
        KeccakState kc;
        Blake2State b2;
    };
};

HashObject* asHash(Object* o) { return reinterpret_cast<HashObject*>(o); }

void md5Compress(uint64_t* h, const uint8_t* p) {
    static const uint8_t kShift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23},
                                         {6, 10, 15, 21}};
    uint32_t m[16];
    for (int i = 0; i < 16; i++) m[i] = load32le(p + 4 * i);
    uint32_t a = uint32_t(h[0]), b = uint32_t(h[1]), c = uint32_t(h[2]), d = uint32_t(h[3]);
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        int round = i >> 4;
        if (round == 0) {
            f = (b & c) | (~b & d);
            g = i;
        } else if (round == 1) {
            f = (d & b) | (~d & c);
            g = (5 * i + 1) & 15;
        } else if (round == 2) {
            f = b ^ c ^ d;
            g = (3 * i + 5) & 15;
        } else {
            f = c ^ (b | ~d);
            g = (7 * i) & 15;
        }
        f += a + kMd5K[i] + m[g];
        a = d;
        d = c;
        c = b;
        b += rotl32(f, kShift[round][i & 3]);
    }
    h[0] = uint32_t(h[0] + a);
    h[1] = uint32_t(h[1] + b);
    h[2] = uint32_t(h[2] + c);
    h[3] = uint32_t(h[3] + d);
}

void sha1Compress(uint64_t* h, const uint8_t* p) {
    uint32_t w[80];
    for (int t = 0; t < 16; t++) w[t] = load32be(p + 4 * t);
    for (int t = 16; t < 80; t++) w[t] = rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    uint32_t a = uint32_t(h[0]), b = uint32_t(h[1]), c = uint32_t(h[2]), d = uint32_t(h[3]),
             e = uint32_t(h[4]);
    // The four 20-round stages, each with its own boolean function and constant.
    auto stage = [&](int from, uint32_t k, auto f) {
        for (int t = from; t < from + 20; t++) {
            uint32_t tmp = rotl32(a, 5) + f(b, c, d) + e + k + w[t];
            e = d;
            d = c;
            c = rotl32(b, 30);
            b = a;
            a = tmp;
        }
    };
    stage(0, 0x5a827999, [](uint32_t x, uint32_t y, uint32_t z) { return (x & y) | (~x & z); });
    stage(20, 0x6ed9eba1, [](uint32_t x, uint32_t y, uint32_t z) { return x ^ y ^ z; });
    stage(40, 0x8f1bbcdc,
          [](uint32_t x, uint32_t y, uint32_t z) { return (x & y) | (x & z) | (y & z); });
    stage(60, 0xca62c1d6, [](uint32_t x, uint32_t y, uint32_t z) { return x ^ y ^ z; });
    uint32_t v[5] = {a, b, c, d, e};
    for (int i = 0; i < 5; i++) h[i] = uint32_t(h[i] + v[i]);
}

void sha256Compress(uint64_t* h, const uint8_t* p) {
    uint32_t w[64];
    for (int t = 0; t < 16; t++) w[t] = load32be(p + 4 * t);
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = rotr32(w[t - 15], 7) ^ rotr32(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = rotr32(w[t - 2], 17) ^ rotr32(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t v[8];
    for (int i = 0; i < 8; i++) v[i] = uint32_t(h[i]);
    for (int t = 0; t < 64; t++) {
        uint32_t a = v[0], b = v[1], c = v[2], e = v[4], f = v[5], g = v[6];
        uint32_t s1 = rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = v[7] + s1 + ch + kSha256K[t] + w[t];
        uint32_t s0 = rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = s0 + maj;
        v[7] = g;
        v[6] = f;
        v[5] = e;
        v[4] = v[3] + t1;
        v[3] = c;
        v[2] = b;
        v[1] = a;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) h[i] = uint32_t(h[i] + v[i]);
}

void sha512Compress(uint64_t* h, const uint8_t* p) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) w[t] = load64be(p + 8 * t);
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = rotr64(w[t - 15], 1) ^ rotr64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = rotr64(w[t - 2], 19) ^ rotr64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t v[8];
    for (int i = 0; i < 8; i++) v[i] = h[i];
    for (int t = 0; t < 80; t++) {
        uint64_t a = v[0], b = v[1], c = v[2], e = v[4], f = v[5], g = v[6];
        uint64_t s1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = v[7] + s1 + ch + kSha512K[t] + w[t];
        uint64_t s0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = s0 + maj;
        v[7] = g;
        v[6] = f;
        v[5] = e;
        v[4] = v[3] + t1;
        v[3] = c;
        v[2] = b;
        v[1] = a;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) h[i] += v[i];
}

void mdInit(const Algo* al, MdState& s) {
    std::memset(&s, 0, sizeof s);
    switch (al->family) {
        case Family::Md5:
        case Family::Sha1: {
            static const uint32_t kIv[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476,
                                            0xc3d2e1f0};
            for (int i = 0; i < 5; i++) s.h[i] = kIv[i];
            break;
        }
        case Family::Sha256:
            for (int i = 0; i < 8; i++) s.h[i] = static_cast<const uint32_t*>(al->iv)[i];
            break;
        default:
            for (int i = 0; i < 8; i++) s.h[i] = static_cast<const uint64_t*>(al->iv)[i];
            break;
    }
}

using CompressFn = void (*)(uint64_t*, const uint8_t*);

CompressFn mdCompressFn(const Algo* al) {
    switch (al->family) {
        case Family::Md5: return md5Compress;
        case Family::Sha1: return sha1Compress;
        case Family::Sha256: return sha256Compress;
        default: return sha512Compress;
    }
}

void mdAbsorb(const Algo* al, MdState& s, const uint8_t* p, size_t n) {
    CompressFn compress = mdCompressFn(al);
    uint32_t bs = al->blockSize;
    if (s.used) {
        size_t take = bs - s.used < n ? bs - s.used : n;
        copyBytes(s.buf + s.used, p, take);
        s.used += static_cast<uint32_t>(take);
        p += take;
        n -= take;
        if (s.used < bs) return;
        compress(s.h, s.buf);
        s.used = 0;
    }
    while (n >= bs) {
        compress(s.h, p);
        p += bs;
        n -= bs;
    }
    copyBytes(s.buf, p, n);
    s.used = static_cast<uint32_t>(n);
}

void mdUpdate(const Algo* al, MdState& s, const uint8_t* p, size_t n) {
    s.total += n;
    mdAbsorb(al, s, p, n);
}

// Pads a copy of the state (0x80, zeros, the bit length: 64-bit little-endian for MD5, 64- or
// 128-bit big-endian for SHA) and writes the digest.
void mdFinal(const Algo* al, MdState s, uint8_t* out) {
    uint32_t bs = al->blockSize;
    uint32_t lenBytes = bs == 128 ? 16 : 8;
    uint8_t pad[128 + 16] = {0x80};
    uint32_t padLen = s.used < bs - lenBytes ? bs - lenBytes - s.used : 2 * bs - lenBytes - s.used;
    uint8_t* len = pad + padLen;
    std::memset(len, 0, lenBytes);
    uint64_t bitsLo = s.total << 3;
    uint64_t bitsHi = s.total >> 61;
    if (al->family == Family::Md5) {
        store64le(len, bitsLo);
    } else if (lenBytes == 8) {
        store64be(len, bitsLo);
    } else {
        store64be(len, bitsHi);
        store64be(len + 8, bitsLo);
    }
    mdAbsorb(al, s, pad, padLen + lenBytes);
    uint8_t full[64];
    for (int i = 0; i < 8; i++) {
        switch (al->family) {
            case Family::Md5: store32le(full + 4 * (i & 3), uint32_t(s.h[i & 3])); break;
            case Family::Sha512: store64be(full + 8 * i, s.h[i]); break;
            default: store32be(full + 4 * i, uint32_t(s.h[i])); break;
        }
    }
    std::memcpy(out, full, al->digestSize);
}

// Keccak-f[1600] (FIPS 202 section 3): theta, rho and pi (lane x + 5y moves to y + 5((2x+3y)
// mod 5) rotated by kKeccakRot), chi along each row, iota.
void keccakF1600(uint64_t* a) {
    static constexpr auto kPiDest = [] {
        struct {
            uint8_t v[25];
        } t{};
        for (int x = 0; x < 5; x++)
            for (int y = 0; y < 5; y++)
                t.v[x + 5 * y] = static_cast<uint8_t>(y + 5 * ((2 * x + 3 * y) % 5));
        return t;
    }();
    for (int round = 0; round < 24; round++) {
        uint64_t c[5];
        for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        uint64_t d[5] = {c[4] ^ rotl64(c[1], 1), c[0] ^ rotl64(c[2], 1), c[1] ^ rotl64(c[3], 1),
                         c[2] ^ rotl64(c[4], 1), c[3] ^ rotl64(c[0], 1)};
        uint64_t b[25];
        for (int i = 0; i < 25; i++) b[kPiDest.v[i]] = rotl64(a[i] ^ d[i % 5], kKeccakRot[i]);
        for (int y = 0; y < 25; y += 5) {
            uint64_t b0 = b[y], b1 = b[y + 1], b2 = b[y + 2], b3 = b[y + 3], b4 = b[y + 4];
            a[y] = b0 ^ (~b1 & b2);
            a[y + 1] = b1 ^ (~b2 & b3);
            a[y + 2] = b2 ^ (~b3 & b4);
            a[y + 3] = b3 ^ (~b4 & b0);
            a[y + 4] = b4 ^ (~b0 & b1);
        }
        a[0] ^= kKeccakRc[round];
    }
}

void keccakAbsorb(const Algo* al, KeccakState& s, const uint8_t* p, size_t n) {
    uint32_t rate = al->blockSize;
    while (n > 0) {
        if ((s.pos & 7) == 0 && n >= 8) {
            s.a[s.pos >> 3] ^= load64le(p);
            s.pos += 8;
            p += 8;
            n -= 8;
        } else {
            s.a[s.pos >> 3] ^= uint64_t(*p) << (8 * (s.pos & 7));
            s.pos++;
            p++;
            n--;
        }
        if (s.pos == rate) {
            keccakF1600(s.a);
            s.pos = 0;
        }
    }
}

// Pads a copy of the sponge (domain suffix, final 0x80) and squeezes n bytes into out.
void keccakSqueeze(const Algo* al, KeccakState s, uint8_t* out, size_t n) {
    uint32_t rate = al->blockSize;
    s.a[s.pos >> 3] ^= uint64_t(al->suffix) << (8 * (s.pos & 7));
    s.a[(rate - 1) >> 3] ^= uint64_t(0x80) << (8 * ((rate - 1) & 7));
    keccakF1600(s.a);
    uint32_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        if (pos == rate) {
            keccakF1600(s.a);
            pos = 0;
        }
        out[i] = static_cast<uint8_t>(s.a[pos >> 3] >> (8 * (pos & 7)));
        pos++;
    }
}

// BLAKE2 with W = uint64_t (blake2b: 12 rounds, rotations 32/24/16/63, SHA-512's IV) or
// uint32_t (blake2s: 10 rounds, 16/12/8/7, SHA-256's IV).
template <class W>
struct Blake2Traits;
template <>
struct Blake2Traits<uint64_t> {
    static constexpr int kRounds = 12;
    static constexpr int kR[4] = {32, 24, 16, 63};
    static uint64_t iv(int i) { return kSha512Iv[i]; }
    static uint64_t load(const uint8_t* p) { return load64le(p); }
    static void store(uint8_t* p, uint64_t v) { store64le(p, v); }
    static uint64_t rotr(uint64_t x, int n) { return rotr64(x, n); }
};
template <>
struct Blake2Traits<uint32_t> {
    static constexpr int kRounds = 10;
    static constexpr int kR[4] = {16, 12, 8, 7};
    static uint32_t iv(int i) { return kSha256Iv[i]; }
    static uint32_t load(const uint8_t* p) { return load32le(p); }
    static void store(uint8_t* p, uint32_t v) { store32le(p, v); }
    static uint32_t rotr(uint32_t x, int n) { return rotr32(x, n); }
};

template <class W>
void blake2Compress(Blake2State& s, const uint8_t* block, bool last) {
    using T = Blake2Traits<W>;
    W m[16], v[16];
    for (int i = 0; i < 16; i++) m[i] = T::load(block + sizeof(W) * i);
    for (int i = 0; i < 8; i++) {
        v[i] = static_cast<W>(s.h[i]);
        v[i + 8] = T::iv(i);
    }
    if (sizeof(W) == 8) {
        v[12] ^= static_cast<W>(s.tLo);
        v[13] ^= static_cast<W>(s.tHi);
    } else {
        v[12] ^= static_cast<W>(s.tLo);
        v[13] ^= static_cast<W>(s.tLo >> 32);
    }
    if (last) {
        v[14] = static_cast<W>(~v[14]);
        if (s.lastNode) v[15] = static_cast<W>(~v[15]);
    }
    auto g = [&v](int a, int b, int c, int d, W x, W y) {
        v[a] = v[a] + v[b] + x;
        v[d] = T::rotr(v[d] ^ v[a], T::kR[0]);
        v[c] = v[c] + v[d];
        v[b] = T::rotr(v[b] ^ v[c], T::kR[1]);
        v[a] = v[a] + v[b] + y;
        v[d] = T::rotr(v[d] ^ v[a], T::kR[2]);
        v[c] = v[c] + v[d];
        v[b] = T::rotr(v[b] ^ v[c], T::kR[3]);
    };
    for (int r = 0; r < T::kRounds; r++) {
        const uint8_t* sg = kBlake2Sigma[r % 10];
        g(0, 4, 8, 12, m[sg[0]], m[sg[1]]);
        g(1, 5, 9, 13, m[sg[2]], m[sg[3]]);
        g(2, 6, 10, 14, m[sg[4]], m[sg[5]]);
        g(3, 7, 11, 15, m[sg[6]], m[sg[7]]);
        g(0, 5, 10, 15, m[sg[8]], m[sg[9]]);
        g(1, 6, 11, 12, m[sg[10]], m[sg[11]]);
        g(2, 7, 8, 13, m[sg[12]], m[sg[13]]);
        g(3, 4, 9, 14, m[sg[14]], m[sg[15]]);
    }
    for (int i = 0; i < 8; i++) s.h[i] = static_cast<W>(s.h[i] ^ v[i] ^ v[i + 8]);
}

template <class W>
void blake2AddCounter(Blake2State& s, uint64_t n) {
    uint64_t old = s.tLo;
    s.tLo += n;
    if (sizeof(W) == 8 && s.tLo < old) s.tHi++;
}

template <class W>
void blake2Update(Blake2State& s, const uint8_t* p, size_t n) {
    const uint32_t bs = 16 * sizeof(W);
    while (n > 0) {
        if (s.used == bs) {
            blake2AddCounter<W>(s, bs);
            blake2Compress<W>(s, s.buf, false);
            s.used = 0;
        }
        size_t take = bs - s.used < n ? bs - s.used : n;
        copyBytes(s.buf + s.used, p, take);
        s.used += static_cast<uint32_t>(take);
        p += take;
        n -= take;
    }
}

template <class W>
void blake2Final(Blake2State s, uint8_t* out) {
    const uint32_t bs = 16 * sizeof(W);
    blake2AddCounter<W>(s, s.used);
    std::memset(s.buf + s.used, 0, bs - s.used);
    blake2Compress<W>(s, s.buf, true);
    uint8_t full[64];
    for (int i = 0; i < 8; i++)
        Blake2Traits<W>::store(full + sizeof(W) * i, static_cast<W>(s.h[i]));
    std::memcpy(out, full, s.digestSize);
}

// ---- Generic operations over HashObject ----
void hashUpdateBytes(HashObject* h, const uint8_t* p, size_t n) {
    switch (h->algo->family) {
        case Family::Keccak: keccakAbsorb(h->algo, h->kc, p, n); break;
        case Family::Blake2b: blake2Update<uint64_t>(h->b2, p, n); break;
        case Family::Blake2s: blake2Update<uint32_t>(h->b2, p, n); break;
        default: mdUpdate(h->algo, h->md, p, n); break;
    }
}

size_t hashDigestSize(HashObject* h) {
    Family f = h->algo->family;
    if (f == Family::Blake2b || f == Family::Blake2s) return h->b2.digestSize;
    return h->algo->digestSize;
}

// Writes the digest (n bytes for SHAKE, digestSize otherwise) without changing the state.
void hashFinal(HashObject* h, uint8_t* out, size_t n) {
    switch (h->algo->family) {
        case Family::Keccak: keccakSqueeze(h->algo, h->kc, out, n); break;
        case Family::Blake2b: blake2Final<uint64_t>(h->b2, out); break;
        case Family::Blake2s: blake2Final<uint32_t>(h->b2, out); break;
        default: mdFinal(h->algo, h->md, out); break;
    }
}

// The bytes of a hash input, with hashlib's TypeErrors for str and non-buffers.
bool hashInput(Object* o, std::string_view* out) {
    if (isStr(o)) {
        setError(&ExcTypeError, "Strings must be encoded before hashing");
        return false;
    }
    if (getBytesView(o, out)) return true;
    if (errMatches(&ExcTypeError)) {
        clearError();
        setError(&ExcTypeError, "object supporting the buffer API required");
    }
    return false;
}

bool hashUpdateObject(HashObject* h, Object* data) {
    std::string_view v;
    if (!hashInput(data, &v)) return false;
    hashUpdateBytes(h, reinterpret_cast<const uint8_t*>(v.data()), v.size());
    return true;
}

// "md5.update" style names for argument errors.
std::string methodName(Object* self, const char* method) {
    return std::string(asHash(self)->algo->name) + "." + method;
}

bool checkOneArg(Object* self, const char* method, size_t nargs, Object* kwnames) {
    if (nargs == 1 && kwCount(kwnames) == 0) return true;
    std::string n = methodName(self, method);
    if (!checkNoKwargs(n.c_str(), kwnames)) return false;
    setError(&ExcTypeError, "%s() takes exactly one argument (%zu given)", n.c_str(), nargs);
    return false;
}

bool checkNoArgs(Object* self, const char* method, size_t nargs, Object* kwnames) {
    if (nargs == 0 && kwCount(kwnames) == 0) return true;
    std::string n = methodName(self, method);
    if (!checkNoKwargs(n.c_str(), kwnames)) return false;
    setError(&ExcTypeError, "%s() takes no arguments (%zu given)", n.c_str(), nargs);
    return false;
}

Object* hexOf(const uint8_t* p, size_t n) {
    static const char kHex[] = "0123456789abcdef";
    std::string s(2 * n, '0');
    for (size_t i = 0; i < n; i++) {
        s[2 * i] = kHex[p[i] >> 4];
        s[2 * i + 1] = kHex[p[i] & 15];
    }
    return strFromAscii(s);
}

Object* hashUpdate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkOneArg(self, "update", nargs, kwnames)) return nullptr;
    if (!hashUpdateObject(asHash(self), args[0])) return nullptr;
    return newNone();
}

Object* hashDigest(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoArgs(self, "digest", nargs, kwnames)) return nullptr;
    uint8_t out[64];
    size_t n = hashDigestSize(asHash(self));
    hashFinal(asHash(self), out, n);
    return bytesFromStd(std::string_view(reinterpret_cast<char*>(out), n));
}

Object* hashHexDigest(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoArgs(self, "hexdigest", nargs, kwnames)) return nullptr;
    uint8_t out[64];
    size_t n = hashDigestSize(asHash(self));
    hashFinal(asHash(self), out, n);
    return hexOf(out, n);
}

Object* hashCopy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoArgs(self, "copy", nargs, kwnames)) return nullptr;
    Object* o = allocObject(self->type);
    if (!o) return nullptr;
    HashObject* src = asHash(self);
    HashObject* dst = asHash(o);
    dst->algo = src->algo;
    std::memcpy(&dst->b2, &src->b2, sizeof(HashObject) - offsetof(HashObject, b2));
    return o;
}

// SHAKE's digest(length) / hexdigest(length).
bool shakeLength(Object* self, const char* method, Object* const* args, size_t nargs,
                 Object* kwnames, size_t* out) {
    if (!checkOneArg(self, method, nargs, kwnames)) return false;
    if (!isIndex(args[0])) {
        setError(&ExcTypeError, "an integer is required");
        return false;
    }
    Ref<> idx = Ref<>::steal(numberIndex(args[0]));
    if (!idx) return false;
    if (intSign(idx.get()) < 0) {
        setError(&ExcValueError, "value must be positive");
        return false;
    }
    int64_t v;
    if (!intAsInt64(idx.get(), &v) || v >= (int64_t(1) << 29)) {
        clearError();
        setError(&ExcValueError, "length is too large");
        return false;
    }
    *out = static_cast<size_t>(v);
    return true;
}

Object* shakeDigest(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    size_t n;
    if (!shakeLength(self, "digest", args, nargs, kwnames, &n)) return nullptr;
    Ref<> b = Ref<>::steal(bytesNew(static_cast<ssize>(n)));
    if (!b) return nullptr;
    hashFinal(asHash(self), reinterpret_cast<uint8_t*>(asBytes(b.get())->data), n);
    return b.release();
}

Object* shakeHexDigest(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    size_t n;
    if (!shakeLength(self, "hexdigest", args, nargs, kwnames, &n)) return nullptr;
    std::vector<uint8_t> out(n);
    hashFinal(asHash(self), out.data(), n);
    return hexOf(out.data(), n);
}

Object* getName(Object* self, void*) { return strFromAscii(asHash(self)->algo->name); }
Object* getDigestSize(Object* self, void*) {
    return intFromSsize(static_cast<ssize>(hashDigestSize(asHash(self))));
}
Object* getBlockSize(Object* self, void*) { return intFromSsize(asHash(self)->algo->blockSize); }
Object* getRateBits(Object* self, void*) { return intFromSsize(8 * asHash(self)->algo->blockSize); }
Object* getCapacityBits(Object* self, void*) {
    return intFromSsize(1600 - 8 * asHash(self)->algo->blockSize);
}
Object* getSuffix(Object* self, void*) {
    char c = static_cast<char>(asHash(self)->algo->suffix);
    return bytesFromStd(std::string_view(&c, 1));
}

void hashDealloc(Object* self) { freeObject(self); }

const MethodDef kHashMethods[] = {
    {"copy", hashCopy, 0, "Return a copy of the hash object."},
    {"digest", hashDigest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", hashHexDigest, 0, "Return the digest value as a string of hexadecimal digits."},
    {"update", hashUpdate, 0, "Update this hash object's state with the provided string."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kShakeMethods[] = {
    {"copy", hashCopy, 0, "Return a copy of the hash object."},
    {"digest", shakeDigest, 0, "Return the digest value as a bytes object."},
    {"hexdigest", shakeHexDigest, 0, "Return the digest value as a string of hexadecimal digits."},
    {"update", hashUpdate, 0, "Update this hash object's state with the provided string."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kHashGetSets[] = {
    {"name", getName, nullptr, nullptr, nullptr},
    {"digest_size", getDigestSize, nullptr, nullptr, nullptr},
    {"block_size", getBlockSize, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const GetSetDef kSha3GetSets[] = {
    {"name", getName, nullptr, nullptr, nullptr},
    {"digest_size", getDigestSize, nullptr, nullptr, nullptr},
    {"block_size", getBlockSize, nullptr, nullptr, nullptr},
    {"_capacity_bits", getCapacityBits, nullptr, nullptr, nullptr},
    {"_rate_bits", getRateBits, nullptr, nullptr, nullptr},
    {"_suffix", getSuffix, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// A new, initialised hash object of type t for algorithm al (BLAKE2 state set by the caller).
HashObject* newHash(Type* t, const Algo* al) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    HashObject* h = asHash(o);
    h->algo = al;
    if (al->family == Family::Keccak) {
        std::memset(&h->kc, 0, sizeof h->kc);
    } else if (al->family != Family::Blake2b && al->family != Family::Blake2s) {
        mdInit(al, h->md);
    }
    return h;
}

Object* sha3New(Type* t, Object* args, Object* kwargs);
Object* blake2New(Type* t, Object* args, Object* kwargs);

}  // namespace

// The hash object types (tp_name as CPython's).
#define KRAIT_HASH_TYPE(var, tpname, docText, methodTable, getsetTable, newFn)                 \
    Type var = {                                                                               \
        .ob = {kImmortalRefcnt, &TypeType},                                                    \
        .name = tpname,                                                                        \
        .basicSize = sizeof(HashObject),                                                       \
        .doc = docText,                                                                        \
        .methods = methodTable,                                                                \
        .getsets = getsetTable,                                                                \
        .dealloc = hashDealloc,                                                                \
        .getAttr = genericGetAttr,                                                             \
        .setAttr = genericSetAttr,                                                             \
        .new_ = newFn,                                                                         \
    };

KRAIT_HASH_TYPE(Md5HashType, "_md5.md5", nullptr, kHashMethods, kHashGetSets, nullptr)
KRAIT_HASH_TYPE(Sha1HashType, "_sha1.sha1", nullptr, kHashMethods, kHashGetSets, nullptr)
KRAIT_HASH_TYPE(Sha224HashType, "_sha256.sha224", nullptr, kHashMethods, kHashGetSets, nullptr)
KRAIT_HASH_TYPE(Sha256HashType, "_sha256.sha256", nullptr, kHashMethods, kHashGetSets, nullptr)
KRAIT_HASH_TYPE(Sha384HashType, "_sha512.sha384", nullptr, kHashMethods, kHashGetSets, nullptr)
KRAIT_HASH_TYPE(Sha512HashType, "_sha512.sha512", nullptr, kHashMethods, kHashGetSets, nullptr)
KRAIT_HASH_TYPE(Sha3_224Type, "_sha3.sha3_224",
                "sha3_224([data], *, usedforsecurity=True) -> SHA3 object\n\n"
                "Return a new SHA3 hash object with a hashbit length of 28 bytes.",
                kHashMethods, kSha3GetSets, sha3New)
KRAIT_HASH_TYPE(Sha3_256Type, "_sha3.sha3_256",
                "sha3_256([data], *, usedforsecurity=True) -> SHA3 object\n\n"
                "Return a new SHA3 hash object with a hashbit length of 32 bytes.",
                kHashMethods, kSha3GetSets, sha3New)
KRAIT_HASH_TYPE(Sha3_384Type, "_sha3.sha3_384",
                "sha3_384([data], *, usedforsecurity=True) -> SHA3 object\n\n"
                "Return a new SHA3 hash object with a hashbit length of 48 bytes.",
                kHashMethods, kSha3GetSets, sha3New)
KRAIT_HASH_TYPE(Sha3_512Type, "_sha3.sha3_512",
                "sha3_512([data], *, usedforsecurity=True) -> SHA3 object\n\n"
                "Return a new SHA3 hash object with a hashbit length of 64 bytes.",
                kHashMethods, kSha3GetSets, sha3New)
KRAIT_HASH_TYPE(Shake128Type, "_sha3.shake_128",
                "shake_128([data], *, usedforsecurity=True) -> SHAKE object\n\n"
                "Return a new SHAKE hash object.",
                kShakeMethods, kSha3GetSets, sha3New)
KRAIT_HASH_TYPE(Shake256Type, "_sha3.shake_256",
                "shake_256([data], *, usedforsecurity=True) -> SHAKE object\n\n"
                "Return a new SHAKE hash object.",
                kShakeMethods, kSha3GetSets, sha3New)
KRAIT_HASH_TYPE(Blake2bType, "_blake2.blake2b",
                "Return a new BLAKE2b hash object.", kHashMethods, kHashGetSets, blake2New)
KRAIT_HASH_TYPE(Blake2sType, "_blake2.blake2s",
                "Return a new BLAKE2s hash object.", kHashMethods, kHashGetSets, blake2New)
#undef KRAIT_HASH_TYPE

namespace {

const Algo* sha3AlgoOf(Type* t) {
    if (t == &Sha3_224Type) return &kSha3_224;
    if (t == &Sha3_256Type) return &kSha3_256;
    if (t == &Sha3_384Type) return &kSha3_384;
    if (t == &Sha3_512Type) return &kSha3_512;
    if (t == &Shake128Type) return &kShake128;
    return &kShake256;
}

// sha3_*(data=b'', /, *, usedforsecurity=True) and shake_*(...).
Object* sha3New(Type* t, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"", "usedforsecurity"};
    const Algo* al = sha3AlgoOf(t);
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return nullptr;
    Object* a[2];
    if (!parseArgs(al->name, flat.data(), static_cast<size_t>(tupleSize(args)), kwnames.get(),
                   kNames, 2, 0, a, 1, 1)) {
        return nullptr;
    }
    std::string_view data;
    if (a[0] && !hashInput(a[0], &data)) return nullptr;
    HashObject* h = newHash(t, al);
    if (!h) return nullptr;
    hashUpdateBytes(h, reinterpret_cast<const uint8_t*>(data.data()), data.size());
    return &h->ob;
}

// An unsigned BLAKE2 parameter: ValueError "value must be positive" below 0, OverflowError
// `wideMsg` beyond 64 bits (CPython's C converter) and "<name> is too large" above max.
bool blake2Unsigned(Object* o, const char* name, const char* wideMsg, uint64_t max,
                    uint64_t* out) {
    Ref<> idx = Ref<>::steal(numberIndex(o));
    if (!idx) return false;
    if (intSign(idx.get()) < 0) {
        setError(&ExcValueError, "value must be positive");
        return false;
    }
    for (uint64_t limit : {~uint64_t(0), max}) {
        Ref<> limitObj = Ref<>::steal(intFromUint64(limit));
        if (!limitObj) return false;
        int over = richCompareBool(idx.get(), limitObj.get(), CompareOp::Gt);
        if (over < 0) return false;
        if (over && limit == ~uint64_t(0)) {
            setError(&ExcOverflowError, "%s", wideMsg);
            return false;
        }
        if (over) {
            setError(&ExcOverflowError, "%s is too large", name);
            return false;
        }
    }
    int64_t v;
    if (intAsInt64(idx.get(), &v)) {
        *out = static_cast<uint64_t>(v);
        return true;
    }
    // Between 2^63 and max: take it apart around 2^63.
    clearError();
    Ref<> half = Ref<>::steal(intFromUint64(uint64_t(1) << 63));
    if (!half) return false;
    Ref<> low = Ref<>::steal(binaryOp(idx.get(), half.get(), BinOp::Subtract));
    if (!low || !intAsInt64(low.get(), &v)) return false;
    *out = (uint64_t(1) << 63) + static_cast<uint64_t>(v);
    return true;
}

bool blake2Int(Object* o, int64_t* out) {
    Ref<> idx = Ref<>::steal(numberIndex(o));
    if (!idx) return false;
    if (!intAsInt64(idx.get(), out)) return false;
    return true;
}

// blake2b/blake2s(data=b'', /, *, digest_size=MAX, key=b'', salt=b'', person=b'', fanout=1,
// depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
// usedforsecurity=True): the parameter block of RFC 7693 section 2.5 (BLAKE2 spec 2.8).
Object* blake2New(Type* t, Object* args, Object* kwargs) {
    static const char* const kNames[] = {
        "",          "digest_size", "key",        "salt",       "person",
        "fanout",    "depth",       "leaf_size",  "node_offset", "node_depth",
        "inner_size", "last_node",  "usedforsecurity"};
    const bool isB = t == &Blake2bType;
    const Algo* al = isB ? &kBlake2b : &kBlake2s;
    const int maxDigest = isB ? 64 : 32, maxKey = isB ? 64 : 32;
    const size_t saltSize = isB ? 16 : 8, personSize = isB ? 16 : 8;
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return nullptr;
    Object* a[13];
    if (!parseArgs(al->name, flat.data(), static_cast<size_t>(tupleSize(args)), kwnames.get(),
                   kNames, 13, 0, a, 1, 1)) {
        return nullptr;
    }
    std::string_view data, key, salt, person;
    if (a[0] && !hashInput(a[0], &data)) return nullptr;
    int64_t digestSize = maxDigest;
    if (a[1] && !blake2Int(a[1], &digestSize)) return nullptr;
    if (a[2] && !getBytesView(a[2], &key)) return nullptr;
    if (a[3] && !getBytesView(a[3], &salt)) return nullptr;
    if (a[4] && !getBytesView(a[4], &person)) return nullptr;
    int64_t fanout = 1, depth = 1, nodeDepth = 0, innerSize = 0;
    uint64_t leafSize = 0, nodeOffset = 0;
    if (a[5] && !blake2Int(a[5], &fanout)) return nullptr;
    if (a[6] && !blake2Int(a[6], &depth)) return nullptr;
    if (a[7] && !blake2Unsigned(a[7], "leaf_size",
                                "Python int too large to convert to C unsigned long",
                                0xffffffffu, &leafSize)) return nullptr;
    if (a[8] && !blake2Unsigned(a[8], "node_offset", "int too big to convert",
                                isB ? ~uint64_t(0) : 0xffffffffffffu, &nodeOffset)) {
        return nullptr;
    }
    if (a[9] && !blake2Int(a[9], &nodeDepth)) return nullptr;
    if (a[10] && !blake2Int(a[10], &innerSize)) return nullptr;
    bool lastNode = false;
    if (a[11]) {
        int v = isTrue(a[11]);
        if (v < 0) return nullptr;
        lastNode = v;
    }
    if (digestSize <= 0 || digestSize > maxDigest) {
        return setError(&ExcValueError, "digest_size must be between 1 and %d bytes", maxDigest);
    }
    if (salt.size() > saltSize) {
        return setError(&ExcValueError, "maximum salt length is %d bytes", int(saltSize));
    }
    if (person.size() > personSize) {
        return setError(&ExcValueError, "maximum person length is %d bytes", int(personSize));
    }
    if (fanout < 0 || fanout > 255) {
        return setError(&ExcValueError, "fanout must be between 0 and 255");
    }
    if (depth <= 0 || depth > 255) {
        return setError(&ExcValueError, "depth must be between 1 and 255");
    }
    if (nodeDepth < 0 || nodeDepth > 255) {
        return setError(&ExcValueError, "node_depth must be between 0 and 255");
    }
    if (innerSize < 0 || innerSize > maxDigest) {
        return setError(&ExcValueError, "inner_size must be between 0 and is %d", maxDigest);
    }
    if (key.size() > static_cast<size_t>(maxKey)) {
        return setError(&ExcValueError, "maximum key length is %d bytes", maxKey);
    }
    // The parameter block, little-endian fields.
    uint8_t p[64] = {};
    p[0] = static_cast<uint8_t>(digestSize);
    p[1] = static_cast<uint8_t>(key.size());
    p[2] = static_cast<uint8_t>(fanout);
    p[3] = static_cast<uint8_t>(depth);
    store32le(p + 4, static_cast<uint32_t>(leafSize));
    if (isB) {
        store64le(p + 8, nodeOffset);
        p[16] = static_cast<uint8_t>(nodeDepth);
        p[17] = static_cast<uint8_t>(innerSize);
        copyBytes(p + 32, salt.data(), salt.size());
        copyBytes(p + 48, person.data(), person.size());
    } else {
        store32le(p + 8, static_cast<uint32_t>(nodeOffset));
        p[12] = static_cast<uint8_t>(nodeOffset >> 32);
        p[13] = static_cast<uint8_t>(nodeOffset >> 40);
        p[14] = static_cast<uint8_t>(nodeDepth);
        p[15] = static_cast<uint8_t>(innerSize);
        copyBytes(p + 16, salt.data(), salt.size());
        copyBytes(p + 24, person.data(), person.size());
    }
    HashObject* h = newHash(t, al);
    if (!h) return nullptr;
    Blake2State& s = h->b2;
    std::memset(&s, 0, sizeof s);
    for (int i = 0; i < 8; i++) {
        s.h[i] = isB ? kSha512Iv[i] ^ load64le(p + 8 * i) : kSha256Iv[i] ^ load32le(p + 4 * i);
    }
    s.digestSize = static_cast<uint8_t>(digestSize);
    s.lastNode = lastNode;
    if (!key.empty()) {
        uint8_t block[128] = {};
        copyBytes(block, key.data(), key.size());
        hashUpdateBytes(h, block, al->blockSize);
    }
    hashUpdateBytes(h, reinterpret_cast<const uint8_t*>(data.data()), data.size());
    return &h->ob;
}

// md5(string=b'', *, usedforsecurity=True) and the other Merkle-Damgard constructors.
Object* mdConstruct(Type* t, const Algo* al, Object* const* args, size_t nargs,
                    Object* kwnames) {
    static const char* const kNames[] = {"string", "usedforsecurity"};
    Object* a[2];
    if (!parseArgs(al->name, args, nargs, kwnames, kNames, 2, 0, a, 0, 1)) return nullptr;
    std::string_view data;
    if (a[0] && !hashInput(a[0], &data)) return nullptr;
    HashObject* h = newHash(t, al);
    if (!h) return nullptr;
    hashUpdateBytes(h, reinterpret_cast<const uint8_t*>(data.data()), data.size());
    return &h->ob;
}

#define KRAIT_MD_CONSTRUCTOR(fn, type, algo)                                      \
    Object* fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {    \
        return mdConstruct(&type, &algo, args, nargs, kwnames);                   \
    }
KRAIT_MD_CONSTRUCTOR(newMd5, Md5HashType, kMd5)
KRAIT_MD_CONSTRUCTOR(newSha1, Sha1HashType, kSha1)
KRAIT_MD_CONSTRUCTOR(newSha224, Sha224HashType, kSha224)
KRAIT_MD_CONSTRUCTOR(newSha256, Sha256HashType, kSha256)
KRAIT_MD_CONSTRUCTOR(newSha384, Sha384HashType, kSha384)
KRAIT_MD_CONSTRUCTOR(newSha512, Sha512HashType, kSha512)
#undef KRAIT_MD_CONSTRUCTOR

const MethodDef kMd5Functions[] = {
    {"md5", newMd5, 0, "Return a new MD5 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kSha1Functions[] = {
    {"sha1", newSha1, 0, "Return a new SHA1 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kSha256Functions[] = {
    {"sha256", newSha256, 0,
     "Return a new SHA-256 hash object; optionally initialized with a string."},
    {"sha224", newSha224, 0,
     "Return a new SHA-224 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kSha512Functions[] = {
    {"sha512", newSha512, 0,
     "Return a new SHA-512 hash object; optionally initialized with a string."},
    {"sha384", newSha384, 0,
     "Return a new SHA-384 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};

// A module with the given functions and (attribute name, type) pairs.
Object* hashModule(const char* name, const MethodDef* functions,
                   std::initializer_list<std::pair<const char*, Type*>> types) {
    Ref<> m = Ref<>::steal(moduleNew(name));
    if (!m) return nullptr;
    if (functions && !moduleAddFunctions(m.get(), functions)) return nullptr;
    for (const auto& [attr, t] : types) {
        if (!typeReady(t)) return nullptr;
        if (!moduleAddObject(m.get(), attr, newRef(asObject(t)))) return nullptr;
    }
    return m.release();
}

// BLAKE2 class constants (blake2b.SALT_SIZE, ...), set once on the static types.
bool addBlake2Constants(Type* t, int salt, int person, int key, int digest) {
    const std::pair<const char*, int> kv[] = {
        {"SALT_SIZE", salt}, {"PERSON_SIZE", person}, {"MAX_KEY_SIZE", key},
        {"MAX_DIGEST_SIZE", digest}};
    for (const auto& [k, v] : kv) {
        Ref<> n = Ref<>::steal(intFromInt64(v));
        if (!n || dictSetItemStr(t->dict, k, n.get()) < 0) return false;
    }
    typeModified(t);
    return true;
}

}  // namespace

Object* createMd5Module(InterpState*) {
    return hashModule("_md5", kMd5Functions, {{"MD5Type", &Md5HashType}});
}
Object* createSha1Module(InterpState*) {
    return hashModule("_sha1", kSha1Functions, {{"SHA1Type", &Sha1HashType}});
}
Object* createSha256Module(InterpState*) {
    return hashModule("_sha256", kSha256Functions,
                      {{"SHA224Type", &Sha224HashType}, {"SHA256Type", &Sha256HashType}});
}
Object* createSha512Module(InterpState*) {
    // As CPython 3.11's _sha512: one attribute, SHA384Type, and it names the sha512 type.
    if (!typeReady(&Sha384HashType)) return nullptr;
    return hashModule("_sha512", kSha512Functions, {{"SHA384Type", &Sha512HashType}});
}
Object* createSha3Module(InterpState*) {
    return hashModule("_sha3", nullptr,
                      {{"sha3_224", &Sha3_224Type}, {"sha3_256", &Sha3_256Type},
                       {"sha3_384", &Sha3_384Type}, {"sha3_512", &Sha3_512Type},
                       {"shake_128", &Shake128Type}, {"shake_256", &Shake256Type}});
}
Object* createBlake2Module(InterpState*) {
    Ref<> m = Ref<>::steal(
        hashModule("_blake2", nullptr, {{"blake2b", &Blake2bType}, {"blake2s", &Blake2sType}}));
    if (!m) return nullptr;
    if (!dictGetItemStr(Blake2bType.dict, "SALT_SIZE")) {
        if (!addBlake2Constants(&Blake2bType, 16, 16, 64, 64) ||
            !addBlake2Constants(&Blake2sType, 8, 8, 32, 32)) {
            return nullptr;
        }
    }
    const std::pair<const char*, int> kConsts[] = {
        {"BLAKE2B_SALT_SIZE", 16},       {"BLAKE2B_PERSON_SIZE", 16},
        {"BLAKE2B_MAX_KEY_SIZE", 64},    {"BLAKE2B_MAX_DIGEST_SIZE", 64},
        {"BLAKE2S_SALT_SIZE", 8},        {"BLAKE2S_PERSON_SIZE", 8},
        {"BLAKE2S_MAX_KEY_SIZE", 32},    {"BLAKE2S_MAX_DIGEST_SIZE", 32}};
    for (const auto& [k, v] : kConsts) {
        if (!moduleAddInt(m.get(), k, v)) return nullptr;
    }
    return m.release();
}

}  // namespace krait
