// Argument binding for native functions (vectorcall convention of core/object.h).
#pragma once

#include "core/object.h"

namespace krait {

// Binds positional args and keyword args (values after the positional ones, named by the
// kwnames tuple) to the parameters `names[0..nNames)`, storing BORROWED references in
// out[0..nNames) (null for parameters not given). Parameters [0, posOnly) are positional-only,
// [kwOnlyStart, nNames) keyword-only (kwOnlyStart = -1: none), and the first `required` are
// required. Raises CPython's TypeErrors ("f() takes at most 2 arguments (3 given)",
// "f() got an unexpected keyword argument 'x'", "f() missing required argument 'x' (pos 1)",
// "f() got multiple values for argument 'x'") and returns false on error.
bool parseArgs(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
               const char* const* names, int nNames, int required, Object** out,
               int posOnly = 0, int kwOnlyStart = -1);
// "f() takes no keyword arguments" unless kwnames is null or empty.
bool checkNoKwargs(const char* fname, Object* kwnames);
// "f expected at most N arguments, got M" / "f expected at least N arguments, got M" /
// "f() takes exactly one argument (M given)" style errors, as CPython's _PyArg_CheckPositional.
bool checkArgCount(const char* fname, size_t nargs, size_t min, size_t max);
// Number of keyword arguments in a vectorcall.
size_t kwCount(Object* kwnames);

}  // namespace krait
