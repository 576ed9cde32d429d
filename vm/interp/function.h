// Python function objects, bound methods and cells.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct Frame;
struct ThreadState;

struct FunctionObject {
    Object ob;
    Object* code;          // CodeType
    Object* globals;       // dict
    Object* builtins;      // dict
    Object* name;          // str
    Object* qualname;      // str
    Object* doc;           // any (None)
    Object* module;        // any (globals['__name__'] at creation) or null
    Object* defaults;      // tuple or null
    Object* kwdefaults;    // dict or null
    Object* closure;       // tuple of cells or null
    Object* dict;          // __dict__ or null
    Object* annotations;   // dict, or a flat (name, value, ...) tuple from MAKE_FUNCTION, or null
    Object* weaklist;
    uint32_t version;      // for specialization guards (changes when code/defaults change)
};
struct MethodObject {
    Object ob;
    Object* func;          // any callable (a FunctionObject in the common case)
    Object* self;
    Object* weaklist;
};
struct CellObject {
    Object ob;
    Object* ref;           // contents or null (empty)
};

inline FunctionObject* asFunction(Object* o) { return reinterpret_cast<FunctionObject*>(o); }
inline MethodObject* asMethod(Object* o) { return reinterpret_cast<MethodObject*>(o); }
inline CellObject* asCell(Object* o) { return reinterpret_cast<CellObject*>(o); }
inline bool isFunction(const Object* o) { return o->type == &FunctionType; }
inline bool isMethod(const Object* o) { return o->type == &MethodType; }
inline bool isCell(const Object* o) { return o->type == &CellType; }

// A new function for `code` in `globals` (builtins from globals['__builtins__'] or the
// interpreter's); name/qualname from the code object; __module__ from globals['__name__'].
Object* functionNew(Object* code, Object* globals);
// The builtins dict to use with `globals` (borrowed).
Object* builtinsForGlobals(Object* globals);
Object* methodNew(Object* func, Object* self);
Object* cellNew(Object* value);   // value may be null (empty cell)

// FunctionType's vectorcall slot: runs the function (a C++ re-entry of the eval loop).
Object* functionCall(Object* func, Object* const* args, size_t nargs, Object* kwnames);

// Binds call arguments to the frame's parameters (CPython's rules and TypeError messages).
// args are borrowed. On error the partially filled frame still owns what was stored and must
// be cleared by the caller; returns false.
bool frameBindArgs(Frame* f, FunctionObject* func, Object* const* args, size_t nargs,
                   Object* kwnames);

// "f()" style description of a callable for error messages (CPython's _PyObject_FunctionStr).
Object* functionDescription(Object* callable);

}  // namespace krait
