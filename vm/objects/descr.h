// Descriptor objects of the object model: methods and attributes of builtin types
// (method_descriptor, classmethod_descriptor, getset_descriptor, member_descriptor), slot
// wrappers (wrapper_descriptor / method-wrapper), builtin functions, property, classmethod,
// staticmethod and mappingproxy. Owner: the object model (vm/objects/descr.cpp, type.cpp).
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct SlotDef;   // objects/type_slots.cpp: one row of the dunder <-> Type slot table

struct MethodDescrObject {   // also ClassMethodDescrType
    Object ob;
    Type* objclass;
    const MethodDef* def;
    Object* name;   // interned str
};
struct BuiltinFunctionObject {
    Object ob;
    const MethodDef* def;
    Object* self;     // bound instance, type, module, or null
    Object* module;   // __module__ (str) or null
};
// The self argument a builtin's C++ function receives: null for the static methods of builtin
// types (kMethStatic), whose self is their type only for __qualname__, repr and pickling (as
// CPython's PyCFunction_GET_SELF).
inline Object* builtinCallSelf(const BuiltinFunctionObject* f) {
    return (f->def->flags & kMethStatic) ? nullptr : f->self;
}
struct GetSetDescrObject {
    Object ob;
    Type* objclass;
    const GetSetDef* def;
    Object* name;
};
struct MemberDescrObject {
    Object ob;
    Type* objclass;
    const MemberDef* def;
    Object* name;
};
// Generic slot function pointer storage.
using AnySlotFn = void (*)();
struct WrapperDescrObject {
    Object ob;
    Type* objclass;
    const SlotDef* slot;
    Object* name;     // (objclass, def, name) prefix shared with the other descriptors
    AnySlotFn fn;     // the wrapped C++ slot function
};
struct MethodWrapperObject {
    Object ob;
    WrapperDescrObject* descr;
    Object* self;
};
struct PropertyObject {
    Object ob;
    Object* fget;
    Object* fset;
    Object* fdel;
    Object* doc;
    Object* name;      // from __set_name__ (or null)
    bool getterDoc;    // doc was taken from fget.__doc__
};
struct ClassMethodObject {   // also StaticMethodType
    Object ob;
    Object* func;
    Object* dict;
};
struct MappingProxyObject {
    Object ob;
    Object* mapping;
};

// ---- Constructors ----
Object* newMethodDescr(Type* t, const MethodDef* def);
Object* newClassMethodDescr(Type* t, const MethodDef* def);
Object* newGetSetDescr(Type* t, const GetSetDef* def);
Object* newMemberDescr(Type* t, const MemberDef* def);
Object* newWrapperDescr(Type* t, const SlotDef* slot, AnySlotFn fn);
// A MethodDef bound to self (an instance, the type for class methods, or a module); module
// is the __module__ value (str) or null.
Object* newBuiltinFunction(const MethodDef* def, Object* self, Object* module);
Object* mappingProxyNew(Object* mapping);
Object* classMethodNew(Object* func);
Object* staticMethodNew(Object* func);
// Returns the function wrapped by a classmethod/staticmethod object (borrowed).
inline Object* classMethodFunc(Object* cm) { return reinterpret_cast<ClassMethodObject*>(cm)->func; }

inline bool isWrapperDescr(const Object* o) { return o->type == &WrapperDescrType; }
inline bool isBuiltinFunction(const Object* o) { return o->type == &BuiltinFunctionType; }
// True if o's type defines __set__ or __delete__ (a data descriptor).
inline bool isDataDescr(const Object* o) { return o->type->descrSet != nullptr; }

// ---- Internal to the object model (type.cpp / type_slots.cpp / descr.cpp) ----
// Calls the slot wrapped by `slot`/`fn` for self with Python-level arguments (vectorcall).
Object* slotWrapperCall(const SlotDef* slot, AnySlotFn fn, Type* objclass, Object* self,
                        Object* const* args, size_t nargs, Object* kwnames);
const char* slotDefName(const SlotDef* slot);
// CPython's docstring and __text_signature__ of the slot's wrapper (null if it has none).
const char* slotDefDoc(const SlotDef* slot);
const char* slotDefTextSignature(const SlotDef* slot);
// The MethodDef of the builtin `__new__` functions (T.__new__(S, ...)): bound to the type T.
extern const MethodDef kTypeNewWrapperDef;

}  // namespace krait
