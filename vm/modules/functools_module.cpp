// The _functools module in C++, as CPython's: reduce, cmp_to_key (functools.KeyWrapper),
// partial and _lru_cache_wrapper. Lib's functools.py takes each of them from here, so these
// behave as CPython's C versions do (for example a partial is not a descriptor, while an
// lru_cache wrapper binds like a function).
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "core/types.h"
#include "interp/function.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type KeyWrapperType, PartialType, LruCacheWrapperType, LruNodeType;

namespace {

// ---- reduce ----

// reduce(function, iterable[, initial]): folds from the left.
Object* reduce(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames)) return setError(&ExcTypeError, "reduce() takes no keyword arguments");
    if (!checkArgCount("reduce", nargs, 2, 3)) return nullptr;
    Object* fn = args[0];
    Ref<> it = Ref<>::steal(getIter(args[1]));
    if (!it) {
        if (errMatches(&ExcTypeError)) {
            clearError();
            setError(&ExcTypeError, "reduce() arg 2 must support iteration");
        }
        return nullptr;
    }
    Ref<> result = nargs == 3 ? Ref<>::borrow(args[2]) : Ref<>();
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return nullptr;
            break;
        }
        if (!result) {
            result = item;
            continue;
        }
        Object* pair[] = {result.get(), item.get()};
        result = Ref<>::steal(call(fn, pair, 2));
        if (!result) return nullptr;
    }
    if (!result) {
        return setError(&ExcTypeError, "reduce() of empty iterable with no initial value");
    }
    return result.release();
}

// ---- cmp_to_key ----

struct KeyObject {
    Object ob;
    Object* cmp;
    Object* object;   // null for the wrapper cmp_to_key returns, set on the ones it makes
};
KeyObject* asKey(Object* o) { return reinterpret_cast<KeyObject*>(o); }

void keyDealloc(Object* o) {
    clearRef(asKey(o)->cmp);
    clearRef(asKey(o)->object);
    freeObject(o);
}
void keyTraverse(Object* o, VisitFn visit, void* arg) {
    if (asKey(o)->cmp) visit(asKey(o)->cmp, arg);
    if (asKey(o)->object) visit(asKey(o)->object, arg);
}
void keyClear(Object* o) {
    clearRef(asKey(o)->cmp);
    clearRef(asKey(o)->object);
}

Object* newKey(Object* cmp, Object* object) {
    Object* o = allocObject(&KeyWrapperType);
    if (!o) return nullptr;
    asKey(o)->cmp = newRef(cmp);
    asKey(o)->object = object ? newRef(object) : nullptr;
    return o;
}

