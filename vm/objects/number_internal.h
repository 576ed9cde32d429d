// Helpers shared by the numeric types (int.cpp, float.cpp, complex.cpp) and the math module.
// Not part of the public object API.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/object.h"

namespace krait {

// CPython's hash of a double (integral values hash like the equal int, +-inf to +-314159);
// NaN hashes by identity of `inst` (3.10+).
hash_t hashDouble(double v, Object* inst);

// Converts a number operand to double for mixed arithmetic: 1 for a float or int (value in
// *out), 0 for other types (the caller returns NotImplemented), -1 with OverflowError ("int too
// large to convert to float") for a huge int.
int numberToDouble(Object* o, double* out);

// Three-way comparison of the finite-or-not double d with the int object i: -1, 0, 1 for
// d < i, d == i, d > i; 2 when d is NaN (unordered).
int compareDoubleInt(double d, Object* i);

// The float value of x ** y with CPython's special cases; null with an exception set, or a
// complex result for a negative base and a fractional exponent.
Object* floatPower(double x, double y);

// int(text, base) like intFromString, naming `orig` (a str or bytes object; null: the text)
// in the "invalid literal" message.
Object* intFromStringObj(std::string_view text, int base, Object* orig);

// The current sys.get_int_max_str_digits() limit (0: unlimited) for decimal (non-power-of-two
// base) int <-> str conversions. int_core.cpp has a weak default of 4300; the sys module
// provides the strong definition reading its state.
int64_t intMaxStrDigits();

// An exact int (type int) with the value of the int (or subclass) o: new reference.
Object* intExact(Object* o);

}  // namespace krait
