// The builtin hash modules hashlib falls back to without OpenSSL: _md5, _sha1, _sha256
// (sha224/sha256), _sha3 (sha3_*, shake_*) and _blake2 (blake2b/blake2s), plus _operator's
// _compare_digest for hmac. Written as embedded Python (_sha512 is in random_module.cpp).
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "objects/int.h"
#include "objects/module.h"

namespace krait {

namespace {

// Hash input: bytes-like objects only, with the messages of CPython's hashlib.
const char kAsBytes[] = R"PY(
def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None

)PY";

// A Merkle-Damgard hash: subclasses define _compress(block), the initial state, the block
// size, the length encoding and the digest layout.
const char kMdBase[] = R"PY(
class _MD:
    _big = True
    _lenbytes = 8
    def __init__(self, data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        self._h = list(self._iv)
        self._buf = b''
        self._len = 0
        data = _as_bytes(data)
        if data:
            self.update(data)
    def update(self, data):
        data = _as_bytes(data)
        self._len += len(data)
        buf = self._buf + data
        bs = self.block_size
        n = len(buf) // bs * bs
        for i in range(0, n, bs):
            self._compress(buf[i:i + bs])
        self._buf = buf[n:]
    def copy(self):
        c = object.__new__(type(self))
        c._h = list(self._h)
        c._buf = self._buf
        c._len = self._len
        return c
    def digest(self):
        c = self.copy()
        bs = self.block_size
        ml = (c._len * 8) & ((1 << (8 * self._lenbytes)) - 1)
        padlen = (bs - self._lenbytes - 1 - c._len) % bs
        order = 'big' if self._big else 'little'
        c.update(b'\x80' + b'\x00' * padlen + ml.to_bytes(self._lenbytes, order))
        ws = self._wordsize
        out = b''.join(x.to_bytes(ws, order) for x in c._h)
        return out[:self.digest_size]
    def hexdigest(self):
        return self.digest().hex()
)PY";

const char kMd5Source[] = R"PY(
import math as _math
_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_K = [int(abs(_math.sin(i + 1)) * 4294967296) & 0xffffffff for i in range(64)]

class md5(_MD):
    name = 'md5'
    digest_size = 16
    block_size = 64
    _big = False
    _wordsize = 4
    _iv = (0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)
    def _compress(self, block):
        m = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b, c, d = self._h
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & 0xffffffff))
                g = (7 * i) % 16
            f = (f + a + _K[i] + m[g]) & 0xffffffff
            a, d, c = d, c, b
            b = (b + ((f << _S[i]) | (f >> (32 - _S[i])))) & 0xffffffff
        self._h = [(x + y) & 0xffffffff for x, y in zip(self._h, (a, b, c, d))]
md5.__module__ = '_md5'
MD5Type = md5
)PY";

const char kSha1Source[] = R"PY(
def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xffffffff

class sha1(_MD):
    name = 'sha1'
    digest_size = 20
    block_size = 64
    _wordsize = 4
    _iv = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)
    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for t in range(16, 80):
            w.append(_rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
        a, b, c, d, e = self._h
        for t in range(80):
            if t < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif t < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif t < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            tmp = (_rotl(a, 5) + (f & 0xffffffff) + e + k + w[t]) & 0xffffffff
            a, b, c, d, e = tmp, a, _rotl(b, 30), c, d
        self._h = [(x + y) & 0xffffffff for x, y in zip(self._h, (a, b, c, d, e))]
sha1.__module__ = '_sha1'
SHA1Type = sha1
)PY";

const char kSha256Source[] = R"PY(
_K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2]

def _rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & 0xffffffff

class sha256(_MD):
    name = 'sha256'
    digest_size = 32
    block_size = 64
    _wordsize = 4
    _iv = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
           0x1f83d9ab, 0x5be0cd19)
    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for t in range(16, 64):
            x, y = w[t - 15], w[t - 2]
            s0 = _rotr(x, 7) ^ _rotr(x, 18) ^ (x >> 3)
            s1 = _rotr(y, 17) ^ _rotr(y, 19) ^ (y >> 10)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & 0xffffffff)
        a, b, c, d, e, f, g, h = self._h
        for t in range(64):
            S1 = _rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + _K[t] + w[t]) & 0xffffffff
            S0 = _rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & 0xffffffff
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & 0xffffffff, c, b, a, (t1 + t2) & 0xffffffff
        self._h = [(x + y) & 0xffffffff for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

class sha224(sha256):
    name = 'sha224'
    digest_size = 28
    _iv = (0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511,
           0x64f98fa7, 0xbefa4fa4)
sha256.__module__ = sha224.__module__ = '_sha256'
SHA256Type = sha256
SHA224Type = sha224
)PY";

