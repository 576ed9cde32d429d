// The table linking dunder names to Type slots (CPython's slotdefs), in both directions:
// - static builtin types get 'wrapper_descriptor's in their dict for the C++ slots they define
//   (int.__add__, list.__len__, object.__init__...), called through slotWrapperCall();
// - heap classes get C++ slot functions that look the dunder up on the type and call it,
//   re-resolved by fixupHeapSlots() whenever a class (or one of its bases) changes.
#include <cstddef>
#include <string_view>
#include <cstring>
#include <utility>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"
#include "core/abstract_dunder.h"

namespace krait {

enum class SlotKind : uint8_t {
    NoWrapper,   // __getattr__: resolved into the getAttr slot, no wrapper
    New,         // __new__: handled separately (a builtin bound to the type)
    Unary, BinaryL, BinaryR, TernaryL, TernaryR, Inquiry, Len, Hash, RichCmp, GetAttr, SetAttr,
    DelAttr, DescrGet, DescrSet, DescrDelete, Call, Init, IterNext, SetItem, DelItem, Contains,
    Del,
};

struct SlotDef {
    const char* name;
    uint16_t offset;   // byte offset of the slot in Type
    SlotKind kind;
    int8_t op;         // CompareOp for RichCmp
    AnySlotFn heapFn;  // generic implementation installed in heap classes
};

const char* slotDefName(const SlotDef* slot) { return slot->name; }

namespace {

// The docstrings CPython gives its slot wrappers (wrapper_descriptor / method-wrapper __doc__).
struct SlotDoc {
    const char* name;
    const char* doc;
};
const SlotDoc kSlotDocs[] = {
    {"__add__", "Return self+value."},
    {"__radd__", "Return value+self."},
    {"__iadd__", "Return self+=value."},
    {"__sub__", "Return self-value."},
    {"__rsub__", "Return value-self."},
    {"__isub__", "Return self-=value."},
    {"__mul__", "Return self*value."},
    {"__rmul__", "Return value*self."},
    {"__imul__", "Return self*=value."},
    {"__mod__", "Return self%value."},
    {"__rmod__", "Return value%self."},
    {"__imod__", "Return self%=value."},
    {"__lshift__", "Return self<<value."},
    {"__rlshift__", "Return value<<self."},
    {"__ilshift__", "Return self<<=value."},
    {"__rshift__", "Return self>>value."},
    {"__rrshift__", "Return value>>self."},
    {"__irshift__", "Return self>>=value."},
    {"__and__", "Return self&value."},
    {"__rand__", "Return value&self."},
    {"__iand__", "Return self&=value."},
    {"__xor__", "Return self^value."},
    {"__rxor__", "Return value^self."},
    {"__ixor__", "Return self^=value."},
    {"__or__", "Return self|value."},
    {"__ror__", "Return value|self."},
    {"__ior__", "Return self|=value."},
    {"__floordiv__", "Return self//value."},
    {"__rfloordiv__", "Return value//self."},
    {"__ifloordiv__", "Return self//=value."},
    {"__truediv__", "Return self/value."},
    {"__rtruediv__", "Return value/self."},
    {"__itruediv__", "Return self/=value."},
    {"__matmul__", "Return self@value."},
    {"__rmatmul__", "Return value@self."},
    {"__imatmul__", "Return self@=value."},
    {"__lt__", "Return self<value."},
    {"__le__", "Return self<=value."},
    {"__eq__", "Return self==value."},
    {"__ne__", "Return self!=value."},
    {"__gt__", "Return self>value."},
    {"__ge__", "Return self>=value."},
    {"__getattribute__", "Return getattr(self, name)."},
    {"__setattr__", "Implement setattr(self, name, value)."},
    {"__delattr__", "Implement delattr(self, name)."},
    {"__repr__", "Return repr(self)."},
    {"__hash__", "Return hash(self)."},
    {"__call__", "Call self as a function."},
    {"__str__", "Return str(self)."},
    {"__iter__", "Implement iter(self)."},
    {"__next__", "Implement next(self)."},
    {"__get__", "Return an attribute of instance, which is of type owner."},
    {"__set__", "Set an attribute of instance to value."},
    {"__delete__", "Delete an attribute of instance."},
    {"__init__", "Initialize self.  See help(type(self)) for accurate signature."},
    {"__del__", "Called when the instance is about to be destroyed."},
    {"__await__", "Return an iterator to be used in await expression."},
    {"__aiter__", "Return an awaitable, that resolves in asynchronous iterator."},
    {"__anext__", "Return a value or raise StopAsyncIteration."},
    {"__divmod__", "Return divmod(self, value)."},
    {"__rdivmod__", "Return divmod(value, self)."},
    {"__pow__", "Return pow(self, value, mod)."},
    {"__rpow__", "Return pow(value, self, mod)."},
    {"__ipow__", "Return self**=value."},
    {"__neg__", "-self"},
    {"__pos__", "+self"},
    {"__abs__", "abs(self)"},
    {"__bool__", "True if self else False"},
    {"__invert__", "~self"},
    {"__int__", "int(self)"},
    {"__float__", "float(self)"},
    {"__index__", "Return self converted to an integer, if self is suitable for use as an index into a list."},
    {"__len__", "Return len(self)."},
    {"__getitem__", "Return self[key]."},
    {"__setitem__", "Set self[key] to value."},
    {"__delitem__", "Delete self[key]."},
    {"__contains__", "Return key in self."},
};

}  // namespace

const char* slotDefDoc(const SlotDef* slot) {
    for (const SlotDoc& d : kSlotDocs) {
        if (std::strcmp(d.name, slot->name) == 0) return d.doc;
    }
    return nullptr;
}

const char* slotDefTextSignature(const SlotDef* slot) {
    std::string_view n = slot->name;
    switch (slot->kind) {
    case SlotKind::Unary: case SlotKind::Inquiry: case SlotKind::Len: case SlotKind::Hash:
    case SlotKind::IterNext: case SlotKind::Del:
        return "($self, /)";
    case SlotKind::BinaryL: case SlotKind::BinaryR: case SlotKind::RichCmp:
        return n == "__getitem__" ? "($self, key, /)" : "($self, value, /)";
    case SlotKind::TernaryL: case SlotKind::TernaryR:
        return n == "__ipow__" ? "($self, value, /)" : "($self, value, mod=None, /)";
    case SlotKind::GetAttr: case SlotKind::DelAttr: return "($self, name, /)";
    case SlotKind::SetAttr: return "($self, name, value, /)";
    case SlotKind::DescrGet: return "($self, instance, owner=None, /)";
    case SlotKind::DescrSet: return "($self, instance, value, /)";
    case SlotKind::DescrDelete: return "($self, instance, /)";
    case SlotKind::Call: case SlotKind::Init: return "($self, /, *args, **kwargs)";
    case SlotKind::SetItem: return "($self, key, value, /)";
    case SlotKind::DelItem: case SlotKind::Contains: return "($self, key, /)";
    default: return nullptr;
    }
}

namespace {

template <class F> inline AnySlotFn anyFn(F f) { return reinterpret_cast<AnySlotFn>(f); }
inline AnySlotFn getSlot(const Type* t, uint16_t off) {
    AnySlotFn f;
    std::memcpy(&f, reinterpret_cast<const char*>(t) + off, sizeof f);
    return f;
}
inline void putSlot(Type* t, uint16_t off, AnySlotFn f) {
    std::memcpy(reinterpret_cast<char*>(t) + off, &f, sizeof f);
}

// ---- Calling dunders from slot functions ----

// type(self).name bound or unbound: returns the attribute (new ref) and sets *unbound when
// self must be passed as first argument. Null without error when missing.
Object* lookupMaybeMethod(Object* self, Object* name, bool* unbound) {
    Object* f = typeLookup(self->type, name);
    *unbound = false;
    if (!f) return nullptr;
    if (f->type->flags & kTypeMethodDescriptor) {
        *unbound = true;
        return newRef(f);
    }
    if (DescrGetFn g = f->type->descrGet) return g(f, self, asObject(self->type));
    return newRef(f);
}

// Calls type(self).name(self, *args). *missing (if given) tells a missing method apart.
Object* callDunder(Object* self, Object* name, Object* const* args, size_t nargs,
                   Object* kwnames = nullptr, bool* missing = nullptr) {
    bool unbound;
    if (missing) *missing = false;
    Object* f = lookupMaybeMethod(self, name, &unbound);
    if (!f) {
        if (errOccurred()) return nullptr;
        if (missing) {
            *missing = true;
            return nullptr;
        }
        return setError(&ExcAttributeError, "%U", name);
    }
    Object* r;
    if (unbound) {
        size_t nk = kwCount(kwnames);
        Object* small[8];
        Object** stack = nargs + nk + 1 <= 8 ? small : new Object*[nargs + nk + 1];
        stack[0] = self;
        for (size_t i = 0; i < nargs + nk; i++) stack[i + 1] = args[i];
        r = call(f, stack, nargs + 1, kwnames);
        if (stack != small) delete[] stack;
    } else {
        r = call(f, args, nargs, kwnames);
    }
    decref(f);
    return r;
}

Object* callDunder0(Object* self, Object* name) { return callDunder(self, name, nullptr, 0); }
Object* callDunder1(Object* self, Object* name, Object* a) {
    return callDunder(self, name, &a, 1);
}

// ---- Generic slot functions for heap classes ----

Object* slotRepr(Object* self) { return callDunder0(self, KRAIT_STR(__repr__)); }
Object* slotStr(Object* self) { return callDunder0(self, KRAIT_STR(__str__)); }
Object* slotIter(Object* self) {
    Object* f = typeLookup(self->type, KRAIT_STR(__iter__));
    if (f && isNone(f)) return setError(&ExcTypeError, "'%s' object is not iterable",
                                        typeName(self->type));
    return callDunder0(self, KRAIT_STR(__iter__));
}
Object* slotAwait(Object* self) { return callDunder0(self, KRAIT_STR(__await__)); }
Object* slotAiter(Object* self) { return callDunder0(self, KRAIT_STR(__aiter__)); }
Object* slotAnext(Object* self) { return callDunder0(self, KRAIT_STR(__anext__)); }

Object* slotIterNext(Object* self) {
    Object* r = callDunder0(self, KRAIT_STR(__next__));
    if (!r && errMatches(&ExcStopIteration)) clearError();   // null without error: exhausted
    return r;
}

hash_t slotHash(Object* self) {
    Object* r = callDunder0(self, KRAIT_STR(__hash__));
    if (!r) return -1;
    if (!isInt(r)) {
        decref(r);
        setError(&ExcTypeError, "__hash__ method should return an integer");
        return -1;
    }
    // Values that fit a hash_t are kept as they are (so __hash__ returning hash(y) makes
    // hash(x) == hash(y)); only larger ints are reduced with int's hash. -1 becomes -2.
    int64_t v;
    hash_t h;
    if (intAsInt64(r, &v)) {
        h = static_cast<hash_t>(v);
    } else {
        clearError();
        h = IntType.hash(r);
    }
    decref(r);
    return h == -1 ? -2 : h;
}

// Guarded like CPython's tp_call dispatch: a __call__ that is itself an instance of the same
// class (A.__call__ = A()) recurses in C++ and must end in RecursionError.
Object* slotCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!enterRecursiveCall(" while calling a Python object")) return nullptr;
    Object* r = callDunder(self, KRAIT_STR(__call__), args, nargs, kwnames);
    leaveRecursiveCall();
    return r;
}

