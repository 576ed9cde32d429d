// The object protocol: what CPython calls the abstract API (PyObject_*, PyNumber_*, ...).
// All functions follow core/object.h's conventions: new references, nullptr/-1 on error.
#pragma once

#include <string_view>

#include "core/object.h"

namespace krait {

// ---- Types ----
bool isSubtype(const Type* a, const Type* b);          // a is b or a subclass (MRO walk)
bool isInstanceOf(const Object* o, const Type* t);     // isSubtype(o->type, t)
// Prepare a static builtin type: inherit slots from base, compute mro, build dict with
// descriptors for methods/getsets/members and slot wrappers (__add__, __repr__, ...),
// assign a version tag. Returns false on error.
bool typeReady(Type* t);
// Look an attribute up along t's MRO without invoking descriptors. Borrowed; null if absent
// (no exception set).
Object* typeLookup(Type* t, Object* name);
Object* typeLookup(Type* t, const char* name);
// Must be called whenever a type's dict or bases change: invalidates the version tag of t and
// of its subclasses (specialization guards depend on it) and refreshes slots for dunders.
void typeModified(Type* t);
// "module.qualname" or the builtin name ("int"), as used in error messages and reprs.
const char* typeName(const Type* t);
// Generic object allocation for type t (zeroed memory of t->basicSize bytes, refcnt 1,
// type set, incref'd if t is a heap type, GC-tracked if t has kTypeHaveGC).
Object* allocObject(Type* t);
// Free memory of an object allocated by allocObject (after the type's dealloc released fields).
void freeObject(Object* o);
// Create a new class: type(name, bases, dict) incl. __slots__, __init_subclass__, __set_name__.
Object* newClass(Type* metatype, Object* name, Object* bases, Object* dict, Object* kwargs);

// ---- Attributes ----
Object* getAttr(Object* o, Object* name);             // name: str
Object* getAttr(Object* o, const char* name);
// Like getAttr but returns null WITHOUT an exception when the attribute is missing
// (AttributeError swallowed); *found tells which case happened if provided.
Object* lookupAttr(Object* o, Object* name);
int setAttr(Object* o, Object* name, Object* value);  // value null: delete
int setAttr(Object* o, const char* name, Object* value);
int delAttr(Object* o, Object* name);
int hasAttr(Object* o, Object* name);                  // -1 error, 0, 1
Object* genericGetAttr(Object* o, Object* name);       // object.__getattribute__
int genericSetAttr(Object* o, Object* name, Object* value);   // object.__setattr__
// Pointer to the instance dict slot (or null if the type has none).
Object** instanceDictPtr(Object* o);
// Method lookup for LOAD_METHOD: returns 1 and stores an unbound function in *method when
// `name` resolves to a plain function/method descriptor found on the type (so the caller
// passes o as first argument), 0 and the bound attribute in *method otherwise, -1 on error.
int getMethod(Object* o, Object* name, Object** method);

// ---- Basic protocols ----
Object* repr(Object* o);            // always returns a str (or null)
Object* str(Object* o);
Object* ascii(Object* o);
Object* format(Object* o, Object* spec);   // format(o, spec); spec str or null
hash_t hash(Object* o);             // -1 on error
hash_t hashNotImplemented(Object* o);   // raises TypeError: unhashable type: 'X'
hash_t hashPointer(const void* p);  // identity hash as CPython's
Object* richCompare(Object* a, Object* b, CompareOp op);
int richCompareBool(Object* a, Object* b, CompareOp op);   // identity implies equality for Eq/Ne
int isTrue(Object* o);               // -1 error
int isTrueNoErr(Object* o);
int isInstance(Object* o, Object* cls);        // isinstance() incl. __instancecheck__, tuples
int isSubclass(Object* derived, Object* cls);  // issubclass() incl. __subclasscheck__
bool isCallable(Object* o);

// ---- Calls ----
// Vectorcall any callable: args[0..nargs) positional, then the values for `kwnames` (tuple of
// str or null).
Object* call(Object* callable, Object* const* args, size_t nargs, Object* kwnames = nullptr);
Object* callTupleDict(Object* callable, Object* args, Object* kwargs);   // tuple, dict/null
Object* callNoArgs(Object* callable);
Object* callOneArg(Object* callable, Object* arg);
// obj.name(*args)
Object* callMethod(Object* obj, const char* name, Object* const* args, size_t nargs);
Object* callMethod(Object* obj, Object* name, Object* const* args, size_t nargs);
// Look a special method up on the TYPE (not the instance) and call it: type(o).name(o, *args).
// Returns null WITHOUT an exception set when the type has no such method and *missing is set.
Object* callSpecial(Object* o, Object* name, Object* const* args, size_t nargs, bool* missing);

// ---- Numbers ----
enum class BinOp : int {
    // Same order and values as CPython 3.11's NB_* oparg of BINARY_OP.
    Add = 0, And = 1, FloorDivide = 2, Lshift = 3, MatrixMultiply = 4, Multiply = 5,
    Remainder = 6, Or = 7, Power = 8, Rshift = 9, Subtract = 10, TrueDivide = 11, Xor = 12,
    InplaceAdd = 13, InplaceAnd = 14, InplaceFloorDivide = 15, InplaceLshift = 16,
    InplaceMatrixMultiply = 17, InplaceMultiply = 18, InplaceRemainder = 19, InplaceOr = 20,
    InplacePower = 21, InplaceRshift = 22, InplaceSubtract = 23, InplaceTrueDivide = 24,
    InplaceXor = 25,
};
// The full binary operator dispatch (left slot, reflected right slot with subclass priority,
// in-place fallback) and CPython's TypeError "unsupported operand type(s) for +: 'X' and 'Y'".
Object* binaryOp(Object* a, Object* b, BinOp op);
Object* power(Object* a, Object* b, Object* mod);    // pow(a, b, mod); mod None if absent
Object* negative(Object* o);
Object* positive(Object* o);
Object* invert(Object* o);
Object* absolute(Object* o);
Object* numberIndex(Object* o);                       // operator.index(): an int or error
// Index value clipped per CPython's PyNumber_AsSsize_t; overflowType null = clip silently.
ssize asSsize(Object* o, Type* overflowType);
Object* numberInt(Object* o);                          // int(o)
Object* numberFloat(Object* o);                        // float(o)
bool isIndex(Object* o);                               // has __index__

// ---- Containers ----
ssize length(Object* o);                               // len(); -1 on error
Object* getItem(Object* o, Object* key);
int setItem(Object* o, Object* key, Object* value);
int delItem(Object* o, Object* key);
int contains(Object* container, Object* item);        // `in`; -1 error
Object* getIter(Object* o);                            // iter(o)
// next(it): new reference, or null. Null with no exception set means exhausted.
Object* iterNext(Object* it);
// Materialize any iterable into a new list / tuple.
Object* sequenceList(Object* iterable);
Object* sequenceTuple(Object* iterable);
// Length hint as operator.length_hint / PyObject_LengthHint (for preallocation): len(o), else
// o.__length_hint__(), else deflt. TypeErrors from either mean "no hint"; other errors, a
// non-int or a negative hint return -1 with the exception set.
ssize lengthHint(Object* o, ssize deflt);

}  // namespace krait
