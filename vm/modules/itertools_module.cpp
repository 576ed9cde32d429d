// The itertools module in C++: CPython 3.11's iterator building blocks with its argument
// parsing, error messages, reprs, pickling (__reduce__/__setstate__), GC traversal and
// subclassability (every public iterator type is a base type except _grouper, _tee and
// _tee_dataobject, as in CPython).
//
// Conventions of every iterator here: tp_iternext returns a new reference, or null without an
// exception when exhausted, or null with an exception set. Inner iterators are advanced with
// iterNext() (core/abstract.h), which follows the same convention.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "core/types.h"
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

extern Type ItCountType, ItCycleType, ItRepeatType, ItAccumulateType, ItChainType,
    ItCompressType, ItDropwhileType, ItTakewhileType, ItFilterfalseType, ItGroupbyType,
    ItGrouperType, ItIsliceType, ItStarmapType, ItTeeType, ItTeeDataType, ItZipLongestType,
    ItProductType, ItPermutationsType, ItCombinationsType, ItCwrType, ItPairwiseType;

namespace {

const char kReduceDoc[] = "Return state information for pickling.";
const char kSetStateDoc[] = "Set state information for unpickling.";
const char kSizeofDoc[] = "Returns size in memory, in bytes.";

// The type's short name (CPython's _PyType_Name: what follows the last dot).
const char* shortName(Type* t) {
    const char* dot = std::strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

// CPython rejects keyword arguments in these constructors unless a subclass overrides __init__.
bool noKwargs(Type* t, Type* base, const char* name, Object* kwargs) {
    if (t != base && t->init != base->init) return true;
    return containerNoKwargsDict(name, kwargs);
}

// Binds a tp_new's (args, kwargs) against names[0..n) via parseArgs.
bool parseNew(const char* fname, Object* args, Object* kwargs, const char* const* names, int n,
              int required, Object** out, int posOnly = 0, int kwOnlyStart = -1) {
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return false;
    return parseArgs(fname, flat.data(), static_cast<size_t>(tupleSize(args)), kwnames.get(),
                     names, n, required, out, posOnly, kwOnlyStart);
}

bool checkPositional(const char* fname, Object* args, size_t min, size_t max) {
    return checkArgCount(fname, static_cast<size_t>(tupleSize(args)), min, max);
}

inline void visitX(Object* o, VisitFn visit, void* arg) {
    if (o) visit(o, arg);
}

inline Object* typeOfObj(Object* self) { return asObject(self->type); }

// (type(self), args) / (type(self), args, state): the common __reduce__ shapes.
Object* reduce2(Object* self, Object* args) {
    if (!args) return nullptr;
    Ref<> a = Ref<>::steal(args);
    return tuplePack({typeOfObj(self), a.get()});
}
Object* reduce3(Object* self, Object* args, Object* state) {
    Ref<> a = Ref<>::steal(args);
    Ref<> s = Ref<>::steal(state);
    if (!a || !s) return nullptr;
    return tuplePack({typeOfObj(self), a.get(), s.get()});
}

// A Py_ssize_t argument of a __setstate__ (PyLong_AsSsize_t: ints only).
bool ssizeFromInt(Object* o, ssize* out) {
    if (!isInt(o)) {
        setError(&ExcTypeError, "an integer is required");
        return false;
    }
    ssize v = asSsize(o, &ExcOverflowError);
    if (v == -1 && errOccurred()) return false;
    *out = v;
    return true;
}

// o.__index__() as a 64-bit value; false with an exception (OverflowError if too large).
bool index64(Object* o, int64_t* out) {
    Ref<> i = Ref<>::steal(numberIndex(o));
    if (!i) return false;
    if (!intAsInt64(i.get(), out)) {
        clearError();
        setError(&ExcOverflowError, "Python int too large to convert to C ssize_t");
        return false;
    }
    return true;
}

// A tuple of ints from an index array.
Object* indicesTuple(const ssize* v, ssize n) {
    Ref<> t = Ref<>::steal(tupleNew(n));
    if (!t) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* x = intFromSsize(v[i]);
        if (!x) return nullptr;
        tupleSetItemSteal(t.get(), i, x);
    }
    return t.release();
}

ssize* allocIndices(ssize n) {
    void* p = std::calloc(n > 0 ? static_cast<size_t>(n) : 1, sizeof(ssize));
    if (!p) setErrorNoMemory();
    return static_cast<ssize*>(p);
}

// A result tuple that may be updated in place (refcount 1) or a fresh copy of it.
Object* ownResult(Object*& result, ssize n) {
    if (result->refcnt > 1) {
        Object* copy = tupleFromArray(asTuple(result)->items, n);
        if (!copy) return nullptr;
        setRef(result, copy);
    }
    return result;
}
inline void tupleReplace(Object* t, ssize i, Object* v) {
    Object* old = tupleItem(t, i);
    incref(v);
    tupleSetItemSteal(t, i, v);
    xdecref(old);
}

// ======================================================================================
// count
struct CountObject {
    Object ob;
    Object* cnt;    // the next value (an exact int while `fast`)
    Object* step;
    bool fast;      // int start fitting in 64 bits and an int step equal to 1
};
CountObject* asCount(Object* o) { return reinterpret_cast<CountObject*>(o); }

bool isNumber(Object* o) {
    Type* t = o->type;
    return t->number.index || t->number.int_ || t->number.float_ ||
           isSubtype(t, &ComplexType);
}

Object* countNew(Type* type, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"start", "step"};
    Object* a[2] = {};
    if (!parseNew("count", args, kwargs, kNames, 2, 0, a)) return nullptr;
    if ((a[0] && !isNumber(a[0])) || (a[1] && !isNumber(a[1]))) {
        return setError(&ExcTypeError, "a number is required");
    }
    Ref<> start = a[0] ? Ref<>::borrow(a[0]) : Ref<>::steal(intFromInt64(0));
    Ref<> step = a[1] ? Ref<>::borrow(a[1]) : Ref<>::steal(intFromInt64(1));
    if (!start || !step) return nullptr;
    bool fast = false;
    if (isInt(start.get()) && isInt(step.get())) {
        int64_t s, c;
        bool stepOne = intAsInt64(step.get(), &s) && s == 1;
        if (errOccurred()) clearError();
        bool cFits = intAsInt64(start.get(), &c) && c != INT64_MAX;
        if (errOccurred()) clearError();
        if (stepOne && cFits) {
            fast = true;
            if (!isIntExact(start.get())) {
                start = Ref<>::steal(intFromInt64(c));
                if (!start) return nullptr;
            }
        }
    }
    Object* o = allocObject(type);
    if (!o) return nullptr;
    CountObject* c = asCount(o);
    c->cnt = start.release();
    c->step = step.release();
    c->fast = fast;
    return o;
}

void countDealloc(Object* o) {
    CountObject* c = asCount(o);
    xdecref(c->cnt);
    xdecref(c->step);
    freeObject(o);
}
void countTraverse(Object* o, VisitFn visit, void* arg) {
    visitX(asCount(o)->cnt, visit, arg);
    visitX(asCount(o)->step, visit, arg);
}

Object* countNext(Object* o) {
    CountObject* c = asCount(o);
    Object* cur = c->cnt;
    Object* nxt;
    if (c->fast && intIsSmall(cur)) {
        int64_t v = asInt(cur)->value;
        nxt = intFromInt64(v + 1);
        if (v + 1 == INT64_MAX) c->fast = false;
    } else {
        nxt = binaryOp(cur, c->step, BinOp::Add);
    }
    if (!nxt) return nullptr;
    c->cnt = nxt;
    return cur;   // the reference the object held
}

Object* countRepr(Object* o) {
    CountObject* c = asCount(o);
    const char* name = shortName(o->type);
    if (c->fast) return strFormat("%s(%R)", name, c->cnt);
    if (isInt(c->step)) {
        int64_t s;
        bool one = intAsInt64(c->step, &s) && s == 1;
        if (errOccurred()) clearError();
        if (one) return strFormat("%s(%R)", name, c->cnt);
    }
    return strFormat("%s(%R, %R)", name, c->cnt, c->step);
}

Object* countReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    CountObject* c = asCount(self);
    if (c->fast) return reduce2(self, tuplePack({c->cnt}));
    return reduce2(self, tuplePack({c->cnt, c->step}));
}