Object* slotRichCompare(Object* self, Object* other, CompareOp op) {
    static Object* const kNames[] = {KRAIT_STR(__lt__), KRAIT_STR(__le__), KRAIT_STR(__eq__),
                                     KRAIT_STR(__ne__), KRAIT_STR(__gt__), KRAIT_STR(__ge__)};
    // As CPython's slot_tp_richcompare: a failing lookup (a property raising, say) means
    // NotImplemented; only errors of the call itself propagate.
    bool unbound;
    Object* f = lookupMaybeMethod(self, kNames[static_cast<int>(op)], &unbound);
    if (!f) {
        clearError();
        return newNotImplemented();
    }
    Object* r;
    if (unbound) {
        Object* args[2] = {self, other};
        r = call(f, args, 2);
    } else {
        r = call(f, &other, 1);
    }
    decref(f);
    return r;
}

Object* slotDescrGet(Object* self, Object* obj, Object* type) {
    Object* args[2] = {obj ? obj : none(), type ? type : none()};
    return callDunder(self, KRAIT_STR(__get__), args, 2);
}

int slotDescrSet(Object* self, Object* obj, Object* value) {
    Object* r;
    if (value) {
        Object* args[2] = {obj, value};
        r = callDunder(self, KRAIT_STR(__set__), args, 2);
    } else {
        r = callDunder1(self, KRAIT_STR(__delete__), obj);
    }
    if (!r) return -1;
    decref(r);
    return 0;
}

