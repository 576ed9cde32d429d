// Weak references: weakref.ref (ReferenceType), proxy / callable proxy, the `_weakref` module
// and clearWeakrefs() for dying objects (CPython 3.11's Objects/weakrefobject.c semantics).
#include "objects/weakref.h"

#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

WeakRefObject* asWr(Object* o) { return reinterpret_cast<WeakRefObject*>(o); }

bool isProxy(Object* o) {
    return o->type == &WeakProxyType || o->type == &WeakCallableProxyType;
}
bool isRefInstance(Object* o) { return isSubtype(o->type, &WeakRefType); }

// The callback-less ref of the exact ref type and the callback-less proxy in o's list (they
// are kept at its head, as CPython's get_basic_refs).
void basicRefs(Object* head, WeakRefObject** ref, WeakRefObject** proxy) {
    *ref = *proxy = nullptr;
    WeakRefObject* w = asWr(head);
    if (w && w->ob.type == &WeakRefType && !w->callback) {
        *ref = w;
        w = w->wrNext;
    }
    if (w && isProxy(&w->ob) && !w->callback) *proxy = w;
}

void insertHead(WeakRefObject* wr, Object** list) {
    WeakRefObject* next = asWr(*list);
    wr->wrPrev = nullptr;
    wr->wrNext = next;
    if (next) next->wrPrev = wr;
    *list = &wr->ob;
}

void insertAfter(WeakRefObject* wr, WeakRefObject* prev) {
    wr->wrPrev = prev;
    wr->wrNext = prev->wrNext;
    if (prev->wrNext) prev->wrNext->wrPrev = wr;
    prev->wrNext = wr;
}

// Links a new weak reference into ob's list at CPython's position.
void linkRef(WeakRefObject* wr, Object** list, bool basic) {
    WeakRefObject *ref, *proxy;
    basicRefs(*list, &ref, &proxy);
    if (basic && wr->ob.type == &WeakRefType) {
        insertHead(wr, list);
    } else if (basic && isProxy(&wr->ob)) {
        if (ref) {
            insertAfter(wr, ref);
        } else {
            insertHead(wr, list);
        }
    } else {
        WeakRefObject* prev = proxy ? proxy : ref;
        if (prev) {
            insertAfter(wr, prev);
        } else {
            insertHead(wr, list);
        }
    }
}

Object** checkReferent(Object* ob) {
    Object** list = weaklistOf(ob);
    if (!list) {
        setError(&ExcTypeError, "cannot create weak reference to '%s' object", ob->type->name);
    }
    return list;
}

bool unpackInitArgs(const char* fname, Object* args, Object** ob, Object** callback) {
    ssize n = tupleSize(args);
    if (n < 1 || n > 2) {
        if (n < 1) {
            setError(&ExcTypeError, "%s expected at least 1 argument, got %zd", fname, n);
        } else {
            setError(&ExcTypeError, "%s expected at most 2 arguments, got %zd", fname, n);
        }
        return false;
    }
    *ob = tupleItem(args, 0);
    *callback = n > 1 ? tupleItem(args, 1) : nullptr;
    if (*callback == none()) *callback = nullptr;
    return true;
}

// ---- ref ----

Object* refNew(Type* t, Object* args, Object*) {
    Object *ob, *callback;
    if (!unpackInitArgs("__new__", args, &ob, &callback)) return nullptr;
    Object** list = checkReferent(ob);
    if (!list) return nullptr;
    if (!callback && t == &WeakRefType) {
        WeakRefObject *ref, *proxy;
        basicRefs(*list, &ref, &proxy);
        if (ref) return newRef(&ref->ob);
    }
    Object* o = allocObject(t);
    if (!o) return nullptr;
    WeakRefObject* wr = asWr(o);
    wr->hash = -1;
    wr->referent = ob;
    wr->callback = callback ? newRef(callback) : nullptr;
    // Allocation may have run a collection that killed ob's other references only if ob was
    // garbage, which it cannot be: the caller holds it.
    linkRef(wr, list, !callback && t == &WeakRefType);
    return o;
}

