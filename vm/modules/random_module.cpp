// The _random module (Mersenne Twister MT19937 exactly as CPython's, so seeded sequences
// match). Embedded Python (see embedded_py_module.h); _sha512, which random.py uses to seed
// from str/bytes, is in hash_module.cpp.
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kRandomSource[] = R"PY(
_N = 624
_M = 397
_MASK = 0xffffffff

class Random:
    def __new__(cls, *args, **kwargs):
        if cls is Random and kwargs:
            raise TypeError("Random() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError("Random() expected at most 1 argument, got %d" % len(args))
        self = object.__new__(cls)
        self._mt = [0] * _N
        self._index = _N + 1
        Random.seed(self, args[0] if args else None)
        return self

    def _init_genrand(self, s):
        mt = self._mt
        mt[0] = s & _MASK
        for i in range(1, _N):
            prev = mt[i - 1]
            mt[i] = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK
        self._index = _N

    def _init_by_array(self, key):
        self._init_genrand(19650218)
        mt = self._mt
        i = 1
        j = 0
        klen = len(key)
        for _ in range(max(_N, klen)):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _MASK
            i += 1
            j += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
            if j >= klen:
                j = 0
        for _ in range(_N - 1):
            prev = mt[i - 1]
            mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _MASK
            i += 1
            if i >= _N:
                mt[0] = mt[_N - 1]
                i = 1
        mt[0] = 0x80000000
        self._index = _N

    def seed(self, n=None, /):
        if n is None:
            import posix
            data = posix.urandom(_N * 4)
            key = [int.from_bytes(data[i:i + 4], 'little') for i in range(0, len(data), 4)]
            self._init_by_array(key)
            return None
        if isinstance(n, int):
            v = abs(n)
        else:
            v = abs(hash(n))
        key = []
        while v:
            key.append(v & _MASK)
            v >>= 32
        if not key:
            key = [0]
        self._init_by_array(key)
        return None

    def _genrand(self):
        mt = self._mt
        if self._index >= _N:
            for kk in range(_N):
                y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % _N] & 0x7fffffff)
                v = mt[(kk + _M) % _N] ^ (y >> 1)
                if y & 1:
                    v ^= 0x9908b0df
                mt[kk] = v
            self._index = 0
        y = mt[self._index]
        self._index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y

    def random(self):
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k, /):
        if not isinstance(k, int):
            k = k.__index__()
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k == 0:
            return 0
        if k <= 32:
            return self._genrand() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._genrand()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def getstate(self):
        return tuple(self._mt) + (self._index,)

    def setstate(self, state, /):
        if not isinstance(state, tuple):
            raise TypeError("state vector must be a tuple")
        if len(state) != _N + 1:
            raise ValueError("state vector is the wrong size")
        mt = []
        for x in state[:_N]:
            if not isinstance(x, int):
                raise TypeError("state vector items must be integers")
            mt.append(x & _MASK)
        index = state[_N]
        if not isinstance(index, int):
            raise TypeError("state vector items must be integers")
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        self._mt = mt
        self._index = index
        return None

Random.__module__ = '_random'
)PY";


}  // namespace

Object* createRandomModule(InterpState*) {
    return moduleFromEmbeddedSource("_random", kRandomSource);
}

}  // namespace krait
