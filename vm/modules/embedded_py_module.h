// Native modules whose bodies are (partly) written as embedded Python source: the C++ side
// creates the module object, the source defines the rest of the namespace. Used by the stdlib
// accelerator modules (_thread, itertools, _collections, ...).
#pragma once

#include "core/object.h"

namespace krait {

// Runs `source` in the namespace of `module` (its globals). Returns false with an exception
// set if compiling or running fails. `filename` names the code in tracebacks.
bool runEmbeddedSource(Object* module, const char* filename, const char* source);

// A new module named `name` whose namespace is filled by running `source` (new reference).
Object* moduleFromEmbeddedSource(const char* name, const char* source);

}  // namespace krait