// Vectorcall arguments from a (tuple, dict-or-null) pair; releases what it built.
struct VectorArgs {
    Object* small[8];
    Object** stack = small;
    size_t nargs = 0;
    Object* kwnames = nullptr;
    bool init(Object* prefix, Object* args, Object* kwargs) {
        size_t np = tupleSize(args);
        size_t nk = kwargs ? dictSize(kwargs) : 0;
        size_t total = np + nk + (prefix ? 1 : 0);
        if (total > 8) stack = new Object*[total];
        size_t i = 0;
        if (prefix) stack[i++] = prefix;
        for (size_t j = 0; j < np; j++) stack[i++] = tupleItem(args, j);
        nargs = i;
        if (nk) {
            kwnames = tupleNew(nk);
            if (!kwnames) return false;
            ssize pos = 0, k = 0;
            Object *key, *val;
            while (dictNext(kwargs, &pos, &key, &val)) {
                tupleSetItemSteal(kwnames, k++, newRef(key));
                stack[i++] = val;
            }
        }
        return true;
    }
    ~VectorArgs() {
        if (stack != small) delete[] stack;
        xdecref(kwnames);
    }
};

int slotInit(Object* self, Object* args, Object* kwargs) {
    VectorArgs va;
    if (!va.init(nullptr, args, kwargs)) return -1;
    Object* r = callDunder(self, KRAIT_STR(__init__), va.stack, va.nargs, va.kwnames);
    if (!r) return -1;
    if (!isNone(r)) {
        setError(&ExcTypeError, "__init__() should return None, not '%s'", typeName(r->type));
        decref(r);
        return -1;
    }
    decref(r);
    return 0;
}

Object* slotNew(Type* type, Object* args, Object* kwargs) {
    Object* f = getAttr(asObject(type), KRAIT_STR(__new__));
    if (!f) return nullptr;
    VectorArgs va;
    Object* r = nullptr;
    if (va.init(asObject(type), args, kwargs)) r = call(f, va.stack, va.nargs, va.kwnames);
    decref(f);
    return r;
}

void slotFinalize(Object* self) {
    Object* exc = fetchError();
    bool unbound;
    Object* f = lookupMaybeMethod(self, KRAIT_STR(__del__), &unbound);
    if (f) {
        Object* r = unbound ? call(f, &self, 1) : call(f, nullptr, 0);
        if (!r) writeUnraisable(f);
        xdecref(r);
        decref(f);
    } else if (errOccurred()) {
        writeUnraisable(self);
    }
    restoreError(exc);
}

Object* slotGetAttrHook(Object* self, Object* name) {
    Type* t = self->type;
    Object* getattr = typeLookup(t, KRAIT_STR(__getattr__));
    Object* getattribute = typeLookup(t, KRAIT_STR(__getattribute__));
    Object* r;
    if (getattribute && isWrapperDescr(getattribute) &&
        reinterpret_cast<WrapperDescrObject*>(getattribute)->fn == anyFn(&genericGetAttr)) {
        if (!getattr) return genericGetAttr(self, name);
        r = genericGetAttrSuppress(self, name);
        if (r || errOccurred()) return r;
    } else {
        r = callDunder1(self, KRAIT_STR(__getattribute__), name);
        if (r || !getattr || !errMatches(&ExcAttributeError)) return r;
        clearError();
    }
    return callDunder1(self, KRAIT_STR(__getattr__), name);
}

int slotSetAttr(Object* self, Object* name, Object* value) {
    Object* r;
    if (value) {
        Object* args[2] = {name, value};
        r = callDunder(self, KRAIT_STR(__setattr__), args, 2);
    } else {
        r = callDunder1(self, KRAIT_STR(__delattr__), name);
    }
    if (!r) return -1;
    decref(r);
    return 0;
}

