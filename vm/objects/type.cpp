// Type objects: `type` itself (attribute lookup on classes, class creation, C3 MRO, instance
// layout with __slots__/__dict__/__weakref__), typeReady() for static builtin types (slot
// inheritance, descriptors for MethodDef/GetSetDef/MemberDef, slot wrappers), version tags,
// generic allocation, and `super`.
//
// Invariants:
// - Every ready type has `mro` (tuple starting with the type), `bases` (tuple), `dict`.
// - Heap types are HeapTypeObjects; their slots are functions that call the dunders found
//   along the MRO (or the C++ slot of a builtin base directly when the dunder is that base's
//   slot wrapper), recomputed by typeModified() when a class or a base changes.
// - Instances of heap types are laid out as their solid base followed by __slots__ members,
//   then the __dict__ pointer, then the weaklist pointer (basicSize grows; variable data of
//   str/tuple/bytes follows basicSize).
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/small_alloc.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "gc/gc.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/instance_values.h"
#include "objects/seq_util.h"
#include "objects/exceptions.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"
#include "interp/function.h"

namespace krait {

// ---- Hooks with weak defaults (strong definitions live with their owners) ----

__attribute__((weak)) void gcTrack(Object*) {}
__attribute__((weak)) void gcUntrack(Object*) {}
__attribute__((weak)) void clearWeakrefs(Object*) {}
__attribute__((weak)) bool superZeroArgs(Type**, Object**) {
    setError(&ExcRuntimeError, "super(): no arguments");
    return false;
}
__attribute__((weak)) Object* currentFrameGlobals() { return nullptr; }

namespace {

// Process-wide version tag counter (tags only need to be unique per process).
std::atomic<uint32_t> gNextVersionTag{1};

uint32_t nextVersionTag() {
    uint32_t v = gNextVersionTag.fetch_add(1, std::memory_order_relaxed);
    if (v == 0) v = gNextVersionTag.fetch_add(1, std::memory_order_relaxed);
    return v;
}

constexpr uint64_t kInheritedFlags = kTypeIntSubclass | kTypeListSubclass | kTypeTupleSubclass |
                                     kTypeBytesSubclass | kTypeStrSubclass | kTypeDictSubclass |
                                     kTypeBaseExcSubclass | kTypeTypeSubclass | kTypeSequence |
                                     kTypeMapping;

Object* addrKey(const void* p) {
    return intFromInt64(static_cast<int64_t>(reinterpret_cast<uintptr_t>(p)));
}

void addSubclass(Type* base, Type* sub) {
    if (!base->subclasses) {
        base->subclasses = dictNew();
        if (!base->subclasses) {
            clearError();
            return;
        }
    }
    Object* k = addrKey(sub);
    if (!k || dictSetItem(base->subclasses, k, none()) < 0) clearError();
    xdecref(k);
}

void removeSubclass(Type* base, Type* sub) {
    if (!base->subclasses) return;
    Object* pending = fetchError();   // may run while an error is being reported
    Object* k = addrKey(sub);
    if (k && dictContains(base->subclasses, k) > 0) dictDelItem(base->subclasses, k);
    xdecref(k);
    restoreError(pending);
}

void modifiedRecursive(Type* t, bool slots) {
    t->versionTag = nextVersionTag();
    if (slots && isHeapType(t)) fixupHeapSlots(t);
    if (!t->subclasses) return;
    ssize pos = 0;
    Object *k, *v;
    while (dictNext(t->subclasses, &pos, &k, &v)) {
        int64_t addr;
        if (!intAsInt64(k, &addr)) {
            clearError();
            continue;
        }
        modifiedRecursive(reinterpret_cast<Type*>(static_cast<uintptr_t>(addr)), slots);
    }
}

}  // namespace

void typeModified(Type* t) { modifiedRecursive(t, true); }

// ---- Basic queries ----

bool isSubtype(const Type* a, const Type* b) {
    if (a == b) return true;
    if (a->mro) {
        Object* mro = a->mro;
        for (ssize i = 0, n = tupleSize(mro); i < n; i++) {
            if (tupleItem(mro, i) == reinterpret_cast<const Object*>(b)) return true;
        }
        return false;
    }
    for (const Type* t = a; t; t = t->base) {
        if (t == b) return true;
    }
    return b == &ObjectType;
}

bool isInstanceOf(const Object* o, const Type* t) { return isSubtype(o->type, t); }

namespace {

// Attribute cache for typeLookup keyed by (version tag, interned name). Entries hold borrowed
// values: an entry is only used while the type's version tag is unchanged, and every change
// of a type's dict or MRO assigns new tags (typeModified). Thread-local so that it needs no
// locking; it holds no semantic state.
struct MethodCacheEntry {
    uint32_t version;
    Object* name;
    Object* value;
};
constexpr size_t kMethodCacheSize = 4096;
thread_local MethodCacheEntry tMethodCache[kMethodCacheSize];

inline size_t cacheIndex(uint32_t version, Object* name) {
    uintptr_t p = reinterpret_cast<uintptr_t>(name) >> 3;
    return (static_cast<size_t>(version) * 2654435761u ^ static_cast<size_t>(p)) &
           (kMethodCacheSize - 1);
}

Object* typeLookupUncached(Type* t, Object* name) {
    Object* mro = t->mro;
    if (!mro) {
        for (Type* b = t; b; b = b->base) {
            if (!b->dict) continue;
            Object* v = dictGetItem(b->dict, name);
            if (v) return v;
        }
        if (errOccurred()) clearError();
        return nullptr;
    }
    for (ssize i = 0, n = tupleSize(mro); i < n; i++) {
        Type* b = asType(tupleItem(mro, i));
        if (!b->dict) continue;
        Object* v = dictGetItem(b->dict, name);
        if (v) return v;
    }
    if (errOccurred()) clearError();
    return nullptr;
}

}  // namespace

Object* typeLookup(Type* t, Object* name) {
    uint32_t version = t->versionTag;
    if (version == 0 || !(t->flags & kTypeReady) || !isStrExact(name) ||
        !asStr(name)->interned) {
        return typeLookupUncached(t, name);
    }
    MethodCacheEntry& e = tMethodCache[cacheIndex(version, name)];
    if (e.version == version && e.name == name) return e.value;
    Object* v = typeLookupUncached(t, name);
    e.version = version;
    e.name = name;
    e.value = v;
    return v;
}

Object* typeLookup(Type* t, const char* name) {
    Object* n = strIntern(name);
    return n ? typeLookup(t, n) : nullptr;
}

const char* typeName(const Type* t) { return t->name; }

Object* typeNameStr(Type* t) {
    if (isHeapType(t) && t->heapName) return newRef(t->heapName);
    const char* s = std::strrchr(t->name, '.');
    return strFromUtf8(s ? s + 1 : t->name);
}

Object* typeQualnameStr(Type* t) {
    if (isHeapType(t) && t->qualname) return newRef(t->qualname);
    return typeNameStr(t);
}

Object* typeModuleObj(Type* t) {
    if (isHeapType(t)) {
        Object* m = dictGetItem(t->dict, KRAIT_STR(__module__));
        if (!m) {
            if (!errOccurred()) setError(&ExcAttributeError, "__module__");
            return nullptr;
        }
        return newRef(m);
    }
    // A static type that is not immutable (one CPython makes as a heap type, such as
    // io.UnsupportedOperation) may have had __module__ assigned.
    if (t->dict && !(t->flags & kTypeImmutable)) {
        Object* m = dictGetItem(t->dict, KRAIT_STR(__module__));
        if (m && isStr(m)) return newRef(m);
        clearError();
    }
    const char* s = std::strrchr(t->name, '.');
    if (s) return strFromUtf8(std::string_view(t->name, static_cast<size_t>(s - t->name)));
    return newRef(strIntern("builtins"));
}

Object* typeRepr(Object* o) {
    Type* t = asType(o);
    Object* mod = typeModuleObj(t);
    if (!mod) clearError();
    Object* qn = typeQualnameStr(t);
    if (!qn) {
        xdecref(mod);
        return nullptr;
    }
    Object* r;
    if (mod && isStr(mod) && !strEqualsAscii(mod, "builtins")) {
        r = strFormat("<class '%U.%U'>", mod, qn);
    } else {
        r = strFormat("<class '%s'>", t->name);
    }
    xdecref(mod);
    decref(qn);
    return r;
}

// ---- Allocation ----

// Objects of kTypeHaveGC types get the collector's header in front of them (gc/gc.h).
Object* allocVarObject(Type* t, size_t extraBytes) {
    size_t size = static_cast<size_t>(t->basicSize) + extraBytes;
    if (size < sizeof(Object)) size = sizeof(Object);
    size_t pre = (t->flags & kTypeHaveGC) ? kGcHeaderSize : 0;
    size_t total = pre + size;
    char* p = static_cast<char*>(smallAlloc(total));
    if (!p) return setErrorNoMemory();
#if (defined(__x86_64__) || defined(__aarch64__) || defined(__wasm__)) && \
    !defined(KRAIT_SMALL_ALLOC_OFF)
    if (total <= 256) {
        // Most objects are a few words: zero them inline instead of calling memset, 32 bytes
        // per step (the empty asm keeps GCC from turning the loop back into a memset call).
        // On wasm memset is musl's C loop behind a call (with bulk memory, memory.fill, a call
        // out of the compiled code in V8): 3% of templating's time under Node before.
        // A pooled block is a multiple of 16 bytes, so rounding up to 8 stays inside it. The
        // GC header is left alone: gcOnAlloc writes all of it.
        char* q = p + pre;
        char* end = p + ((total + 7) & ~size_t(7));
        for (; end - q >= 32; q += 32) {
            __builtin_memset(q, 0, 32);
            __asm__ volatile("" ::: "memory");
        }
        if (end - q >= 16) {
            __builtin_memset(q, 0, 16);
            q += 16;
        }
        if (q < end) __builtin_memset(q, 0, 8);
    } else {
        std::memset(p, 0, total);
    }
#else
    std::memset(p, 0, total);
#endif
    Object* o = reinterpret_cast<Object*>(p + pre);
    o->refcnt = 1;
    o->type = t;
    if (isHeapType(t)) incref(asObject(t));
    if (pre) gcOnAlloc(o);
    return o;
}

Object* allocObject(Type* t) { return allocVarObject(t, 0); }

void freeObject(Object* o) {
    Type* t = o->type;
    smallFree((t->flags & kTypeHaveGC) ? gcOnFree(o) : static_cast<void*>(o));
    if (isHeapType(t)) decref(asObject(t));
}

Object* selfIterSlot(Object* o) { return newRef(o); }

// ---- Layout helpers ----

namespace {

// True if t adds C fields beyond base (ignoring a __dict__/__weakref__ a heap type appended).
bool extraIvars(Type* t, Type* base) {
    ssize ts = t->basicSize;
    ssize bs = base->basicSize;
    if (t->itemSize != base->itemSize) return true;
    if (isHeapType(t)) {
        ssize ptr = static_cast<ssize>(sizeof(Object*));
        if (t->weaklistOffset && !base->weaklistOffset && t->weaklistOffset + ptr == ts) ts -= ptr;
        if (t->dictOffset && !base->dictOffset && t->dictOffset + ptr == ts) ts -= ptr;
    }
    return ts != bs;
}

Type* solidBase(Type* t) {
    Type* base = t->base ? solidBase(t->base) : &ObjectType;
    return extraIvars(t, base) ? t : base;
}

}  // namespace

bool typeLayoutCompatible(Type* a, Type* b) {
    if (a == b) return true;
    return solidBase(a) == solidBase(b) && a->basicSize == b->basicSize &&
           a->itemSize == b->itemSize && a->dictOffset == b->dictOffset &&
           a->weaklistOffset == b->weaklistOffset &&
           (a->flags & kTypeHaveGC) == (b->flags & kTypeHaveGC);
}

// ---- MRO ----

namespace {

// C3 linearization of t's bases. Returns a new tuple or null with TypeError set.
Object* computeC3(Type* t, Object* bases) {
    ssize nb = tupleSize(bases);
    for (ssize i = 0; i < nb; i++) {
        // A base whose own MRO is still being computed (its metaclass's mro() made a
        // subclass of it).
        Type* b = asType(tupleItem(bases, i));
        if (!b->mro) {
            setError(&ExcTypeError, "Cannot extend an incomplete type '%s'", b->name);
            return nullptr;
        }
    }
    if (nb == 1) {
        Object* bm = asType(tupleItem(bases, 0))->mro;
        ssize n = tupleSize(bm);
        Object* r = tupleNew(n + 1);
        if (!r) return nullptr;
        tupleSetItemSteal(r, 0, newRef(asObject(t)));
        for (ssize i = 0; i < n; i++) tupleSetItemSteal(r, i + 1, newRef(tupleItem(bm, i)));
        return r;
    }
    for (ssize i = 0; i < nb; i++) {
        for (ssize j = i + 1; j < nb; j++) {
            if (tupleItem(bases, i) == tupleItem(bases, j)) {
                Object* n = typeNameStr(asType(tupleItem(bases, i)));
                setError(&ExcTypeError, "duplicate base class %U", n);
                xdecref(n);
                return nullptr;
            }
        }
    }
    std::vector<std::vector<Object*>> seqs;
    for (ssize i = 0; i < nb; i++) {
        Object* bm = asType(tupleItem(bases, i))->mro;
        std::vector<Object*> s;
        for (ssize j = 0; j < tupleSize(bm); j++) s.push_back(tupleItem(bm, j));
        seqs.push_back(std::move(s));
    }
    {
        std::vector<Object*> s;
        for (ssize i = 0; i < nb; i++) s.push_back(tupleItem(bases, i));
        seqs.push_back(std::move(s));
    }
    std::vector<size_t> heads(seqs.size(), 0);
    std::vector<Object*> result{asObject(t)};
    while (true) {
        bool any = false;
        Object* cand = nullptr;
        for (size_t i = 0; i < seqs.size() && !cand; i++) {
            if (heads[i] >= seqs[i].size()) continue;
            any = true;
            Object* h = seqs[i][heads[i]];
            bool inTail = false;
            for (size_t j = 0; j < seqs.size() && !inTail; j++) {
                for (size_t k = heads[j] + 1; k < seqs[j].size(); k++) {
                    if (seqs[j][k] == h) {
                        inTail = true;
                        break;
                    }
                }
            }
            if (!inTail) cand = h;
        }
        if (!any) break;
        if (!cand) {
            std::string names;
            std::vector<Object*> seen;
            for (size_t i = 0; i < seqs.size(); i++) {
                if (heads[i] >= seqs[i].size()) continue;
                Object* h = seqs[i][heads[i]];
                bool dup = false;
                for (Object* s : seen) dup = dup || s == h;
                if (dup) continue;
                seen.push_back(h);
                if (!names.empty()) names += ", ";
                Object* n = typeNameStr(asType(h));
                if (n) {
                    names += strView(n);
                    decref(n);
                } else {
                    clearError();
                }
            }
            setError(&ExcTypeError,
                     "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                     names.c_str());
            return nullptr;
        }
        result.push_back(cand);
        for (size_t i = 0; i < seqs.size(); i++) {
            if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == cand) heads[i]++;
        }
    }
    return tupleFromArray(result.data(), static_cast<ssize>(result.size()));
}

// The MRO of t: type(t).mro() when a metaclass overrides mro, else C3.
Object* computeMro(Type* t) {
    Type* meta = t->ob.type;
    if (meta != &TypeType) {
        Object* m = typeLookup(meta, KRAIT_STR(mro));
        Object* base = typeLookup(&TypeType, KRAIT_STR(mro));
        if (m && m != base) {
            Object* r = callMethod(asObject(t), KRAIT_STR(mro), nullptr, 0);
            if (!r) return nullptr;
            Object* tup = sequenceTuple(r);
            decref(r);
            if (!tup) return nullptr;
            for (ssize i = 0; i < tupleSize(tup); i++) {
                Object* c = tupleItem(tup, i);
                if (!isType(c)) {
                    setError(&ExcTypeError, "mro() returned a non-class ('%s')",
                             typeName(c->type));
                    decref(tup);
                    return nullptr;
                }
                if (!isSubtype(t, solidBase(asType(c)))) {
                    setError(&ExcTypeError, "mro() returned base with unsuitable layout ('%s')",
                             typeName(asType(c)));
                    decref(tup);
                    return nullptr;
                }
            }
            return tup;
        }
    }
    return computeC3(t, t->bases);
}

// ---- Static types ----

bool addDescriptors(Type* t) {
    Object* dict = t->dict;
    if (t->methods) {
        for (const MethodDef* m = t->methods; m->name; m++) {
            Object* name = strIntern(m->name);
            if (!(m->flags & kMethCoexist) && dictContains(dict, name) > 0) continue;
            Object* d;
            if (m->flags & kMethClass) {
                d = newClassMethodDescr(t, m);
            } else if (m->flags & kMethStatic) {
                Object* f = newBuiltinFunction(m, asObject(t), nullptr);
                d = f ? staticMethodNew(f) : nullptr;
                xdecref(f);
            } else {
                d = newMethodDescr(t, m);
            }
            if (!d) return false;
            int r = dictSetItem(dict, name, d);
            decref(d);
            if (r < 0) return false;
        }
    }
    if (t->members) {
        for (const MemberDef* m = t->members; m->name; m++) {
            Object* d = newMemberDescr(t, m);
            if (!d) return false;
            int r = dictSetItem(dict, strIntern(m->name), d);
            decref(d);
            if (r < 0) return false;
        }
    }
    if (t->getsets) {
        for (const GetSetDef* g = t->getsets; g->name; g++) {
            Object* name = strIntern(g->name);
            if (dictContains(dict, name) > 0) continue;
            Object* d = newGetSetDescr(t, g);
            if (!d) return false;
            int r = dictSetItem(dict, name, d);
            decref(d);
            if (r < 0) return false;
        }
    }
    return true;
}

template <class F> void inh(F& mine, F theirs) {
    if (!mine) mine = theirs;
}

void inheritSlots(Type* t, Type* b) {
    if (t->basicSize == 0) t->basicSize = b->basicSize;
    if (t->itemSize == 0) t->itemSize = b->itemSize;
    inh(t->dictOffset, b->dictOffset);
    inh(t->weaklistOffset, b->weaklistOffset);
    t->flags |= b->flags & kInheritedFlags;
    if ((b->flags & kTypeHaveGC) && !t->traverse && !t->clear) {
        t->flags |= kTypeHaveGC;
        t->traverse = b->traverse;
        t->clear = b->clear;
    }
    inh(t->dealloc, b->dealloc);
    inh(t->finalize, b->finalize);
    inh(t->repr, b->repr);
    inh(t->str, b->str);
    if (!t->richCompare && !t->hash) {
        t->richCompare = b->richCompare;
        t->hash = b->hash;
    }
    inh(t->getAttr, b->getAttr);
    inh(t->setAttr, b->setAttr);
    inh(t->descrGet, b->descrGet);
    inh(t->descrSet, b->descrSet);
    inh(t->call, b->call);
    inh(t->init, b->init);
    inh(t->iter, b->iter);
    inh(t->iterNext, b->iterNext);
    inh(t->length, b->length);
    inh(t->getItem, b->getItem);
    inh(t->setItem, b->setItem);
    inh(t->contains, b->contains);
    inh(t->await_, b->await_);
    inh(t->aiter, b->aiter);
    inh(t->anext, b->anext);
    NumberSlots& n = t->number;
    const NumberSlots& m = b->number;
    inh(n.add, m.add); inh(n.subtract, m.subtract); inh(n.multiply, m.multiply);
    inh(n.remainder, m.remainder); inh(n.divmod, m.divmod); inh(n.lshift, m.lshift);
    inh(n.rshift, m.rshift); inh(n.and_, m.and_); inh(n.xor_, m.xor_); inh(n.or_, m.or_);
    inh(n.floorDivide, m.floorDivide); inh(n.trueDivide, m.trueDivide);
    inh(n.matrixMultiply, m.matrixMultiply); inh(n.power, m.power);
    inh(n.inplaceAdd, m.inplaceAdd); inh(n.inplaceSubtract, m.inplaceSubtract);
    inh(n.inplaceMultiply, m.inplaceMultiply); inh(n.inplaceRemainder, m.inplaceRemainder);
    inh(n.inplaceLshift, m.inplaceLshift); inh(n.inplaceRshift, m.inplaceRshift);
    inh(n.inplaceAnd, m.inplaceAnd); inh(n.inplaceXor, m.inplaceXor);
    inh(n.inplaceOr, m.inplaceOr); inh(n.inplaceFloorDivide, m.inplaceFloorDivide);
    inh(n.inplaceTrueDivide, m.inplaceTrueDivide);
    inh(n.inplaceMatrixMultiply, m.inplaceMatrixMultiply);
    inh(n.inplacePower, m.inplacePower);
    inh(n.negative, m.negative); inh(n.positive, m.positive); inh(n.absolute, m.absolute);
    inh(n.invert, m.invert); inh(n.int_, m.int_); inh(n.float_, m.float_);
    inh(n.index, m.index); inh(n.bool_, m.bool_);
}

}  // namespace

bool typeReady(Type* t) {
    constexpr uint64_t kTypeReadying = 1ull << 40;   // internal: typeReady(t) in progress
    if (t->flags & (kTypeReady | kTypeReadying)) return true;
    t->flags |= kTypeReadying;
    if (!t->ob.type) t->ob.type = &TypeType;
    if (t->ob.refcnt == 0) t->ob.refcnt = kImmortalRefcnt;
    if (t == &ExcExceptionGroup) t->base = &ExcBaseExceptionGroup;
    if (!t->base && t != &ObjectType) t->base = &ObjectType;
    if (t->base && !typeReady(t->base)) return false;
    if (t == &ExcExceptionGroup && !typeReady(&ExcException)) return false;
    if (!isHeapType(t)) t->flags |= kTypeImmutable;
    if (!t->bases) {
        if (t == &ExcExceptionGroup) {
            t->bases = tuplePack({asObject(&ExcBaseExceptionGroup), asObject(&ExcException)});
        } else if (t->base) {
            t->bases = tuplePack({asObject(t->base)});
        } else {
            t->bases = newRef(emptyTuple());
        }
        if (!t->bases) return false;
    }
    if (!t->dict) {
        t->dict = dictNew();
        if (!t->dict) return false;
    }
    if (!addDescriptors(t)) return false;
    if (dictContains(t->dict, KRAIT_STR(__doc__)) == 0) {
        Object* doc = t->doc ? strFromUtf8(t->doc) : newNone();
        if (!doc || dictSetItem(t->dict, KRAIT_STR(__doc__), doc) < 0) return false;
        decref(doc);
    }
    // __new__: a builtin bound to the type when it defines tp_new; static types directly
    // under object without one cannot be instantiated; others inherit the base's.
    if (t->new_) {
        if (dictContains(t->dict, KRAIT_STR(__new__)) == 0) {
            Object* f = newBuiltinFunction(&kTypeNewWrapperDef, asObject(t), nullptr);
            if (!f || dictSetItem(t->dict, KRAIT_STR(__new__), f) < 0) return false;
            decref(f);
        }
    } else if (t->base && t->base != &ObjectType) {
        t->new_ = t->base->new_;
    }
    // CPython's static types that name PyObject_GenericGetAttr themselves show
    // __getattribute__ in their own __dict__.
    if (!t->getAttr && !isHeapType(t)) {
        static Type* const kOwnGetAttr[] = {
            &IntType, &FloatType, &ComplexType, &StrType, &BytesType, &ByteArrayType,
            &TupleType, &ListType, &DictType, &SetType, &FrozenSetType, &RangeType, &SliceType,
            &EnumerateType, &FilterType, &MapType, &ZipType, &ReversedType, &CellType,
            &CodeType, &FrameType, &TracebackType, &GeneratorType, &CoroutineType,
            &AsyncGeneratorType, &BaseExceptionType, &EllipsisType, &ModuleType, &MethodType,
            &PropertyType, &SuperType, &MethodDescrType, &ClassMethodDescrType,
            &BuiltinFunctionType, &GetSetDescrType, &MemberDescrType, &WrapperDescrType,
            &MethodWrapperType, &MappingProxyType,
        };
        for (Type* o : kOwnGetAttr) {
            if (o == t) t->getAttr = genericGetAttr;
        }
    }
    if (!addSlotWrappers(t)) return false;
    if (t->base) inheritSlots(t, t->base);
    if (t->basicSize == 0) t->basicSize = sizeof(Object);
    if (!t->hash) {
        t->hash = &hashNotImplemented;
        if (dictContains(t->dict, KRAIT_STR(__hash__)) == 0 &&
            dictSetItem(t->dict, KRAIT_STR(__hash__), none()) < 0) {
            return false;
        }
    }
    if (!t->mro) {
        t->mro = t->base ? computeC3(t, t->bases) : tuplePack({asObject(t)});
        if (!t->mro) return false;
    }
    for (ssize i = 0; i < tupleSize(t->bases); i++) addSubclass(asType(tupleItem(t->bases, i)), t);
    t->versionTag = nextVersionTag();
    t->flags = (t->flags & ~kTypeReadying) | kTypeReady;
    return true;
}

// ---- Heap type instances: dealloc / traverse / clear ----

namespace {

void clearHeapFields(Object* o, bool clearDict) {
    for (Type* t = o->type; t && isHeapType(t); t = t->base) {
        MemberDef* m = asHeapType(t)->members;
        if (!m) continue;
        for (; m->name; m++) {
            Object** p = reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + m->offset);
            clearRef(*p);
        }
    }
    if (clearDict) {
        Type* t = o->type;
        Type* b = t;
        while (b && isHeapType(b)) b = b->base;
        if (t->dictOffset && (!b || b->dictOffset != t->dictOffset)) {
            Object** d = instanceSlotPtr(o);
            if (d) instanceSlotClear(d);
        }
    }
}

void subtypeDealloc(Object* o) {
    // The trashcan bounds the C++ recursion when a long chain of instances dies at once (each
    // holding the next in an attribute: the values array is cleared right here).
    if (!trashcanEnter(o, subtypeDealloc)) return;
    Type* t = o->type;
    if (t->finalize && gcMarkFinalized(o)) {   // PEP 442: __del__ runs once per object
        o->refcnt = 1;
        t->finalize(o);
        if (--o->refcnt != 0) {   // resurrected
            trashcanLeave();
            return;
        }
    }
    Type* b = t;
    while (b && isHeapType(b)) b = b->base;
    if (t->weaklistOffset && (!b || b->weaklistOffset != t->weaklistOffset)) clearWeakrefs(o);
    clearHeapFields(o, true);
    if (b && b->dealloc) {
        b->dealloc(o);
    } else {
        freeObject(o);
    }
    trashcanLeave();
}

void subtypeTraverse(Object* o, VisitFn visit, void* arg) {
    for (Type* t = o->type; t && isHeapType(t); t = t->base) {
        MemberDef* m = asHeapType(t)->members;
        if (!m) continue;
        for (; m->name; m++) {
            Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + m->offset);
            if (v) visit(v, arg);
        }
    }
    Type* b = o->type;
    while (b && isHeapType(b)) b = b->base;
    if (o->type->dictOffset && (!b || b->dictOffset != o->type->dictOffset)) {
        Object** d = instanceSlotPtr(o);
        if (d && *d && isInstanceValues(*d)) {
            instanceValuesTraverse(*d, visit, arg);
        } else if (d && *d) {
            // An owned dict belongs to this instance alone (subtypeOwnsInstanceDict).
            if (asDictObject(*d)->ownedByInstance) {
                (*d)->type->traverse(*d, visit, arg);
            } else {
                visit(*d, arg);
            }
        }
    }
    visit(asObject(o->type), arg);
    if (b && b->traverse) b->traverse(o, visit, arg);
}

}  // namespace

