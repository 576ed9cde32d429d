// The import system (no importlib): builtins.__import__ semantics over sys.path, packages,
// relative imports and sys.modules. Owner: exceptions/import engineer.
#pragma once

#include "core/object.h"

namespace krait {

// builtins.__import__(name, globals, locals, fromlist, level); IMPORT_NAME calls it.
Object* importName(Object* name, Object* globals, Object* fromlist, int level);

}  // namespace krait
