// Helpers of the object model (vm/objects/type.cpp, descr.cpp, core/*.cpp) that other parts
// of the VM use: allocation, GC tracking hooks, type names, heap-type layout, builtin
// functions and the hooks the interpreter fills in (zero-argument super()).
#pragma once

#include <cstddef>

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct SharedKeys;

// ---- Allocation ----
// Like allocObject (zeroed, refcnt 1, type set, heap type incref'd, GC-tracked if the type has
// kTypeHaveGC) but allocates t->basicSize + extraBytes bytes: for objects whose variable data
// follows the fixed part at (char*)o + t->basicSize (str, tuple, bytes).
Object* allocVarObject(Type* t, size_t extraBytes);

// Cycle-collector hooks: called by allocObject/freeObject for types with kTypeHaveGC. No-ops
// until vm/gc implements them (the GC owner replaces the bodies in type.cpp's weak defaults).
void gcTrack(Object* o);
void gcUntrack(Object* o);

// Instance dicts of heap types. The __dict__ that genericSetAttr creates for an instance whose
// type's own dict slot subtypeTraverse handles is left out of the collector's lists (as
// CPython 3.11 keeps such attributes in a values array, not a dict object): subtypeTraverse
// visits its keys and values as the instance's own references. This holds only while the
// instance holds the sole reference: instanceDictEscapes must be called (it links the dict)
// before a reference to it is handed to anyone else (__dict__, vars(), __reduce__).
// instanceDictTakeOwnership marks a new exact dict (refcount 1, held by the instance) owned
// and unlinks it; both take any dict (subclasses share DictObject's layout).
bool subtypeOwnsInstanceDict(Object* o);
void instanceDictTakeOwnership(Object* dict);
void instanceDictEscapes(Object* dict);

// Called by the default dealloc of heap-type instances whose type has a weaklist slot (and by
// any builtin dealloc with weakrefs) to clear weak references. Weak default: does nothing; the
// weakref owner provides a strong definition.
void clearWeakrefs(Object* o);

// ---- Heap types ----
// The full layout of a type created by a class statement / type(name, bases, dict). Static
// builtin types are plain `Type`s. TypeType.basicSize == sizeof(HeapTypeObject).
struct HeapTypeObject {
    Type type;
    Object* slots;          // tuple of the __slots__ names (mangled) or null
    MemberDef* members;     // owned array for slot member descriptors (null-terminated)
    Object* dictKeepAlive;  // reserved
    SharedKeys* sharedKeys; // attribute names of instances' values arrays (instance_values.h)
};
inline HeapTypeObject* asHeapType(Type* t) { return reinterpret_cast<HeapTypeObject*>(t); }
inline bool isHeapType(const Type* t) { return (t->flags & kTypeHeap) != 0; }

// A type's __name__ as a new str reference.
Object* typeNameStr(Type* t);
// A type's __qualname__ as a new str reference.
Object* typeQualnameStr(Type* t);
// The type's __module__ as a new reference (str, or whatever was assigned; "builtins" for
// static types without a dot in their name).
Object* typeModuleObj(Type* t);
// repr(t): "<class 'mod.Qual'>" / "<class 'int'>".
Object* typeRepr(Object* t);
// Returns true if a and b can be laid out in memory identically for __class__ assignment.
bool typeLayoutCompatible(Type* a, Type* b);
// Default tp_new of `object` / the default tp_init of `object` (exposed for other types that
// want to compare against them, as CPython's object_new/object_init).
Object* objectNew(Type* t, Object* args, Object* kwargs);
int objectInit(Object* self, Object* args, Object* kwargs);
// type.__call__ in tuple/dict form: t.__new__ then t.__init__.
Object* typeCallTupleDict(Type* t, Object* args, Object* kwargs);

// ---- Iteration helper ----
// An iter slot that returns self (for iterator types).
Object* selfIterSlot(Object* o);

// ---- super() without arguments ----
// The interpreter implements this (strong definition in vm/interp) for super() called with no
// arguments: it must store, as new references, the class from the current frame's __class__
// cell in *type and the frame's first argument in *obj and return true; or raise RuntimeError
// ("super(): no arguments", "super(): __class__ cell not found", "super(): __class__ is not a
// type (int)", "super(): empty __class__ cell") and return false. The weak default in type.cpp
// raises RuntimeError("super(): no arguments").
bool superZeroArgs(Type** type, Object** obj);

// The globals dict (borrowed) of the innermost executing Python frame, or null. Used by
// type(name, bases, dict) to set __module__. Weak default returns null; the interpreter
// provides a strong definition.
Object* currentFrameGlobals();

// The most derived metaclass among metatype and the types of `bases` (tuple), or null with
// TypeError "metaclass conflict: ..." (for __build_class__).
Type* calculateMetaclass(Type* metatype, Object* bases);

// ---- Builtin functions (also declared in objects/descr.h) ----
// A MethodDef bound to self (an instance, the type for class methods, or a module).
Object* newBuiltinFunction(const MethodDef* def, Object* self, Object* module);

// ---- Misc ----
// The "__dict__" of an instance, creating it on demand (new reference), or null + error if
// the type has no instance dict.
Object* instanceGetDict(Object* o);

}  // namespace krait