ssize slotLength(Object* self) {
    Object* r = callDunder0(self, KRAIT_STR(__len__));
    if (!r) return -1;
    Object* i = numberIndex(r);
    decref(r);
    if (!i) return -1;
    if (intSign(i) < 0) {
        decref(i);
        setError(&ExcValueError, "__len__() should return >= 0");
        return -1;
    }
    ssize n = asSsize(i, &ExcOverflowError);
    decref(i);
    return n;
}

Object* slotGetItem(Object* self, Object* key) {
    return callDunder1(self, KRAIT_STR(__getitem__), key);
}

int slotSetItem(Object* self, Object* key, Object* value) {
    Object* r;
    if (value) {
        Object* args[2] = {key, value};
        r = callDunder(self, KRAIT_STR(__setitem__), args, 2);
    } else {
        r = callDunder1(self, KRAIT_STR(__delitem__), key);
    }
    if (!r) return -1;
    decref(r);
    return 0;
}

int slotContains(Object* self, Object* item) {
    Object* f = typeLookup(self->type, KRAIT_STR(__contains__));
    if (f && isNone(f)) {
        setError(&ExcTypeError, "'%s' object is not a container", typeName(self->type));
        return -1;
    }
    bool missing;
    Object* r = callDunder(self, KRAIT_STR(__contains__), &item, 1, nullptr, &missing);
    if (!r && missing) return iterSearchContains(self, item);
    if (!r) return -1;
    int b = isTrue(r);
    decref(r);
    return b;
}

int slotBool(Object* self) {
    Object* r = callDunder0(self, KRAIT_STR(__bool__));
    if (!r) return -1;
    if (!isBool(r)) {
        setError(&ExcTypeError, "__bool__ should return bool, returned %s", typeName(r->type));
        decref(r);
        return -1;
    }
    int b = r == trueObj();
    decref(r);
    return b;
}

// Unary number slots.
constexpr const char* kUnaryNames[] = {"__neg__", "__pos__", "__abs__", "__invert__",
                                       "__int__", "__float__", "__index__"};
template <int I> Object* slotUnary(Object* self) {
    static Object* name = strIntern(kUnaryNames[I]);
    return callDunder0(self, name);
}

// Binary number slots: CPython's SLOT1BINFULL (left operand's __op__, right operand's __rop__
// with subclass priority).
struct BinInfo {
    uint16_t offset;
    const char* name;
    const char* rname;
};
#define NB(f) static_cast<uint16_t>(offsetof(Type, number.f))
constexpr BinInfo kBinary[] = {
    {NB(add), "__add__", "__radd__"},
    {NB(subtract), "__sub__", "__rsub__"},
    {NB(multiply), "__mul__", "__rmul__"},
    {NB(remainder), "__mod__", "__rmod__"},
    {NB(divmod), "__divmod__", "__rdivmod__"},
    {NB(lshift), "__lshift__", "__rlshift__"},
    {NB(rshift), "__rshift__", "__rrshift__"},
    {NB(and_), "__and__", "__rand__"},
    {NB(xor_), "__xor__", "__rxor__"},
    {NB(or_), "__or__", "__ror__"},
    {NB(floorDivide), "__floordiv__", "__rfloordiv__"},
    {NB(trueDivide), "__truediv__", "__rtruediv__"},
    {NB(matrixMultiply), "__matmul__", "__rmatmul__"},
};
constexpr BinInfo kInplace[] = {
    {NB(inplaceAdd), "__iadd__", nullptr},
    {NB(inplaceSubtract), "__isub__", nullptr},
    {NB(inplaceMultiply), "__imul__", nullptr},
    {NB(inplaceRemainder), "__imod__", nullptr},
    {NB(inplaceLshift), "__ilshift__", nullptr},
    {NB(inplaceRshift), "__irshift__", nullptr},
    {NB(inplaceAnd), "__iand__", nullptr},
    {NB(inplaceXor), "__ixor__", nullptr},
    {NB(inplaceOr), "__ior__", nullptr},
    {NB(inplaceFloorDivide), "__ifloordiv__", nullptr},
    {NB(inplaceTrueDivide), "__itruediv__", nullptr},
    {NB(inplaceMatrixMultiply), "__imatmul__", nullptr},
};

// True if type(o).rname is not the same object as the class attribute found for the left
// operand's type (CPython's method_is_overloaded).
bool methodIsOverloaded(Type* left, Type* right, Object* rname) {
    Object* a = typeLookup(right, rname);
    if (!a) return false;
    Object* b = typeLookup(left, rname);
    return a != b;
}

Object* binaryFull(Object* self, Object* other, Object* name, Object* rname, uint16_t off,
                   AnySlotFn me, Object* mod = nullptr) {
    Type* ts = self->type;
    Type* to = other->type;
    bool doOther = ts != to && getSlot(to, off) == me && typeLookup(to, rname) != nullptr;
    Object* args[2] = {nullptr, mod};
    size_t n = mod ? 2 : 1;
    if (getSlot(ts, off) == me && typeLookup(ts, name)) {
        if (doOther && isSubtype(to, ts) && methodIsOverloaded(ts, to, rname)) {
            args[0] = self;
            Object* r = callDunder(other, rname, args, n);
            if (!r || r != notImplemented()) return r;
            decref(r);
            doOther = false;
        }
        args[0] = other;
        bool missing;
        Object* r = callDunder(self, name, args, n, nullptr, &missing);
        if (!r && !missing) return nullptr;
        if (r) {
            if (r != notImplemented() || to == ts) return r;
            decref(r);
        }
    }
    if (doOther) {
        args[0] = self;
        bool missing;
        Object* r = callDunder(other, rname, args, n, nullptr, &missing);
        if (r || !missing) return r;
    }
    return newNotImplemented();
}