bool subtypeOwnsInstanceDict(Object* o) {
    Type* t = o->type;
    if (t->traverse != subtypeTraverse || !t->dictOffset) return false;
    Type* b = t;
    while (b && isHeapType(b)) b = b->base;
    return !b || b->dictOffset != t->dictOffset;
}

void instanceDictTakeOwnership(Object* dict) {
    asDictObject(dict)->ownedByInstance = 1;
    gcUntrack(dict);
}

void instanceDictEscapes(Object* dict) {
    if (!asDictObject(dict)->ownedByInstance) return;
    asDictObject(dict)->ownedByInstance = 0;
    gcTrack(dict);
}

namespace {

void subtypeClear(Object* o) {
    clearHeapFields(o, true);
    Type* b = o->type;
    while (b && isHeapType(b)) b = b->base;
    if (b && b->clear) b->clear(o);
}

Object* subtypeGetWeakref(Object* o, void*) {
    ssize off = o->type->weaklistOffset;
    if (!off) return setError(&ExcAttributeError, "This object has no __weakref__");
    Object* w = *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off);
    return newRef(w ? w : none());
}

const GetSetDef kSubtypeDictGetSet = {"__dict__", subtypeGetDict, subtypeSetDict,
                                      "dictionary for instance variables (if defined)", nullptr};