const MethodDef kCountMethods[] = {
    {"__reduce__", countReduce, kMethNoKw, kReduceDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// cycle
struct CycleObject {
    Object ob;
    Object* it;      // null once exhausted
    Object* saved;   // list
    ssize index;
    bool firstpass;
};
CycleObject* asCycle(Object* o) { return reinterpret_cast<CycleObject*>(o); }

Object* cycleNew(Type* type, Object* args, Object* kwargs) {
    if (!noKwargs(type, &ItCycleType, "cycle", kwargs)) return nullptr;
    if (!checkPositional("cycle", args, 1, 1)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(tupleItem(args, 0)));
    if (!it) return nullptr;
    Ref<> saved = Ref<>::steal(listNew(0));
    if (!saved) return nullptr;
    Object* o = allocObject(type);
    if (!o) return nullptr;
    asCycle(o)->it = it.release();
    asCycle(o)->saved = saved.release();
    return o;
}
void cycleDealloc(Object* o) {
    xdecref(asCycle(o)->it);
    xdecref(asCycle(o)->saved);
    freeObject(o);
}
void cycleTraverse(Object* o, VisitFn visit, void* arg) {
    visitX(asCycle(o)->it, visit, arg);
    visitX(asCycle(o)->saved, visit, arg);
}
Object* cycleNext(Object* o) {
    CycleObject* c = asCycle(o);
    if (c->it) {
        Object* item = iterNext(c->it);
        if (item) {
            if (c->firstpass) return item;
            if (listAppend(c->saved, item) < 0) {
                decref(item);
                return nullptr;
            }
            return item;
        }
        if (errOccurred()) return nullptr;
        clearRef(c->it);
    }
    ssize n = listSize(c->saved);
    if (n == 0) return nullptr;
    if (c->index >= n) c->index = 0;
    Object* item = listItem(c->saved, c->index);
    c->index++;
    if (c->index >= n) c->index = 0;
    return newRef(item);
}
Object* cycleReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    CycleObject* c = asCycle(self);
    if (!c->it) {
        Ref<> it = Ref<>::steal(getIter(c->saved));
        if (!it) return nullptr;
        if (c->index != 0) {
            Ref<> idx = Ref<>::steal(intFromSsize(c->index));
            if (!idx) return nullptr;
            Object* cargs[1] = {idx.get()};
            Ref<> r = Ref<>::steal(callMethod(it.get(), "__setstate__", cargs, 1));
            if (!r) return nullptr;
        }
        return reduce3(self, tuplePack({it.get()}), tuplePack({c->saved, trueObj()}));
    }
    return reduce3(self, tuplePack({c->it}),
                   tuplePack({c->saved, c->firstpass ? trueObj() : falseObj()}));
}
Object* cycleSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    Object* state = args[0];
    if (!isTuple(state)) return setError(&ExcTypeError, "state is not a tuple");
    if (tupleSize(state) != 2) {
        return setError(&ExcTypeError, "function takes exactly 2 arguments (%zd given)",
                        tupleSize(state));
    }
    Object* saved = tupleItem(state, 0);
    if (!isList(saved)) {
        return setError(&ExcTypeError, "argument 1 must be list, not %s",
                        shortName(saved->type));
    }
    if (!isInt(tupleItem(state, 1))) {
        return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                        shortName(tupleItem(state, 1)->type));
    }
    int first = isTrue(tupleItem(state, 1));
    if (first < 0) return nullptr;
    CycleObject* c = asCycle(self);
    setRef(c->saved, newRef(saved));
    c->firstpass = first != 0;
    c->index = 0;
    return newNone();
}
const MethodDef kCycleMethods[] = {
    {"__reduce__", cycleReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", cycleSetState, kMethNoKw, kSetStateDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// repeat
struct RepeatObject {
    Object ob;
    Object* element;
    int64_t cnt;   // -1: forever
};
RepeatObject* asRepeat(Object* o) { return reinterpret_cast<RepeatObject*>(o); }

Object* repeatNew(Type* type, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"object", "times"};
    Object* a[2] = {};
    if (!parseNew("repeat", args, kwargs, kNames, 2, 1, a)) return nullptr;
    int64_t cnt = -1;
    if (a[1]) {
        if (!index64(a[1], &cnt)) return nullptr;
        if (cnt < 0) cnt = 0;
    }
    Object* o = allocObject(type);
    if (!o) return nullptr;
    asRepeat(o)->element = newRef(a[0]);
    asRepeat(o)->cnt = cnt;
    return o;
}
void repeatDealloc(Object* o) {
    xdecref(asRepeat(o)->element);
    freeObject(o);
}
void repeatTraverse(Object* o, VisitFn visit, void* arg) {
    visitX(asRepeat(o)->element, visit, arg);
}
Object* repeatNext(Object* o) {
    RepeatObject* r = asRepeat(o);
    if (r->cnt == 0) return nullptr;
    if (r->cnt > 0) r->cnt--;
    return newRef(r->element);
}
Object* repeatRepr(Object* o) {
    RepeatObject* r = asRepeat(o);
    if (r->cnt == -1) return strFormat("%s(%R)", shortName(o->type), r->element);
    return strFormat("%s(%R, %lld)", shortName(o->type), r->element,
                     static_cast<long long>(r->cnt));
}
Object* repeatLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__length_hint__", nargs)) return nullptr;
    RepeatObject* r = asRepeat(self);
    if (r->cnt == -1) return setError(&ExcTypeError, "len() of unsized object");
    return intFromInt64(r->cnt);
}
Object* repeatReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    RepeatObject* r = asRepeat(self);
    if (r->cnt >= 0) {
        Ref<> n = Ref<>::steal(intFromInt64(r->cnt));
        if (!n) return nullptr;
        return reduce2(self, tuplePack({r->element, n.get()}));
    }
    return reduce2(self, tuplePack({r->element}));
}
const MethodDef kRepeatMethods[] = {
    {"__length_hint__", repeatLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", repeatReduce, kMethNoKw, kReduceDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// accumulate
struct AccumulateObject {
    Object ob;
    Object* total;     // null before the first value
    Object* it;
    Object* binop;     // null: addition
    Object* initial;   // None once used (or when not given)
};
AccumulateObject* asAcc(Object* o) { return reinterpret_cast<AccumulateObject*>(o); }

Object* accumulateNew(Type* type, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"iterable", "func", "initial"};
    Object* a[3] = {};
    if (!parseNew("accumulate", args, kwargs, kNames, 3, 1, a, 0, 2)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(a[0]));
    if (!it) return nullptr;
    Object* o = allocObject(type);
    if (!o) return nullptr;
    AccumulateObject* acc = asAcc(o);
    acc->it = it.release();
    acc->binop = a[1] && !isNone(a[1]) ? newRef(a[1]) : nullptr;
    acc->initial = newRef(a[2] ? a[2] : none());
    return o;
}
void accumulateDealloc(Object* o) {
    AccumulateObject* a = asAcc(o);
    xdecref(a->binop);
    xdecref(a->total);
    xdecref(a->it);
    xdecref(a->initial);
    freeObject(o);
}
void accumulateTraverse(Object* o, VisitFn visit, void* arg) {
    AccumulateObject* a = asAcc(o);
    visitX(a->binop, visit, arg);
    visitX(a->it, visit, arg);
    visitX(a->total, visit, arg);
    visitX(a->initial, visit, arg);
}
Object* accumulateNext(Object* o) {
    AccumulateObject* a = asAcc(o);
    if (!isNone(a->initial)) {
        setRef(a->total, a->initial);
        a->initial = newNone();
        return newRef(a->total);
    }
    Ref<> val = Ref<>::steal(iterNext(a->it));
    if (!val) return nullptr;
    if (!a->total) {
        a->total = newRef(val.get());
        return newRef(a->total);
    }
    Object* nt;
    if (!a->binop) {
        nt = binaryOp(a->total, val.get(), BinOp::Add);
    } else {
        Object* cargs[2] = {a->total, val.get()};
        nt = call(a->binop, cargs, 2);
    }
    if (!nt) return nullptr;
    setRef(a->total, newRef(nt));
    return nt;
}
Object* accumulateReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    AccumulateObject* a = asAcc(self);
    Object* binop = a->binop ? a->binop : none();
    if (!isNone(a->initial)) {
        Ref<> first = Ref<>::steal(tuplePack({a->initial}));
        if (!first) return nullptr;
        Object* cargs[2] = {first.get(), a->it};
        Ref<> it = Ref<>::steal(call(asObject(&ItChainType), cargs, 2));
        if (!it) return nullptr;
        return reduce3(self, tuplePack({it.get(), binop}), newNone());
    }
    if (a->total && isNone(a->total)) {
        Ref<> first = Ref<>::steal(tuplePack({a->total}));
        if (!first) return nullptr;
        Object* cargs[2] = {first.get(), a->it};
        Ref<> it = Ref<>::steal(call(asObject(&ItChainType), cargs, 2));
        if (!it) return nullptr;
        Object* cargs2[2] = {it.get(), binop};
        Ref<> acc = Ref<>::steal(call(typeOfObj(self), cargs2, 2));
        if (!acc) return nullptr;
        Ref<> one = Ref<>::steal(intFromInt64(1));
        if (!one) return nullptr;
        Ref<> iargs = Ref<>::steal(tuplePack({acc.get(), one.get(), none()}));
        if (!iargs) return nullptr;
        return tuplePack({asObject(&ItIsliceType), iargs.get()});
    }
    return reduce3(self, tuplePack({a->it, binop}), newRef(a->total ? a->total : none()));
}
Object* accumulateSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    setRef(asAcc(self)->total, newRef(args[0]));
    return newNone();
}
const MethodDef kAccumulateMethods[] = {
    {"__reduce__", accumulateReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", accumulateSetState, kMethNoKw, kSetStateDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// chain
struct ChainObject {
    Object ob;
    Object* source;   // iterator over the iterables; null when exhausted
    Object* active;   // the current input iterator or null
};
ChainObject* asChain(Object* o) { return reinterpret_cast<ChainObject*>(o); }

Object* chainFromSource(Type* type, Object* source) {
    Object* o = allocObject(type);
    if (!o) {
        decref(source);
        return nullptr;
    }
    asChain(o)->source = source;
    return o;
}
Object* chainNew(Type* type, Object* args, Object* kwargs) {
    if (!noKwargs(type, &ItChainType, "chain", kwargs)) return nullptr;
    Object* source = getIter(args);
    if (!source) return nullptr;
    return chainFromSource(type, source);
}
Object* chainFromIterable(Object* cls, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("chain.from_iterable", nargs)) return nullptr;
    Object* source = getIter(args[0]);
    if (!source) return nullptr;
    return chainFromSource(asType(cls), source);
}
void chainDealloc(Object* o) {
    xdecref(asChain(o)->active);
    xdecref(asChain(o)->source);
    freeObject(o);
}
void chainTraverse(Object* o, VisitFn visit, void* arg) {
    visitX(asChain(o)->source, visit, arg);
    visitX(asChain(o)->active, visit, arg);
}
void chainClear(Object* o) {
    clearRef(asChain(o)->active);
    clearRef(asChain(o)->source);
}
Object* chainNext(Object* o) {
    ChainObject* c = asChain(o);
    while (c->source) {
        if (!c->active) {
            Ref<> iterable = Ref<>::steal(iterNext(c->source));
            if (!iterable) {
                clearRef(c->source);
                return nullptr;
            }
            c->active = getIter(iterable.get());
            if (!c->active) {
                clearRef(c->source);
                return nullptr;
            }
        }
        Object* item = iterNext(c->active);
        if (item) return item;
        if (errOccurred()) return nullptr;
        clearRef(c->active);
    }
    return nullptr;
}
Object* chainReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    ChainObject* c = asChain(self);
    if (c->source) {
        if (c->active) return reduce3(self, newRef(emptyTuple()), tuplePack({c->source, c->active}));
        return reduce3(self, newRef(emptyTuple()), tuplePack({c->source}));
    }
    return reduce2(self, newRef(emptyTuple()));
}
bool isIterator(Object* o) { return o->type->iterNext != nullptr; }
Object* chainSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    Object* state = args[0];
    if (!isTuple(state)) return setError(&ExcTypeError, "state is not a tuple");
    ssize n = tupleSize(state);
    if (n < 1 || n > 2) {
        return setError(&ExcTypeError, "function takes at %s %d argument%s (%zd given)",
                        n < 1 ? "least" : "most", n < 1 ? 1 : 2, n < 1 ? "" : "s", n);
    }
    Object* source = tupleItem(state, 0);
    Object* active = n > 1 ? tupleItem(state, 1) : nullptr;
    if (!isIterator(source) || (active && !isIterator(active))) {
        return setError(&ExcTypeError, "Arguments must be iterators.");
    }
    ChainObject* c = asChain(self);
    setRef(c->source, newRef(source));
    Object* act = active ? newRef(active) : nullptr;
    setRef(c->active, act);
    return newNone();
}
const MethodDef kChainMethods[] = {
    {"from_iterable", chainFromIterable, kMethNoKw | kMethClass,
     "Alternative chain() constructor taking a single iterable argument that evaluates "
     "lazily."},
    {"__reduce__", chainReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", chainSetState, kMethNoKw, kSetStateDoc},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass,
     "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// compress, dropwhile, takewhile, filterfalse, starmap: (func or data, iterator) pairs
struct PairObject {
    Object ob;
    Object* a;   // compress: data iterator; others: the function
    Object* b;   // compress: selectors iterator; others: the input iterator
    long state;  // dropwhile: started; takewhile: stopped
};
PairObject* asPair(Object* o) { return reinterpret_cast<PairObject*>(o); }

void pairDealloc(Object* o) {
    xdecref(asPair(o)->a);
    xdecref(asPair(o)->b);
    freeObject(o);
}
void pairTraverse(Object* o, VisitFn visit, void* arg) {
    visitX(asPair(o)->a, visit, arg);
    visitX(asPair(o)->b, visit, arg);
}
Object* pairAlloc(Type* type, Object* a, Object* b) {
    Object* o = allocObject(type);
    if (!o) return nullptr;
    asPair(o)->a = newRef(a);
    asPair(o)->b = newRef(b);
    return o;
}
// (function, iterable), positional only: dropwhile, takewhile, filterfalse, starmap.
Object* funcIterNew(Type* type, Type* base, const char* name, Object* args, Object* kwargs) {
    if (!noKwargs(type, base, name, kwargs)) return nullptr;
    if (!checkPositional(name, args, 2, 2)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(tupleItem(args, 1)));
    if (!it) return nullptr;
    return pairAlloc(type, tupleItem(args, 0), it.get());
}
Object* pairReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    return reduce2(self, tuplePack({asPair(self)->a, asPair(self)->b}));
}
Object* pairReduceState(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    return reduce3(self, tuplePack({asPair(self)->a, asPair(self)->b}),
                   intFromInt64(asPair(self)->state));
}
Object* pairSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    int v = isTrue(args[0]);
    if (v < 0) return nullptr;
    asPair(self)->state = v;
    return newNone();
}