template <int I> Object* slotBinary(Object* self, Object* other) {
    static Object* name = strIntern(kBinary[I].name);
    static Object* rname = strIntern(kBinary[I].rname);
    return binaryFull(self, other, name, rname, kBinary[I].offset, anyFn(&slotBinary<I>));
}

template <int I> Object* slotInplace(Object* self, Object* other) {
    static Object* name = strIntern(kInplace[I].name);
    bool missing;
    Object* r = callDunder(self, name, &other, 1, nullptr, &missing);
    if (!r && missing) return newNotImplemented();
    return r;
}

Object* slotPower(Object* self, Object* other, Object* mod) {
    if (!mod || isNone(mod)) {
        return binaryFull(self, other, KRAIT_STR(__pow__), KRAIT_STR(__rpow__), NB(power),
                          anyFn(&slotPower));
    }
    // Three-argument pow never uses __rpow__.
    if (self->type->number.power == &slotPower) {
        Object* args[2] = {other, mod};
        bool missing;
        Object* r = callDunder(self, KRAIT_STR(__pow__), args, 2, nullptr, &missing);
        if (r || !missing) return r;
    }
    return newNotImplemented();
}

Object* slotInplacePower(Object* self, Object* other, Object*) {
    bool missing;
    Object* r = callDunder(self, KRAIT_STR(__ipow__), &other, 1, nullptr, &missing);
    if (!r && missing) return newNotImplemented();
    return r;
}

#define TP(f) static_cast<uint16_t>(offsetof(Type, f))
#define ROW(name, field, kind, fn) {name, TP(field), SlotKind::kind, 0, anyFn(fn)}
#define CMP(name, op) {name, TP(richCompare), SlotKind::RichCmp, op, anyFn(&slotRichCompare)}
#define BIN(i, field)                                                              \
    {kBinary[i].name, NB(field), SlotKind::BinaryL, 0, anyFn(&slotBinary<i>)},     \
    {kBinary[i].rname, NB(field), SlotKind::BinaryR, 0, anyFn(&slotBinary<i>)}
#define INP(i, field) {kInplace[i].name, NB(field), SlotKind::BinaryL, 0, anyFn(&slotInplace<i>)}
#define UN(i, field) {kUnaryNames[i], NB(field), SlotKind::Unary, 0, anyFn(&slotUnary<i>)}

const SlotDef kSlotDefs[] = {
    ROW("__getattribute__", getAttr, GetAttr, &slotGetAttrHook),
    ROW("__getattr__", getAttr, NoWrapper, &slotGetAttrHook),
    ROW("__setattr__", setAttr, SetAttr, &slotSetAttr),
    ROW("__delattr__", setAttr, DelAttr, &slotSetAttr),
    ROW("__repr__", repr, Unary, &slotRepr),
    ROW("__hash__", hash, Hash, &slotHash),
    ROW("__call__", call, Call, &slotCall),
    ROW("__str__", str, Unary, &slotStr),
    CMP("__lt__", 0), CMP("__le__", 1), CMP("__eq__", 2), CMP("__ne__", 3), CMP("__gt__", 4),
    CMP("__ge__", 5),
    ROW("__iter__", iter, Unary, &slotIter),
    ROW("__next__", iterNext, IterNext, &slotIterNext),
    ROW("__get__", descrGet, DescrGet, &slotDescrGet),
    ROW("__set__", descrSet, DescrSet, &slotDescrSet),
    ROW("__delete__", descrSet, DescrDelete, &slotDescrSet),
    ROW("__init__", init, Init, &slotInit),
    ROW("__new__", new_, New, &slotNew),
    ROW("__del__", finalize, Del, &slotFinalize),
    ROW("__await__", await_, Unary, &slotAwait),
    ROW("__aiter__", aiter, Unary, &slotAiter),
    ROW("__anext__", anext, Unary, &slotAnext),
    BIN(0, add), BIN(1, subtract), BIN(2, multiply), BIN(3, remainder), BIN(4, divmod),
    {"__pow__", NB(power), SlotKind::TernaryL, 0, anyFn(&slotPower)},
    {"__rpow__", NB(power), SlotKind::TernaryR, 0, anyFn(&slotPower)},
    UN(0, negative), UN(1, positive), UN(2, absolute),
    {"__bool__", NB(bool_), SlotKind::Inquiry, 0, anyFn(&slotBool)},
    UN(3, invert),
    BIN(5, lshift), BIN(6, rshift), BIN(7, and_), BIN(8, xor_), BIN(9, or_),
    UN(4, int_), UN(5, float_),
    INP(0, inplaceAdd), INP(1, inplaceSubtract), INP(2, inplaceMultiply),
    INP(3, inplaceRemainder),
    {"__ipow__", NB(inplacePower), SlotKind::TernaryL, 0, anyFn(&slotInplacePower)},
    INP(4, inplaceLshift), INP(5, inplaceRshift), INP(6, inplaceAnd), INP(7, inplaceXor),
    INP(8, inplaceOr),
    BIN(10, floorDivide), BIN(11, trueDivide), INP(9, inplaceFloorDivide),
    INP(10, inplaceTrueDivide),
    UN(6, index),
    BIN(12, matrixMultiply), INP(11, inplaceMatrixMultiply),
    ROW("__len__", length, Len, &slotLength),
    ROW("__getitem__", getItem, BinaryL, &slotGetItem),
    ROW("__setitem__", setItem, SetItem, &slotSetItem),
    ROW("__delitem__", setItem, DelItem, &slotSetItem),
    ROW("__contains__", contains, Contains, &slotContains),
};
constexpr size_t kNumSlotDefs = sizeof(kSlotDefs) / sizeof(kSlotDefs[0]);

// ---- Wrappers: calling a C++ slot with Python arguments ----

