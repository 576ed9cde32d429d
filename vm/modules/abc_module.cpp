// The _abc module (CPython's Modules/_abc.c): the machinery behind abc.ABCMeta. Each ABC
// holds an _abc_data object (its `_abc_impl`) with three sets of weak references: the
// registry of virtual subclasses, the positive cache and the negative cache. The negative
// cache is valid only while its version equals the interpreter's invalidation counter, which
// every register() bumps (get_cache_token() returns it). Weak references carry a callback
// that discards them from their set when the class dies, so caches never keep classes alive.
#include <cstdint>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace krait {

extern Type AbcDataType;

namespace {

struct AbcDataObject {
    Object ob;
    Object* registry;        // set of weakrefs, or null until first used
    Object* cache;
    Object* negativeCache;
    uint64_t negativeCacheVersion;
    Object* weaklist;        // the weak-reference callbacks of the sets refer to this object
};

// Which set of an _abc_data a weakref callback discards from.
enum class AbcSet : int { Registry, Cache, Negative };

AbcDataObject* asAbcData(Object* o) { return reinterpret_cast<AbcDataObject*>(o); }

uint64_t& invalidationCounter() { return currentInterp()->abcInvalidationCounter; }

Object* abcDataNew(Type* t, Object*, Object*) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    asAbcData(o)->negativeCacheVersion = invalidationCounter();
    return o;
}

void abcDataClear(Object* self) {
    AbcDataObject* d = asAbcData(self);
    clearRef(d->registry);
    clearRef(d->cache);
    clearRef(d->negativeCache);
}

void abcDataDealloc(Object* self) {
    if (asAbcData(self)->weaklist) clearWeakrefs(self);
    abcDataClear(self);
    freeObject(self);
}

void abcDataTraverse(Object* self, VisitFn visit, void* arg) {
    AbcDataObject* d = asAbcData(self);
    if (d->registry) visit(d->registry, arg);
    if (d->cache) visit(d->cache, arg);
    if (d->negativeCache) visit(d->negativeCache, arg);
}

// cls._abc_impl, checked to be an _abc_data (new reference).
AbcDataObject* getImpl(Object* cls) {
    Object* impl = getAttr(cls, KRAIT_STR(_abc_impl));
    if (!impl) return nullptr;
    if (impl->type != &AbcDataType) {
        decref(impl);
        setError(&ExcTypeError, "_abc_impl is set to a wrong type");
        return nullptr;
    }
    return asAbcData(impl);
}

// Whether a weak reference to obj is in set (null or empty: no). -1 on error.
int inWeakSet(Object* set, Object* obj) {
    if (!set || setSize(set) == 0) return 0;
    Object* args[1] = {obj};
    Ref<> ref = Ref<>::steal(call(asObject(&WeakRefType), args, 1));
    if (!ref) {
        if (errMatches(&ExcTypeError)) {
            clearError();
            return 0;
        }
        return -1;
    }
    return setContains(set, ref.get());
}

Object** setSlot(AbcDataObject* d, AbcSet which) {
    switch (which) {
    case AbcSet::Registry: return &d->registry;
    case AbcSet::Cache: return &d->cache;
    default: return &d->negativeCache;
    }
}

// The weakref callbacks: self is a weak reference to the _abc_data, args[0] the reference
// whose class died; it leaves the set it was in (sets cannot be weakly referenced here, so
// the callback reaches its set through the owner).
template <AbcSet kWhich>
Object* destroyCallback(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return setError(&ExcTypeError, "_destroy expected 1 argument");
    Object* owner = weakrefReferent(self);
    if (!owner || isNone(owner)) return newNone();
    Ref<> keep = Ref<>::borrow(owner);
    Object* set = *setSlot(asAbcData(owner), kWhich);
    if (set && setDiscard(set, args[0]) < 0) return nullptr;
    return newNone();
}

const MethodDef kDestroyDefs[] = {
    {"_destroy", destroyCallback<AbcSet::Registry>, 0, nullptr},
    {"_destroy", destroyCallback<AbcSet::Cache>, 0, nullptr},
    {"_destroy", destroyCallback<AbcSet::Negative>, 0, nullptr},
};

