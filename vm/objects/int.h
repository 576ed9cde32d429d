// int and bool. An int holds an int64_t value unless `big` is set (arbitrary precision, see
// objects/bigint.h); values that fit in int64 are ALWAYS stored small (normalized), so
// `big == nullptr` iff the value fits in int64. Small ints -5..256 are cached and immortal.
#pragma once

#include <string_view>

#include "core/object.h"
#include "core/types.h"

namespace krait {

class BigInt;

struct IntObject {
    Object ob;
    int64_t value;   // valid when big == nullptr
    BigInt* big;     // owned; null for values that fit in int64
};

inline IntObject* asInt(Object* o) { return reinterpret_cast<IntObject*>(o); }
inline bool intIsSmall(Object* o) { return asInt(o)->big == nullptr; }
// a * b into *r, true on overflow (as __builtin_mul_overflow). On wasm32 the builtin is a call
// to compiler-rt's 128-bit multiply (__multi3); factors that fit in 32 bits cannot overflow 64,
// so their product is computed directly there.
inline bool mulOverflow64(int64_t a, int64_t b, int64_t* r) {
#if defined(__wasm__)
    if (a == static_cast<int32_t>(a) && b == static_cast<int32_t>(b)) {
        *r = a * b;
        return false;
    }
#endif
    return __builtin_mul_overflow(a, b, r);
}
// For int's dealloc: keeps a dying exact int (big == null) on the per-thread free list; false
// if the list is full (int_core.cpp).
bool intFreeListPut(Object* o);
// Frees the objects cached by the calling thread (a thread that ends).
void intFreeListClear();

extern IntObject TrueObject;
extern IntObject FalseObject;
inline Object* trueObj() { return &TrueObject.ob; }
inline Object* falseObj() { return &FalseObject.ob; }
inline Object* newBool(bool b) {
    Object* o = b ? &TrueObject.ob : &FalseObject.ob;
    incref(o);
    return o;
}

Object* intFromInt64(int64_t v);
Object* intFromUint64(uint64_t v);
inline Object* intFromSsize(ssize v) { return intFromInt64(static_cast<int64_t>(v)); }
Object* intFromBigInt(const BigInt& v);        // normalizes to small when it fits
Object* intFromDouble(double d);               // int(d): OverflowError/ValueError for inf/nan
// int(text, base) with Python's rules (whitespace, sign, underscores, 0x/0o/0b prefixes with
// base 0 or matching base); ValueError "invalid literal for int() with base 10: 'x'".
Object* intFromString(std::string_view text, int base);
// The int's value; OverflowError ("Python int too large to convert to C int64") if too big.
bool intAsInt64(Object* o, int64_t* out);
ssize intAsSsize(Object* o);                    // -1 + OverflowError if it does not fit
double intAsDouble(Object* o, bool* ok);        // OverflowError if too large
int intSign(Object* o);
// A BigInt copy of any int's value.
BigInt intToBigInt(Object* o);

}  // namespace krait