// K(obj): a key object holding obj.
Object* keyCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"obj"};
    Object* a[1] = {};
    if (!parseArgs("K", args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    return newKey(asKey(self)->cmp, a[0]);
}

Object* keyRichCompare(Object* a, Object* b, CompareOp op) {
    if (b->type != &KeyWrapperType) {
        return setError(&ExcTypeError, "other argument must be K instance");
    }
    Object* x = asKey(a)->object;
    Object* y = asKey(b)->object;
    if (!x || !y) return setError(&ExcAttributeError, "object");
    Object* pair[] = {x, y};
    Ref<> res = Ref<>::steal(call(asKey(a)->cmp, pair, 2));
    if (!res) return nullptr;
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    if (!zero) return nullptr;
    return richCompare(res.get(), zero.get(), op);
}

Object* keyGetObj(Object* self, void*) {
    Object* o = asKey(self)->object;
    if (!o) return setError(&ExcAttributeError, "obj");
    return newRef(o);
}
int keySetObj(Object* self, Object* value, void*) {
    setRef(asKey(self)->object, value ? newRef(value) : nullptr);
    return 0;
}

const GetSetDef kKeyGetSets[] = {
    {"obj", keyGetObj, keySetObj, "Value wrapped by a key function.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* cmpToKey(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"mycmp"};
    Object* a[1] = {};
    if (!parseArgs("cmp_to_key", args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    if (!typeReady(&KeyWrapperType)) return nullptr;
    return newKey(a[0], nullptr);
}

// ---- partial ----

struct PartialObject {
    Object ob;
    Object* fn;
    Object* args;      // tuple
    Object* kw;        // dict
    Object* dict;      // __dict__ or null
    Object* weaklist;
};
PartialObject* asPartial(Object* o) { return reinterpret_cast<PartialObject*>(o); }

void partialDealloc(Object* o) {
    PartialObject* p = asPartial(o);
    if (p->weaklist) clearWeakrefs(o);
    clearRef(p->fn);
    clearRef(p->args);
    clearRef(p->kw);
    clearRef(p->dict);
    freeObject(o);
}
void partialTraverse(Object* o, VisitFn visit, void* arg) {
    PartialObject* p = asPartial(o);
    if (p->fn) visit(p->fn, arg);
    if (p->args) visit(p->args, arg);
    if (p->kw) visit(p->kw, arg);
    if (p->dict) visit(p->dict, arg);
}
void partialClear(Object* o) {
    PartialObject* p = asPartial(o);
    clearRef(p->fn);
    clearRef(p->args);
    clearRef(p->kw);
    clearRef(p->dict);
}

// partial(func, /, *args, **keywords). A plain partial of a plain partial is flattened.
Object* partialNew(Type* t, Object* args, Object* kwargs) {
    if (tupleSize(args) < 1) {
        return setError(&ExcTypeError, "type 'partial' takes at least one argument");
    }
    Object* func = tupleItem(args, 0);
    Ref<> preArgs = Ref<>::steal(tupleSlice(args, 1, tupleSize(args)));
    if (!preArgs) return nullptr;
    Ref<> preKw;
    if (func->type->call == PartialType.call && !asPartial(func)->dict) {
        PartialObject* inner = asPartial(func);
        ssize n1 = tupleSize(inner->args), n2 = tupleSize(preArgs.get());
        Ref<> joined = Ref<>::steal(tupleNew(n1 + n2));
        if (!joined) return nullptr;
        for (ssize i = 0; i < n1; i++) {
            tupleSetItemSteal(joined.get(), i, newRef(tupleItem(inner->args, i)));
        }
        for (ssize i = 0; i < n2; i++) {
            tupleSetItemSteal(joined.get(), n1 + i, newRef(tupleItem(preArgs.get(), i)));
        }
        preArgs = joined;
        preKw = Ref<>::steal(dictCopy(inner->kw));
        func = inner->fn;
    } else {
        preKw = Ref<>::steal(dictNew());
    }
    if (!preKw) return nullptr;
    if (!isCallable(func)) return setError(&ExcTypeError, "the first argument must be callable");
    if (kwargs && dictUpdate(preKw.get(), kwargs) < 0) return nullptr;
    Object* o = allocObject(t);
    if (!o) return nullptr;
    PartialObject* p = asPartial(o);
    p->fn = newRef(func);
    p->args = preArgs.release();
    p->kw = preKw.release();
    return o;
}

// Calls fn with the stored arguments first, then the call's; the call's keywords override.
Object* partialCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PartialObject* p = asPartial(self);
    ssize npre = tupleSize(p->args);
    size_t nkw = kwCount(kwnames);
    ssize nstored = dictSize(p->kw);
    if (npre == 0 && nstored == 0) return call(p->fn, args, nargs, kwnames);
    std::vector<Object*> flat;
    flat.reserve(static_cast<size_t>(npre) + nargs + nkw + static_cast<size_t>(nstored));
    for (ssize i = 0; i < npre; i++) flat.push_back(tupleItem(p->args, i));
    for (size_t i = 0; i < nargs; i++) flat.push_back(args[i]);
    size_t npos = flat.size();
    if (nstored == 0) {
        for (size_t i = 0; i < nkw; i++) flat.push_back(args[nargs + i]);
        return call(p->fn, flat.data(), npos, kwnames);
    }
    // The stored keywords, overridden by the call's.
    Ref<> kw = Ref<>::borrow(p->kw);
    if (nkw) {
        kw = Ref<>::steal(dictCopy(p->kw));
        if (!kw) return nullptr;
        for (size_t i = 0; i < nkw; i++) {
            if (dictSetItem(kw.get(), tupleItem(kwnames, static_cast<ssize>(i)),
                            args[nargs + i]) < 0) {
                return nullptr;
            }
        }
    }
    Ref<> names = Ref<>::steal(tupleNew(dictSize(kw.get())));
    if (!names) return nullptr;
    ssize pos = 0, k = 0;
    Object *key, *value;
    while (dictNext(kw.get(), &pos, &key, &value)) {
        tupleSetItemSteal(names.get(), k++, newRef(key));
        flat.push_back(value);
    }
    return call(p->fn, flat.data(), npos, names.get());
}

// functools.partial(<func>, 1, a=2); "..." for a partial already being shown.
Object* partialRepr(Object* self) {
    PartialObject* p = asPartial(self);
    int entered = reprEnter(self);
    if (entered < 0) return nullptr;
    if (entered > 0) return strFromAscii("...");
    std::string out;
    bool ok = false;
    do {
        Ref<> r = Ref<>::steal(repr(p->fn));
        if (!r) break;
        out += strView(r.get());
        ssize i = 0;
        for (; i < tupleSize(p->args); i++) {
            r = Ref<>::steal(repr(tupleItem(p->args, i)));
            if (!r) break;
            out += ", ";
            out += strView(r.get());
        }
        if (i < tupleSize(p->args)) break;
        bool failed = false;
        // The dict may change while values' reprs run: iterate over a snapshot.
        Ref<> items = Ref<>::steal(dictItems(p->kw));
        if (!items) break;
        for (ssize j = 0; j < listSize(items.get()); j++) {
            Object* item = listItem(items.get(), j);
            Ref<> ks = Ref<>::steal(str(tupleItem(item, 0)));
            Ref<> vs = ks ? Ref<>::steal(repr(tupleItem(item, 1))) : Ref<>();
            if (!vs) {
                failed = true;
                break;
            }
            out += ", ";
            out += strView(ks.get());
            out += "=";
            out += strView(vs.get());
        }
        ok = !failed;
    } while (false);
    reprLeave(self);
    if (!ok) return nullptr;
    std::string name = self->type == &PartialType ? "functools.partial" : self->type->name;
    return strFromUtf8(name + "(" + out + ")");
}

// (type(self), (func,), (func, args, keywords or None, __dict__ or None)).
Object* partialReduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__reduce__", nargs, 0, 0) || !checkNoKwargs("__reduce__", kwnames))
        return nullptr;
    PartialObject* p = asPartial(self);
    Ref<> fnTuple = Ref<>::steal(tuplePack({p->fn}));
    if (!fnTuple) return nullptr;
    Object* kw = dictSize(p->kw) ? p->kw : none();
    Object* d = p->dict && dictSize(p->dict) ? p->dict : none();
    Ref<> state = Ref<>::steal(tuplePack({p->fn, p->args, kw, d}));
    if (!state) return nullptr;
    return tuplePack({asObject(self->type), fnTuple.get(), state.get()});
}

Object* partialSetState(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__setstate__", nargs, 1, 1) || !checkNoKwargs("__setstate__", kwnames))
        return nullptr;
    Object* state = args[0];
    if (!isTuple(state)) return setError(&ExcTypeError, "argument to __setstate__ must be a tuple");
    if (tupleSize(state) != 4) return setError(&ExcTypeError, "invalid partial state");
    Object* fn = tupleItem(state, 0);
    Object* fnArgs = tupleItem(state, 1);
    Object* kw = tupleItem(state, 2);
    Object* d = tupleItem(state, 3);
    if (!isCallable(fn) || !isTuple(fnArgs) || (!isNone(kw) && !isDict(kw))) {
        return setError(&ExcTypeError, "invalid partial state");
    }
    Ref<> argsCopy = Ref<>::steal(fnArgs->type == &TupleType
                                      ? newRef(fnArgs)
                                      : tupleSlice(fnArgs, 0, tupleSize(fnArgs)));
    if (!argsCopy) return nullptr;
    Ref<> kwCopy = Ref<>::steal(isNone(kw) ? dictNew() : kw->type == &DictType ? newRef(kw)
                                                                                : dictCopy(kw));
    if (!kwCopy) return nullptr;
    PartialObject* p = asPartial(self);
    setRef(p->fn, newRef(fn));
    setRef(p->args, argsCopy.release());
    setRef(p->kw, kwCopy.release());
    if (isNone(d)) {
        clearRef(p->dict);
    } else {
        setRef(p->dict, newRef(d));
    }
    return newNone();
}

Object* partialGetDict(Object* self, void*) {
    PartialObject* p = asPartial(self);
    if (!p->dict && !(p->dict = dictNew())) return nullptr;
    return newRef(p->dict);
}
int partialSetDict(Object* self, Object* value, void*) {
    if (!value) {
        setError(&ExcTypeError, "cannot delete __dict__");
        return -1;
    }
    if (!isDict(value)) {
        setError(&ExcTypeError, "setting partial object's dictionary to a non-dict");
        return -1;
    }
    setRef(asPartial(self)->dict, newRef(value));
    return 0;
}

const MethodDef kPartialMethods[] = {
    {"__reduce__", partialReduce, 0, nullptr},
    {"__setstate__", partialSetState, 0, nullptr},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};
const MemberDef kPartialMembers[] = {
    {"func", MemberKind::ObjectReadOnly, offsetof(PartialObject, fn),
     "function object to use in future partial calls"},
    {"args", MemberKind::ObjectReadOnly, offsetof(PartialObject, args),
     "tuple of arguments to future partial calls"},
    {"keywords", MemberKind::ObjectReadOnly, offsetof(PartialObject, kw),
     "dictionary of keyword arguments to future partial calls"},
    {nullptr, MemberKind::Object, 0, nullptr},
};
const GetSetDef kPartialGetSets[] = {
    {"__dict__", partialGetDict, partialSetDict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- _lru_cache_wrapper ----

// One cached call: a node of the wrapper's recency list (most recent at root.prev), owned by
// the cache dict (key -> node).
struct LruNode {
    Object ob;
    LruNode* prev;
    LruNode* next;
    Object* key;
    Object* result;
    hash_t hash;
};
LruNode* asNode(Object* o) { return reinterpret_cast<LruNode*>(o); }

void nodeDealloc(Object* o) {
    clearRef(asNode(o)->key);
    clearRef(asNode(o)->result);
    freeObject(o);
}
void nodeTraverse(Object* o, VisitFn visit, void* arg) {
    if (asNode(o)->key) visit(asNode(o)->key, arg);
    if (asNode(o)->result) visit(asNode(o)->result, arg);
}
void nodeClear(Object* o) {
    clearRef(asNode(o)->key);
    clearRef(asNode(o)->result);
}

struct LruObject {
    Object ob;
    Object* func;
    Object* cache;           // dict: key -> result (unbounded) or key -> LruNode (bounded)
    Object* cacheInfoType;
    Object* kwdMark;
    Object* dict;
    Object* weaklist;
    LruNode root;            // sentinel of the recency list (not an allocated object)
    ssize maxsize;           // -1: unbounded
    int64_t hits, misses;
    bool typed;
};
LruObject* asLru(Object* o) { return reinterpret_cast<LruObject*>(o); }

void unlinkNode(LruNode* n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}
void appendNode(LruObject* w, LruNode* n) {
    LruNode* last = w->root.prev;
    last->next = n;
    n->prev = last;
    n->next = &w->root;
    w->root.prev = n;
}

void lruClearCache(LruObject* w) {
    // Nodes leave the list before the dict drops them (their deallocs may run Python code).
    LruNode* n = w->root.next;
    while (n != &w->root) {
        LruNode* next = n->next;
        n->prev = n->next = nullptr;
        n = next;
    }
    w->root.prev = w->root.next = &w->root;
    if (w->cache) dictClear(w->cache);
}

void lruDealloc(Object* o) {
    LruObject* w = asLru(o);
    if (w->weaklist) clearWeakrefs(o);
    lruClearCache(w);
    clearRef(w->func);
    clearRef(w->cache);
    clearRef(w->cacheInfoType);
    clearRef(w->kwdMark);
    clearRef(w->dict);
    freeObject(o);
}
void lruTraverse(Object* o, VisitFn visit, void* arg) {
    LruObject* w = asLru(o);
    if (w->func) visit(w->func, arg);
    if (w->cache) visit(w->cache, arg);
    if (w->cacheInfoType) visit(w->cacheInfoType, arg);
    if (w->dict) visit(w->dict, arg);
}
void lruClear(Object* o) {
    LruObject* w = asLru(o);
    lruClearCache(w);
    clearRef(w->func);
    clearRef(w->cacheInfoType);
    clearRef(w->dict);
}

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)
Object* lruNew(Type* t, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"user_function", "maxsize", "typed", "cache_info_type"};
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return nullptr;
    Object* a[4] = {};
    if (!parseArgs("_lru_cache_wrapper", flat.data(), static_cast<size_t>(tupleSize(args)),
                   kwnames.get(), kNames, 4, 4, a)) {
        return nullptr;
    }
    if (!isCallable(a[0])) return setError(&ExcTypeError, "the first argument must be callable");
    ssize maxsize = -1;
    if (!isNone(a[1])) {
        if (!isInt(a[1])) return setError(&ExcTypeError, "maxsize should be integer or None");
        int64_t m;
        if (!intAsInt64(a[1], &m)) return nullptr;
        maxsize = m < 0 ? 0 : static_cast<ssize>(m);
    }
    int typed = isTrue(a[2]);
    if (typed < 0) return nullptr;
    Ref<> cache = Ref<>::steal(dictNew());
    Ref<> mark = Ref<>::steal(allocObject(&ObjectType));
    if (!cache || !mark) return nullptr;
    Object* o = allocObject(t);
    if (!o) return nullptr;
    LruObject* w = asLru(o);
    w->func = newRef(a[0]);
    w->cache = cache.release();
    w->cacheInfoType = newRef(a[3]);
    w->kwdMark = mark.release();
    w->root.prev = w->root.next = &w->root;
    w->maxsize = maxsize;
    w->typed = typed;
    return o;
}

// The cache key of a call, as CPython's: the single positional argument itself if it is an
// exact int or str (untyped, no keywords), else a tuple of the arguments, a marker and the
// keyword items, and with typed=True the argument types.
Object* makeKey(LruObject* w, Object* const* args, size_t nargs, Object* kwnames) {
    size_t nkw = kwCount(kwnames);
    if (!w->typed && nkw == 0) {
        if (nargs == 1 && (args[0]->type == &IntType || args[0]->type == &StrType)) {
            return newRef(args[0]);
        }
        return tupleFromArray(args, static_cast<ssize>(nargs));
    }
    std::vector<Object*> items(args, args + nargs);
    if (nkw) {
        items.push_back(w->kwdMark);
        for (size_t i = 0; i < nkw; i++) {
            items.push_back(tupleItem(kwnames, static_cast<ssize>(i)));
            items.push_back(args[nargs + i]);
        }
    }
    if (w->typed) {
        for (size_t i = 0; i < nargs; i++) items.push_back(asObject(args[i]->type));
        for (size_t i = 0; i < nkw; i++) items.push_back(asObject(args[nargs + i]->type));
    }
    return tupleFromArray(items.data(), static_cast<ssize>(items.size()));
}

Object* lruCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    LruObject* w = asLru(self);
    if (w->maxsize == 0) {
        w->misses++;
        return call(w->func, args, nargs, kwnames);
    }
    Ref<> key = Ref<>::steal(makeKey(w, args, nargs, kwnames));
    if (!key) return nullptr;
    hash_t h = hash(key.get());
    if (h == -1) return nullptr;
    Object* found = dictGetItemKnownHash(w->cache, key.get(), h);
    if (found) {
        w->hits++;
        if (w->maxsize < 0) return newRef(found);
        LruNode* n = asNode(found);
        if (n->prev) {   // still linked (the cache may be being cleared)
            unlinkNode(n);
            appendNode(w, n);
        }
        return newRef(n->result);
    }
    if (errOccurred()) return nullptr;
    w->misses++;
    Ref<> result = Ref<>::steal(call(w->func, args, nargs, kwnames));
    if (!result) return nullptr;
    if (w->maxsize < 0) {
        if (dictSetItemKnownHash(w->cache, key.get(), h, result.get()) < 0) return nullptr;
        return result.release();
    }
    // A recursive call may have cached this key meanwhile: keep that entry.
    int present = dictContainsKnownHash(w->cache, key.get(), h);
    if (present < 0) return nullptr;
    if (present) return result.release();
    if (dictSize(w->cache) >= w->maxsize && w->root.next != &w->root) {
        LruNode* oldest = w->root.next;
        unlinkNode(oldest);
        oldest->prev = oldest->next = nullptr;
        Ref<> keepAlive = Ref<>::borrow(&oldest->ob);
        if (dictDelItemKnownHash(w->cache, oldest->key, oldest->hash) < 0) {
            // The dict no longer holds it (changed by a key's __eq__): nothing to evict.
            if (!errMatches(&ExcKeyError)) return nullptr;
            clearError();
        }
    }
    if (!typeReady(&LruNodeType)) return nullptr;
    Object* no = allocObject(&LruNodeType);
    if (!no) return nullptr;
    Ref<> node = Ref<>::steal(no);
    asNode(no)->key = newRef(key.get());
    asNode(no)->result = newRef(result.get());
    asNode(no)->hash = h;
    if (dictSetItemKnownHash(w->cache, key.get(), h, no) < 0) return nullptr;
    appendNode(w, asNode(no));
    return result.release();
}

// Bound like a function: obj.method -> a bound method of the wrapper.
Object* lruDescrGet(Object* self, Object* obj, Object*) {
    if (!obj || isNone(obj)) return newRef(self);
    return methodNew(self, obj);
}

Object* lruCacheInfo(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("cache_info", nargs, 0, 0) || !checkNoKwargs("cache_info", kwnames))
        return nullptr;
    LruObject* w = asLru(self);
    Ref<> hits = Ref<>::steal(intFromInt64(w->hits));
    Ref<> misses = Ref<>::steal(intFromInt64(w->misses));
    Ref<> maxsize = w->maxsize < 0 ? Ref<>::borrow(none())
                                   : Ref<>::steal(intFromInt64(w->maxsize));
    Ref<> size = Ref<>::steal(intFromInt64(dictSize(w->cache)));
    if (!hits || !misses || !maxsize || !size) return nullptr;
    Object* fields[] = {hits.get(), misses.get(), maxsize.get(), size.get()};
    return call(w->cacheInfoType, fields, 4);
}

