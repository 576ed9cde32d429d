// The _random module (CPython's Modules/_randommodule.c): the Random base type of random.py,
// a Mersenne Twister MT19937 seeded exactly as CPython's (init_by_array over the 32-bit words
// of |n|, or of hash(n) taken as an unsigned machine word for non-ints), so seeded sequences,
// getrandbits() of any size and getstate()/setstate() tuples match CPython bit for bit.
#include <cstdint>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/bigint.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "platform/platform.h"

namespace krait {

extern Type RandomType;

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpperMask = 0x80000000u;
constexpr uint32_t kLowerMask = 0x7fffffffu;

struct RandomObject {
    Object ob;
    int index;
    uint32_t state[kN];
};

RandomObject* asRandom(Object* o) { return reinterpret_cast<RandomObject*>(o); }

void initGenrand(RandomObject* r, uint32_t s) {
    uint32_t* mt = r->state;
    mt[0] = s;
    for (int i = 1; i < kN; i++) {
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
    }
    r->index = kN;
}

void initByArray(RandomObject* r, const uint32_t* key, size_t keyLength) {
    uint32_t* mt = r->state;
    initGenrand(r, 19650218u);
    size_t i = 1, j = 0;
    size_t k = kN > keyLength ? kN : keyLength;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] +
                static_cast<uint32_t>(j);
        i++;
        j++;
        if (i >= kN) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
        if (j >= keyLength) j = 0;
    }
    for (k = kN - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) -
                static_cast<uint32_t>(i);
        i++;
        if (i >= kN) {
            mt[0] = mt[kN - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;   // the most significant bit is 1: a non-zero initial array
}

uint32_t genrandUint32(RandomObject* r) {
    uint32_t* mt = r->state;
    if (r->index >= kN) {
        int kk = 0;
        for (; kk < kN - kM; kk++) {
            uint32_t y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
            mt[kk] = mt[kk + kM] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
        }
        for (; kk < kN - 1; kk++) {
            uint32_t y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
            mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
        }
        uint32_t y = (mt[kN - 1] & kUpperMask) | (mt[0] & kLowerMask);
        mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ ((y & 1u) ? kMatrixA : 0u);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
}

// Seeds from n (None: OS randomness). Returns false with an exception set.
bool randomSeed(RandomObject* r, Object* arg) {
    if (!arg || isNone(arg)) {
        uint32_t key[kN];
        if (!platform::randomBytes(key, sizeof key)) {
            // No OS randomness: fall back to the clock, as CPython's random_seed_time_pid.
            int64_t t = platform::perfCounterNs();
            key[0] = static_cast<uint32_t>(t);
            key[1] = static_cast<uint32_t>(static_cast<uint64_t>(t) >> 32);
            initByArray(r, key, 2);
            return true;
        }
        initByArray(r, key, kN);
        return true;
    }
    std::vector<uint32_t> key;
    if (isInt(arg)) {
        // int.__abs__ on the value (an int subclass's __abs__ is not called).
        BigInt v = intToBigInt(arg);
        key = v.limbs();
    } else {
        hash_t h = hash(arg);
        if (h == -1 && errOccurred()) return false;
        uint64_t u = static_cast<uint64_t>(static_cast<int64_t>(h));
        key.push_back(static_cast<uint32_t>(u));
        if (u >> 32) key.push_back(static_cast<uint32_t>(u >> 32));
    }
    if (key.empty()) key.push_back(0);
    initByArray(r, key.data(), key.size());
    return true;
}

Object* randomSeedMethod(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("seed", kwnames) || !checkArgCount("seed", nargs, 0, 1)) return nullptr;
    if (!randomSeed(asRandom(self), nargs ? args[0] : nullptr)) return nullptr;
    return newNone();
}

Object* randomRandom(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs || kwCount(kwnames)) {
        return setError(&ExcTypeError, "Random.random() takes no arguments (%zu given)",
                        nargs + kwCount(kwnames));
    }
    RandomObject* r = asRandom(self);
    uint32_t a = genrandUint32(r) >> 5;
    uint32_t b = genrandUint32(r) >> 6;
    return floatFromDouble((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Object* randomGetrandbits(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("getrandbits", kwnames) || !checkArgCount("getrandbits", nargs, 1, 1))
        return nullptr;
    if (isFloat(args[0])) {
        return setError(&ExcTypeError, "'float' object cannot be interpreted as an integer");
    }
    Ref<> idx = Ref<>::steal(numberIndex(args[0]));
    if (!idx) return nullptr;
    int64_t k64;
    if (!intAsInt64(idx.get(), &k64) || k64 > INT32_MAX || k64 < INT32_MIN) {
        clearError();
        return setError(&ExcOverflowError, "Python int too large to convert to C int");
    }
    int64_t k = k64;
    if (k < 0) return setError(&ExcValueError, "number of bits must be non-negative");
    RandomObject* r = asRandom(self);
    if (k == 0) return intFromInt64(0);
    if (k <= 32) return intFromUint64(genrandUint32(r) >> (32 - k));
    if (k <= 64) {
        uint64_t lo = genrandUint32(r);
        uint64_t hi = genrandUint32(r) >> (64 - k);
        return intFromUint64(lo | (hi << 32));
    }
    size_t words = static_cast<size_t>((k - 1) / 32 + 1);
    std::string bytes;
    bytes.resize(words * 4);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t v = genrandUint32(r);
        if (k < 32) v >>= (32 - k);
        for (int b = 0; b < 4; b++) bytes[i * 4 + b] = static_cast<char>((v >> (8 * b)) & 0xff);
    }
    return intFromBigInt(BigInt::fromBytes(bytes, true, false));
}

Object* randomGetstate(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs || kwCount(kwnames)) {
        return setError(&ExcTypeError, "Random.getstate() takes no arguments (%zu given)",
                        nargs + kwCount(kwnames));
    }
    RandomObject* r = asRandom(self);
    Ref<> t = Ref<>::steal(tupleNew(kN + 1));
    if (!t) return nullptr;
    for (int i = 0; i < kN; i++) {
        Object* v = intFromUint64(r->state[i]);
        if (!v) return nullptr;
        tupleSetItemSteal(t.get(), i, v);
    }
    Object* v = intFromInt64(r->index);
    if (!v) return nullptr;
    tupleSetItemSteal(t.get(), kN, v);
    return t.release();
}