// Adds a weak reference to obj to the chosen set of impl (created on first use). False on
// error.
bool addToWeakSet(AbcDataObject* impl, AbcSet which, Object* obj) {
    Object** pset = setSlot(impl, which);
    if (!*pset) {
        *pset = setNew(nullptr);
        if (!*pset) return false;
    }
    Ref<> set = Ref<>::borrow(*pset);
    Object* a1[1] = {reinterpret_cast<Object*>(impl)};
    Ref<> ownerRef = Ref<>::steal(call(asObject(&WeakRefType), a1, 1));
    if (!ownerRef) return false;
    Ref<> cb = Ref<>::steal(
        newBuiltinFunction(&kDestroyDefs[static_cast<int>(which)], ownerRef.get(), nullptr));
    if (!cb) return false;
    Object* a2[2] = {obj, cb.get()};
    Ref<> ref = Ref<>::steal(call(asObject(&WeakRefType), a2, 2));
    if (!ref) return false;
    return setAdd(set.get(), ref.get()) == 0;
}

// _PyObject_IsAbstract: getattr(o, '__isabstractmethod__', False) as a bool; -1 on error.
int isAbstract(Object* o) {
    Ref<> v = Ref<>::steal(lookupAttr(o, KRAIT_STR(__isabstractmethod__)));
    if (!v) return errOccurred() ? -1 : 0;
    return isTrue(v.get());
}

bool computeAbstractMethods(Object* self) {
    Ref<> abstracts = Ref<>::steal(setNew(nullptr));
    if (!abstracts) return false;
    // Stage 1: abstract methods defined in the class namespace (a snapshot of its items, as
    // __isabstractmethod__ may run code that changes the namespace).
    Ref<> ns = Ref<>::steal(getAttr(self, KRAIT_STR(__dict__)));
    if (!ns) return false;
    Ref<> items;
    if (isDict(ns.get())) {
        items = Ref<>::steal(dictItems(ns.get()));
    } else {
        Ref<> it = Ref<>::steal(callMethod(ns.get(), "items", nullptr, 0));
        if (!it) return false;
        items = Ref<>::steal(sequenceList(it.get()));
    }
    if (!items) return false;
    for (ssize i = 0; i < listSize(items.get()); i++) {
        Ref<> item = Ref<>::borrow(listItem(items.get(), i));
        if (!isTuple(item.get()) || tupleSize(item.get()) != 2) {
            setError(&ExcTypeError, "items() returned item which is not a 2-tuple");
            return false;
        }
        int abs = isAbstract(tupleItem(item.get(), 1));
        if (abs < 0) return false;
        if (abs && setAdd(abstracts.get(), tupleItem(item.get(), 0)) < 0) return false;
    }
    // Stage 2: inherited abstract methods that are still abstract here.
    Ref<> bases = Ref<>::steal(getAttr(self, KRAIT_STR(__bases__)));
    if (!bases) return false;
    if (!isTuple(bases.get())) {
        setError(&ExcTypeError, "__bases__ is not tuple");
        return false;
    }
    for (ssize i = 0; i < tupleSize(bases.get()); i++) {
        Object* base = tupleItem(bases.get(), i);
        Ref<> baseAbstracts = Ref<>::steal(lookupAttr(base, KRAIT_STR(__abstractmethods__)));
        if (!baseAbstracts) {
            if (errOccurred()) return false;
            continue;
        }
        Ref<> it = Ref<>::steal(getIter(baseAbstracts.get()));
        if (!it) return false;
        while (true) {
            Ref<> key = Ref<>::steal(iterNext(it.get()));
            if (!key) {
                if (errOccurred()) return false;
                break;
            }
            if (!isStr(key.get())) {
                setError(&ExcTypeError, "attribute name must be string, not '%.200s'",
                         typeName(key.get()->type));
                return false;
            }
            Ref<> value = Ref<>::steal(lookupAttr(self, key.get()));
            if (!value) {
                if (errOccurred()) return false;
                continue;
            }
            int abs = isAbstract(value.get());
            if (abs < 0) return false;
            if (abs && setAdd(abstracts.get(), key.get()) < 0) return false;
        }
    }
    Ref<> frozen = Ref<>::steal(frozenSetNew(abstracts.get()));
    if (!frozen) return false;
    return setAttr(self, KRAIT_STR(__abstractmethods__), frozen.get()) == 0;
}

// CPython's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING values in __abc_tpflags__.
constexpr int64_t kCpySequence = 1 << 5;
constexpr int64_t kCpyMapping = 1 << 6;
constexpr uint64_t kCollectionFlags = kTypeSequence | kTypeMapping;

