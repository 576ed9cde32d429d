// float and complex.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct FloatObject {
    Object ob;
    double value;
};
struct ComplexObject {
    Object ob;
    double real;
    double imag;
};

inline double floatValue(Object* o) { return reinterpret_cast<FloatObject*>(o)->value; }
Object* floatFromDouble(double v);
// float(o) value for a float, an int, or anything with __float__/__index__; -1.0 with an
// exception set on error (check errOccurred()).
double asDouble(Object* o);
Object* complexFromDoubles(double real, double imag);
// Frees the float objects cached by the calling thread (a thread that ends).
void floatFreeListClear();

}  // namespace krait
