// The import system: a native path finder over sys.path (no importlib), packages, relative
// imports, sys.modules caching and circular-import semantics as CPython 3.11.
#pragma once

#include "core/object.h"

namespace krait {

struct NativeModuleDef;   // modules/modules.h
struct InterpState;       // core/runtime.h

// builtins.__import__(name, globals, locals, fromlist, level) semantics; IMPORT_NAME calls it.
// globals may be null/None (then level must be 0); fromlist may be null/None.
Object* importName(Object* name, Object* globals, Object* fromlist, int level);
// True when o is the native builtins.__import__ (the import statement then calls importName
// directly; a replacement found in builtins is called instead).
bool isBuiltinImportFunction(Object* o);
// Imports the module with the absolute dotted name and returns it (the leaf module, as
// importlib.import_module).
Object* importModule(const char* name);
Object* importModuleObj(Object* name);
// IMPORT_FROM: getattr(module, name), falling back to sys.modules['pkg.name'], with CPython's
// messages ("cannot import name 'x' from 'm' (/path/m.py)", circular import hint).
Object* importFrom(Object* module, Object* name);
// IMPORT_STAR: binds the public names of module (its __all__, or names not starting with
// '_') in the mapping `locals`.
bool importStar(Object* module, Object* locals);

// A ModuleSpec-like object (repr "ModuleSpec(name='x', loader=None, origin='/p/x.py')") with
// name, loader (None), origin, submodule_search_locations, loader_state, cached, parent,
// has_location and _initializing attributes. origin/searchLocations may be null (None).
Object* moduleSpecNew(Object* name, Object* origin, Object* searchLocations, bool hasLocation);
// The finder Krait puts on sys.meta_path so that importlib finds what `import` finds
// (find_spec/create_module/exec_module). The import statement itself skips it and searches
// natively at its position in sys.meta_path.
extern Type NativeFinderType;
Object* nativeFinderNew();
// Interpreter exit, after the main program (to be called by vm/api before flushing the std
// streams a last time): runs the atexit callbacks (if atexit was imported), empties
// sys.modules and clears the namespace of every module in reverse import order as CPython's
// finalize_modules (names starting with a single underscore first, then the others but
// __builtins__), so objects only module globals reference are finalized (__del__ runs).
// sys and builtins are left intact. Errors are reported as unraisable.
void finalizeModules();
// The spec of a native module (origin 'built-in').
Object* builtinModuleSpec(Object* name);

// Modules the embedder provides (web/: `js`), found and created on first import like native
// modules: an array ended by an entry with a null name (modules/modules.h), kept by pointer.
void setHostModules(InterpState* interp, const NativeModuleDef* modules);

}  // namespace krait