bool checkNumArgs(size_t nargs, size_t n) {
    if (nargs == n) return true;
    setError(&ExcTypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
    return false;
}

Object* boolOrErr(int r) { return r < 0 ? nullptr : newBool(r != 0); }
Object* noneOrErr(int r) { return r < 0 ? nullptr : newNone(); }

}  // namespace

// ---- Operator dunders run as frames (core/abstract_dunder.h) ----

namespace {

constexpr size_t kNumBinary = sizeof(kBinary) / sizeof(kBinary[0]);
constexpr size_t kNumInplace = sizeof(kInplace) / sizeof(kInplace[0]);

// The Python-dispatch slot functions and dunder names, indexed like kBinary / kInplace.
struct OperatorDunders {
    AnySlotFn binary[kNumBinary];
    Object* name[kNumBinary];
    Object* rname[kNumBinary];
    AnySlotFn inplace[kNumInplace];
    Object* iname[kNumInplace];
};

template <size_t... I, size_t... J>
OperatorDunders makeOperatorDunders(std::index_sequence<I...>, std::index_sequence<J...>) {
    return {{anyFn(&slotBinary<I>)...},
            {strIntern(kBinary[I].name)...},
            {strIntern(kBinary[I].rname)...},
            {anyFn(&slotInplace<J>)...},
            {strIntern(kInplace[J].name)...}};
}

const OperatorDunders& operatorDunders() {
    static const OperatorDunders d = makeOperatorDunders(std::make_index_sequence<kNumBinary>(),
                                                         std::make_index_sequence<kNumInplace>());
    return d;
}

int binaryIndex(size_t off) {
    for (size_t i = 0; i < kNumBinary; i++) {
        if (kBinary[i].offset == off) return int(i);
    }
    return -1;
}

}  // namespace

// binaryFull(a, b) with a's type dispatching to Python: its first call is type(a).__op__(a, b)
// unless b's type is a subclass that overrides the reflected dunder (or has a slot of its
// own), which then goes first.
Object* binarySlotDunder(Object* a, Object* b, size_t off) {
    int i = binaryIndex(off);
    if (i < 0) return nullptr;
    const OperatorDunders& d = operatorDunders();
    AnySlotFn me = d.binary[i];
    Type* ta = a->type;
    Type* tb = b->type;
    if (getSlot(ta, uint16_t(off)) != me) return nullptr;
    Object* fn = typeLookup(ta, d.name[i]);
    if (!fn) return nullptr;
    if (ta != tb) {
        AnySlotFn w = getSlot(tb, uint16_t(off));
        if (w == me) {
            if (isSubtype(tb, ta) && typeLookup(tb, d.rname[i]) &&
                methodIsOverloaded(ta, tb, d.rname[i]))
                return nullptr;
        } else if (w && isSubtype(tb, ta)) {
            return nullptr;
        }
    }
    return fn;
}

// The rest of binaryFull and binaryOp1 after type(a).__op__(a, b) returned NotImplemented.
Object* binarySlotDunderResume(Object* a, Object* b, size_t off) {
    int i = binaryIndex(off);
    Type* ta = a->type;
    Type* tb = b->type;
    if (i < 0 || ta == tb) return newNotImplemented();
    const OperatorDunders& d = operatorDunders();
    AnySlotFn w = getSlot(tb, uint16_t(off));
    if (w == d.binary[i]) {
        if (!typeLookup(tb, d.rname[i])) return newNotImplemented();
        bool missing;
        Object* r = callDunder(b, d.rname[i], &a, 1, nullptr, &missing);
        if (r || !missing) return r;
        return newNotImplemented();
    }
    if (w && !isSequenceNumberSlot(reinterpret_cast<BinaryFn>(w), off))
        return reinterpret_cast<BinaryFn>(w)(a, b);
    return newNotImplemented();
}

Object* inplaceSlotDunder(Object* a, size_t off) {
    const OperatorDunders& d = operatorDunders();
    for (size_t j = 0; j < kNumInplace; j++) {
        if (kInplace[j].offset != off) continue;
        if (getSlot(a->type, uint16_t(off)) != d.inplace[j]) return nullptr;
        return typeLookup(a->type, d.iname[j]);
    }
    return nullptr;
}

Object* richCompareDunder(Object* a, Object* b, CompareOp op) {
    static Object* const kNames[] = {KRAIT_STR(__lt__), KRAIT_STR(__le__), KRAIT_STR(__eq__),
                                     KRAIT_STR(__ne__), KRAIT_STR(__gt__), KRAIT_STR(__ge__)};
    Type* ta = a->type;
    Type* tb = b->type;
    if (ta->richCompare != &slotRichCompare) return nullptr;
    // The reflected comparison of a subclass goes first (doRichCompare).
    if (ta != tb && tb->richCompare && isSubtype(tb, ta)) return nullptr;
    return typeLookup(ta, kNames[static_cast<int>(op)]);
}

Object* getItemDunder(Object* c) {
    if (c->type->getItem != &slotGetItem) return nullptr;
    return typeLookup(c->type, KRAIT_STR(__getitem__));
}

Object* iterNextDunder(Object* it) {
    if (it->type->iterNext != &slotIterNext) return nullptr;
    return typeLookup(it->type, KRAIT_STR(__next__));
}

Object* setItemDunder(Object* c) {
    if (c->type->setItem != &slotSetItem) return nullptr;
    return typeLookup(c->type, KRAIT_STR(__setitem__));
}

Object* callDunderFunction(Object* o) {
    if (o->type->call != &slotCall) return nullptr;
    return typeLookup(o->type, KRAIT_STR(__call__));
}