Object* lruCacheClear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("cache_clear", nargs, 0, 0) || !checkNoKwargs("cache_clear", kwnames))
        return nullptr;
    LruObject* w = asLru(self);
    w->hits = w->misses = 0;
    lruClearCache(w);
    return newNone();
}

Object* lruReduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__reduce__", nargs, 0, 0) || !checkNoKwargs("__reduce__", kwnames))
        return nullptr;
    return getAttr(self, "__qualname__");
}

Object* lruCopy(Object* self, Object* const*, size_t, Object*) { return newRef(self); }

Object* lruGetDict(Object* self, void*) {
    LruObject* w = asLru(self);
    if (!w->dict && !(w->dict = dictNew())) return nullptr;
    return newRef(w->dict);
}
int lruSetDict(Object* self, Object* value, void*) {
    if (!value) {
        setError(&ExcTypeError, "cannot delete __dict__");
        return -1;
    }
    if (!isDict(value)) {
        setError(&ExcTypeError, "__dict__ must be set to a dictionary, not a '%T'", value);
        return -1;
    }
    setRef(asLru(self)->dict, newRef(value));
    return 0;
}

const MethodDef kLruMethods[] = {
    {"cache_info", lruCacheInfo, 0, "Report cache statistics"},
    {"cache_clear", lruCacheClear, 0, "Clear the cache and cache statistics"},
    {"__reduce__", lruReduce, 0, nullptr},
    {"__copy__", lruCopy, 0, nullptr},
    {"__deepcopy__", lruCopy, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
const GetSetDef kLruGetSets[] = {
    {"__dict__", lruGetDict, lruSetDict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kFunctoolsMethods[] = {
    {"reduce", reduce, 0,
     "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments "
     "cumulatively to the items of a sequence\nor iterable, from left to right, so as to "
     "reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, "
     "[1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed "
     "before the items\nof the iterable in the calculation, and serves as a default when "
     "the\niterable is empty."},
    {"cmp_to_key", cmpToKey, 0, "Convert a cmp= function into a key= function."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type KeyWrapperType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "functools.KeyWrapper",
    .basicSize = sizeof(KeyObject),
    .flags = kTypeHaveGC,
    .getsets = kKeyGetSets,
    .dealloc = keyDealloc,
    .traverse = keyTraverse,
    .clear = keyClear,
    .hash = hashNotImplemented,
    .richCompare = keyRichCompare,
    .getAttr = genericGetAttr,
    .call = keyCall,
};

Type PartialType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "functools.partial",
    .basicSize = sizeof(PartialObject),
    .flags = kTypeHaveGC | kTypeBaseType,
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
    .dictOffset = offsetof(PartialObject, dict),
    .weaklistOffset = offsetof(PartialObject, weaklist),
    .methods = kPartialMethods,
    .getsets = kPartialGetSets,
    .members = kPartialMembers,
    .dealloc = partialDealloc,
    .traverse = partialTraverse,
    .clear = partialClear,
    .repr = partialRepr,
    .getAttr = genericGetAttr,
    .setAttr = genericSetAttr,
    .call = partialCall,
    .new_ = partialNew,
};

Type LruNodeType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "functools._lru_list_elem",
    .basicSize = sizeof(LruNode),
    .flags = kTypeHaveGC,
    .dealloc = nodeDealloc,
    .traverse = nodeTraverse,
    .clear = nodeClear,
};

Type LruCacheWrapperType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "functools._lru_cache_wrapper",
    .basicSize = sizeof(LruObject),
    .flags = kTypeHaveGC | kTypeMethodDescriptor,
    .doc = "Create a cached callable that wraps another function.",
    .dictOffset = offsetof(LruObject, dict),
    .weaklistOffset = offsetof(LruObject, weaklist),
    .methods = kLruMethods,
    .getsets = kLruGetSets,
    .dealloc = lruDealloc,
    .traverse = lruTraverse,
    .clear = lruClear,
    .getAttr = genericGetAttr,
    .setAttr = genericSetAttr,
    .descrGet = lruDescrGet,
    .call = lruCall,
    .new_ = lruNew,
};

Object* createFunctoolsModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_functools"));
    if (!m || !moduleAddFunctions(m.get(), kFunctoolsMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", "Tools that operate on functions.")) return nullptr;
    for (Type* t : {&KeyWrapperType, &PartialType, &LruNodeType, &LruCacheWrapperType}) {
        if (!typeReady(t)) return nullptr;
    }
    if (!moduleAddObject(m.get(), "partial", newRef(asObject(&PartialType))) ||
        !moduleAddObject(m.get(), "_lru_cache_wrapper",
                         newRef(asObject(&LruCacheWrapperType)))) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