const GetSetDef kSubtypeWeakrefGetSet = {"__weakref__", subtypeGetWeakref, nullptr,
                                         "list of weak references to the object (if defined)",
                                         nullptr};

bool isIdentifier(Object* s) {
    std::string_view v = strView(s);
    if (v.empty()) return false;
    for (size_t i = 0; i < v.size(); i++) {
        unsigned char c = static_cast<unsigned char>(v[i]);
        if (c >= 0x80) continue;   // non-ASCII letters: accepted
        if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) continue;
        if (i > 0 && c >= '0' && c <= '9') continue;
        return false;
    }
    return true;
}

// _Class__name mangling of private names (as the compiler does).
Object* mangleName(Object* className, Object* name) {
    std::string_view n = strView(name);
    if (n.size() < 2 || n[0] != '_' || n[1] != '_') return newRef(name);
    if (n.size() >= 4 && n.substr(n.size() - 2) == "__") return newRef(name);
    if (n.find('.') != std::string_view::npos) return newRef(name);
    std::string_view c = strView(className);
    while (!c.empty() && c[0] == '_') c.remove_prefix(1);
    if (c.empty()) return newRef(name);
    std::string r = "_";
    r += c;
    r += n;
    return strFromUtf8(r);
}

Object* typeNewCall(Type* metatype, Object* name, Object* bases, Object* dict, Object* kwargs) {
    Object* args = tuplePack({name, bases, dict});
    if (!args) return nullptr;
    Object* r = metatype->new_(metatype, args, kwargs);
    decref(args);
    return r;
}

