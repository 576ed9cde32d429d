// Declarations of every builtin type object and of the singletons.
#pragma once

#include "core/object.h"

namespace krait {

#define KRAIT_BUILTIN_TYPE(name) extern Type name;
#include "core/builtin_types.def"
#undef KRAIT_BUILTIN_TYPE

#define KRAIT_EXCEPTION(name, base, layout) extern Type Exc##name;
#include "core/exceptions.def"
#undef KRAIT_EXCEPTION
// BaseExceptionType is also reachable under the exception naming scheme.
#define ExcBaseException BaseExceptionType

// Singletons (defined with the object model in objects/object.cpp). Immortal.
extern Object NoneObject;
extern Object NotImplementedObject;
extern Object EllipsisObject;
inline Object* none() { return &NoneObject; }
inline Object* notImplemented() { return &NotImplementedObject; }
inline Object* ellipsis() { return &EllipsisObject; }
inline Object* newNone() { incref(&NoneObject); return &NoneObject; }
inline Object* newNotImplemented() { incref(&NotImplementedObject); return &NotImplementedObject; }
inline bool isNone(const Object* o) { return o == &NoneObject; }

// Exact type checks and fast subclass checks.
inline bool hasFlag(const Object* o, uint64_t f) { return (o->type->flags & f) != 0; }
inline bool isType(const Object* o) { return hasFlag(o, kTypeTypeSubclass); }
inline bool isInt(const Object* o) { return hasFlag(o, kTypeIntSubclass); }      // incl. bool
inline bool isIntExact(const Object* o) { return o->type == &IntType; }
inline bool isBool(const Object* o) { return o->type == &BoolType; }
bool isFloat(const Object* o);   // float or subclass
inline bool isFloatExact(const Object* o) { return o->type == &FloatType; }
inline bool isStr(const Object* o) { return hasFlag(o, kTypeStrSubclass); }
inline bool isStrExact(const Object* o) { return o->type == &StrType; }
inline bool isBytes(const Object* o) { return hasFlag(o, kTypeBytesSubclass); }
inline bool isTuple(const Object* o) { return hasFlag(o, kTypeTupleSubclass); }
inline bool isTupleExact(const Object* o) { return o->type == &TupleType; }
inline bool isList(const Object* o) { return hasFlag(o, kTypeListSubclass); }
inline bool isListExact(const Object* o) { return o->type == &ListType; }
inline bool isDict(const Object* o) { return hasFlag(o, kTypeDictSubclass); }
inline bool isDictExact(const Object* o) { return o->type == &DictType; }
inline bool isBaseException(const Object* o) { return hasFlag(o, kTypeBaseExcSubclass); }
inline bool isExceptionClass(const Object* o) {
    return isType(o) && (reinterpret_cast<const Type*>(o)->flags & kTypeBaseExcSubclass);
}
inline Type* asType(Object* o) { return reinterpret_cast<Type*>(o); }

}  // namespace krait