// Gives child (and, recursively, its subclasses) the collection flag of a registering ABC.
bool setCollectionFlagRecursive(Object* child, uint64_t flag) {
    Type* t = reinterpret_cast<Type*>(child);
    if ((t->flags & kTypeImmutable) || (t->flags & kCollectionFlags) == flag) return true;
    t->flags = (t->flags & ~kCollectionFlags) | flag;
    Ref<> subs = Ref<>::steal(callMethod(child, "__subclasses__", nullptr, 0));
    if (!subs) return false;
    for (ssize i = 0; i < listSize(subs.get()); i++) {
        if (!setCollectionFlagRecursive(listItem(subs.get(), i), flag)) return false;
    }
    return true;
}

Object* abcInit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_abc_init", kwnames) || !checkArgCount("_abc_init", nargs, 1, 1))
        return nullptr;
    Object* self = args[0];
    if (!computeAbstractMethods(self)) return nullptr;
    Ref<> data = Ref<>::steal(abcDataNew(&AbcDataType, nullptr, nullptr));
    if (!data) return nullptr;
    if (setAttr(self, KRAIT_STR(_abc_impl), data.get()) < 0) return nullptr;
    if (isType(self)) {
        Type* t = reinterpret_cast<Type*>(self);
        Object* flags = dictGetItem(t->dict, KRAIT_STR(__abc_tpflags__));
        if (flags) {
            Ref<> keep = Ref<>::borrow(flags);
            if (isIntExact(flags)) {
                int64_t v = 0;
                if (!intAsInt64(flags, &v)) return nullptr;
                if ((v & (kCpySequence | kCpyMapping)) == (kCpySequence | kCpyMapping)) {
                    return setError(&ExcTypeError, "__abc_tpflags__ cannot be both "
                                                   "Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                }
                t->flags &= ~kCollectionFlags;
                if (v & kCpySequence) t->flags |= kTypeSequence;
                if (v & kCpyMapping) t->flags |= kTypeMapping;
            }
            if (dictDelItem(t->dict, KRAIT_STR(__abc_tpflags__)) < 0) return nullptr;
            typeModified(t);
        }
    }
    return newNone();
}

Object* abcRegister(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_abc_register", kwnames) ||
        !checkArgCount("_abc_register", nargs, 2, 2)) {
        return nullptr;
    }
    Object* self = args[0];
    Object* subclass = args[1];
    if (!isType(subclass)) return setError(&ExcTypeError, "Can only register classes");
    int r = isSubclass(subclass, self);
    if (r < 0) return nullptr;
    if (r > 0) return newRef(subclass);   // already a subclass
    // Cycles are tested after "already a subclass", so X.register(X) is a no-op.
    r = isSubclass(self, subclass);
    if (r < 0) return nullptr;
    if (r > 0) return setError(&ExcRuntimeError, "Refusing to create an inheritance cycle");
    Ref<> impl = Ref<>::steal(reinterpret_cast<Object*>(getImpl(self)));
    if (!impl) return nullptr;
    if (!addToWeakSet(asAbcData(impl.get()), AbcSet::Registry, subclass)) return nullptr;
    invalidationCounter()++;
    if (isType(self)) {
        uint64_t flag = reinterpret_cast<Type*>(self)->flags & kCollectionFlags;
        if (flag && !setCollectionFlagRecursive(subclass, flag)) return nullptr;
    }
    return newRef(subclass);
}

Object* abcInstancecheck(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_abc_instancecheck", kwnames) ||
        !checkArgCount("_abc_instancecheck", nargs, 2, 2)) {
        return nullptr;
    }
    Object* self = args[0];
    Object* instance = args[1];
    Ref<> implRef = Ref<>::steal(reinterpret_cast<Object*>(getImpl(self)));
    if (!implRef) return nullptr;
    AbcDataObject* impl = asAbcData(implRef.get());
    Ref<> subclass = Ref<>::steal(getAttr(instance, KRAIT_STR(__class__)));
    if (!subclass) return nullptr;
    int in = inWeakSet(impl->cache, subclass.get());
    if (in < 0) return nullptr;
    if (in) return newBool(true);
    Object* subtype = asObject(instance->type);
    if (subtype == subclass.get()) {
        if (impl->negativeCacheVersion == invalidationCounter()) {
            in = inWeakSet(impl->negativeCache, subclass.get());
            if (in < 0) return nullptr;
            if (in) return newBool(false);
        }
        Object* a[1] = {subclass.get()};
        return callMethod(self, KRAIT_STR(__subclasscheck__), a, 1);
    }
    Object* a[1] = {subclass.get()};
    Ref<> result = Ref<>::steal(callMethod(self, KRAIT_STR(__subclasscheck__), a, 1));
    if (!result) return nullptr;
    int t = isTrue(result.get());
    if (t < 0) return nullptr;
    if (t) return result.release();
    a[0] = subtype;
    return callMethod(self, KRAIT_STR(__subclasscheck__), a, 1);
}

