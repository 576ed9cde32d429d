// The object header, type objects and reference counting: the contract every part of the VM
// codes against.
//
// Invariants:
// - Every Python value is an `Object*` whose first fields are `refcnt` and `type`.
// - Functions that return `Object*` return a NEW reference unless documented as "borrowed";
//   nullptr means an exception is set in the current ThreadState (see core/errors.h).
// - Functions taking `Object*` arguments BORROW them unless documented as "steals".
// - Immortal objects (None, True, False, NotImplemented, Ellipsis, small ints, interned
//   identifier strings, static types) start with kImmortalRefcnt and are never freed.
// - Hashes are 64-bit on every target (hash values equal CPython's 64-bit ones, wasm32 too).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace krait {

using ssize = std::ptrdiff_t;   // Py_ssize_t
using hash_t = int64_t;         // Py_hash_t (64-bit everywhere)

struct Type;
struct Object {
    intptr_t refcnt;
    Type* type;
};

// Large enough never to reach zero through balanced incref/decref pairs.
constexpr intptr_t kImmortalRefcnt = intptr_t(1) << (sizeof(intptr_t) * 8 - 3);

void deallocObject(Object* o);   // calls o->type->dealloc (core/object.cpp)

inline void incref(Object* o) { ++o->refcnt; }
inline void xincref(Object* o) { if (o) ++o->refcnt; }
inline void decref(Object* o) {
    if (--o->refcnt == 0) deallocObject(o);
}
inline void xdecref(Object* o) { if (o) decref(o); }
// Returns o after an incref (for `return newRef(x);`).
template <class T> inline T* newRef(T* o) { incref(reinterpret_cast<Object*>(o)); return o; }
// Replace *slot with v (steals v), decref the old value.
template <class T> inline void setRef(T*& slot, T* v) {
    T* old = slot; slot = v; if (old) decref(reinterpret_cast<Object*>(old));
}
template <class T> inline void clearRef(T*& slot) { setRef(slot, static_cast<T*>(nullptr)); }

// Owning smart pointer for local code. `Ref<>::steal(f())` adopts a new reference,
// `Ref<>::borrow(x)` increfs.
template <class T = Object> class Ref {
public:
    Ref() : p_(nullptr) {}
    Ref(std::nullptr_t) : p_(nullptr) {}
    static Ref steal(T* p) { Ref r; r.p_ = p; return r; }
    static Ref borrow(T* p) { Ref r; r.p_ = p; if (p) incref(reinterpret_cast<Object*>(p)); return r; }
    Ref(const Ref& o) : p_(o.p_) { if (p_) incref(reinterpret_cast<Object*>(p_)); }
    Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    Ref& operator=(Ref o) noexcept { std::swap(p_, o.p_); return *this; }
    ~Ref() { if (p_) decref(reinterpret_cast<Object*>(p_)); }
    T* get() const { return p_; }
    Object* obj() const { return reinterpret_cast<Object*>(p_); }
    T* operator->() const { return p_; }
    explicit operator bool() const { return p_ != nullptr; }
    // Gives up ownership: the caller now owns the reference.
    T* release() { T* p = p_; p_ = nullptr; return p; }
    void reset(T* stolen = nullptr) { Ref tmp = steal(stolen); std::swap(p_, tmp.p_); }

private:
    T* p_;
};

// ---- Slot function types (CPython's tp_* equivalents) ----
enum class CompareOp : int { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 };

using UnaryFn = Object* (*)(Object*);
using BinaryFn = Object* (*)(Object*, Object*);             // may return NotImplemented
using TernaryFn = Object* (*)(Object*, Object*, Object*);
using InquiryFn = int (*)(Object*);                          // -1 error, else 0/1
using LenFn = ssize (*)(Object*);                            // -1 error
using HashFn = hash_t (*)(Object*);                          // -1 error
using RichCmpFn = Object* (*)(Object*, Object*, CompareOp);  // may return NotImplemented
using GetAttrFn = Object* (*)(Object* self, Object* name);   // name is a str
using SetAttrFn = int (*)(Object* self, Object* name, Object* value);   // value null: delete; -1 error
using DescrGetFn = Object* (*)(Object* descr, Object* obj, Object* type);  // obj may be null
using DescrSetFn = int (*)(Object* descr, Object* obj, Object* value);     // value null: delete
using SetItemFn = int (*)(Object* self, Object* key, Object* value);       // value null: delete
using ContainsFn = int (*)(Object* self, Object* item);                   // -1 error
// Vectorcall: args[0..nargs) positional, then len(kwnames) keyword values; kwnames is a tuple
// of str or null.
using CallFn = Object* (*)(Object* callable, Object* const* args, size_t nargs, Object* kwnames);
using NewFn = Object* (*)(Type* type, Object* args, Object* kwargs);   // args tuple, kwargs dict or null
using InitFn = int (*)(Object* self, Object* args, Object* kwargs);    // -1 error
using DeallocFn = void (*)(Object*);
using VisitFn = void (*)(Object* child, void* arg);
using TraverseFn = void (*)(Object* self, VisitFn visit, void* arg);   // GC: visit each child
using ClearFn = void (*)(Object* self);                                // GC: drop references
using IterNextFn = Object* (*)(Object*);   // null without exception set = exhausted
using FinalizeFn = void (*)(Object*);      // __del__ (tp_finalize)