// Calls __set_name__ on the class attributes, then super(t, t).__init_subclass__(**kwargs).
bool finishClass(Type* t, Object* kwargs) {
    Object* items = dictItems(t->dict);
    if (!items) return false;
    for (ssize i = 0; i < listSize(items); i++) {
        Object* kv = listItem(items, i);
        Object* key = tupleItem(kv, 0);
        Object* value = tupleItem(kv, 1);
        Object* setName = typeLookup(value->type, KRAIT_STR(__set_name__));
        if (!setName) continue;
        Object* args[2] = {asObject(t), key};
        Object* r = callSpecial(value, KRAIT_STR(__set_name__), args, 2, nullptr);
        if (!r) {
            Object* cause = fetchError();
            setError(&ExcRuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
                     typeName(value->type), key, t->name);
            Object* exc = currentError();
            if (exc && cause) {
                // As CPython's _PyErr_FormatFromCause: the cause is the context too.
                exceptionSetContext(exc, newRef(cause));
                exceptionSetCause(exc, cause);
            } else {
                xdecref(cause);
            }
            decref(items);
            return false;
        }
        decref(r);
    }
    decref(items);
    // super(t, t).__init_subclass__(**kwargs)
    Object* mro = t->mro;
    Object* func = nullptr;
    for (ssize i = 1; i < tupleSize(mro); i++) {
        Object* d = asType(tupleItem(mro, i))->dict;
        Object* v = d ? dictGetItem(d, KRAIT_STR(__init_subclass__)) : nullptr;
        if (v) {
            func = v->type->descrGet ? v->type->descrGet(v, nullptr, asObject(t)) : newRef(v);
            if (!func) return false;
            break;
        }
    }
    if (!func) return true;
    Object* r;
    size_t nk = kwargs ? static_cast<size_t>(dictSize(kwargs)) : 0;
    if (nk == 0) {
        r = call(func, nullptr, 0);
    } else {
        Object* empty = emptyTuple();
        r = callTupleDict(func, empty, kwargs);
    }
    decref(func);
    if (!r) return false;
    decref(r);
    return true;
}

}  // namespace