const char kSha3Source[] = R"PY(
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
       0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
       0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
       0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
       0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
        [27, 20, 39, 8, 14]]
_M = 0xffffffffffffffff

def _keccak(a):
    for rnd in range(24):
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        d = [c[(x - 1) % 5] ^ (((c[(x + 1) % 5] << 1) | (c[(x + 1) % 5] >> 63)) & _M)
             for x in range(5)]
        a = [[a[x][y] ^ d[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                r = _ROT[x][y]
                v = a[x][y]
                b[y][(2 * x + 3 * y) % 5] = ((v << r) | (v >> (64 - r))) & _M if r else v
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        a[0][0] ^= _RC[rnd]
    return a

class _Sponge:
    _pad = 0x06
    def __init__(self, data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        self._a = [[0] * 5 for _ in range(5)]
        self._buf = b''
        data = _as_bytes(data)
        if data:
            self.update(data)
    def _absorb(self, block):
        a = self._a
        for i in range(self.block_size // 8):
            a[i % 5][i // 5] ^= int.from_bytes(block[8 * i:8 * i + 8], 'little')
        self._a = _keccak(a)
    def update(self, data):
        buf = self._buf + _as_bytes(data)
        bs = self.block_size
        n = len(buf) // bs * bs
        for i in range(0, n, bs):
            self._absorb(buf[i:i + bs])
        self._buf = buf[n:]
    def copy(self):
        c = object.__new__(type(self))
        c._a = [list(r) for r in self._a]
        c._buf = self._buf
        return c
    def _squeeze(self, n):
        c = self.copy()
        bs = self.block_size
        pad = bytearray(bs - len(c._buf))
        pad[0] ^= self._pad
        pad[-1] ^= 0x80
        c._absorb(c._buf + bytes(pad))
        out = b''
        a = c._a
        while len(out) < n:
            out += b''.join(a[i % 5][i // 5].to_bytes(8, 'little') for i in range(bs // 8))
            if len(out) < n:
                a = _keccak(a)
        return out[:n]

class _Fixed(_Sponge):
    def digest(self):
        return self._squeeze(self.digest_size)
    def hexdigest(self):
        return self.digest().hex()

def _mk(name, size):
    return type(name, (_Fixed,), {'name': name, 'digest_size': size,
                                  'block_size': 200 - 2 * size, '__module__': '_sha3'})

sha3_224 = _mk('sha3_224', 28)
sha3_256 = _mk('sha3_256', 32)
sha3_384 = _mk('sha3_384', 48)
sha3_512 = _mk('sha3_512', 64)

class _Shake(_Sponge):
    _pad = 0x1f
    digest_size = 0
    def digest(self, length):
        return self._squeeze(length)
    def hexdigest(self, length):
        return self.digest(length).hex()

shake_128 = type('shake_128', (_Shake,), {'name': 'shake_128', 'block_size': 168,
                                          '__module__': '_sha3'})
shake_256 = type('shake_256', (_Shake,), {'name': 'shake_256', 'block_size': 136,
                                          '__module__': '_sha3'})
del _mk
)PY";

const char kBlake2Source[] = R"PY(
_SIGMA = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0]]

class _Blake2:
    def __init__(self, data=b'', *, digest_size=None, key=b'', salt=b'', person=b'',
                 fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
                 inner_size=0, last_node=False, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        if not 1 <= digest_size <= self.MAX_DIGEST_SIZE:
            raise ValueError("digest_size must be between 1 and %d bytes"
                             % self.MAX_DIGEST_SIZE)
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError("maximum key length is %d bytes" % self.MAX_KEY_SIZE)
        if len(salt) > self.SALT_SIZE:
            raise ValueError("maximum salt length is %d bytes" % self.SALT_SIZE)
        if len(person) > self.PERSON_SIZE:
            raise ValueError("maximum person length is %d bytes" % self.PERSON_SIZE)
        self.digest_size = digest_size
        w = self._w
        p = bytearray(8 * w)
        p[0] = digest_size
        p[1] = len(key)
        p[2] = fanout
        p[3] = depth
        p[4:8] = leaf_size.to_bytes(4, 'little')
        if w == 8:
            p[8:16] = node_offset.to_bytes(8, 'little')
            p[16] = node_depth
            p[17] = inner_size
            p[32:32 + len(salt)] = salt
            p[48:48 + len(person)] = person
        else:
            p[8:14] = node_offset.to_bytes(6, 'little')
            p[14] = node_depth
            p[15] = inner_size
            p[16:16 + len(salt)] = salt
            p[24:24 + len(person)] = person
        self._h = [iv ^ int.from_bytes(p[i * w:(i + 1) * w], 'little')
                   for i, iv in enumerate(self._iv)]
        self._t = 0
        self._buf = b''
        self._last_node = last_node
        if key:
            self.update(bytes(key) + bytes(self.block_size - len(key)))
        data = _as_bytes(data)
        if data:
            self.update(data)

    def _g(self, v, a, b, c, d, x, y):
        m = self._mask
        r1, r2, r3, r4 = self._rot
        bits = self._w * 8
        v[a] = (v[a] + v[b] + x) & m
        z = v[d] ^ v[a]; v[d] = ((z >> r1) | (z << (bits - r1))) & m
        v[c] = (v[c] + v[d]) & m
        z = v[b] ^ v[c]; v[b] = ((z >> r2) | (z << (bits - r2))) & m
        v[a] = (v[a] + v[b] + y) & m
        z = v[d] ^ v[a]; v[d] = ((z >> r3) | (z << (bits - r3))) & m
        v[c] = (v[c] + v[d]) & m
        z = v[b] ^ v[c]; v[b] = ((z >> r4) | (z << (bits - r4))) & m

    def _compress(self, block, last):
        w = self._w
        m = [int.from_bytes(block[i * w:(i + 1) * w], 'little') for i in range(16)]
        v = list(self._h) + list(self._iv)
        mask = self._mask
        v[12] ^= self._t & mask
        v[13] ^= (self._t >> (8 * w)) & mask
        if last:
            v[14] ^= mask
            if self._last_node:
                v[15] ^= mask
        for r in range(self._rounds):
            s = _SIGMA[r % 10]
            self._g(v, 0, 4, 8, 12, m[s[0]], m[s[1]])
            self._g(v, 1, 5, 9, 13, m[s[2]], m[s[3]])
            self._g(v, 2, 6, 10, 14, m[s[4]], m[s[5]])
            self._g(v, 3, 7, 11, 15, m[s[6]], m[s[7]])
            self._g(v, 0, 5, 10, 15, m[s[8]], m[s[9]])
            self._g(v, 1, 6, 11, 12, m[s[10]], m[s[11]])
            self._g(v, 2, 7, 8, 13, m[s[12]], m[s[13]])
            self._g(v, 3, 4, 9, 14, m[s[14]], m[s[15]])
        self._h = [self._h[i] ^ v[i] ^ v[i + 8] for i in range(8)]

    def update(self, data):
        buf = self._buf + _as_bytes(data)
        bs = self.block_size
        # keep the last (possibly full) block for the final compression
        while len(buf) > bs:
            self._t += bs
            self._compress(buf[:bs], False)
            buf = buf[bs:]
        self._buf = buf

    def copy(self):
        c = object.__new__(type(self))
        c.__dict__.update(self.__dict__)
        c._h = list(self._h)
        return c

    def digest(self):
        c = self.copy()
        c._t += len(c._buf)
        c._compress(c._buf + bytes(self.block_size - len(c._buf)), True)
        out = b''.join(x.to_bytes(self._w, 'little') for x in c._h)
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

class blake2b(_Blake2):
    name = 'blake2b'
    block_size = 128
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16
    _w = 8
    _mask = 0xffffffffffffffff
    _rounds = 12
    _rot = (32, 24, 16, 63)
    _iv = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
           0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)

class blake2s(_Blake2):
    name = 'blake2s'
    block_size = 64
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8
    _w = 4
    _mask = 0xffffffff
    _rounds = 10
    _rot = (16, 12, 8, 7)
    _iv = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c,
           0x1f83d9ab, 0x5be0cd19)

blake2b.__module__ = blake2s.__module__ = '_blake2'
BLAKE2B_SALT_SIZE = 16
BLAKE2B_PERSON_SIZE = 16
BLAKE2B_MAX_KEY_SIZE = 64
BLAKE2B_MAX_DIGEST_SIZE = 64
BLAKE2S_SALT_SIZE = 8
BLAKE2S_PERSON_SIZE = 8
BLAKE2S_MAX_KEY_SIZE = 32
BLAKE2S_MAX_DIGEST_SIZE = 32
)PY";

const char kOperatorSource[] = R"PY(
def _compare_digest(a, b, /):
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    a = bytes(a)
    b = bytes(b)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
)PY";

// operator.index(a): the exact int of a.__index__() with CPython's TypeError.
Object* operatorIndex(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("index", kwnames) || !checkArgCount("index", nargs, 1, 1)) return nullptr;
    return numberIndex(args[0]);
}

const MethodDef kOperatorNatives[] = {
    {"index", operatorIndex, 0, "Same as a.__index__()"},
    {nullptr, nullptr, 0, nullptr},
};

// _operator.length_hint(obj, default=0, /): PyObject_LengthHint.
Object* operatorLengthHint(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("length_hint", kwnames) || !checkArgCount("length_hint", nargs, 1, 2))
        return nullptr;
    ssize deflt = 0;
    if (nargs == 2) {
        deflt = asSsize(args[1], &ExcOverflowError);
        if (deflt == -1 && errOccurred()) return nullptr;
    }
    ssize n = lengthHint(args[0], deflt);
    if (n == -1 && errOccurred()) return nullptr;
    return intFromSsize(n);
}