// A native method of a builtin type or module (vectorcall style; self is the instance, or the
// module for module functions, or the type for class methods).
using NativeFn = Object* (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);
enum MethodFlags : uint32_t {
    kMethNoKw = 1,        // rejects keyword arguments ("f() takes no keyword arguments")
    kMethClass = 2,       // classmethod: self is the type
    kMethStatic = 4,      // staticmethod: self is null
    kMethCoexist = 8,
};
struct MethodDef {
    const char* name;
    NativeFn fn;
    uint32_t flags;
    const char* doc;
};
// A computed attribute of a builtin type (a getset descriptor).
using GetterFn = Object* (*)(Object* self, void* closure);
using SetterFn = int (*)(Object* self, Object* value, void* closure);   // value null: delete
struct GetSetDef {
    const char* name;
    GetterFn get;
    SetterFn set;
    const char* doc;
    void* closure;
};
// A plain field of a builtin type exposed as an attribute (member descriptor).
enum class MemberKind : uint8_t { Object, ObjectReadOnly, Int64, Int32, Bool, Double };
struct MemberDef {
    const char* name;
    MemberKind kind;
    ssize offset;
    const char* doc;
};

enum TypeFlags : uint64_t {
    kTypeHeap = 1ull << 0,          // created by a class statement / type()
    kTypeBaseType = 1ull << 1,      // can be subclassed
    kTypeHaveGC = 1ull << 2,        // instances are tracked by the cycle collector
    kTypeReady = 1ull << 3,
    kTypeAbstract = 1ull << 4,
    kTypeImmutable = 1ull << 5,     // attributes cannot be set (builtin types)
    kTypeMethodDescriptor = 1ull << 6,
    kTypeSequence = 1ull << 7,      // for match statements
    kTypeMapping = 1ull << 8,
    // number.multiply / inplaceMultiply are sequence repetition (CPython's sq_repeat): their
    // __mul__/__rmul__/__imul__ wrappers take an index (str, bytes, list, tuple, ...).
    kTypeSeqRepeat = 1ull << 9,
    // Fast subclass checks, set on the builtin type and inherited by subclasses.
    kTypeIntSubclass = 1ull << 16,
    kTypeListSubclass = 1ull << 17,
    kTypeTupleSubclass = 1ull << 18,
    kTypeBytesSubclass = 1ull << 19,
    kTypeStrSubclass = 1ull << 20,
    kTypeDictSubclass = 1ull << 21,
    kTypeBaseExcSubclass = 1ull << 22,
    kTypeTypeSubclass = 1ull << 23,
};

// Number protocol slots. Binary slots are called with (a, b) in both orders: a slot must
// check both argument types and return NotImplemented (new reference) if it cannot handle them.
struct NumberSlots {
    BinaryFn add, subtract, multiply, remainder, divmod, lshift, rshift, and_, xor_, or_,
        floorDivide, trueDivide, matrixMultiply;
    TernaryFn power;   // third arg is None when absent
    BinaryFn inplaceAdd, inplaceSubtract, inplaceMultiply, inplaceRemainder, inplaceLshift,
        inplaceRshift, inplaceAnd, inplaceXor, inplaceOr, inplaceFloorDivide, inplaceTrueDivide,
        inplaceMatrixMultiply;
    TernaryFn inplacePower;
    UnaryFn negative, positive, absolute, invert, int_, float_, index;
    InquiryFn bool_;
};

struct Type {
    Object ob;                   // a type is an object (its type is `type` or a metaclass)
    const char* name;            // tp_name for builtins ("int", "collections.deque"); heap
                                 // types point into their name str's UTF-8
    ssize basicSize;             // instance size in bytes
    ssize itemSize;              // for variable-size objects (unused if 0)
    uint64_t flags;
    Type* base;                  // tp_base (object's is null)
    Object* bases;               // tuple of types (set by typeReady for builtins)
    Object* mro;                 // tuple of types
    Object* dict;                // the type's namespace (a dict)
    Object* subclasses;          // dict of weak references or null
    Object* heapName;            // str: __name__ for heap types (null for static)
    Object* qualname;            // str: __qualname__ for heap types
    Object* module;              // str or null
    const char* doc;
    ssize dictOffset;            // offset of the instance __dict__ pointer, 0 if none
    ssize weaklistOffset;        // offset of the weakref list head, 0 if none
    uint32_t versionTag;         // for specialization guards; 0 = invalid (see typeModified)

    // Builtin-type tables, turned into descriptors in `dict` by typeReady().
    const MethodDef* methods;
    const GetSetDef* getsets;
    const MemberDef* members;

    DeallocFn dealloc;
    TraverseFn traverse;
    ClearFn clear;
    FinalizeFn finalize;
    UnaryFn repr;
    UnaryFn str;
    HashFn hash;                 // null: inherited; hashNotImplemented: unhashable
    RichCmpFn richCompare;
    GetAttrFn getAttr;
    SetAttrFn setAttr;
    DescrGetFn descrGet;
    DescrSetFn descrSet;
    CallFn call;
    NewFn new_;
    InitFn init;
    UnaryFn iter;
    IterNextFn iterNext;
    LenFn length;                // sq_length / mp_length
    BinaryFn getItem;            // mp_subscript
    SetItemFn setItem;           // mp_ass_subscript (value null = delete)
    ContainsFn contains;         // sq_contains
    NumberSlots number;
    // Async protocol
    UnaryFn await_, aiter, anext;
    void* reserved[4];
};

inline Type* typeOf(const Object* o) { return o->type; }
inline Object* asObject(Type* t) { return reinterpret_cast<Object*>(t); }

}  // namespace krait
