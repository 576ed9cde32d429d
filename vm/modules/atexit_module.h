// The atexit module's interpreter-level entry (modules/atexit_module.cpp).
#pragma once

#include "core/runtime.h"

namespace krait {

// Runs and clears the atexit callbacks of the interpreter: at exit, whether or not the
// atexit module is still in sys.modules (they belong to the interpreter, as in CPython).
void runAtexitCallbacks(InterpState* interp);

}  // namespace krait