Type* calculateMetaclass(Type* metatype, Object* bases) {
    Type* winner = metatype;
    for (ssize i = 0; i < tupleSize(bases); i++) {
        Type* tmp = tupleItem(bases, i)->type;
        if (isSubtype(winner, tmp)) continue;
        if (isSubtype(tmp, winner)) {
            winner = tmp;
            continue;
        }
        setError(&ExcTypeError,
                 "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                 "subclass of the metaclasses of all its bases");
        return nullptr;
    }
    return winner;
}

Object* newClass(Type* metatype, Object* name, Object* bases, Object* origDict, Object* kwargs) {
    Ref<> basesRef;
    if (tupleSize(bases) == 0) {
        basesRef = Ref<>::steal(tuplePack({asObject(&ObjectType)}));
        if (!basesRef) return nullptr;
        bases = basesRef.get();
    }
    Type* winner = calculateMetaclass(metatype, bases);
    if (!winner) return nullptr;
    if (winner != metatype) {
        if (winner->new_ != TypeType.new_) {
            return typeNewCall(winner, name, bases, origDict, kwargs);
        }
        metatype = winner;
    }
    // The best base: the one whose solid base is the most derived.
    Type* base = nullptr;
    Type* winnerSolid = nullptr;
    for (ssize i = 0; i < tupleSize(bases); i++) {
        Object* b = tupleItem(bases, i);
        if (!isType(b)) return setError(&ExcTypeError, "bases must be types");
        Type* bt = asType(b);
        if (!(bt->flags & kTypeBaseType)) {
            return setError(&ExcTypeError, "type '%s' is not an acceptable base type", bt->name);
        }
        Type* cand = solidBase(bt);
        if (!winnerSolid) {
            winnerSolid = cand;
            base = bt;
        } else if (isSubtype(winnerSolid, cand)) {
        } else if (isSubtype(cand, winnerSolid)) {
            winnerSolid = cand;
            base = bt;
        } else {
            return setError(&ExcTypeError, "multiple bases have instance lay-out conflict");
        }
    }
    if (strlen(strUtf8(name)) != static_cast<size_t>(asStr(name)->utf8Length)) {
        return setError(&ExcValueError, "type name must not contain null characters");
    }
    Ref<> dict = Ref<>::steal(dictCopy(origDict));
    if (!dict) return nullptr;
    // __slots__
    Object* slotsObj = dictGetItem(dict.get(), KRAIT_STR(__slots__));
    bool addDict = base->dictOffset == 0;
    bool addWeak = base->weaklistOffset == 0;
    Ref<> slotNames;   // list of mangled names, sorted
    if (slotsObj) {
        bool mayDict = addDict, mayWeak = addWeak;
        addDict = addWeak = false;
        Ref<> seq = Ref<>::steal(isStr(slotsObj) ? tuplePack({slotsObj})
                                                 : sequenceTuple(slotsObj));
        if (!seq) return nullptr;
        slotNames = Ref<>::steal(listNew(0));
        if (!slotNames) return nullptr;
        for (ssize i = 0; i < tupleSize(seq.get()); i++) {
            Object* s = tupleItem(seq.get(), i);
            if (!isStr(s)) {
                return setError(&ExcTypeError, "__slots__ items must be strings, not '%s'",
                                typeName(s->type));
            }
            if (!isIdentifier(s)) return setError(&ExcTypeError, "__slots__ must be identifiers");
            if (strEqualsAscii(s, "__dict__")) {
                if (!mayDict || addDict) {
                    return setError(&ExcTypeError,
                                    "__dict__ slot disallowed: we already got one");
                }
                addDict = true;
                continue;
            }
            if (strEqualsAscii(s, "__weakref__")) {
                if (!mayWeak || addWeak) {
                    return setError(&ExcTypeError,
                                    "__weakref__ slot disallowed: either we already got one, "
                                    "or __itemsize__ != 0");
                }
                addWeak = true;
                continue;
            }
            Object* m = mangleName(name, s);
            if (!m) return nullptr;
            strInternInPlace(&m);
            if (dictContains(dict.get(), m) > 0) {
                setError(&ExcValueError, "%R in __slots__ conflicts with class variable", s);
                decref(m);
                return nullptr;
            }
            int r = listAppend(slotNames.get(), m);
            decref(m);
            if (r < 0) return nullptr;
        }
        if (listSize(slotNames.get()) > 0 &&
            (base->itemSize != 0 || (base->flags & kTypeIntSubclass))) {
            return setError(&ExcTypeError, "nonempty __slots__ not supported for subtype of '%s'",
                            base->name);
        }
        if (listSort(slotNames.get(), nullptr, false) < 0) return nullptr;
    }
    // Allocate the type object.
    Object* o = allocObject(metatype);
    if (!o) return nullptr;
    Ref<> typeRef = Ref<>::steal(o);
    Type* t = asType(o);
    HeapTypeObject* ht = asHeapType(t);
    t->flags = kTypeHeap | kTypeBaseType | kTypeHaveGC | (base->flags & kInheritedFlags);
    t->heapName = newRef(name);
    t->name = strUtf8(name);
    t->bases = newRef(bases);
    t->base = base;
    incref(asObject(base));
    // __module__ from the creating frame's globals when the body did not set it.
    if (dictContains(dict.get(), KRAIT_STR(__module__)) == 0) {
        Object* globals = currentFrameGlobals();
        Object* modName = globals ? dictGetItem(globals, KRAIT_STR(__name__)) : nullptr;
        if (modName && dictSetItem(dict.get(), KRAIT_STR(__module__), modName) < 0) {
            return nullptr;
        }
    }
    if (Object* m = dictGetItem(dict.get(), KRAIT_STR(__module__))) t->module = newRef(m);
    // __qualname__
    Object* qn = dictGetItem(dict.get(), KRAIT_STR(__qualname__));
    if (qn) {
        if (!isStr(qn)) {
            return setError(&ExcTypeError, "type __qualname__ must be a str, not %s",
                            typeName(qn->type));
        }
        t->qualname = newRef(qn);
        if (dictDelItem(dict.get(), KRAIT_STR(__qualname__)) < 0) return nullptr;
    } else {
        t->qualname = newRef(name);
    }
    // Implicit staticmethod / classmethod wrapping.
    {
        Object* f = dictGetItem(dict.get(), KRAIT_STR(__new__));
        if (f && f->type == &FunctionType) {
            Object* sm = staticMethodNew(f);
            if (!sm || dictSetItem(dict.get(), KRAIT_STR(__new__), sm) < 0) return nullptr;
            decref(sm);
        }
        static const char* const kClassMethods[] = {"__init_subclass__", "__class_getitem__"};
        for (const char* n : kClassMethods) {
            Object* key = strIntern(n);
            Object* g = dictGetItem(dict.get(), key);
            if (g && g->type == &FunctionType) {
                Object* cm = classMethodNew(g);
                if (!cm || dictSetItem(dict.get(), key, cm) < 0) return nullptr;
                decref(cm);
            }
        }
    }
    // Layout: base, slots, __dict__, __weakref__.
    ssize ptr = static_cast<ssize>(sizeof(Object*));
    ssize offset = base->basicSize;
    t->itemSize = base->itemSize;
    t->dictOffset = base->dictOffset;
    t->weaklistOffset = base->weaklistOffset;
    if (slotNames && listSize(slotNames.get()) > 0) {
        ssize n = listSize(slotNames.get());
        ht->slots = listAsTuple(slotNames.get());
        if (!ht->slots) return nullptr;
        ht->members = new MemberDef[static_cast<size_t>(n) + 1]();
        for (ssize i = 0; i < n; i++) {
            Object* sn = tupleItem(ht->slots, i);
            ht->members[i] = MemberDef{strUtf8(sn), MemberKind::Object, offset, nullptr};
            offset += ptr;
            Object* d = newMemberDescr(t, &ht->members[i]);
            if (!d || dictSetItem(dict.get(), sn, d) < 0) {
                xdecref(d);
                return nullptr;
            }
            decref(d);
        }
    }
    if (addDict) {
        t->dictOffset = offset;
        offset += ptr;
    }
    if (addWeak) {
        t->weaklistOffset = offset;
        offset += ptr;
    }
    t->basicSize = offset;
    // (A __dict__ or __weakref__ the class body defines itself is kept, as CPython.)
    if (addDict && base->dictOffset == 0 && dictContains(dict.get(), KRAIT_STR(__dict__)) == 0) {
        Object* d = newGetSetDescr(t, &kSubtypeDictGetSet);
        if (!d || dictSetItem(dict.get(), KRAIT_STR(__dict__), d) < 0) {
            xdecref(d);
            return nullptr;
        }
        decref(d);
    }
    if (addWeak && base->weaklistOffset == 0 &&
        dictContains(dict.get(), KRAIT_STR(__weakref__)) == 0) {
        Object* d = newGetSetDescr(t, &kSubtypeWeakrefGetSet);
        if (!d || dictSetItem(dict.get(), KRAIT_STR(__weakref__), d) < 0) {
            xdecref(d);
            return nullptr;
        }
        decref(d);
    }
    if (dictContains(dict.get(), KRAIT_STR(__doc__)) == 0 &&
        dictSetItem(dict.get(), KRAIT_STR(__doc__), none()) < 0) {
        return nullptr;
    }
    // __eq__ without __hash__ makes instances unhashable.
    if (dictContains(dict.get(), KRAIT_STR(__eq__)) > 0 &&
        dictContains(dict.get(), KRAIT_STR(__hash__)) == 0 &&
        dictSetItem(dict.get(), KRAIT_STR(__hash__), none()) < 0) {
        return nullptr;
    }
    // The __class__ cell of methods using super() / __class__.
    if (Object* cell = dictGetItem(dict.get(), KRAIT_STR(__classcell__))) {
        if (!isCell(cell)) {
            return setError(&ExcTypeError, "__classcell__ must be a nonlocal cell, not %R",
                            asObject(cell->type));
        }
        setRef(asCell(cell)->ref, newRef(o));
        if (dictDelItem(dict.get(), KRAIT_STR(__classcell__)) < 0) return nullptr;
    }
    t->dict = dict.release();
    t->dealloc = subtypeDealloc;
    t->traverse = subtypeTraverse;
    t->clear = subtypeClear;
    {
        // The metaclass's mro() may have set __bases__ (and so t->mro) meanwhile.
        Object* mro = computeMro(t);
        if (!mro) return nullptr;
        xdecref(t->mro);
        t->mro = mro;
    }
    // Pattern-matching flags come from the first class along the MRO that has one (CPython's
    // inherit_patma_flags), not from the best base alone: class M(C, UserDict, Sequence) is a
    // mapping.
    t->flags &= ~(kTypeSequence | kTypeMapping);
    for (ssize i = 1; i < tupleSize(t->mro); i++) {
        Object* b = tupleItem(t->mro, i);
        if (!isType(b)) continue;
        uint64_t f = asType(b)->flags & (kTypeSequence | kTypeMapping);
        if (f) {
            t->flags |= f;
            break;
        }
    }
    fixupHeapSlots(t);
    for (ssize i = 0; i < tupleSize(bases); i++) addSubclass(asType(tupleItem(bases, i)), t);
    t->versionTag = nextVersionTag();
    t->flags |= kTypeReady;
    if (!finishClass(t, kwargs)) return nullptr;
    return typeRef.release();
}

// ---- type's own slots ----

namespace {

Object* typeNewSlot(Type* metatype, Object* args, Object* kwargs) {
    ssize nargs = tupleSize(args);
    if (nargs != 3) {
        if (metatype == &TypeType && nargs != 1) {
            return setError(&ExcTypeError, "type() takes 1 or 3 arguments");
        }
        return setError(&ExcTypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                        nargs);
    }
    Object* name = tupleItem(args, 0);
    Object* bases = tupleItem(args, 1);
    Object* dict = tupleItem(args, 2);
    if (!isStr(name)) {
        return setError(&ExcTypeError, "type.__new__() argument 1 must be str, not %s",
                        typeName(name->type));
    }
    if (!isTuple(bases)) {
        return setError(&ExcTypeError, "type.__new__() argument 2 must be tuple, not %s",
                        typeName(bases->type));
    }
    if (!isDict(dict)) {
        return setError(&ExcTypeError, "type.__new__() argument 3 must be dict, not %s",
                        typeName(dict->type));
    }
    return newClass(metatype, name, bases, dict, kwargs);
}

int typeInitSlot(Object*, Object* args, Object* kwargs) {
    ssize n = tupleSize(args);
    if (kwargs && dictSize(kwargs) && n == 1) {
        setError(&ExcTypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (n != 1 && n != 3) {
        setError(&ExcTypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

Object* typeCallSlot(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    Type* t = asType(callable);
    size_t nk = kwCount(kwnames);
    if (t == &TypeType && nargs == 1 && nk == 0) return newRef(asObject(args[0]->type));
    Object* tuple = tupleFromArray(args, static_cast<ssize>(nargs));
    if (!tuple) return nullptr;
    Object* kw = nullptr;
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
    // Instantiating a class is a recursion level of its own, as CPython's _PyObject_MakeTpCall
    // (heap types have no vectorcall there).
    Object* r = nullptr;
    bool guard = isHeapType(t);
    if (!guard || enterRecursiveCall(" while calling a Python object")) {
        r = typeCallTupleDict(t, tuple, kw);
        if (guard) leaveRecursiveCall();
    }
    decref(tuple);
    xdecref(kw);
    return r;
}

}  // namespace

Object* typeCallTupleDict(Type* t, Object* args, Object* kwargs) {
    if (t == &TypeType && tupleSize(args) == 1 && (!kwargs || dictSize(kwargs) == 0)) {
        return newRef(asObject(tupleItem(args, 0)->type));
    }
    if (!t->new_) return setError(&ExcTypeError, "cannot create '%s' instances", t->name);
    Object* obj = t->new_(t, args, kwargs);
    if (!obj) return nullptr;
    if (!isSubtype(obj->type, t)) return obj;
    Type* ot = obj->type;
    if (ot->init && ot->init(obj, args, kwargs) < 0) {
        decref(obj);
        return nullptr;
    }
    return obj;
}

namespace {

Object* typeGetAttrImpl(Object* self, Object* name, bool suppress) {
    if (!isStr(name)) {
        return setError(&ExcTypeError, "attribute name must be string, not '%s'",
                        typeName(name->type));
    }
    Type* t = asType(self);
    Type* mt = self->type;
    Object* meta = typeLookup(mt, name);
    DescrGetFn metaGet = nullptr;
    if (meta) {
        incref(meta);
        metaGet = meta->type->descrGet;
        if (metaGet && meta->type->descrSet) {
            Object* r = metaGet(meta, self, asObject(mt));
            decref(meta);
            return r;
        }
    }
    Object* attr = typeLookup(t, name);
    if (attr) {
        xdecref(meta);
        if (DescrGetFn g = attr->type->descrGet) {
            incref(attr);
            Object* r = g(attr, nullptr, self);
            decref(attr);
            return r;
        }
        return newRef(attr);
    }
    if (metaGet) {
        Object* r = metaGet(meta, self, asObject(mt));
        decref(meta);
        return r;
    }
    if (meta) return meta;
    if (suppress) return nullptr;
    Object* tn = typeNameStr(t);
    if (!tn) return nullptr;
    setError(&ExcAttributeError, "type object '%U' has no attribute '%U'", tn, name);
    decref(tn);
    setAttributeErrorContext(self, name);
    return nullptr;
}

}  // namespace

Object* typeGetAttro(Object* t, Object* name) { return typeGetAttrImpl(t, name, false); }
Object* typeGetAttroSuppress(Object* t, Object* name) {
    Object* r = typeGetAttrImpl(t, name, true);
    // A descriptor (e.g. __abstractmethods__) may raise AttributeError itself.
    if (!r && errMatches(&ExcAttributeError)) clearError();
    return r;
}

namespace {

int typeSetAttro(Object* self, Object* name, Object* value) {
    Type* t = asType(self);
    if (!isStr(name)) {
        setError(&ExcTypeError, "attribute name must be string, not '%s'", typeName(name->type));
        return -1;
    }
    if (t->flags & kTypeImmutable) {
        // CPython says "set" for a deletion too.
        setError(&ExcTypeError, "cannot set '%U' attribute of immutable type '%s'", name,
                 t->name);
        return -1;
    }
    Object* meta = typeLookup(self->type, name);
    if (meta && meta->type->descrSet) {
        incref(meta);
        int r = meta->type->descrSet(meta, self, value);
        decref(meta);
        return r;
    }
    Object* key = name;
    incref(key);
    if (isStrExact(key)) strInternInPlace(&key);
    int r;
    if (value) {
        r = dictSetItem(t->dict, key, value);
    } else {
        r = dictDelItem(t->dict, key);
        if (r < 0 && errMatches(&ExcKeyError)) {
            clearError();
            Object* tn = typeNameStr(t);
            if (tn) {
                setError(&ExcAttributeError, "type object '%U' has no attribute '%U'", tn, name);
                decref(tn);
            }
        }
    }
    if (r == 0) {
        if (strEqualsAscii(key, "__module__")) setRef(t->module, value ? newRef(value) : nullptr);
        modifiedRecursive(t, isSlotDunder(key));
    }
    decref(key);
    return r;
}

void typeDealloc(Object* o) {
    Type* t = asType(o);
    if (!isHeapType(t)) return;   // static types are immortal
    if (t->bases) {
        for (ssize i = 0; i < tupleSize(t->bases); i++) {
            removeSubclass(asType(tupleItem(t->bases, i)), t);
        }
    }
    HeapTypeObject* ht = asHeapType(t);
    clearRef(t->dict);
    clearRef(t->bases);
    clearRef(t->mro);
    clearRef(t->subclasses);
    clearRef(t->heapName);
    clearRef(t->qualname);
    clearRef(t->module);
    clearRef(ht->slots);
    clearRef(ht->dictKeepAlive);
    typeFreeSharedKeys(t);
    delete[] ht->members;
    ht->members = nullptr;
    Type* b = t->base;
    t->base = nullptr;
    if (b) decref(asObject(b));
    freeObject(o);
}

void typeTraverse(Object* o, VisitFn visit, void* arg) {
    Type* t = asType(o);
    if (!isHeapType(t)) return;
    if (t->dict) visit(t->dict, arg);
    if (t->bases) visit(t->bases, arg);
    if (t->mro) visit(t->mro, arg);
    if (t->base) visit(asObject(t->base), arg);
    if (t->module) visit(t->module, arg);
}

// Breaks reference cycles through a heap type (the GC's clear slot): its mro tuple holds the
// type itself and its namespace holds functions and descriptors that lead back to it. Lookups
// fall back to the base chain once the mro is gone; the type version changes first so no
// cache keeps pointing into the cleared namespace.
void typeClear(Object* o) {
    Type* t = asType(o);
    if (!isHeapType(t)) return;
    typeModified(t);
    if (t->dict) dictClear(t->dict);
    clearRef(t->mro);
}

// ---- type's attributes ----

Type* checkType(Object* o) { return asType(o); }

Object* typeGetName(Object* o, void*) { return typeNameStr(checkType(o)); }

bool checkSetSpecial(Type* t, Object* value, const char* name) {
    if (!isHeapType(t)) {
        setError(&ExcTypeError, "cannot set '%s' attribute of immutable type '%s'", name,
                 t->name);
        return false;
    }
    if (!value) {
        setError(&ExcTypeError, "cannot delete '%s' attribute of immutable type '%s'", name,
                 t->name);
        return false;
    }
    return true;
}

int typeSetName(Object* o, Object* value, void*) {
    Type* t = asType(o);
    if (!checkSetSpecial(t, value, "__name__")) return -1;
    if (!isStr(value)) {
        setError(&ExcTypeError, "can only assign string to %s.__name__, not '%s'", t->name,
                 typeName(value->type));
        return -1;
    }
    if (strlen(strUtf8(value)) != static_cast<size_t>(asStr(value)->utf8Length)) {
        setError(&ExcValueError, "type name must not contain null characters");
        return -1;
    }
    setRef(t->heapName, newRef(value));
    t->name = strUtf8(value);
    return 0;
}

Object* typeGetQualname(Object* o, void*) { return typeQualnameStr(asType(o)); }

int typeSetQualname(Object* o, Object* value, void*) {
    Type* t = asType(o);
    if (!checkSetSpecial(t, value, "__qualname__")) return -1;
    if (!isStr(value)) {
        setError(&ExcTypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                 typeName(value->type));
        return -1;
    }
    setRef(t->qualname, newRef(value));
    return 0;
}

Object* typeGetModule(Object* o, void*) { return typeModuleObj(asType(o)); }

int typeSetModule(Object* o, Object* value, void*) {
    Type* t = asType(o);
    if (!isHeapType(t) && !(t->flags & kTypeImmutable) && value && isStr(value)) {
        // See typeModuleObj: kept in the type's dict.
        if (dictSetItem(t->dict, KRAIT_STR(__module__), value) < 0) return -1;
        modifiedRecursive(t, false);
        return 0;
    }
    if (!checkSetSpecial(t, value, "__module__")) return -1;
    if (dictSetItem(t->dict, KRAIT_STR(__module__), value) < 0) return -1;
    setRef(t->module, newRef(value));
    modifiedRecursive(t, false);
    return 0;
}

Object* typeGetBases(Object* o, void*) { return newRef(asType(o)->bases); }

// After t's bases changed: the MROs of its subclasses, recursively (CPython's mro_hierarchy).
bool recomputeSubclassMros(Type* t) {
    if (!t->subclasses) return true;
    std::vector<Object*> subs;   // owned: mro() calls may change the subclass sets
    ssize pos = 0;
    Object *k, *v;
    while (dictNext(t->subclasses, &pos, &k, &v)) {
        int64_t addr;
        if (!intAsInt64(k, &addr)) {
            clearError();
            continue;
        }
        subs.push_back(newRef(reinterpret_cast<Object*>(static_cast<uintptr_t>(addr))));
    }
    bool ok = true;
    for (Object* o : subs) {
        Type* sub = asType(o);
        if (ok) {
            Object* mro = computeMro(sub);
            if (!mro) {
                ok = false;
            } else {
                Object* old = sub->mro;
                sub->mro = mro;
                xdecref(old);
                ok = recomputeSubclassMros(sub);
            }
        }
        decref(o);
    }
    return ok;
}

int typeSetBases(Object* o, Object* value, void*) {
    Type* t = asType(o);
    if (!checkSetSpecial(t, value, "__bases__")) return -1;
    if (!isTuple(value)) {
        setError(&ExcTypeError, "can only assign tuple to %s.__bases__, not %s", t->name,
                 typeName(value->type));
        return -1;
    }
    if (tupleSize(value) == 0) {
        setError(&ExcTypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                 t->name);
        return -1;
    }
    Type* newBase = nullptr;
    for (ssize i = 0; i < tupleSize(value); i++) {
        Object* b = tupleItem(value, i);
        if (!isType(b)) {
            setError(&ExcTypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name,
                     typeName(b->type));
            return -1;
        }
        // Through the MRO, and through the base chain too: a nested assignment from a custom
        // mro() sets `base` before the MRO is updated (CPython's type_is_subtype_base_chain).
        bool cycle = isSubtype(asType(b), t);
        for (Type* x = asType(b); x && !cycle && asType(b)->mro; x = x->base) cycle = x == t;
        if (cycle) {
            setError(&ExcTypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
        if (!newBase || isSubtype(solidBase(asType(b)), solidBase(newBase))) newBase = asType(b);
    }
    if (solidBase(newBase) != solidBase(t->base)) {
        setError(&ExcTypeError, "__bases__ assignment: '%s' object layout differs from '%s'",
                 newBase->name, t->base->name);
        return -1;
    }
    // As CPython's type_set_bases: the new bases and base are owned from here on, so that a
    // nested assignment made by the metaclass's mro() (which replaces and releases them)
    // leaves every reference count right; the old MRO is read only after mro() returned.
    Object* oldBases = t->bases;
    Type* oldBase = t->base;
    t->bases = newRef(value);
    t->base = newBase;
    incref(asObject(newBase));
    Object* mro = computeMro(t);
    if (!mro) {
        Object* curBases = t->bases;
        Type* curBase = t->base;
        t->bases = oldBases;
        t->base = oldBase;
        decref(curBases);
        decref(asObject(curBase));
        return -1;
    }
    Object* oldMro = t->mro;
    t->mro = mro;
    xdecref(oldMro);
    if (!recomputeSubclassMros(t)) {
        typeModified(t);
        return -1;
    }
    if (t->bases == value) {   // not replaced by a nested assignment meanwhile
        for (ssize i = 0; i < tupleSize(oldBases); i++) {
            removeSubclass(asType(tupleItem(oldBases, i)), t);
        }
        for (ssize i = 0; i < tupleSize(value); i++) addSubclass(asType(tupleItem(value, i)), t);
    }
    decref(oldBases);
    decref(asObject(oldBase));
    typeModified(t);
    return 0;
}

Object* typeGetBase(Object* o, void*) {
    Type* b = asType(o)->base;
    return newRef(b ? asObject(b) : none());
}

int typeSetReadonly(Object*, Object*, void*) {
    setError(&ExcAttributeError, "readonly attribute");
    return -1;
}

Object* typeGetMro(Object* o, void*) {
    Object* m = asType(o)->mro;
    return newRef(m ? m : none());
}

Object* typeGetDict(Object* o, void*) { return mappingProxyNew(asType(o)->dict); }

Object* typeGetDoc(Object* o, void*) {
    Type* t = asType(o);
    if (!isHeapType(t) && t->doc) return strFromUtf8(t->doc);
    Object* d = dictGetItem(t->dict, KRAIT_STR(__doc__));
    if (!d) return newNone();
    if (d->type->descrGet) return d->type->descrGet(d, nullptr, o);
    return newRef(d);
}

int typeSetDoc(Object* o, Object* value, void*) {
    Type* t = asType(o);
    if (!checkSetSpecial(t, value, "__doc__")) return -1;
    if (dictSetItem(t->dict, KRAIT_STR(__doc__), value) < 0) return -1;
    modifiedRecursive(t, false);
    return 0;
}

Object* typeGetBasicSize(Object* o, void*) { return intFromSsize(asType(o)->basicSize); }
Object* typeGetItemSize(Object* o, void*) { return intFromSsize(asType(o)->itemSize); }
Object* typeGetFlags(Object* o, void*) {
    // CPython-compatible bits for the flags code commonly tests.
    Type* t = asType(o);
    uint64_t f = 0;
    if (t->flags & kTypeHeap) f |= 1ull << 9;
    if (t->flags & kTypeBaseType) f |= 1ull << 10;
    if (t->flags & kTypeReady) f |= 1ull << 12;
    if (t->flags & kTypeHaveGC) f |= 1ull << 14;
    if (t->flags & kTypeAbstract) f |= 1ull << 20;
    if (t->flags & kTypeSequence) f |= 1ull << 5;
    if (t->flags & kTypeMapping) f |= 1ull << 6;
    if (t->flags & kTypeImmutable) f |= 1ull << 8;
    if (t->flags & kTypeIntSubclass) f |= 1ull << 24;
    if (t->flags & kTypeListSubclass) f |= 1ull << 25;
    if (t->flags & kTypeTupleSubclass) f |= 1ull << 26;
    if (t->flags & kTypeBytesSubclass) f |= 1ull << 27;
    if (t->flags & kTypeStrSubclass) f |= 1ull << 28;
    if (t->flags & kTypeDictSubclass) f |= 1ull << 29;
    if (t->flags & kTypeBaseExcSubclass) f |= 1ull << 30;
    if (t->flags & kTypeTypeSubclass) f |= 1ull << 31;
    return intFromUint64(f);
}
Object* typeGetWeakrefOffset(Object* o, void*) { return intFromSsize(asType(o)->weaklistOffset); }
Object* typeGetDictOffset(Object* o, void*) { return intFromSsize(asType(o)->dictOffset); }
Object* typeGetTextSignature(Object*, void*) { return newNone(); }

Object* typeGetAbstract(Object* o, void*) {
    Type* t = asType(o);
    Object* v = t != &TypeType ? dictGetItem(t->dict, KRAIT_STR(__abstractmethods__)) : nullptr;
    if (!v) {
        if (!errOccurred()) setError(&ExcAttributeError, "__abstractmethods__");
        return nullptr;
    }
    return newRef(v);
}

int typeSetAbstract(Object* o, Object* value, void*) {
    Type* t = asType(o);
    int r;
    bool abstract = false;
    if (value) {
        int b = isTrue(value);
        if (b < 0) return -1;
        abstract = b;
        r = dictSetItem(t->dict, KRAIT_STR(__abstractmethods__), value);
    } else {
        r = dictDelItem(t->dict, KRAIT_STR(__abstractmethods__));
        if (r < 0 && errMatches(&ExcKeyError)) {
            clearError();
            setError(&ExcAttributeError, "__abstractmethods__");
        }
    }
    if (r < 0) return -1;
    if (abstract) t->flags |= kTypeAbstract;
    else t->flags &= ~static_cast<uint64_t>(kTypeAbstract);
    modifiedRecursive(t, false);
    return 0;
}

Object* typeGetAnnotations(Object* o, void*) {
    Type* t = asType(o);
    if (!isHeapType(t)) {
        Object* n = typeNameStr(t);
        if (n) {
            setError(&ExcAttributeError, "type object '%U' has no attribute '__annotations__'", n);
            decref(n);
        }
        return nullptr;
    }
    Object* a = dictGetItem(t->dict, KRAIT_STR(__annotations__));
    if (a) {
        if (a->type->descrGet) return a->type->descrGet(a, nullptr, o);
        return newRef(a);
    }
    if (errOccurred()) return nullptr;
    a = dictNew();
    if (!a) return nullptr;
    if (dictSetItem(t->dict, KRAIT_STR(__annotations__), a) < 0) {
        decref(a);
        return nullptr;
    }
    modifiedRecursive(t, false);
    return a;
}

int typeSetAnnotations(Object* o, Object* value, void*) {
    Type* t = asType(o);
    if (t->flags & kTypeImmutable) {
        setError(&ExcTypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                 t->name);
        return -1;
    }
    int r;
    if (value) {
        r = dictSetItem(t->dict, KRAIT_STR(__annotations__), value);
    } else {
        r = dictDelItem(t->dict, KRAIT_STR(__annotations__));
        if (r < 0 && errMatches(&ExcKeyError)) {
            clearError();
            setError(&ExcAttributeError, "__annotations__");
        }
    }
    if (r == 0) modifiedRecursive(t, false);
    return r;
}

const GetSetDef kTypeGetSets[] = {
    {"__name__", typeGetName, typeSetName, nullptr, nullptr},
    {"__qualname__", typeGetQualname, typeSetQualname, nullptr, nullptr},
    {"__bases__", typeGetBases, typeSetBases, nullptr, nullptr},
    {"__base__", typeGetBase, nullptr, nullptr, nullptr},
    {"__mro__", typeGetMro, typeSetReadonly, nullptr, nullptr},
    {"__module__", typeGetModule, typeSetModule, nullptr, nullptr},
    {"__abstractmethods__", typeGetAbstract, typeSetAbstract, nullptr, nullptr},
    {"__dict__", typeGetDict, nullptr, nullptr, nullptr},
    {"__doc__", typeGetDoc, typeSetDoc, nullptr, nullptr},
    {"__text_signature__", typeGetTextSignature, nullptr, nullptr, nullptr},
    {"__annotations__", typeGetAnnotations, typeSetAnnotations, nullptr, nullptr},
    {"__basicsize__", typeGetBasicSize, nullptr, nullptr, nullptr},
    {"__itemsize__", typeGetItemSize, nullptr, nullptr, nullptr},
    {"__flags__", typeGetFlags, nullptr, nullptr, nullptr},
    {"__weakrefoffset__", typeGetWeakrefOffset, nullptr, nullptr, nullptr},
    {"__dictoffset__", typeGetDictOffset, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- type's methods ----

Object* typeMroMethod(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("mro", nargs, 0, 0) || !checkNoKwargs("mro", kwnames)) return nullptr;
    Type* t = asType(self);
    Object* tup = computeC3(t, t->bases);
    if (!tup) return nullptr;
    Object* l = sequenceList(tup);
    decref(tup);
    return l;
}

Object* typeSubclassesMethod(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__subclasses__", nargs, 0, 0)) return nullptr;
    Type* t = asType(self);
    Object* l = listNew(0);
    if (!l || !t->subclasses) return l;
    ssize pos = 0;
    Object *k, *v;
    while (dictNext(t->subclasses, &pos, &k, &v)) {
        int64_t addr;
        if (!intAsInt64(k, &addr)) {
            decref(l);
            return nullptr;
        }
        if (listAppend(l, reinterpret_cast<Object*>(static_cast<uintptr_t>(addr))) < 0) {
            decref(l);
            return nullptr;
        }
    }
    return l;
}

// type.__instancecheck__ / __subclasscheck__: the default (non-overridden) checks.
Object* typeInstanceCheck(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("__instancecheck__", nargs, 1, 1)) return nullptr;
    Object* o = args[0];
    if (isSubtype(o->type, asType(self))) return newBool(true);
    Object* cls = lookupAttr(o, KRAIT_STR(__class__));
    if (!cls) {
        if (errOccurred()) return nullptr;
        return newBool(false);
    }
    bool r = cls != asObject(o->type) && isType(cls) && isSubtype(asType(cls), asType(self));
    decref(cls);
    return newBool(r);
}

Object* typeSubclassCheck(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("__subclasscheck__", nargs, 1, 1)) return nullptr;
    Object* sub = args[0];
    if (!isType(sub)) {
        Object* b = lookupAttr(sub, KRAIT_STR(__bases__));
        bool ok = b && isTuple(b);
        xdecref(b);
        if (!ok) {
            if (errOccurred()) return nullptr;
            return setError(&ExcTypeError, "issubclass() arg 1 must be a class");
        }
        int r = isSubclass(sub, self);
        return r < 0 ? nullptr : newBool(r);
    }
    return newBool(isSubtype(asType(sub), asType(self)));
}

Object* typePrepare(Object*, Object* const*, size_t, Object*) { return dictNew(); }

Object* typeDirMethod(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__dir__", nargs, 0, 0)) return nullptr;
    Object* names = dictNew();
    if (!names) return nullptr;
    if (mergeClassDict(names, self) < 0) {
        decref(names);
        return nullptr;
    }
    Object* r = dictKeys(names);
    decref(names);
    return r;
}

Object* typeSizeofMethod(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__sizeof__", nargs, 0, 0)) return nullptr;
    Type* t = asType(self);
    ssize size = isHeapType(t) ? static_cast<ssize>(sizeof(HeapTypeObject))
                               : static_cast<ssize>(sizeof(Type));
    return intFromSsize(size);
}

const MethodDef kTypeMethods[] = {
    {"mro", typeMroMethod, kMethNoKw, "Return a type's method resolution order."},
    {"__subclasses__", typeSubclassesMethod, kMethNoKw,
     "Return a list of immediate subclasses."},
    {"__instancecheck__", typeInstanceCheck, kMethNoKw,
     "Check if an object is an instance."},
    {"__subclasscheck__", typeSubclassCheck, kMethNoKw, "Check if a class is a subclass."},
    {"__prepare__", typePrepare, kMethClass,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__dir__", typeDirMethod, kMethNoKw, "Specialized __dir__ implementation for types."},
    {"__sizeof__", typeSizeofMethod, kMethNoKw, "Return memory consumption of the type object."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int mergeClassDict(Object* names, Object* cls) {
    Object* d = lookupAttr(cls, KRAIT_STR(__dict__));
    if (!d && errOccurred()) return -1;
    if (d) {
        int r = 0;
        Object* keys = isDict(d) ? dictKeys(d) : callMethod(d, "keys", nullptr, 0);
        decref(d);
        if (!keys) return -1;
        Object* it = getIter(keys);
        decref(keys);
        if (!it) return -1;
        while (Object* k = iterNext(it)) {
            r = dictSetItem(names, k, none());
            decref(k);
            if (r < 0) break;
        }
        decref(it);
        if (r < 0 || errOccurred()) return -1;
    }
    Object* bases = lookupAttr(cls, KRAIT_STR(__bases__));
    if (!bases) return errOccurred() ? -1 : 0;
    if (isTuple(bases)) {
        for (ssize i = 0; i < tupleSize(bases); i++) {
            if (mergeClassDict(names, tupleItem(bases, i)) < 0) {
                decref(bases);
                return -1;
            }
        }
    }
    decref(bases);
    return 0;
}

Type TypeType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "type",
    .basicSize = sizeof(HeapTypeObject),
    .flags = kTypeBaseType | kTypeHaveGC | kTypeTypeSubclass,
    .base = &ObjectType,
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dictOffset = offsetof(Type, dict),
    .weaklistOffset = offsetof(Type, reserved),
    .methods = kTypeMethods,
    .getsets = kTypeGetSets,
    .dealloc = typeDealloc,
    .traverse = typeTraverse,
    .clear = typeClear,
    .repr = typeRepr,
    .getAttr = typeGetAttro,
    .setAttr = typeSetAttro,
    .call = typeCallSlot,
    .new_ = typeNewSlot,
    .init = typeInitSlot,
    .number = {.or_ = unionTypeOr},
};

// ---- super ----

namespace {

struct SuperObject {
    Object ob;
    Type* type;      // the class super() was called for
    Object* obj;     // the instance or class (or null: unbound)
    Type* objType;   // the type whose MRO is searched
};

inline SuperObject* asSuper(Object* o) { return reinterpret_cast<SuperObject*>(o); }

// The type to search for super(type, obj), or null + TypeError.
Type* superCheck(Type* type, Object* obj) {
    if (isType(obj) && isSubtype(asType(obj), type)) return asType(obj);
    if (isSubtype(obj->type, type)) return obj->type;
    Object* cls = lookupAttr(obj, KRAIT_STR(__class__));
    if (cls) {
        if (isType(cls) && cls != asObject(obj->type) && isSubtype(asType(cls), type)) {
            decref(cls);   // borrowed through obj's class attribute, which stays alive
            return asType(cls);
        }
        decref(cls);
    } else if (errOccurred()) {
        return nullptr;
    }
    setError(&ExcTypeError, "super(type, obj): obj must be an instance or subtype of type");
    return nullptr;
}

Object* superNew(Type* t, Object*, Object*) { return allocObject(t); }

int superInit(Object* self, Object* args, Object* kwargs) {
    if (kwargs && dictSize(kwargs)) {
        setError(&ExcTypeError, "super() takes no keyword arguments");
        return -1;
    }
    ssize n = tupleSize(args);
    if (n > 2) {
        setError(&ExcTypeError, "super() expected at most 2 arguments, got %zd", n);
        return -1;
    }
    Type* type = nullptr;
    Object* obj = nullptr;
    Ref<> typeRef, objRef;
    if (n == 0) {
        if (!superZeroArgs(&type, &obj)) return -1;
        typeRef = Ref<>::steal(asObject(type));
        objRef = Ref<>::steal(obj);
    } else {
        Object* t = tupleItem(args, 0);
        if (!isType(t)) {
            setError(&ExcTypeError, "super() argument 1 must be a type, not %s",
                     typeName(t->type));
            return -1;
        }
        type = asType(t);
        typeRef = Ref<>::borrow(t);
        if (n == 2 && !isNone(tupleItem(args, 1))) {
            obj = tupleItem(args, 1);
            objRef = Ref<>::borrow(obj);
        }
    }
    Type* objType = nullptr;
    if (obj) {
        objType = superCheck(type, obj);
        if (!objType) return -1;
        incref(asObject(objType));
    }
    SuperObject* su = asSuper(self);
    Object* oldT = asObject(su->type);
    Object* oldO = su->obj;
    Object* oldOT = asObject(su->objType);
    su->type = asType(typeRef.release());
    su->obj = objRef.release();
    su->objType = objType;
    xdecref(oldT);
    xdecref(oldO);
    xdecref(oldOT);
    return 0;
}

void superDealloc(Object* o) {
    SuperObject* su = asSuper(o);
    xdecref(asObject(su->type));
    xdecref(su->obj);
    xdecref(asObject(su->objType));
    freeObject(o);
}

void superTraverse(Object* o, VisitFn visit, void* arg) {
    SuperObject* su = asSuper(o);
    if (su->type) visit(asObject(su->type), arg);
    if (su->obj) visit(su->obj, arg);
    if (su->objType) visit(asObject(su->objType), arg);
}

Object* superGetAttro(Object* self, Object* name) {
    SuperObject* su = asSuper(self);
    Type* start = su->objType;
    if (start && su->type && !(isStr(name) && strEqualsAscii(name, "__class__"))) {
        Object* mro = start->mro;
        ssize n = mro ? tupleSize(mro) : 0;
        ssize i = 0;
        for (; i + 1 < n; i++) {
            if (tupleItem(mro, i) == asObject(su->type)) break;
        }
        for (i++; i < n; i++) {
            Object* d = asType(tupleItem(mro, i))->dict;
            Object* res = d ? dictGetItem(d, name) : nullptr;
            if (!res) {
                if (errOccurred()) return nullptr;
                continue;
            }
            if (DescrGetFn f = res->type->descrGet) {
                incref(res);
                Object* r = f(res, su->obj == asObject(start) ? nullptr : su->obj,
                              asObject(start));
                decref(res);
                return r;
            }
            return newRef(res);
        }
    }
    return genericGetAttr(self, name);
}

Object* superDescrGet(Object* self, Object* obj, Object*) {
    SuperObject* su = asSuper(self);
    if (!obj || isNone(obj) || su->obj) return newRef(self);
    Object* args[2] = {asObject(su->type), obj};
    if (self->type != &SuperType) return call(asObject(self->type), args, 2);
    Type* objType = superCheck(su->type, obj);
    if (!objType) return nullptr;
    Object* n = allocObject(&SuperType);
    if (!n) return nullptr;
    SuperObject* ns = asSuper(n);
    ns->type = su->type;
    incref(asObject(su->type));
    ns->obj = newRef(obj);
    ns->objType = objType;
    incref(asObject(objType));
    return n;
}

Object* superRepr(Object* self) {
    SuperObject* su = asSuper(self);
    const char* tn = su->type ? su->type->name : "NULL";
    if (su->objType) return strFormat("<super: <class '%s'>, <%s object>>", tn, su->objType->name);
    return strFormat("<super: <class '%s'>, NULL>", tn);
}

Object* superGetThisClass(Object* self, void*) {
    Type* t = asSuper(self)->type;
    return newRef(t ? asObject(t) : none());
}
Object* superGetSelf(Object* self, void*) {
    Object* o = asSuper(self)->obj;
    return newRef(o ? o : none());
}
Object* superGetSelfClass(Object* self, void*) {
    Type* t = asSuper(self)->objType;
    return newRef(t ? asObject(t) : none());
}

const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", superGetThisClass, nullptr, "the class invoking super()", nullptr},
    {"__self__", superGetSelf, nullptr, "the instance invoking super(); may be None", nullptr},
    {"__self_class__", superGetSelfClass, nullptr,
     "the type of the instance invoking super(); may be None", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type SuperType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "super",
    .basicSize = sizeof(SuperObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .getsets = kSuperGetSets,
    .dealloc = superDealloc,
    .traverse = superTraverse,
    .repr = superRepr,
    .getAttr = superGetAttro,
    .descrGet = superDescrGet,
    .new_ = superNew,
    .init = superInit,
};

}  // namespace krait