Object* abcSubclasscheck(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_abc_subclasscheck", kwnames) ||
        !checkArgCount("_abc_subclasscheck", nargs, 2, 2)) {
        return nullptr;
    }
    Object* self = args[0];
    Object* subclass = args[1];
    if (!isType(subclass)) return setError(&ExcTypeError, "issubclass() arg 1 must be a class");
    Ref<> implRef = Ref<>::steal(reinterpret_cast<Object*>(getImpl(self)));
    if (!implRef) return nullptr;
    AbcDataObject* impl = asAbcData(implRef.get());
    // 1. The positive cache.
    int in = inWeakSet(impl->cache, subclass);
    if (in < 0) return nullptr;
    if (in) return newBool(true);
    // 2. The negative cache, dropped if a register() happened since it was filled.
    if (impl->negativeCacheVersion < invalidationCounter()) {
        if (impl->negativeCache) setClear(impl->negativeCache);
        impl->negativeCacheVersion = invalidationCounter();
    } else {
        in = inWeakSet(impl->negativeCache, subclass);
        if (in < 0) return nullptr;
        if (in) return newBool(false);
    }
    // 3. The subclass hook.
    Object* a[1] = {subclass};
    Ref<> ok = Ref<>::steal(callMethod(self, KRAIT_STR(__subclasshook__), a, 1));
    if (!ok) return nullptr;
    if (ok.get() == trueObj()) {
        if (!addToWeakSet(impl, AbcSet::Cache, subclass)) return nullptr;
        return newBool(true);
    }
    if (ok.get() == falseObj()) {
        if (!addToWeakSet(impl, AbcSet::Negative, subclass)) return nullptr;
        return newBool(false);
    }
    if (ok.get() != notImplemented()) {
        return setError(&ExcAssertionError,
                        "__subclasshook__ must return either False, True, or NotImplemented");
    }
    // 4. A direct subclass.
    Object* mro = reinterpret_cast<Type*>(subclass)->mro;
    if (mro) {
        for (ssize i = 0; i < tupleSize(mro); i++) {
            if (tupleItem(mro, i) == self) {
                if (!addToWeakSet(impl, AbcSet::Cache, subclass)) return nullptr;
                return newBool(true);
            }
        }
    }
    // 5. A subclass of a registered class (recursive).
    in = inWeakSet(impl->registry, subclass);
    if (in < 0) return nullptr;
    if (in) return newBool(true);
    if (impl->registry && setSize(impl->registry) > 0) {
        // A snapshot: weakref callbacks may change the registry while we look.
        Ref<> snapshot = Ref<>::steal(listNew(0));
        if (!snapshot) return nullptr;
        ssize pos = 0;
        Object* key;
        while (setNext(impl->registry, &pos, &key)) {
            if (listAppend(snapshot.get(), key) < 0) return nullptr;
        }
        for (ssize i = 0; i < listSize(snapshot.get()); i++) {
            Object* rkey = weakrefReferent(listItem(snapshot.get(), i));
            if (!rkey || isNone(rkey)) continue;
            Ref<> keep = Ref<>::borrow(rkey);
            int r = isSubclass(subclass, rkey);
            if (r < 0) return nullptr;
            if (r > 0) {
                if (!addToWeakSet(impl, AbcSet::Cache, subclass)) return nullptr;
                return newBool(true);
            }
        }
    }
    // 6. A subclass of a subclass (recursive).
    Ref<> subclasses = Ref<>::steal(callMethod(self, "__subclasses__", nullptr, 0));
    if (!subclasses) return nullptr;
    if (!isList(subclasses.get())) {
        return setError(&ExcTypeError, "__subclasses__() must return a list");
    }
    for (ssize i = 0; i < listSize(subclasses.get()); i++) {
        Ref<> scls = Ref<>::borrow(listItem(subclasses.get(), i));
        int r = isSubclass(subclass, scls.get());
        if (r < 0) return nullptr;
        if (r > 0) {
            if (!addToWeakSet(impl, AbcSet::Cache, subclass)) return nullptr;
            return newBool(true);
        }
    }
    if (!addToWeakSet(impl, AbcSet::Negative, subclass)) return nullptr;
    return newBool(false);
}