int refInit(Object*, Object* args, Object*) {
    Object *ob, *callback;
    return unpackInitArgs("__init__", args, &ob, &callback) ? 0 : -1;
}

void refDealloc(Object* o) {
    WeakRefObject* wr = asWr(o);
    weakrefClearRef(wr);
    clearRef(wr->callback);
    freeObject(o);
}

void refTraverse(Object* o, VisitFn visit, void* arg) {
    if (asWr(o)->callback) visit(asWr(o)->callback, arg);
}

void refClear(Object* o) {
    weakrefClearRef(asWr(o));
    clearRef(asWr(o)->callback);
}

Object* refCall(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("weakref", kwnames)) return nullptr;
    if (nargs != 0) {
        return setError(&ExcTypeError, "weakref() takes exactly 0 arguments (%zu given)", nargs);
    }
    Object* r = weakrefLive(asWr(self));
    return newRef(r ? r : none());
}

hash_t refHash(Object* self) {
    WeakRefObject* wr = asWr(self);
    if (wr->hash != -1) return wr->hash;
    if (!weakrefLive(wr)) {
        setError(&ExcTypeError, "weak object has gone away");
        return -1;
    }
    Ref<> keep = Ref<>::borrow(wr->referent);
    wr->hash = hash(keep.get());
    return wr->hash;
}

Object* refRichCompare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isWeakRefObject(a) ||
        !isWeakRefObject(b)) {
        return newRef(notImplemented());
    }
    Object* ra = weakrefLive(asWr(a));
    Object* rb = weakrefLive(asWr(b));
    if (!ra || !rb) {
        bool res = a == b;
        if (op == CompareOp::Ne) res = !res;
        return newBool(res);
    }
    Ref<> ka = Ref<>::borrow(ra);
    Ref<> kb = Ref<>::borrow(rb);
    return richCompare(ka.get(), kb.get(), op);
}

// "<weakref at 0x..; to 'C' at 0x..>" (with " (name)" when the referent has a str __name__).
Object* refRepr(Object* self) {
    Object* ob = weakrefLive(asWr(self));
    if (!ob) return strFormat("<weakref at %p; dead>", static_cast<void*>(self));
    Ref<> keep = Ref<>::borrow(ob);
    Ref<> name = Ref<>::steal(lookupAttr(ob, KRAIT_STR(__name__)));
    if (!name && errOccurred()) return nullptr;
    if (name && isStr(name.get())) {
        return strFormat("<weakref at %p; to '%s' at %p (%U)>", static_cast<void*>(self),
                         ob->type->name, static_cast<void*>(ob), name.get());
    }
    return strFormat("<weakref at %p; to '%s' at %p>", static_cast<void*>(self), ob->type->name,
                     static_cast<void*>(ob));
}