// PyLong_AsUnsignedLong: the value of an int as a 64-bit unsigned word.
bool asUnsignedWord(Object* o, uint64_t* out) {
    if (!isInt(o)) {
        setError(&ExcTypeError, "an integer is required");
        return false;
    }
    if (intSign(o) < 0) {
        setError(&ExcOverflowError, "can't convert negative value to unsigned int");
        return false;
    }
    BigInt v = intToBigInt(o);
    const std::vector<uint32_t>& limbs = v.limbs();
    if (limbs.size() > 2) {
        setError(&ExcOverflowError, "Python int too large to convert to C unsigned long");
        return false;
    }
    uint64_t u = 0;
    for (size_t i = limbs.size(); i-- > 0;) u = (u << 32) | limbs[i];
    *out = u;
    return true;
}

Object* randomSetstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("setstate", kwnames) || !checkArgCount("setstate", nargs, 1, 1))
        return nullptr;
    Object* state = args[0];
    if (!isTuple(state)) return setError(&ExcTypeError, "state vector must be a tuple");
    if (tupleSize(state) != kN + 1) {
        return setError(&ExcValueError, "state vector is the wrong size");
    }
    uint32_t fresh[kN];
    for (int i = 0; i < kN; i++) {
        uint64_t v;
        if (!asUnsignedWord(tupleItem(state, i), &v)) return nullptr;
        fresh[i] = static_cast<uint32_t>(v);
    }
    Object* idxObj = tupleItem(state, kN);
    if (!isInt(idxObj)) return setError(&ExcTypeError, "an integer is required");
    int64_t index;
    if (!intAsInt64(idxObj, &index)) {
        clearError();
        return setError(&ExcOverflowError, "Python int too large to convert to C long");
    }
    if (index < 0 || index > kN) return setError(&ExcValueError, "invalid state");
    RandomObject* r = asRandom(self);
    r->index = static_cast<int>(index);
    for (int i = 0; i < kN; i++) r->state[i] = fresh[i];
    return newNone();
}

Object* randomNew(Type* t, Object*, Object*) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    // A usable state even before __init__ (as CPython, which seeds in tp_init only).
    initGenrand(asRandom(o), 5489u);
    return o;
}

int randomInit(Object* self, Object* args, Object* kwargs) {
    if (self->type == &RandomType && kwargs && dictSize(kwargs) != 0) {
        setError(&ExcTypeError, "Random() takes no keyword arguments");
        return -1;
    }
    if (tupleSize(args) > 1) {
        setError(&ExcTypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return randomSeed(asRandom(self), tupleSize(args) ? tupleItem(args, 0) : nullptr) ? 0 : -1;
}

void randomDealloc(Object* self) { freeObject(self); }

const MethodDef kRandomMethods[] = {
    {"random", randomRandom, 0, "random() -> x in the interval [0, 1)."},
    {"seed", randomSeedMethod, 0, "seed([n]) -> None.\n\nDefaults to use urandom and falls back "
                                  "to a combination\nof the current time and the process "
                                  "identifier."},
    {"getstate", randomGetstate, 0, "getstate() -> tuple containing the current state."},
    {"setstate", randomSetstate, 0, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", randomGetrandbits, 0, "getrandbits(k) -> x.  Generates an int with k "
                                          "random bits."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type RandomType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_random.Random",
    .basicSize = sizeof(RandomObject),
    .flags = kTypeBaseType,
    .doc = "Random() -> create a random number generator with its own internal state.",
    .methods = kRandomMethods,
    .dealloc = randomDealloc,
    .getAttr = genericGetAttr,
    .new_ = randomNew,
    .init = randomInit,
};

Object* createRandomModule(InterpState*) {
    if (!typeReady(&RandomType)) return nullptr;
    Ref<> m = Ref<>::steal(moduleNew("_random"));
    if (!m) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", "Module implements the Mersenne Twister random "
                                             "number generator.")) {
        return nullptr;
    }
    if (!moduleAddObject(m.get(), "Random", newRef(asObject(&RandomType)))) return nullptr;
    return m.release();
}

}  // namespace krait