Object* abcGetDump(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_get_dump", kwnames) || !checkArgCount("_get_dump", nargs, 1, 1))
        return nullptr;
    Ref<> implRef = Ref<>::steal(reinterpret_cast<Object*>(getImpl(args[0])));
    if (!implRef) return nullptr;
    AbcDataObject* impl = asAbcData(implRef.get());
    Ref<> reg = Ref<>::steal(setNew(impl->registry));
    Ref<> cache = Ref<>::steal(setNew(impl->cache));
    Ref<> neg = Ref<>::steal(setNew(impl->negativeCache));
    Ref<> ver = Ref<>::steal(intFromUint64(impl->negativeCacheVersion));
    if (!reg || !cache || !neg || !ver) return nullptr;
    return tuplePack({reg.get(), cache.get(), neg.get(), ver.get()});
}

Object* abcResetRegistry(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_reset_registry", kwnames) ||
        !checkArgCount("_reset_registry", nargs, 1, 1)) {
        return nullptr;
    }
    Ref<> implRef = Ref<>::steal(reinterpret_cast<Object*>(getImpl(args[0])));
    if (!implRef) return nullptr;
    if (asAbcData(implRef.get())->registry) setClear(asAbcData(implRef.get())->registry);
    return newNone();
}

Object* abcResetCaches(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_reset_caches", kwnames) ||
        !checkArgCount("_reset_caches", nargs, 1, 1)) {
        return nullptr;
    }
    Ref<> implRef = Ref<>::steal(reinterpret_cast<Object*>(getImpl(args[0])));
    if (!implRef) return nullptr;
    AbcDataObject* impl = asAbcData(implRef.get());
    if (impl->cache) setClear(impl->cache);
    if (impl->negativeCache) setClear(impl->negativeCache);
    return newNone();
}

Object* abcGetCacheToken(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("get_cache_token", kwnames) ||
        !checkArgCount("get_cache_token", nargs, 0, 0)) {
        return nullptr;
    }
    return intFromUint64(invalidationCounter());
}

const MethodDef kAbcMethods[] = {
    {"get_cache_token", abcGetCacheToken, 0,
     "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting "
     "equality testing) identifying the\ncurrent version of the ABC cache for virtual "
     "subclasses. The token changes\nwith every call to register() on any ABC."},
    {"_abc_init", abcInit, 0, "Internal ABC helper for class set-up. Should be never used "
                              "outside abc module."},
    {"_reset_registry", abcResetRegistry, 0, "Internal ABC helper to reset registry of a given "
                                             "class.\n\nShould be only used by refleak.py"},
    {"_reset_caches", abcResetCaches, 0, "Internal ABC helper to reset both caches of a given "
                                         "class.\n\nShould be only used by refleak.py"},
    {"_get_dump", abcGetDump, 0, "Internal ABC helper for cache and registry debugging.\n\n"
                                 "Return shallow copies of registry, of both caches, and\n"
                                 "negative cache version. Don't call this function directly,\n"
                                 "instead use ABC._dump_registry() for a nice repr."},
    {"_abc_register", abcRegister, 0, "Internal ABC helper for subclasss registration. Should "
                                      "be never used outside abc module."},
    {"_abc_instancecheck", abcInstancecheck, 0, "Internal ABC helper for instance checks. "
                                                "Should be never used outside abc module."},
    {"_abc_subclasscheck", abcSubclasscheck, 0, "Internal ABC helper for subclasss checks. "
                                                "Should be never used outside abc module."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type AbcDataType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_abc._abc_data",
    .basicSize = sizeof(AbcDataObject),
    .flags = kTypeHaveGC,
    .doc = "Internal state held by ABC machinery.",
    .weaklistOffset = offsetof(AbcDataObject, weaklist),
    .dealloc = abcDataDealloc,
    .traverse = abcDataTraverse,
    .clear = abcDataClear,
    .getAttr = genericGetAttr,
    .new_ = abcDataNew,
};

Object* createAbcModule(InterpState*) {
    if (!typeReady(&AbcDataType)) return nullptr;
    Ref<> m = Ref<>::steal(moduleNew("_abc"));
    if (!m || !moduleAddFunctions(m.get(), kAbcMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", "Module contains faster C implementation of "
                                             "abc.ABCMeta")) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