Object* compressNew(Type* type, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"data", "selectors"};
    Object* a[2] = {};
    if (!parseNew("compress", args, kwargs, kNames, 2, 2, a)) return nullptr;
    Ref<> data = Ref<>::steal(getIter(a[0]));
    if (!data) return nullptr;
    Ref<> sel = Ref<>::steal(getIter(a[1]));
    if (!sel) return nullptr;
    return pairAlloc(type, data.get(), sel.get());
}
Object* compressNext(Object* o) {
    PairObject* p = asPair(o);
    for (;;) {
        Ref<> datum = Ref<>::steal(iterNext(p->a));
        if (!datum) return nullptr;
        Ref<> sel = Ref<>::steal(iterNext(p->b));
        if (!sel) return nullptr;
        int ok = isTrue(sel.get());
        if (ok < 0) return nullptr;
        if (ok) return datum.release();
    }
}

Object* dropwhileNew(Type* type, Object* args, Object* kwargs) {
    return funcIterNew(type, &ItDropwhileType, "dropwhile", args, kwargs);
}
Object* dropwhileNext(Object* o) {
    PairObject* p = asPair(o);
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(p->b));
        if (!item) return nullptr;
        if (p->state == 1) return item.release();
        Ref<> good = Ref<>::steal(callOneArg(p->a, item.get()));
        if (!good) return nullptr;
        int ok = isTrue(good.get());
        if (ok < 0) return nullptr;
        if (ok == 0) {
            p->state = 1;
            return item.release();
        }
    }
}

Object* takewhileNew(Type* type, Object* args, Object* kwargs) {
    return funcIterNew(type, &ItTakewhileType, "takewhile", args, kwargs);
}
Object* takewhileNext(Object* o) {
    PairObject* p = asPair(o);
    if (p->state == 1) return nullptr;
    Ref<> item = Ref<>::steal(iterNext(p->b));
    if (!item) return nullptr;
    Ref<> good = Ref<>::steal(callOneArg(p->a, item.get()));
    if (!good) return nullptr;
    int ok = isTrue(good.get());
    if (ok < 0) return nullptr;
    if (ok) return item.release();
    p->state = 1;
    return nullptr;
}

Object* filterfalseNew(Type* type, Object* args, Object* kwargs) {
    return funcIterNew(type, &ItFilterfalseType, "filterfalse", args, kwargs);
}
Object* filterfalseNext(Object* o) {
    PairObject* p = asPair(o);
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(p->b));
        if (!item) return nullptr;
        int ok;
        if (isNone(p->a) || p->a == asObject(&BoolType)) {
            ok = isTrue(item.get());
        } else {
            Ref<> good = Ref<>::steal(callOneArg(p->a, item.get()));
            if (!good) return nullptr;
            ok = isTrue(good.get());
        }
        if (ok < 0) return nullptr;
        if (ok == 0) return item.release();
    }
}

Object* starmapNew(Type* type, Object* args, Object* kwargs) {
    return funcIterNew(type, &ItStarmapType, "starmap", args, kwargs);
}
Object* starmapNext(Object* o) {
    PairObject* p = asPair(o);
    Ref<> args = Ref<>::steal(iterNext(p->b));
    if (!args) return nullptr;
    if (!isTupleExact(args.get())) {
        args = Ref<>::steal(sequenceTuple(args.get()));
        if (!args) return nullptr;
    }
    return callTupleDict(p->a, args.get(), nullptr);
}

