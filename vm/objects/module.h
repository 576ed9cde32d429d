// Module objects.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct ModuleObject {
    Object ob;
    Object* dict;       // the module namespace (__name__, __doc__, __spec__, ...)
    Object* name;       // str (cached __name__)
    void* state;        // native module state (owned by the module's creator)
    void (*freeState)(void*);
    Object* weaklist;
};

inline ModuleObject* asModule(Object* o) { return reinterpret_cast<ModuleObject*>(o); }
bool isModule(Object* o);
// A new module with __name__ = name, __doc__ = None, __package__ = None, __loader__ = None,
// __spec__ = None.
Object* moduleNew(const char* name);
Object* moduleNewFromStr(Object* name);
inline Object* moduleDict(Object* m) { return asModule(m)->dict; }   // borrowed
// Adds builtin functions (BuiltinFunctionType bound to the module) to the namespace.
bool moduleAddFunctions(Object* module, const MethodDef* defs);
// module.name = value (steals value); false on error.
bool moduleAddObject(Object* module, const char* name, Object* value);
bool moduleAddInt(Object* module, const char* name, int64_t value);
bool moduleAddString(Object* module, const char* name, const char* value);

}  // namespace krait
