// Printing exceptions the way CPython's default sys.excepthook does (traceback_print.cpp).
#pragma once

#include <string>

#include "core/object.h"

namespace krait {

// Formats exc with its traceback, chained exceptions, notes and exception groups exactly as
// CPython 3.11's default excepthook (the text ends with a newline). False with an exception
// set only if formatting itself failed badly.
bool formatException(Object* exc, std::string* out);
// Writes the formatted exception to `file` (an object with write(); null = sys.stderr,
// falling back to the process's stderr). Never leaves an exception set.
void displayException(Object* exc, Object* file = nullptr);

}  // namespace krait