const MethodDef kPairMethods[] = {
    {"__reduce__", pairReduce, kMethNoKw, kReduceDoc},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kPairStateMethods[] = {
    {"__reduce__", pairReduceState, kMethNoKw, kReduceDoc},
    {"__setstate__", pairSetState, kMethNoKw, kSetStateDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// groupby and _grouper
struct GroupbyObject {
    Object ob;
    Object* it;
    Object* keyfunc;
    Object* tgtkey;
    Object* currkey;
    Object* currvalue;
    const void* currgrouper;   // identity only, never dereferenced
};
GroupbyObject* asGroupby(Object* o) { return reinterpret_cast<GroupbyObject*>(o); }

struct GrouperObject {
    Object ob;
    Object* parent;
    Object* tgtkey;
};
GrouperObject* asGrouper(Object* o) { return reinterpret_cast<GrouperObject*>(o); }

Object* groupbyNew(Type* type, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"iterable", "key"};
    Object* a[2] = {};
    if (!parseNew("groupby", args, kwargs, kNames, 2, 1, a)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(a[0]));
    if (!it) return nullptr;
    Object* o = allocObject(type);
    if (!o) return nullptr;
    asGroupby(o)->it = it.release();
    asGroupby(o)->keyfunc = newRef(a[1] ? a[1] : none());
    return o;
}
void groupbyDealloc(Object* o) {
    GroupbyObject* g = asGroupby(o);
    xdecref(g->it);
    xdecref(g->keyfunc);
    xdecref(g->tgtkey);
    xdecref(g->currkey);
    xdecref(g->currvalue);
    freeObject(o);
}
void groupbyTraverse(Object* o, VisitFn visit, void* arg) {
    GroupbyObject* g = asGroupby(o);
    visitX(g->it, visit, arg);
    visitX(g->keyfunc, visit, arg);
    visitX(g->tgtkey, visit, arg);
    visitX(g->currkey, visit, arg);
    visitX(g->currvalue, visit, arg);
}
// Advances to the next value and its key; false at the end or on error.
bool groupbyStep(GroupbyObject* g) {
    Ref<> value = Ref<>::steal(iterNext(g->it));
    if (!value) return false;
    Ref<> key;
    if (isNone(g->keyfunc)) {
        key = value;
    } else {
        key = Ref<>::steal(callOneArg(g->keyfunc, value.get()));
        if (!key) return false;
    }
    Object* oldValue = g->currvalue;
    g->currvalue = value.release();
    setRef(g->currkey, key.release());
    xdecref(oldValue);
    return true;
}
Object* grouperCreate(Object* parent, Object* tgtkey) {
    Object* o = allocObject(&ItGrouperType);
    if (!o) return nullptr;
    asGrouper(o)->parent = newRef(parent);
    asGrouper(o)->tgtkey = newRef(tgtkey);
    asGroupby(parent)->currgrouper = o;
    return o;
}
Object* groupbyNext(Object* o) {
    GroupbyObject* g = asGroupby(o);
    g->currgrouper = nullptr;
    for (;;) {
        if (!g->currkey) {
            // no current key: fetch one
        } else if (!g->tgtkey) {
            break;
        } else {
            // Held: the comparison may run code that advances this groupby.
            Ref<> tgt = Ref<>::borrow(g->tgtkey);
            Ref<> cur = Ref<>::borrow(g->currkey);
            int eq = richCompareBool(tgt.get(), cur.get(), CompareOp::Eq);
            if (eq < 0) return nullptr;
            if (eq == 0) break;
        }
        if (!groupbyStep(g)) return nullptr;
    }
    setRef(g->tgtkey, newRef(g->currkey));
    Ref<> grouper = Ref<>::steal(grouperCreate(o, g->tgtkey));
    if (!grouper) return nullptr;
    return tuplePack({g->currkey, grouper.get()});
}
Object* groupbyReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    GroupbyObject* g = asGroupby(self);
    if (g->tgtkey && g->currkey && g->currvalue) {
        return reduce3(self, tuplePack({g->it, g->keyfunc}),
                       tuplePack({g->currkey, g->currvalue, g->tgtkey}));
    }
    return reduce2(self, tuplePack({g->it, g->keyfunc}));
}
Object* groupbySetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    Object* state = args[0];
    if (!isTuple(state)) return setError(&ExcTypeError, "state is not a tuple");
    if (tupleSize(state) != 3) {
        return setError(&ExcTypeError, "function takes exactly 3 arguments (%zd given)",
                        tupleSize(state));
    }
    GroupbyObject* g = asGroupby(self);
    setRef(g->currkey, newRef(tupleItem(state, 0)));
    setRef(g->currvalue, newRef(tupleItem(state, 1)));
    setRef(g->tgtkey, newRef(tupleItem(state, 2)));
    return newNone();
}
const MethodDef kGroupbyMethods[] = {
    {"__reduce__", groupbyReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", groupbySetState, kMethNoKw, kSetStateDoc},
    {nullptr, nullptr, 0, nullptr},
};

Object* grouperNew(Type*, Object* args, Object* kwargs) {
    if (!containerNoKwargsDict("_grouper", kwargs)) return nullptr;
    if (!checkPositional("_grouper", args, 2, 2)) return nullptr;
    Object* parent = tupleItem(args, 0);
    if (!isInstanceOf(parent, &ItGroupbyType)) {
        return setError(&ExcTypeError, "_grouper() argument 1 must be itertools.groupby, not %s",
                        shortName(parent->type));
    }
    return grouperCreate(parent, tupleItem(args, 1));
}
void grouperDealloc(Object* o) {
    xdecref(asGrouper(o)->parent);
    xdecref(asGrouper(o)->tgtkey);
    freeObject(o);
}
void grouperTraverse(Object* o, VisitFn visit, void* arg) {
    visitX(asGrouper(o)->parent, visit, arg);
    visitX(asGrouper(o)->tgtkey, visit, arg);
}
Object* grouperNext(Object* o) {
    GrouperObject* gr = asGrouper(o);
    GroupbyObject* g = asGroupby(gr->parent);
    if (g->currgrouper != o) return nullptr;
    if (!g->currvalue) {
        if (!groupbyStep(g)) return nullptr;
    }
    Ref<> cur = Ref<>::borrow(g->currkey);
    int eq = richCompareBool(gr->tgtkey, cur.get(), CompareOp::Eq);
    if (eq <= 0) return nullptr;
    if (!g->currvalue) return nullptr;   // consumed by code the comparison ran
    Object* r = g->currvalue;
    g->currvalue = nullptr;
    clearRef(g->currkey);
    return r;
}
Object* grouperReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    GrouperObject* gr = asGrouper(self);
    if (asGroupby(gr->parent)->currgrouper != self) {
        Object* iter = builtinFunc("iter");
        if (!iter) return nullptr;
        Ref<> args = Ref<>::steal(tuplePack({emptyTuple()}));
        if (!args) return nullptr;
        return tuplePack({iter, args.get()});
    }
    return reduce2(self, tuplePack({gr->parent, gr->tgtkey}));
}
const MethodDef kGrouperMethods[] = {
    {"__reduce__", grouperReduce, kMethNoKw, kReduceDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// islice
// Positions are 64-bit on every target: sys.maxsize is 2**63 - 1 on wasm32 too.
struct IsliceObject {
    Object ob;
    Object* it;   // null when exhausted
    int64_t next;
    int64_t stop;   // -1: no stop
    int64_t step;
    int64_t cnt;
};
IsliceObject* asIslice(Object* o) { return reinterpret_cast<IsliceObject*>(o); }

const char kIsliceStopMsg[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

// PyNumber_AsSsize_t(o, OverflowError) with any error cleared; *bad set when it failed.
int64_t isliceArg(Object* o, bool* bad) {
    int64_t v = -1;
    if (!index64(o, &v)) {
        clearError();
        *bad = true;
        return -1;
    }
    return v;
}

Object* isliceNew(Type* type, Object* args, Object* kwargs) {
    if (!noKwargs(type, &ItIsliceType, "islice", kwargs)) return nullptr;
    if (!checkPositional("islice", args, 2, 4)) return nullptr;
    ssize n = tupleSize(args);
    int64_t start = 0, stop = -1, step = 1;
    Object* a1 = tupleItem(args, 1);
    if (n == 2) {
        if (!isNone(a1)) {
            bool bad = false;
            stop = isliceArg(a1, &bad);
            if (bad || stop == -1) return setError(&ExcValueError, kIsliceStopMsg);
        }
    } else {
        Object* a2 = tupleItem(args, 2);
        bool bad = false;
        if (!isNone(a1)) start = isliceArg(a1, &bad);
        if (!isNone(a2)) {
            bool bad2 = false;
            stop = isliceArg(a2, &bad2);
            if (bad2 || stop == -1) return setError(&ExcValueError, kIsliceStopMsg);
        }
    }
    if (start < 0 || stop < -1) {
        return setError(&ExcValueError,
                        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if (n == 4) {
        Object* a3 = tupleItem(args, 3);
        if (!isNone(a3)) {
            bool bad = false;
            step = isliceArg(a3, &bad);
        }
    }
    if (step < 1) {
        return setError(&ExcValueError, "Step for islice() must be a positive integer or None.");
    }
    Ref<> it = Ref<>::steal(getIter(tupleItem(args, 0)));
    if (!it) return nullptr;
    Object* o = allocObject(type);
    if (!o) return nullptr;
    IsliceObject* s = asIslice(o);
    s->it = it.release();
    s->next = start;
    s->stop = stop;
    s->step = step;
    s->cnt = 0;
    return o;
}
void isliceDealloc(Object* o) {
    xdecref(asIslice(o)->it);
    freeObject(o);
}
void isliceTraverse(Object* o, VisitFn visit, void* arg) { visitX(asIslice(o)->it, visit, arg); }
void isliceClear(Object* o) { clearRef(asIslice(o)->it); }
Object* isliceNext(Object* o) {
    IsliceObject* s = asIslice(o);
    Object* it = s->it;
    if (!it) return nullptr;
    int64_t stop = s->stop;
    while (s->cnt < s->next) {
        Object* item = iterNext(it);
        if (!item) {
            clearRef(s->it);
            return nullptr;
        }
        decref(item);
        s->cnt++;
    }
    if (stop != -1 && s->cnt >= stop) {
        clearRef(s->it);
        return nullptr;
    }
    Object* item = iterNext(it);
    if (!item) {
        clearRef(s->it);
        return nullptr;
    }
    s->cnt++;
    int64_t old = s->next;
    s->next = static_cast<int64_t>(static_cast<uint64_t>(s->next) + static_cast<uint64_t>(s->step));
    if (s->next < old || (stop != -1 && s->next > stop)) s->next = stop;
    return item;
}
Object* isliceReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    IsliceObject* s = asIslice(self);
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    if (!zero) return nullptr;
    if (!s->it) {
        Ref<> empty = Ref<>::steal(listNew(0));
        if (!empty) return nullptr;
        Ref<> emptyIt = Ref<>::steal(getIter(empty.get()));
        if (!emptyIt) return nullptr;
        return reduce3(self, tuplePack({emptyIt.get(), zero.get()}), newRef(zero.get()));
    }
    Ref<> stop = s->stop == -1 ? Ref<>::borrow(none()) : Ref<>::steal(intFromInt64(s->stop));
    Ref<> next = Ref<>::steal(intFromInt64(s->next));
    Ref<> step = Ref<>::steal(intFromInt64(s->step));
    if (!stop || !next || !step) return nullptr;
    return reduce3(self, tuplePack({s->it, next.get(), stop.get(), step.get()}),
                   intFromInt64(s->cnt));
}
Object* isliceSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    if (!isInt(args[0])) return setError(&ExcTypeError, "an integer is required");
    int64_t cnt;
    if (!index64(args[0], &cnt)) return nullptr;
    asIslice(self)->cnt = cnt;
    return newNone();
}
const MethodDef kIsliceMethods[] = {
    {"__reduce__", isliceReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", isliceSetState, kMethNoKw, kSetStateDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// tee: _tee iterators share a linked list of _tee_dataobject blocks of kLinkCells values.
constexpr int kLinkCells = 57;

struct TeeDataObject {
    Object ob;
    Object* it;
    int numread;   // 0 <= numread <= kLinkCells
    bool running;
    Object* nextlink;
    Object* values[kLinkCells];
};
TeeDataObject* asTeeData(Object* o) { return reinterpret_cast<TeeDataObject*>(o); }

struct TeeObject {
    Object ob;
    Object* dataobj;
    int index;   // 0 <= index <= kLinkCells
    Object* weaklist;
};
TeeObject* asTee(Object* o) { return reinterpret_cast<TeeObject*>(o); }

Object* teeDataNewInternal(Object* it) {
    Object* o = allocObject(&ItTeeDataType);
    if (!o) return nullptr;
    asTeeData(o)->it = newRef(it);
    return o;
}
Object* teeDataJumpLink(TeeDataObject* d) {
    if (!d->nextlink) {
        d->nextlink = teeDataNewInternal(d->it);
        if (!d->nextlink) return nullptr;
    }
    return newRef(d->nextlink);
}
Object* teeDataGetItem(TeeDataObject* d, int i) {
    if (i < d->numread) return newRef(d->values[i]);
    if (d->running) return setError(&ExcRuntimeError, "cannot re-enter the tee iterator");
    d->running = true;
    Object* value = iterNext(d->it);
    d->running = false;
    if (!value) return nullptr;
    d->numread++;
    d->values[i] = value;
    return newRef(value);
}
void teeDataTraverse(Object* o, VisitFn visit, void* arg) {
    TeeDataObject* d = asTeeData(o);
    visitX(d->it, visit, arg);
    for (int i = 0; i < d->numread; i++) visitX(d->values[i], visit, arg);
    visitX(d->nextlink, visit, arg);
}
// Releases a chain of data objects iteratively (a long tee must not recurse per link).
void teeDataSafeDecref(Object* o) {
    while (o && o->type == &ItTeeDataType && o->refcnt == 1) {
        Object* next = asTeeData(o)->nextlink;
        asTeeData(o)->nextlink = nullptr;
        decref(o);
        o = next;
    }
    xdecref(o);
}
void teeDataClear(Object* o) {
    TeeDataObject* d = asTeeData(o);
    clearRef(d->it);
    for (int i = 0; i < d->numread; i++) clearRef(d->values[i]);
    d->numread = 0;
    Object* next = d->nextlink;
    d->nextlink = nullptr;
    teeDataSafeDecref(next);
}
void teeDataDealloc(Object* o) {
    teeDataClear(o);
    freeObject(o);
}
Object* teeDataReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    TeeDataObject* d = asTeeData(self);
    Ref<> values = Ref<>::steal(listFromArray(d->values, d->numread));
    if (!values) return nullptr;
    return reduce2(self, tuplePack({d->it, values.get(), d->nextlink ? d->nextlink : none()}));
}
Object* teeDataNew(Type*, Object* args, Object* kwargs) {
    if (!containerNoKwargsDict("_tee_dataobject", kwargs)) return nullptr;
    if (!checkPositional("_tee_dataobject", args, 3, 3)) return nullptr;
    Object* values = tupleItem(args, 1);
    Object* next = tupleItem(args, 2);
    if (!isList(values)) {
        return setError(&ExcTypeError, "_tee_dataobject() argument 2 must be list, not %s",
                        shortName(values->type));
    }
    Ref<> o = Ref<>::steal(teeDataNewInternal(tupleItem(args, 0)));
    if (!o) return nullptr;
    TeeDataObject* d = asTeeData(o.get());
    ssize len = listSize(values);
    if (len > kLinkCells) return setError(&ExcValueError, "Invalid arguments");
    for (ssize i = 0; i < len; i++) d->values[i] = newRef(listItem(values, i));
    d->numread = static_cast<int>(len);
    if (len == kLinkCells) {
        if (!isNone(next)) {
            if (next->type != &ItTeeDataType) return setError(&ExcValueError, "Invalid arguments");
            d->nextlink = newRef(next);
        }
    } else if (!isNone(next)) {
        return setError(&ExcValueError, "Invalid arguments");
    }
    return o.release();
}
const MethodDef kTeeDataMethods[] = {
    {"__reduce__", teeDataReduce, kMethNoKw, kReduceDoc},
    {nullptr, nullptr, 0, nullptr},
};

Object* teeNext(Object* o) {
    TeeObject* t = asTee(o);
    if (t->index >= kLinkCells) {
        Object* link = teeDataJumpLink(asTeeData(t->dataobj));
        if (!link) return nullptr;
        setRef(t->dataobj, link);
        t->index = 0;
    }
    Object* value = teeDataGetItem(asTeeData(t->dataobj), t->index);
    if (!value) return nullptr;
    t->index++;
    return value;
}
void teeTraverse(Object* o, VisitFn visit, void* arg) { visitX(asTee(o)->dataobj, visit, arg); }
void teeClear(Object* o) {
    if (asTee(o)->weaklist) clearWeakrefs(o);
    clearRef(asTee(o)->dataobj);
}
void teeDealloc(Object* o) {
    teeClear(o);
    freeObject(o);
}
Object* teeCopyOf(TeeObject* t) {
    Object* o = allocObject(&ItTeeType);
    if (!o) return nullptr;
    asTee(o)->dataobj = newRef(t->dataobj);
    asTee(o)->index = t->index;
    return o;
}
Object* teeCopy(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__copy__", nargs)) return nullptr;
    return teeCopyOf(asTee(self));
}
Object* teeFromIterable(Object* iterable) {
    Ref<> it = Ref<>::steal(getIter(iterable));
    if (!it) return nullptr;
    if (isInstanceOf(it.get(), &ItTeeType)) return teeCopyOf(asTee(it.get()));
    Ref<> data = Ref<>::steal(teeDataNewInternal(it.get()));
    if (!data) return nullptr;
    Object* o = allocObject(&ItTeeType);
    if (!o) return nullptr;
    asTee(o)->dataobj = data.release();
    asTee(o)->index = 0;
    return o;
}
Object* teeNew(Type*, Object* args, Object* kwargs) {
    if (!containerNoKwargsDict("_tee", kwargs)) return nullptr;
    if (!checkPositional("_tee", args, 1, 1)) return nullptr;
    return teeFromIterable(tupleItem(args, 0));
}
Object* teeReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    TeeObject* t = asTee(self);
    Ref<> idx = Ref<>::steal(intFromInt64(t->index));
    if (!idx) return nullptr;
    return reduce3(self, tuplePack({emptyTuple()}), tuplePack({t->dataobj, idx.get()}));
}
Object* teeSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    Object* state = args[0];
    if (!isTuple(state)) return setError(&ExcTypeError, "state is not a tuple");
    if (tupleSize(state) != 2) {
        return setError(&ExcTypeError, "function takes exactly 2 arguments (%zd given)",
                        tupleSize(state));
    }
    Object* data = tupleItem(state, 0);
    if (data->type != &ItTeeDataType) {
        return setError(&ExcTypeError, "argument 1 must be itertools._tee_dataobject, not %s",
                        shortName(data->type));
    }
    ssize index;
    if (!ssizeFromInt(tupleItem(state, 1), &index)) return nullptr;
    if (index < 0 || index > kLinkCells) return setError(&ExcValueError, "Index out of range");
    setRef(asTee(self)->dataobj, newRef(data));
    asTee(self)->index = static_cast<int>(index);
    return newNone();
}
const MethodDef kTeeMethods[] = {
    {"__copy__", teeCopy, kMethNoKw, "Returns an independent iterator."},
    {"__reduce__", teeReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", teeSetState, kMethNoKw, kSetStateDoc},
    {nullptr, nullptr, 0, nullptr},
};

// itertools.tee(iterable, n=2, /)
Object* teeFunc(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("tee", kwnames) || !checkArgCount("tee", nargs, 1, 2)) return nullptr;
    ssize n = 2;
    if (nargs > 1) {
        n = asSsize(args[1], &ExcOverflowError);
        if (n == -1 && errOccurred()) return nullptr;
    }
    if (n < 0) return setError(&ExcValueError, "n must be >= 0");
    Ref<> result = Ref<>::steal(tupleNew(n));
    if (!result || n == 0) return result.release();
    Ref<> it = Ref<>::steal(getIter(args[0]));
    if (!it) return nullptr;
    Ref<> copyFunc = Ref<>::steal(lookupAttr(it.get(), KRAIT_STR(__copy__)));
    if (!copyFunc && errOccurred()) return nullptr;
    Ref<> copyable;
    if (copyFunc) {
        copyable = it;
    } else {
        copyable = Ref<>::steal(teeFromIterable(it.get()));
        if (!copyable) return nullptr;
        copyFunc = Ref<>::steal(getAttr(copyable.get(), "__copy__"));
        if (!copyFunc) return nullptr;
    }
    tupleSetItemSteal(result.get(), 0, copyable.release());
    for (ssize i = 1; i < n; i++) {
        Object* c = callNoArgs(copyFunc.get());
        if (!c) return nullptr;
        tupleSetItemSteal(result.get(), i, c);
    }
    return result.release();
}

// ======================================================================================
// zip_longest
struct ZipLongestObject {
    Object ob;
    ssize tuplesize;
    ssize numactive;
    Object* ittuple;   // tuple of iterators; None marks an exhausted one
    Object* result;    // reused when nobody else holds it
    Object* fillvalue;
};
ZipLongestObject* asZl(Object* o) { return reinterpret_cast<ZipLongestObject*>(o); }

Object* zipLongestNew(Type* type, Object* args, Object* kwargs) {
    Object* fill = none();
    if (kwargs && dictSize(kwargs) > 0) {
        Object* f = dictSize(kwargs) == 1 ? dictGetItemStr(kwargs, "fillvalue") : nullptr;
        if (!f) {
            if (errOccurred()) return nullptr;
            return setError(&ExcTypeError, "zip_longest() got an unexpected keyword argument");
        }
        fill = f;
    }
    ssize n = tupleSize(args);
    Ref<> its = Ref<>::steal(tupleNew(n));
    if (!its) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* it = getIter(tupleItem(args, i));
        if (!it) return nullptr;
        tupleSetItemSteal(its.get(), i, it);
    }
    Ref<> result = Ref<>::steal(tupleNew(n));
    if (!result) return nullptr;
    for (ssize i = 0; i < n; i++) tupleSetItemSteal(result.get(), i, newNone());
    Object* o = allocObject(type);
    if (!o) return nullptr;
    ZipLongestObject* z = asZl(o);
    z->ittuple = its.release();
    z->tuplesize = n;
    z->numactive = n;
    z->result = result.release();
    z->fillvalue = newRef(fill);
    return o;
}
void zipLongestDealloc(Object* o) {
    ZipLongestObject* z = asZl(o);
    xdecref(z->ittuple);
    xdecref(z->result);
    xdecref(z->fillvalue);
    freeObject(o);
}
void zipLongestTraverse(Object* o, VisitFn visit, void* arg) {
    ZipLongestObject* z = asZl(o);
    visitX(z->ittuple, visit, arg);
    visitX(z->result, visit, arg);
    visitX(z->fillvalue, visit, arg);
}
// The next item of input i (fillvalue once it is exhausted); null at the end or on error.
Object* zipLongestItem(ZipLongestObject* z, ssize i) {
    Object* it = tupleItem(z->ittuple, i);
    if (isNone(it)) return newRef(z->fillvalue);
    Object* item = iterNext(it);
    if (item) return item;
    z->numactive--;
    if (z->numactive == 0 || errOccurred()) {
        z->numactive = 0;
        return nullptr;
    }
    tupleSetItemSteal(z->ittuple, i, newNone());
    decref(it);
    return newRef(z->fillvalue);
}
Object* zipLongestNext(Object* o) {
    ZipLongestObject* z = asZl(o);
    ssize n = z->tuplesize;
    if (n == 0 || z->numactive == 0) return nullptr;
    if (z->result->refcnt == 1) {
        Ref<> result = Ref<>::borrow(z->result);
        for (ssize i = 0; i < n; i++) {
            Object* item = zipLongestItem(z, i);
            if (!item) return nullptr;
            Object* old = tupleItem(result.get(), i);
            tupleSetItemSteal(result.get(), i, item);
            xdecref(old);
        }
        return result.release();
    }
    Ref<> result = Ref<>::steal(tupleNew(n));
    if (!result) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* item = zipLongestItem(z, i);
        if (!item) {
            for (ssize j = i; j < n; j++) tupleSetItemSteal(result.get(), j, newNone());
            return nullptr;
        }
        tupleSetItemSteal(result.get(), i, item);
    }
    return result.release();
}
Object* zipLongestReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    ZipLongestObject* z = asZl(self);
    ssize n = tupleSize(z->ittuple);
    Ref<> args = Ref<>::steal(tupleNew(n));
    if (!args) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* e = tupleItem(z->ittuple, i);
        tupleSetItemSteal(args.get(), i, newRef(isNone(e) ? emptyTuple() : e));
    }
    return tuplePack({typeOfObj(self), args.get(), z->fillvalue});
}
Object* zipLongestSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    setRef(asZl(self)->fillvalue, newRef(args[0]));
    return newNone();
}
const MethodDef kZipLongestMethods[] = {
    {"__reduce__", zipLongestReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", zipLongestSetState, kMethNoKw, kSetStateDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// product
struct ProductObject {
    Object ob;
    Object* pools;    // tuple of tuples
    ssize* indices;   // one per pool
    Object* result;   // last result or null before the first
    bool stopped;
};
ProductObject* asProduct(Object* o) { return reinterpret_cast<ProductObject*>(o); }

Object* productNew(Type* type, Object* args, Object* kwargs) {
    ssize repeat = 1;
    if (kwargs && dictSize(kwargs) > 0) {
        static const char* const kNames[] = {"repeat"};
        Object* a[1] = {};
        Ref<> noArgs = Ref<>::borrow(emptyTuple());
        if (!parseNew("product", noArgs.get(), kwargs, kNames, 1, 0, a)) return nullptr;
        if (a[0]) {
            repeat = asSsize(a[0], &ExcOverflowError);
            if (repeat == -1 && errOccurred()) return nullptr;
        }
        if (repeat < 0) return setError(&ExcValueError, "repeat argument cannot be negative");
    }
    ssize nargs = repeat == 0 ? 0 : tupleSize(args);
    if (repeat && nargs > static_cast<ssize>(PTRDIFF_MAX / sizeof(ssize)) / repeat) {
        return setError(&ExcOverflowError, "repeat argument too large");
    }
    ssize npools = nargs * repeat;
    Ref<> pools = Ref<>::steal(tupleNew(npools));
    if (!pools) return nullptr;
    for (ssize i = 0; i < npools; i++) tupleSetItemSteal(pools.get(), i, nullptr);
    for (ssize i = 0; i < nargs; i++) {
        Object* pool = sequenceTuple(tupleItem(args, i));
        if (!pool) {
            for (ssize j = i; j < npools; j++) tupleSetItemSteal(pools.get(), j, newNone());
            return nullptr;
        }
        tupleSetItemSteal(pools.get(), i, pool);
    }
    for (ssize i = nargs; i < npools; i++) {
        tupleSetItemSteal(pools.get(), i, newRef(tupleItem(pools.get(), i - nargs)));
    }
    ssize* indices = allocIndices(npools);
    if (!indices) return nullptr;
    Object* o = allocObject(type);
    if (!o) {
        std::free(indices);
        return nullptr;
    }
    ProductObject* p = asProduct(o);
    p->pools = pools.release();
    p->indices = indices;
    return o;
}
void productDealloc(Object* o) {
    ProductObject* p = asProduct(o);
    xdecref(p->pools);
    xdecref(p->result);
    std::free(p->indices);
    freeObject(o);
}
void productTraverse(Object* o, VisitFn visit, void* arg) {
    visitX(asProduct(o)->pools, visit, arg);
    visitX(asProduct(o)->result, visit, arg);
}
Object* productNext(Object* o) {
    ProductObject* p = asProduct(o);
    if (p->stopped) return nullptr;
    Object* pools = p->pools;
    ssize npools = tupleSize(pools);
    if (!p->result) {
        for (ssize i = 0; i < npools; i++) {
            if (tupleSize(tupleItem(pools, i)) == 0) {
                p->stopped = true;
                return nullptr;
            }
        }
        Object* r = tupleNew(npools);
        if (!r) return nullptr;
        for (ssize i = 0; i < npools; i++) {
            tupleSetItemSteal(r, i, newRef(tupleItem(tupleItem(pools, i), 0)));
        }
        p->result = r;
        return newRef(r);
    }
    Object* result = ownResult(p->result, npools);
    if (!result) return nullptr;
    ssize i = npools - 1;
    for (; i >= 0; i--) {
        Object* pool = tupleItem(pools, i);
        p->indices[i]++;
        if (p->indices[i] == tupleSize(pool)) {
            p->indices[i] = 0;
            tupleReplace(result, i, tupleItem(pool, 0));
        } else {
            tupleReplace(result, i, tupleItem(pool, p->indices[i]));
            break;
        }
    }
    if (i < 0) {
        p->stopped = true;
        return nullptr;
    }
    return newRef(result);
}
Object* productReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    ProductObject* p = asProduct(self);
    if (p->stopped) return reduce2(self, tuplePack({emptyTuple()}));
    if (!p->result) return tuplePack({typeOfObj(self), p->pools});
    Ref<> idx = Ref<>::steal(indicesTuple(p->indices, tupleSize(p->pools)));
    if (!idx) return nullptr;
    return tuplePack({typeOfObj(self), p->pools, idx.get()});
}
Object* productSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    ProductObject* p = asProduct(self);
    Object* state = args[0];
    ssize n = tupleSize(p->pools);
    if (!isTuple(state) || tupleSize(state) != n) {
        return setError(&ExcValueError, "invalid arguments");
    }
    for (ssize i = 0; i < n; i++) {
        ssize index;
        if (!ssizeFromInt(tupleItem(state, i), &index)) return nullptr;
        ssize poolsize = tupleSize(tupleItem(p->pools, i));
        if (poolsize == 0) {
            p->stopped = true;
            return newNone();
        }
        if (index < 0) index = 0;
        if (index > poolsize - 1) index = poolsize - 1;
        p->indices[i] = index;
    }
    Object* r = tupleNew(n);
    if (!r) return nullptr;
    for (ssize i = 0; i < n; i++) {
        tupleSetItemSteal(r, i, newRef(tupleItem(tupleItem(p->pools, i), p->indices[i])));
    }
    setRef(p->result, r);
    return newNone();
}
Object* productSizeof(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__sizeof__", nargs)) return nullptr;
    return intFromSsize(self->type->basicSize +
                        tupleSize(asProduct(self)->pools) * static_cast<ssize>(sizeof(ssize)));
}
const MethodDef kProductMethods[] = {
    {"__reduce__", productReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", productSetState, kMethNoKw, kSetStateDoc},
    {"__sizeof__", productSizeof, kMethNoKw, kSizeofDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// combinations, combinations_with_replacement, permutations
struct CombObject {
    Object ob;
    Object* pool;     // tuple
    ssize* indices;   // combinations: r; permutations: len(pool)
    ssize* cycles;    // permutations only: r
    Object* result;
    ssize r;
    bool stopped;
};
CombObject* asComb(Object* o) { return reinterpret_cast<CombObject*>(o); }

// Shared constructor: kind 0 combinations, 1 with replacement, 2 permutations.
Object* combNew(Type* type, Object* args, Object* kwargs, int kind) {
    static const char* const kNames[] = {"iterable", "r"};
    const char* fname = kind == 0   ? "combinations"
                        : kind == 1 ? "combinations_with_replacement"
                                    : "permutations";
    Object* a[2] = {};
    if (!parseNew(fname, args, kwargs, kNames, 2, kind == 2 ? 1 : 2, a)) return nullptr;
    ssize r = 0;
    if (kind != 2) {
        r = asSsize(a[1], &ExcOverflowError);
        if (r == -1 && errOccurred()) return nullptr;
    }
    Ref<> pool = Ref<>::steal(sequenceTuple(a[0]));
    if (!pool) return nullptr;
    ssize n = tupleSize(pool.get());
    if (kind == 2) {
        r = n;
        if (a[1] && !isNone(a[1])) {
            if (!isInt(a[1])) return setError(&ExcTypeError, "Expected int as r");
            r = asSsize(a[1], &ExcOverflowError);
            if (r == -1 && errOccurred()) return nullptr;
        }
    }
    if (r < 0) return setError(&ExcValueError, "r must be non-negative");
    ssize* indices = allocIndices(kind == 2 ? n : r);
    if (!indices) return nullptr;
    ssize* cycles = nullptr;
    if (kind == 2) {
        cycles = allocIndices(r);
        if (!cycles) {
            std::free(indices);
            return nullptr;
        }
        for (ssize i = 0; i < n; i++) indices[i] = i;
        for (ssize i = 0; i < r; i++) cycles[i] = n - i;
    } else if (kind == 0) {
        for (ssize i = 0; i < r; i++) indices[i] = i;
    }
    Object* o = allocObject(type);
    if (!o) {
        std::free(indices);
        std::free(cycles);
        return nullptr;
    }
    CombObject* c = asComb(o);
    c->pool = pool.release();
    c->indices = indices;
    c->cycles = cycles;
    c->r = r;
    c->stopped = kind == 1 ? (n == 0 && r > 0) : r > n;
    return o;
}
Object* combinationsNew(Type* t, Object* a, Object* k) { return combNew(t, a, k, 0); }
Object* cwrNew(Type* t, Object* a, Object* k) { return combNew(t, a, k, 1); }
Object* permutationsNew(Type* t, Object* a, Object* k) { return combNew(t, a, k, 2); }

void combDealloc(Object* o) {
    CombObject* c = asComb(o);
    xdecref(c->pool);
    xdecref(c->result);
    std::free(c->indices);
    std::free(c->cycles);
    freeObject(o);
}
void combTraverse(Object* o, VisitFn visit, void* arg) {
    visitX(asComb(o)->pool, visit, arg);
    visitX(asComb(o)->result, visit, arg);
}
// The first result: pool[indices[i]] for i < r.
Object* combFirst(CombObject* c) {
    Object* r = tupleNew(c->r);
    if (!r) return nullptr;
    for (ssize i = 0; i < c->r; i++) {
        tupleSetItemSteal(r, i, newRef(tupleItem(c->pool, c->indices[i])));
    }
    c->result = r;
    return newRef(r);
}
Object* combinationsNext(Object* o) {
    CombObject* c = asComb(o);
    if (c->stopped) return nullptr;
    if (!c->result) return combFirst(c);
    ssize n = tupleSize(c->pool), r = c->r;
    Object* result = ownResult(c->result, r);
    if (!result) return nullptr;
    ssize i = r - 1;
    while (i >= 0 && c->indices[i] == i + n - r) i--;
    if (i < 0) {
        c->stopped = true;
        return nullptr;
    }
    c->indices[i]++;
    for (ssize j = i + 1; j < r; j++) c->indices[j] = c->indices[j - 1] + 1;
    for (; i < r; i++) tupleReplace(result, i, tupleItem(c->pool, c->indices[i]));
    return newRef(result);
}
Object* cwrNext(Object* o) {
    CombObject* c = asComb(o);
    if (c->stopped) return nullptr;
    if (!c->result) return combFirst(c);
    ssize n = tupleSize(c->pool), r = c->r;
    Object* result = ownResult(c->result, r);
    if (!result) return nullptr;
    ssize i = r - 1;
    while (i >= 0 && c->indices[i] == n - 1) i--;
    if (i < 0) {
        c->stopped = true;
        return nullptr;
    }
    ssize index = c->indices[i] + 1;
    Object* elem = tupleItem(c->pool, index);
    for (; i < r; i++) {
        c->indices[i] = index;
        tupleReplace(result, i, elem);
    }
    return newRef(result);
}
Object* permutationsNext(Object* o) {
    CombObject* c = asComb(o);
    if (c->stopped) return nullptr;
    if (!c->result) return combFirst(c);
    ssize n = tupleSize(c->pool), r = c->r;
    if (n == 0) {
        c->stopped = true;
        return nullptr;
    }
    Object* result = ownResult(c->result, r);
    if (!result) return nullptr;
    ssize* idx = c->indices;
    ssize* cyc = c->cycles;
    ssize i = r - 1;
    for (; i >= 0; i--) {
        cyc[i]--;
        if (cyc[i] == 0) {
            ssize first = idx[i];
            for (ssize j = i; j < n - 1; j++) idx[j] = idx[j + 1];
            idx[n - 1] = first;
            cyc[i] = n - i;
        } else {
            ssize j = cyc[i];
            ssize tmp = idx[i];
            idx[i] = idx[n - j];
            idx[n - j] = tmp;
            for (ssize k = i; k < r; k++) tupleReplace(result, k, tupleItem(c->pool, idx[k]));
            break;
        }
    }
    if (i < 0) {
        c->stopped = true;
        return nullptr;
    }
    return newRef(result);
}
Object* combReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    CombObject* c = asComb(self);
    Ref<> r = Ref<>::steal(intFromSsize(c->r));
    if (!r) return nullptr;
    if (!c->result) return reduce2(self, tuplePack({c->pool, r.get()}));
    if (c->stopped) return reduce2(self, tuplePack({emptyTuple(), r.get()}));
    if (self->type->iterNext == permutationsNext ||
        isSubtype(self->type, &ItPermutationsType)) {
        Ref<> idx = Ref<>::steal(indicesTuple(c->indices, tupleSize(c->pool)));
        Ref<> cyc = Ref<>::steal(indicesTuple(c->cycles, c->r));
        if (!idx || !cyc) return nullptr;
        return reduce3(self, tuplePack({c->pool, r.get()}), tuplePack({idx.get(), cyc.get()}));
    }
    return reduce3(self, tuplePack({c->pool, r.get()}), indicesTuple(c->indices, c->r));
}
// Fills the result tuple from indices after a __setstate__.
Object* combSetResult(CombObject* c) {
    Object* r = tupleNew(c->r);
    if (!r) return nullptr;
    for (ssize i = 0; i < c->r; i++) {
        tupleSetItemSteal(r, i, newRef(tupleItem(c->pool, c->indices[i])));
    }
    setRef(c->result, r);
    return newNone();
}
Object* combinationsSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    CombObject* c = asComb(self);
    Object* state = args[0];
    if (!isTuple(state) || tupleSize(state) != c->r) {
        return setError(&ExcValueError, "invalid arguments");
    }
    ssize n = tupleSize(c->pool);
    for (ssize i = 0; i < c->r; i++) {
        ssize index;
        if (!ssizeFromInt(tupleItem(state, i), &index)) return nullptr;
        ssize max = i + n - c->r;
        if (index > max) index = max;
        if (index < 0) index = 0;
        c->indices[i] = index;
    }
    return combSetResult(c);
}
Object* cwrSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    CombObject* c = asComb(self);
    Object* state = args[0];
    if (!isTuple(state) || tupleSize(state) != c->r) {
        return setError(&ExcValueError, "invalid arguments");
    }
    ssize n = tupleSize(c->pool);
    for (ssize i = 0; i < c->r; i++) {
        ssize index;
        if (!ssizeFromInt(tupleItem(state, i), &index)) return nullptr;
        if (index < 0) index = 0;
        else if (index > n - 1) index = n - 1;
        c->indices[i] = index;
    }
    return combSetResult(c);
}
Object* permutationsSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    CombObject* c = asComb(self);
    Object* state = args[0];
    if (!isTuple(state)) return setError(&ExcTypeError, "state is not a tuple");
    if (tupleSize(state) != 2) {
        return setError(&ExcTypeError, "function takes exactly 2 arguments (%zd given)",
                        tupleSize(state));
    }
    Object* indices = tupleItem(state, 0);
    Object* cycles = tupleItem(state, 1);
    if (!isTuple(indices) || !isTuple(cycles)) {
        Object* bad = !isTuple(indices) ? indices : cycles;
        return setError(&ExcTypeError, "argument %d must be tuple, not %s",
                        !isTuple(indices) ? 1 : 2, shortName(bad->type));
    }
    ssize n = tupleSize(c->pool);
    if (tupleSize(indices) != n || tupleSize(cycles) != c->r) {
        return setError(&ExcValueError, "invalid arguments");
    }
    for (ssize i = 0; i < n; i++) {
        ssize index;
        if (!ssizeFromInt(tupleItem(indices, i), &index)) return nullptr;
        if (index < 0) index = 0;
        else if (index > n - 1) index = n - 1;
        c->indices[i] = index;
    }
    for (ssize i = 0; i < c->r; i++) {
        ssize index;
        if (!ssizeFromInt(tupleItem(cycles, i), &index)) return nullptr;
        if (index < 1) index = 1;
        else if (index > n - i) index = n - i;
        c->cycles[i] = index;
    }
    return combSetResult(c);
}
Object* combSizeof(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__sizeof__", nargs)) return nullptr;
    CombObject* c = asComb(self);
    ssize res = self->type->basicSize + c->r * static_cast<ssize>(sizeof(ssize));
    if (c->cycles) res += tupleSize(c->pool) * static_cast<ssize>(sizeof(ssize));
    return intFromSsize(res);
}
const MethodDef kCombinationsMethods[] = {
    {"__reduce__", combReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", combinationsSetState, kMethNoKw, kSetStateDoc},
    {"__sizeof__", combSizeof, kMethNoKw, kSizeofDoc},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kCwrMethods[] = {
    {"__reduce__", combReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", cwrSetState, kMethNoKw, kSetStateDoc},
    {"__sizeof__", combSizeof, kMethNoKw, kSizeofDoc},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kPermutationsMethods[] = {
    {"__reduce__", combReduce, kMethNoKw, kReduceDoc},
    {"__setstate__", permutationsSetState, kMethNoKw, kSetStateDoc},
    {"__sizeof__", combSizeof, kMethNoKw, kSizeofDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ======================================================================================
// pairwise
struct PairwiseObject {
    Object ob;
    Object* it;    // null when exhausted
    Object* old;   // the previous item or null
};
PairwiseObject* asPw(Object* o) { return reinterpret_cast<PairwiseObject*>(o); }

Object* pairwiseNew(Type* type, Object* args, Object* kwargs) {
    if (!noKwargs(type, &ItPairwiseType, "pairwise", kwargs)) return nullptr;
    if (!checkPositional("pairwise", args, 1, 1)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(tupleItem(args, 0)));
    if (!it) return nullptr;
    Object* o = allocObject(type);
    if (!o) return nullptr;
    asPw(o)->it = it.release();
    return o;
}
void pairwiseDealloc(Object* o) {
    xdecref(asPw(o)->it);
    xdecref(asPw(o)->old);
    freeObject(o);
}
void pairwiseTraverse(Object* o, VisitFn visit, void* arg) {
    visitX(asPw(o)->it, visit, arg);
    visitX(asPw(o)->old, visit, arg);
}
void pairwiseClear(Object* o) {
    clearRef(asPw(o)->it);
    clearRef(asPw(o)->old);
}
Object* pairwiseNext(Object* o) {
    PairwiseObject* p = asPw(o);
    if (!p->it) return nullptr;
    if (!p->old) {
        p->old = iterNext(p->it);
        if (!p->old) {
            clearRef(p->it);
            return nullptr;
        }
    }
    Object* nw = iterNext(p->it);
    if (!nw) {
        clearRef(p->it);
        clearRef(p->old);
        return nullptr;
    }
    Object* result = tuplePack({p->old, nw});
    setRef(p->old, nw);
    return result;
}

// ======================================================================================
// Type objects

#define KRAIT_IT_TYPE(var, tpname, Struct, flagsExtra, doc_, dealloc_, traverse_, clear_, new_fn, \
                      next_fn, methods_)                                                      \
    Type var = {                                                                              \
        .ob = {kImmortalRefcnt, &TypeType},                                                   \
        .name = tpname,                                                                       \
        .basicSize = sizeof(Struct),                                                          \
        .flags = kTypeHaveGC | (flagsExtra),                                                  \
        .doc = doc_,                                                                          \
        .methods = methods_,                                                                  \
        .dealloc = dealloc_,                                                                  \
        .traverse = traverse_,                                                                \
        .clear = clear_,                                                                      \
        .getAttr = genericGetAttr,                                                            \
        .new_ = new_fn,                                                                       \
        .iter = selfIterSlot,                                                                 \
        .iterNext = next_fn,                                                                  \
    };

}  // namespace

Type ItCountType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "itertools.count",
    .basicSize = sizeof(CountObject),
    .flags = kTypeHaveGC | kTypeBaseType,
    .doc = "Return a count object whose .__next__() method returns consecutive values.\n\n"
           "Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n"
           "        while 1:\n            yield x\n            x += step",
    .methods = kCountMethods,
    .dealloc = countDealloc,
    .traverse = countTraverse,
    .repr = countRepr,
    .getAttr = genericGetAttr,
    .new_ = countNew,
    .iter = selfIterSlot,
    .iterNext = countNext,
};

Type ItRepeatType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "itertools.repeat",
    .basicSize = sizeof(RepeatObject),
    .flags = kTypeHaveGC | kTypeBaseType,
    .doc = "repeat(object [,times]) -> create an iterator which returns the object\n"
           "for the specified number of times.  If not specified, returns the object\n"
           "endlessly.",
    .methods = kRepeatMethods,
    .dealloc = repeatDealloc,
    .traverse = repeatTraverse,
    .repr = repeatRepr,
    .getAttr = genericGetAttr,
    .new_ = repeatNew,
    .iter = selfIterSlot,
    .iterNext = repeatNext,
};

KRAIT_IT_TYPE(ItCycleType, "itertools.cycle", CycleObject, kTypeBaseType,
              "Return elements from the iterable until it is exhausted. Then repeat the "
              "sequence indefinitely.",
              cycleDealloc, cycleTraverse, nullptr, cycleNew, cycleNext, kCycleMethods)
KRAIT_IT_TYPE(ItAccumulateType, "itertools.accumulate", AccumulateObject, kTypeBaseType,
              "Return series of accumulated sums (or other binary function results).",
              accumulateDealloc, accumulateTraverse, nullptr, accumulateNew, accumulateNext,
              kAccumulateMethods)
KRAIT_IT_TYPE(ItChainType, "itertools.chain", ChainObject, kTypeBaseType,
              "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() "
              "method returns elements from the\nfirst iterable until it is exhausted, then "
              "elements from the next\niterable, until all of the iterables are exhausted.",
              chainDealloc, chainTraverse, chainClear, chainNew, chainNext, kChainMethods)
KRAIT_IT_TYPE(ItCompressType, "itertools.compress", PairObject, kTypeBaseType,
              "Return data elements corresponding to true selector elements.\n\nForms a "
              "shorter iterator from selected data elements using the selectors to\nchoose "
              "the data elements.",
              pairDealloc, pairTraverse, nullptr, compressNew, compressNext, kPairMethods)
KRAIT_IT_TYPE(ItDropwhileType, "itertools.dropwhile", PairObject, kTypeBaseType,
              "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, "
              "return every element until the iterable is exhausted.",
              pairDealloc, pairTraverse, nullptr, dropwhileNew, dropwhileNext,
              kPairStateMethods)
KRAIT_IT_TYPE(ItTakewhileType, "itertools.takewhile", PairObject, kTypeBaseType,
              "Return successive entries from an iterable as long as the predicate evaluates "
              "to true for each entry.",
              pairDealloc, pairTraverse, nullptr, takewhileNew, takewhileNext,
              kPairStateMethods)
KRAIT_IT_TYPE(ItFilterfalseType, "itertools.filterfalse", PairObject, kTypeBaseType,
              "Return those items of iterable for which function(item) is false.\n\nIf "
              "function is None, return the items that are false.",
              pairDealloc, pairTraverse, nullptr, filterfalseNew, filterfalseNext, kPairMethods)
KRAIT_IT_TYPE(ItStarmapType, "itertools.starmap", PairObject, kTypeBaseType,
              "Return an iterator whose values are returned from the function evaluated with "
              "an argument tuple taken from the given sequence.",
              pairDealloc, pairTraverse, nullptr, starmapNew, starmapNext, kPairMethods)
KRAIT_IT_TYPE(ItGroupbyType, "itertools.groupby", GroupbyObject, kTypeBaseType,
              "make an iterator that returns consecutive keys and groups from the iterable\n\n"
              "  iterable\n    Elements to divide into groups according to the key function.\n"
              "  key\n    A function for computing the group category for each element.\n"
              "    If the key function is not specified or is None, the element itself\n"
              "    is used for grouping.",
              groupbyDealloc, groupbyTraverse, nullptr, groupbyNew, groupbyNext,
              kGroupbyMethods)
KRAIT_IT_TYPE(ItGrouperType, "itertools._grouper", GrouperObject, 0, nullptr, grouperDealloc,
              grouperTraverse, nullptr, grouperNew, grouperNext, kGrouperMethods)
KRAIT_IT_TYPE(ItIsliceType, "itertools.islice", IsliceObject, kTypeBaseType,
              "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) "
              "--> islice object\n\nReturn an iterator whose next() method returns selected "
              "values from an\niterable.  If start is specified, will skip all preceding "
              "elements;\notherwise, start defaults to zero.  Step defaults to one.  If\n"
              "specified as another value, step determines how many values are\nskipped "
              "between successive calls.  Works like a slice() on a list\nbut returns an "
              "iterator.",
              isliceDealloc, isliceTraverse, isliceClear, isliceNew, isliceNext, kIsliceMethods)
KRAIT_IT_TYPE(ItZipLongestType, "itertools.zip_longest", ZipLongestObject, kTypeBaseType,
              "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
              "Return a zip_longest object whose .__next__() method returns a tuple where\n"
              "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
              "method continues until the longest iterable in the argument sequence\nis "
              "exhausted and then it raises StopIteration.  When the shorter iterables\nare "
              "exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
              "defaults to None or can be specified by a keyword argument.\n",
              zipLongestDealloc, zipLongestTraverse, nullptr, zipLongestNew, zipLongestNext,
              kZipLongestMethods)
KRAIT_IT_TYPE(ItProductType, "itertools.product", ProductObject, kTypeBaseType,
              "product(*iterables, repeat=1) --> product object\n\nCartesian product of input "
              "iterables.  Equivalent to nested for-loops.",
              productDealloc, productTraverse, nullptr, productNew, productNext,
              kProductMethods)
KRAIT_IT_TYPE(ItCombinationsType, "itertools.combinations", CombObject, kTypeBaseType,
              "Return successive r-length combinations of elements in the iterable.\n\n"
              "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
              combDealloc, combTraverse, nullptr, combinationsNew, combinationsNext,
              kCombinationsMethods)
KRAIT_IT_TYPE(ItCwrType, "itertools.combinations_with_replacement", CombObject, kTypeBaseType,
              "Return successive r-length combinations of elements in the iterable allowing "
              "individual elements to have successive repeats.\n\n"
              "combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC\"",
              combDealloc, combTraverse, nullptr, cwrNew, cwrNext, kCwrMethods)
KRAIT_IT_TYPE(ItPermutationsType, "itertools.permutations", CombObject, kTypeBaseType,
              "Return successive r-length permutations of elements in the iterable.\n\n"
              "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
              combDealloc, combTraverse, nullptr, permutationsNew, permutationsNext,
              kPermutationsMethods)
KRAIT_IT_TYPE(ItPairwiseType, "itertools.pairwise", PairwiseObject, kTypeBaseType,
              "Return an iterator of overlapping pairs taken from the input iterator.\n\n"
              "    s -> (s0,s1), (s1,s2), (s2, s3), ...",
              pairwiseDealloc, pairwiseTraverse, pairwiseClear, pairwiseNew, pairwiseNext,
              nullptr)

Type ItTeeDataType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "itertools._tee_dataobject",
    .basicSize = sizeof(TeeDataObject),
    .flags = kTypeHaveGC,
    .doc = "teedataobject(iterable, values, next, /)\n--\n\n"
           "Data container common to multiple tee objects.",
    .methods = kTeeDataMethods,
    .dealloc = teeDataDealloc,
    .traverse = teeDataTraverse,
    .clear = teeDataClear,
    .getAttr = genericGetAttr,
    .new_ = teeDataNew,
};

Type ItTeeType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "itertools._tee",
    .basicSize = sizeof(TeeObject),
    .flags = kTypeHaveGC,
    .doc = "Iterator wrapped to make it copyable.",
    .weaklistOffset = offsetof(TeeObject, weaklist),
    .methods = kTeeMethods,
    .dealloc = teeDealloc,
    .traverse = teeTraverse,
    .clear = teeClear,
    .getAttr = genericGetAttr,
    .new_ = teeNew,
    .iter = selfIterSlot,
    .iterNext = teeNext,
};

