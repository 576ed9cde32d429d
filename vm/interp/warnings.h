// Issuing Python warnings from C++ (CPython's PyErr_WarnEx): the warning goes through
// Lib's `warnings` module, so filters, -W options and warnings.catch_warnings apply.
#pragma once

#include "core/object.h"

namespace krait {

// warnings.warn(message, category, stacklevel): stacklevel 1 attributes the warning to the
// Python code that called the native function. Returns false with the exception set when
// the warning was turned into an error (or the warnings module failed); true otherwise.
[[nodiscard]] bool warnEx(Type* category, const char* message, int stacklevel = 1);

}  // namespace krait