Object* slotWrapperCall(const SlotDef* slot, AnySlotFn fn, Type* objclass, Object* self,
                        Object* const* args, size_t nargs, Object* kwnames) {
    SlotKind k = slot->kind;
    if (k != SlotKind::Call && k != SlotKind::Init && kwCount(kwnames) != 0) {
        return setError(&ExcTypeError, "wrapper %s() takes no keyword arguments", slot->name);
    }
    switch (k) {
    case SlotKind::Unary:
        if (!checkNumArgs(nargs, 0)) return nullptr;
        return reinterpret_cast<UnaryFn>(fn)(self);
    case SlotKind::BinaryL:
    case SlotKind::BinaryR: {
        if (!checkNumArgs(nargs, 1)) return nullptr;
        Object* other = args[0];
        Ref<> index;
        if ((objclass->flags & kTypeSeqRepeat) &&
            (slot->offset == NB(multiply) || slot->offset == NB(inplaceMultiply))) {
            // CPython's wrap_indexargfunc: the count must be an index that fits its 64-bit
            // Py_ssize_t (sys.maxsize is 2**63-1 on every Krait build, wasm32 included; the
            // slot itself reports counts too big for memory).
            index = Ref<>::steal(numberIndex(other));
            if (!index) return nullptr;
            if (!intIsSmall(index.get())) {
                return setError(&ExcOverflowError, "cannot fit 'int' into an index-sized integer");
            }
            other = index.get();
        }
        if (k == SlotKind::BinaryL) return reinterpret_cast<BinaryFn>(fn)(self, other);
        return reinterpret_cast<BinaryFn>(fn)(other, self);
    }
    case SlotKind::TernaryL:
    case SlotKind::TernaryR: {
        if (nargs < 1 || nargs > 2) {
            return setError(&ExcTypeError, "expected %s argument%s, got %zu",
                            nargs < 1 ? "1" : "2", nargs < 1 ? "" : "s", nargs);
        }
        Object* mod = nargs == 2 ? args[1] : none();
        if (k == SlotKind::TernaryL) return reinterpret_cast<TernaryFn>(fn)(self, args[0], mod);
        return reinterpret_cast<TernaryFn>(fn)(args[0], self, mod);
    }
    case SlotKind::Inquiry:
        if (!checkNumArgs(nargs, 0)) return nullptr;
        return boolOrErr(reinterpret_cast<InquiryFn>(fn)(self));
    case SlotKind::Len: {
        if (!checkNumArgs(nargs, 0)) return nullptr;
        ssize n = reinterpret_cast<LenFn>(fn)(self);
        return n < 0 && errOccurred() ? nullptr : intFromSsize(n);
    }
    case SlotKind::Hash: {
        if (!checkNumArgs(nargs, 0)) return nullptr;
        hash_t h = reinterpret_cast<HashFn>(fn)(self);
        return h == -1 && errOccurred() ? nullptr : intFromInt64(h);
    }
    case SlotKind::RichCmp:
        if (!checkNumArgs(nargs, 1)) return nullptr;
        return reinterpret_cast<RichCmpFn>(fn)(self, args[0], static_cast<CompareOp>(slot->op));
    case SlotKind::GetAttr:
        if (!checkNumArgs(nargs, 1)) return nullptr;
        if (!isStr(args[0])) {
            return setError(&ExcTypeError, "attribute name must be string, not '%s'",
                            typeName(args[0]->type));
        }
        return reinterpret_cast<GetAttrFn>(fn)(self, args[0]);
    case SlotKind::SetAttr:
    case SlotKind::DelAttr: {
        if (!checkNumArgs(nargs, k == SlotKind::SetAttr ? 2 : 1)) return nullptr;
        if (!isStr(args[0])) {
            return setError(&ExcTypeError, "attribute name must be string, not '%s'",
                            typeName(args[0]->type));
        }
        // CPython's hackcheck: object.__setattr__ cannot bypass a builtin type's own setattr.
        Type* t = self->type;
        while (t && isHeapType(t)) t = t->base;
        if (t && t->setAttr != reinterpret_cast<SetAttrFn>(fn) && objclass != t &&
            isSubtype(t, objclass) && reinterpret_cast<SetAttrFn>(fn) == &genericSetAttr &&
            t != &ObjectType) {
            return setError(&ExcTypeError, "can't apply this %s to %s object", slot->name,
                            t->name);
        }
        return noneOrErr(reinterpret_cast<SetAttrFn>(fn)(
            self, args[0], k == SlotKind::SetAttr ? args[1] : nullptr));
    }
    case SlotKind::DescrGet: {
        if (nargs < 1 || nargs > 2) {
            return setError(&ExcTypeError, "expected %s argument%s, got %zu",
                            nargs < 1 ? "1" : "2", nargs < 1 ? "" : "s", nargs);
        }
        Object* obj = isNone(args[0]) ? nullptr : args[0];
        Object* type = nargs == 2 && !isNone(args[1]) ? args[1] : nullptr;
        if (!obj && !type) return setError(&ExcTypeError, "__get__(None, None) is invalid");
        return reinterpret_cast<DescrGetFn>(fn)(self, obj, type);
    }
    case SlotKind::DescrSet:
        if (!checkNumArgs(nargs, 2)) return nullptr;
        return noneOrErr(reinterpret_cast<DescrSetFn>(fn)(self, args[0], args[1]));
    case SlotKind::DescrDelete:
        if (!checkNumArgs(nargs, 1)) return nullptr;
        return noneOrErr(reinterpret_cast<DescrSetFn>(fn)(self, args[0], nullptr));
    case SlotKind::Call:
        return reinterpret_cast<CallFn>(fn)(self, args, nargs, kwnames);
    case SlotKind::Init: {
        Object* tuple = tupleFromArray(args, static_cast<ssize>(nargs));
        if (!tuple) return nullptr;
        Object* kw = nullptr;
        size_t nk = kwCount(kwnames);
        if (nk) {
            kw = dictNew();
            for (size_t i = 0; kw && i < nk; i++) {
                if (dictSetItem(kw, tupleItem(kwnames, i), args[nargs + i]) < 0) clearRef(kw);
            }
            if (!kw) {
                decref(tuple);
                return nullptr;
            }
        }
        int r = reinterpret_cast<InitFn>(fn)(self, tuple, kw);
        decref(tuple);
        xdecref(kw);
        return noneOrErr(r);
    }
    case SlotKind::IterNext: {
        if (!checkNumArgs(nargs, 0)) return nullptr;
        Object* r = reinterpret_cast<IterNextFn>(fn)(self);
        if (!r && !errOccurred()) setErrorObject(&ExcStopIteration, nullptr);
        return r;
    }
    case SlotKind::SetItem:
        if (!checkNumArgs(nargs, 2)) return nullptr;
        return noneOrErr(reinterpret_cast<SetItemFn>(fn)(self, args[0], args[1]));
    case SlotKind::DelItem:
        if (!checkNumArgs(nargs, 1)) return nullptr;
        return noneOrErr(reinterpret_cast<SetItemFn>(fn)(self, args[0], nullptr));
    case SlotKind::Contains:
        if (!checkNumArgs(nargs, 1)) return nullptr;
        return boolOrErr(reinterpret_cast<ContainsFn>(fn)(self, args[0]));
    case SlotKind::Del:
        if (!checkNumArgs(nargs, 0)) return nullptr;
        reinterpret_cast<FinalizeFn>(fn)(self);
        return errOccurred() ? nullptr : newNone();
    case SlotKind::NoWrapper:
    case SlotKind::New:
        break;
    }
    return setError(&ExcSystemError, "bad slot wrapper");
}

