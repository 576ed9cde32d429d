// Issuing Python warnings from C++ (CPython's PyErr_WarnEx): the warning goes through the
// native _warnings machinery (vm/modules/warnings_module.cpp), so the filters of Lib's
// `warnings` module, -W options and warnings.catch_warnings apply.
#pragma once

#include "core/object.h"

namespace krait {

// warnings.warn(message, category, stacklevel): stacklevel 1 attributes the warning to the
// Python code that called the native function. Returns false with the exception set when
// the warning was turned into an error (or the warnings module failed); true otherwise.
[[nodiscard]] bool warnEx(Type* category, const char* message, int stacklevel = 1);
// The same with a str or Warning `message` and an optional `source` object (CPython's
// _PyErr_WarnFormat with a source), through the native _warnings machinery.
[[nodiscard]] bool warnWithSource(Type* category, Object* message, int stacklevel,
                                  Object* source);
// warnings.<name> of Lib's warnings module: imported first when `tryImport` and not yet in
// sys.modules; null without an error when unavailable (e.g. while sys.modules is torn down
// at exit).
Object* warningsLibAttr(const char* name, bool tryImport);

}  // namespace krait