const MethodDef kOperatorNativeMethods[] = {
    {"length_hint", operatorLengthHint, 0,
     "Return an estimate of the number of items in obj.\n\nThis is useful for presizing "
     "containers when building from an iterable.\n\nIf the object supports len(), the result "
     "will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe "
     "result will be an integer >= 0."},
    {nullptr, nullptr, 0, nullptr},
};

Object* mdModule(const char* name, const char* body) {
    std::string src = std::string(kAsBytes) + kMdBase + body;
    return moduleFromEmbeddedSource(name, src.c_str());
}

}  // namespace

Object* createMd5Module(InterpState*) { return mdModule("_md5", kMd5Source); }
Object* createSha1Module(InterpState*) { return mdModule("_sha1", kSha1Source); }
Object* createSha256Module(InterpState*) { return mdModule("_sha256", kSha256Source); }
Object* createSha3Module(InterpState*) {
    std::string src = std::string(kAsBytes) + kSha3Source;
    return moduleFromEmbeddedSource("_sha3", src.c_str());
}
Object* createBlake2Module(InterpState*) {
    std::string src = std::string(kAsBytes) + kBlake2Source;
    return moduleFromEmbeddedSource("_blake2", src.c_str());
}

Object* createOperatorModule(InterpState*) {
    Object* m = moduleFromEmbeddedSource("_operator", kOperatorSource);
    if (!m) return nullptr;
    Ref<> owner = Ref<>::steal(m);
    if (!moduleAddFunctions(m, kOperatorNativeMethods)) return nullptr;
    if (!moduleAddFunctions(m, kOperatorNatives)) return nullptr;
    if (!moduleAddString(m, "__doc__",
                         "Operator interface.\n\nThis module exports a set of functions "
                         "implemented in C corresponding\nto the intrinsic operators of Python."
                         "  For example, operator.add(x, y)\nis equivalent to the expression "
                         "x+y.  The function names are those\nused for special methods; "
                         "variants without leading and trailing\n'__' are also provided for "
                         "convenience.")) {
        return nullptr;
    }
    return owner.release();
}

}  // namespace krait