const MemberDef kRefMembers[] = {
    {"__callback__", MemberKind::ObjectReadOnly, offsetof(WeakRefObject, callback),
     "callback invoked when the referent dies"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

const MethodDef kRefMethods[] = {
    {"__class_getitem__", classGetItemSelf, kMethClass,
     "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- proxy ----

// The live referent (borrowed) of a proxy, or null with ReferenceError.
Object* proxyReferent(Object* p) {
    Object* r = weakrefLive(asWr(p));
    if (!r) setError(&ExcReferenceError, "weakly-referenced object no longer exists");
    return r;
}

// Unwraps o if it is a proxy: a new reference to the referent (or to o itself).
Object* unwrap(Object* o) {
    if (!isProxy(o)) return newRef(o);
    Object* r = proxyReferent(o);
    return r ? newRef(r) : nullptr;
}

Object* proxyGetAttr(Object* self, Object* name) {
    Object* r = proxyReferent(self);
    if (!r) return nullptr;
    Ref<> keep = Ref<>::borrow(r);
    return getAttr(r, name);
}

int proxySetAttr(Object* self, Object* name, Object* value) {
    Object* r = proxyReferent(self);
    if (!r) return -1;
    Ref<> keep = Ref<>::borrow(r);
    return setAttr(r, name, value);
}

Object* proxyStr(Object* self) {
    Object* r = proxyReferent(self);
    if (!r) return nullptr;
    Ref<> keep = Ref<>::borrow(r);
    return str(r);
}

Object* proxyRepr(Object* self) {
    Object* ob = weakrefLive(asWr(self));
    Object* shown = ob ? ob : none();
    return strFormat("<weakproxy at %p to %s at %p>", static_cast<void*>(self),
                     shown->type->name, static_cast<void*>(shown));
}

Object* proxyCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* r = proxyReferent(self);
    if (!r) return nullptr;
    Ref<> keep = Ref<>::borrow(r);
    return call(r, args, nargs, kwnames);
}

Object* proxyRichCompare(Object* a, Object* b, CompareOp op) {
    Ref<> ua = Ref<>::steal(unwrap(a));
    if (!ua) return nullptr;
    Ref<> ub = Ref<>::steal(unwrap(b));
    if (!ub) return nullptr;
    return richCompare(ua.get(), ub.get(), op);
}

Object* proxyBinary(Object* a, Object* b, BinOp op) {
    Ref<> ua = Ref<>::steal(unwrap(a));
    if (!ua) return nullptr;
    Ref<> ub = Ref<>::steal(unwrap(b));
    if (!ub) return nullptr;
    return binaryOp(ua.get(), ub.get(), op);
}

#define KRAIT_PROXY_BINOP(fn, op) \
    Object* fn(Object* a, Object* b) { return proxyBinary(a, b, BinOp::op); }
KRAIT_PROXY_BINOP(proxyAdd, Add)
KRAIT_PROXY_BINOP(proxySub, Subtract)
KRAIT_PROXY_BINOP(proxyMul, Multiply)
KRAIT_PROXY_BINOP(proxyMod, Remainder)
KRAIT_PROXY_BINOP(proxyLshift, Lshift)
KRAIT_PROXY_BINOP(proxyRshift, Rshift)
KRAIT_PROXY_BINOP(proxyAnd, And)
KRAIT_PROXY_BINOP(proxyXor, Xor)
KRAIT_PROXY_BINOP(proxyOr, Or)
KRAIT_PROXY_BINOP(proxyFloorDiv, FloorDivide)
KRAIT_PROXY_BINOP(proxyTrueDiv, TrueDivide)
KRAIT_PROXY_BINOP(proxyMatMul, MatrixMultiply)
KRAIT_PROXY_BINOP(proxyIAdd, InplaceAdd)
KRAIT_PROXY_BINOP(proxyISub, InplaceSubtract)
KRAIT_PROXY_BINOP(proxyIMul, InplaceMultiply)
KRAIT_PROXY_BINOP(proxyIMod, InplaceRemainder)
KRAIT_PROXY_BINOP(proxyILshift, InplaceLshift)
KRAIT_PROXY_BINOP(proxyIRshift, InplaceRshift)
KRAIT_PROXY_BINOP(proxyIAnd, InplaceAnd)
KRAIT_PROXY_BINOP(proxyIXor, InplaceXor)
KRAIT_PROXY_BINOP(proxyIOr, InplaceOr)
KRAIT_PROXY_BINOP(proxyIFloorDiv, InplaceFloorDivide)
KRAIT_PROXY_BINOP(proxyITrueDiv, InplaceTrueDivide)
KRAIT_PROXY_BINOP(proxyIMatMul, InplaceMatrixMultiply)
#undef KRAIT_PROXY_BINOP

Object* proxyPow(Object* a, Object* b, Object* c) {
    Ref<> ua = Ref<>::steal(unwrap(a));
    if (!ua) return nullptr;
    Ref<> ub = Ref<>::steal(unwrap(b));
    if (!ub) return nullptr;
    Ref<> uc = Ref<>::steal(unwrap(c));
    if (!uc) return nullptr;
    return power(ua.get(), ub.get(), uc.get());
}

#define KRAIT_PROXY_UNARY(fn, impl)                \
    Object* fn(Object* self) {                     \
        Ref<> u = Ref<>::steal(unwrap(self));      \
        return u ? impl(u.get()) : nullptr;        \
    }
KRAIT_PROXY_UNARY(proxyNeg, negative)
KRAIT_PROXY_UNARY(proxyPos, positive)
KRAIT_PROXY_UNARY(proxyAbs, absolute)
KRAIT_PROXY_UNARY(proxyInvert, invert)
KRAIT_PROXY_UNARY(proxyInt, numberInt)
KRAIT_PROXY_UNARY(proxyFloat, numberFloat)
KRAIT_PROXY_UNARY(proxyIndex, numberIndex)
KRAIT_PROXY_UNARY(proxyIter, getIter)
#undef KRAIT_PROXY_UNARY

int proxyBool(Object* self) {
    Object* r = proxyReferent(self);
    if (!r) return -1;
    Ref<> keep = Ref<>::borrow(r);
    return isTrue(r);
}

ssize proxyLength(Object* self) {
    Object* r = proxyReferent(self);
    if (!r) return -1;
    Ref<> keep = Ref<>::borrow(r);
    return length(r);
}

Object* proxyGetItem(Object* self, Object* key) {
    Object* r = proxyReferent(self);
    if (!r) return nullptr;
    Ref<> keep = Ref<>::borrow(r);
    return getItem(r, key);
}

int proxySetItem(Object* self, Object* key, Object* value) {
    Object* r = proxyReferent(self);
    if (!r) return -1;
    Ref<> keep = Ref<>::borrow(r);
    return value ? setItem(r, key, value) : delItem(r, key);
}

int proxyContains(Object* self, Object* item) {
    Object* r = proxyReferent(self);
    if (!r) return -1;
    Ref<> keep = Ref<>::borrow(r);
    return contains(r, item);
}

Object* proxyIterNext(Object* self) {
    Object* r = proxyReferent(self);
    if (!r) return nullptr;
    if (!r->type->iterNext) {
        return setError(&ExcTypeError, "Weakref proxy referenced a non-iterator '%s' object",
                        r->type->name);
    }
    Ref<> keep = Ref<>::borrow(r);
    return r->type->iterNext(r);
}

Object* proxyForward(Object* self, const char* method) {
    Object* r = proxyReferent(self);
    if (!r) return nullptr;
    Ref<> keep = Ref<>::borrow(r);
    return callMethod(r, method, nullptr, 0);
}

Object* proxyBytes(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__bytes__", nargs, 0, 0)) return nullptr;
    return proxyForward(self, "__bytes__");
}

Object* proxyReversed(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__reversed__", nargs, 0, 0)) return nullptr;
    return proxyForward(self, "__reversed__");
}

const MethodDef kProxyMethods[] = {
    {"__bytes__", proxyBytes, 0, nullptr},
    {"__reversed__", proxyReversed, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

constexpr NumberSlots kProxyNumber = {
    .add = proxyAdd, .subtract = proxySub, .multiply = proxyMul, .remainder = proxyMod,
    .divmod = nullptr, .lshift = proxyLshift, .rshift = proxyRshift, .and_ = proxyAnd,
    .xor_ = proxyXor, .or_ = proxyOr, .floorDivide = proxyFloorDiv,
    .trueDivide = proxyTrueDiv, .matrixMultiply = proxyMatMul, .power = proxyPow,
    .inplaceAdd = proxyIAdd, .inplaceSubtract = proxyISub, .inplaceMultiply = proxyIMul,
    .inplaceRemainder = proxyIMod, .inplaceLshift = proxyILshift,
    .inplaceRshift = proxyIRshift, .inplaceAnd = proxyIAnd, .inplaceXor = proxyIXor,
    .inplaceOr = proxyIOr, .inplaceFloorDivide = proxyIFloorDiv,
    .inplaceTrueDivide = proxyITrueDiv, .inplaceMatrixMultiply = proxyIMatMul,
    .inplacePower = nullptr, .negative = proxyNeg, .positive = proxyPos,
    .absolute = proxyAbs, .invert = proxyInvert, .int_ = proxyInt, .float_ = proxyFloat,
    .index = proxyIndex, .bool_ = proxyBool,
};

// ---- the module ----

Object* wrProxy(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("proxy", kwnames) || !checkArgCount("proxy", nargs, 1, 2)) return nullptr;
    Object* ob = args[0];
    Object* callback = nargs > 1 && args[1] != none() ? args[1] : nullptr;
    Object** list = checkReferent(ob);
    if (!list) return nullptr;
    Type* t = isCallable(ob) ? &WeakCallableProxyType : &WeakProxyType;
    if (!callback) {
        WeakRefObject *ref, *proxy;
        basicRefs(*list, &ref, &proxy);
        if (proxy) return newRef(&proxy->ob);
    }
    Object* o = allocObject(t);
    if (!o) return nullptr;
    WeakRefObject* wr = asWr(o);
    wr->hash = -1;
    wr->referent = ob;
    wr->callback = callback ? newRef(callback) : nullptr;
    linkRef(wr, list, !callback);
    return o;
}

Object* wrGetWeakrefCount(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("getweakrefcount", nargs, 1, 1)) return nullptr;
    return intFromSsize(weakrefCount(args[0]));
}

Object* wrGetWeakrefs(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("getweakrefs", nargs, 1, 1)) return nullptr;
    Ref<> result = Ref<>::steal(listNew(0));
    if (!result) return nullptr;
    Object** list = weaklistOf(args[0]);
    if (!list) return result.release();
    std::vector<Object*> refs;
    for (WeakRefObject* w = asWr(*list); w; w = w->wrNext) refs.push_back(&w->ob);
    for (Object* r : refs) incref(r);
    bool ok = true;
    for (Object* r : refs) {
        if (ok && listAppend(result.get(), r) < 0) ok = false;
        decref(r);
    }
    return ok ? result.release() : nullptr;
}

Object* wrRemoveDeadWeakref(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("_remove_dead_weakref", nargs, 2, 2)) return nullptr;
    Object* d = args[0];
    if (!isDict(d)) {
        return setError(&ExcTypeError, "_remove_dead_weakref() argument 1 must be dict, not %T", d);
    }
    Object* v = dictGetItem(d, args[1]);
    if (!v) {
        if (errOccurred()) {
            if (!errMatches(&ExcKeyError)) return nullptr;
            clearError();
        }
        return newNone();
    }
    if (isWeakRefObject(v) && !weakrefLive(asWr(v)) && dictDelItem(d, args[1]) < 0) {
        if (!errMatches(&ExcKeyError)) return nullptr;
        clearError();
    }
    return newNone();
}

const MethodDef kWeakrefModuleMethods[] = {
    {"getweakrefcount", wrGetWeakrefCount, 0,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", wrGetWeakrefs, 0,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", wrProxy, 0,
     "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is "
     "called with a reference to the\nproxy when 'object' is about to be finalized."},
    {"_remove_dead_weakref", wrRemoveDeadWeakref, 0,
     "Atomically remove key from dict if it points to a dead weakref."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// ---- Types ----

Type WeakRefType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "weakref.ReferenceType",
    .basicSize = sizeof(WeakRefObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .methods = kRefMethods,
    .members = kRefMembers,
    .dealloc = refDealloc,
    .traverse = refTraverse,
    .clear = refClear,
    .repr = refRepr,
    .hash = refHash,
    .richCompare = refRichCompare,
    .call = refCall,
    .new_ = refNew,
    .init = refInit,
};

#define KRAIT_PROXY_TYPE(var, tpname, callSlot)                                     \
    Type var = {                                                                 \
        .ob = {kImmortalRefcnt, &TypeType},                                      \
        .name = tpname,                                                          \
        .basicSize = sizeof(WeakRefObject),                                      \
        .flags = kTypeHaveGC,                                                    \
        .methods = kProxyMethods,                                                \
        .dealloc = refDealloc,                                                   \
        .traverse = refTraverse,                                                 \
        .clear = refClear,                                                       \
        .repr = proxyRepr,                                                       \
        .str = proxyStr,                                                         \
        .hash = hashNotImplemented,                                              \
        .richCompare = proxyRichCompare,                                         \
        .getAttr = proxyGetAttr,                                                 \
        .setAttr = proxySetAttr,                                                 \
        .call = callSlot,                                                        \
        .iter = proxyIter,                                                       \
        .iterNext = proxyIterNext,                                               \
        .length = proxyLength,                                                   \
        .getItem = proxyGetItem,                                                 \
        .setItem = proxySetItem,                                                 \
        .contains = proxyContains,                                               \
        .number = kProxyNumber,                                                  \
    };
KRAIT_PROXY_TYPE(WeakProxyType, "weakref.ProxyType", nullptr)
KRAIT_PROXY_TYPE(WeakCallableProxyType, "weakref.CallableProxyType", proxyCall)
#undef KRAIT_PROXY_TYPE

// ---- Shared helpers ----

bool isWeakRefObject(Object* o) { return isRefInstance(o) || isProxy(o); }

Object** weaklistOf(Object* o) {
    ssize off = o->type->weaklistOffset;
    if (off <= 0) return nullptr;
    return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off);
}

ssize weakrefCount(Object* o) {
    Object** list = weaklistOf(o);
    ssize n = 0;
    if (list) {
        for (WeakRefObject* w = asWr(*list); w; w = w->wrNext) n++;
    }
    return n;
}

void weakrefClearRef(WeakRefObject* wr) {
    Object* ob = wr->referent;
    if (!ob) return;
    Object** list = weaklistOf(ob);
    if (wr->wrPrev) {
        wr->wrPrev->wrNext = wr->wrNext;
    } else if (list && *list == &wr->ob) {
        *list = wr->wrNext ? &wr->wrNext->ob : nullptr;
    }
    if (wr->wrNext) wr->wrNext->wrPrev = wr->wrPrev;
    wr->wrPrev = wr->wrNext = nullptr;
    wr->referent = nullptr;
}

// Clears every weak reference to the dying object o, then calls their callbacks (newest
// first, as CPython). Exceptions raised by callbacks are reported as unraisable.
void clearWeakrefs(Object* o) {
    Object** list = weaklistOf(o);
    if (!list || !*list) return;
    std::vector<std::pair<Object*, Object*>> calls;   // (ref, callback), both owned
    while (*list) {
        WeakRefObject* wr = asWr(*list);
        Object* cb = wr->callback;
        wr->callback = nullptr;
        weakrefClearRef(wr);
        if (!cb) continue;
        if (wr->ob.refcnt > 0) {
            incref(&wr->ob);
            calls.emplace_back(&wr->ob, cb);
        } else {
            decref(cb);
        }
    }
    if (calls.empty()) return;
    Object* saved = fetchError();
    for (auto& c : calls) {
        Object* r = callOneArg(c.second, c.first);
        if (!r) {
            writeUnraisable(c.second);
        } else {
            decref(r);
        }
        decref(c.second);
        decref(c.first);
    }
    restoreError(saved);
}

Object* createWeakrefModule(InterpState*) {
    if (!typeReady(&WeakRefType) || !typeReady(&WeakProxyType) ||
        !typeReady(&WeakCallableProxyType)) {
        return nullptr;
    }
    Ref<> m = Ref<>::steal(moduleNew("_weakref"));
    if (!m || !moduleAddFunctions(m.get(), kWeakrefModuleMethods) ||
        !moduleAddObject(m.get(), "ref", newRef(asObject(&WeakRefType))) ||
        !moduleAddObject(m.get(), "ReferenceType", newRef(asObject(&WeakRefType))) ||
        !moduleAddObject(m.get(), "ProxyType", newRef(asObject(&WeakProxyType))) ||
        !moduleAddObject(m.get(), "CallableProxyType",
                         newRef(asObject(&WeakCallableProxyType)))) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