#undef KRAIT_IT_TYPE

namespace {

const MethodDef kItertoolsFunctions[] = {
    {"tee", teeFunc, 0, "Returns a tuple of n independent iterators."},
    {nullptr, nullptr, 0, nullptr},
};

const char kItertoolsDoc[] =
    "Functional tools for creating and using iterators.\n\nInfinite iterators:\n"
    "count(start=0, step=1) --> start, start+step, start+2*step, ...\n"
    "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
    "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\n"
    "Iterators terminating on the shortest input sequence:\n"
    "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
    "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
    "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
    "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
    "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n"
    "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n"
    "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n"
    "islice(seq, [start,] stop [, step]) --> elements from\n"
    "       seq[start:stop:step]\n"
    "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
    "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
    "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n"
    "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n"
    "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\n"
    "Combinatoric generators:\n"
    "product(p, q, ... [repeat=1]) --> cartesian product\n"
    "permutations(p[, r])\n"
    "combinations(p, r)\n"
    "combinations_with_replacement(p, r)\n";

}  // namespace

Object* createItertoolsModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("itertools"));
    if (!m || !moduleAddFunctions(m.get(), kItertoolsFunctions)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", kItertoolsDoc)) return nullptr;
    Type* types[] = {&ItAccumulateType, &ItCombinationsType, &ItCwrType,       &ItCycleType,
                     &ItDropwhileType,  &ItTakewhileType,    &ItIsliceType,    &ItStarmapType,
                     &ItChainType,      &ItCompressType,     &ItFilterfalseType, &ItCountType,
                     &ItZipLongestType, &ItPairwiseType,     &ItPermutationsType,
                     &ItProductType,    &ItRepeatType,       &ItGroupbyType,   &ItGrouperType,
                     &ItTeeType,        &ItTeeDataType};
    for (Type* t : types) {
        if (!typeReady(t)) return nullptr;
        if (!moduleAddObject(m.get(), shortName(t), newRef(asObject(t)))) return nullptr;
    }
    return m.release();
}

}  // namespace krait