// ---- Static types: wrappers for the slots a type defines itself ----

bool addSlotWrappers(Type* t) {
    Object* dict = t->dict;
    for (size_t i = 0; i < kNumSlotDefs; i++) {
        const SlotDef* s = &kSlotDefs[i];
        if (s->kind == SlotKind::NoWrapper || s->kind == SlotKind::New) continue;
        AnySlotFn fn = getSlot(t, s->offset);
        if (!fn) continue;
        // Sequences concatenate with +: no __radd__ (CPython's sq_concat has no reflection).
        if (s->kind == SlotKind::BinaryR && s->offset == NB(add) && t->length) continue;
        Object* name = strIntern(s->name);
        int has = dictContains(dict, name);
        if (has < 0) return false;
        if (has) continue;
        Object* w;
        if (s->offset == TP(hash) && t->hash == &hashNotImplemented) {
            w = newNone();
        } else {
            w = newWrapperDescr(t, s, fn);
        }
        if (!w) return false;
        int r = dictSetItem(dict, name, w);
        decref(w);
        if (r < 0) return false;
    }
    return true;
}

// ---- Heap types: resolve each slot from the dunders along the MRO ----

namespace {

AnySlotFn resolveSlot(Type* t, size_t first, size_t end) {
    uint16_t off = kSlotDefs[first].offset;
    AnySlotFn specific = nullptr;
    bool generic = false;
    for (size_t i = first; i < end; i++) {
        const SlotDef* s = &kSlotDefs[i];
        Object* d = typeLookup(t, strIntern(s->name));
        if (!d) continue;
        AnySlotFn fn = nullptr;
        if (isWrapperDescr(d)) {
            auto* w = reinterpret_cast<WrapperDescrObject*>(d);
            if (w->slot->offset == off) fn = w->fn;
        } else if (off == TP(hash) && isNone(d)) {
            fn = anyFn(&hashNotImplemented);
        } else if (off == TP(new_) && isBuiltinFunction(d)) {
            auto* b = reinterpret_cast<BuiltinFunctionObject*>(d);
            if (b->def == &kTypeNewWrapperDef && b->self && isType(b->self)) {
                fn = anyFn(asType(b->self)->new_);
            }
        }
        if (!fn) {
            generic = true;
            break;
        }
        if (specific && specific != fn) {
            generic = true;
            break;
        }
        specific = fn;
    }
    if (generic) return kSlotDefs[first].heapFn;
    // Both dunders of a binary pair must agree; one side only defined: still the C++ slot.
    return specific;
}

}  // namespace

void fixupHeapSlots(Type* t) {
    // Slot rows with the same offset are adjacent except for the richcompare/binary groups,
    // which are adjacent too by construction; scan groups of equal offsets.
    bool done[kNumSlotDefs] = {};
    for (size_t i = 0; i < kNumSlotDefs; i++) {
        if (done[i]) continue;
        uint16_t off = kSlotDefs[i].offset;
        size_t end = i;
        while (end < kNumSlotDefs && kSlotDefs[end].offset == off) done[end++] = true;
        putSlot(t, off, resolveSlot(t, i, end));
    }
    // A class with __getattr__ only and object's __getattribute__ still needs the hook.
    if (typeLookup(t, KRAIT_STR(__getattr__))) t->getAttr = &slotGetAttrHook;
}

// Number of slot rows, for tests.
size_t slotDefCount() { return kNumSlotDefs; }

// Name lookup used by wrapper reprs and super().
bool isSlotDunder(Object* name) {
    if (!isStr(name)) return false;
    std::string_view v = strView(name);
    return v.size() > 4 && v.substr(0, 2) == "__" && v.substr(v.size() - 2) == "__";
}

}  // namespace krait
