// The iterator types behind the builtins enumerate, zip, map, filter and reversed. Their new_
// slots implement the builtin calls (the builtins module just exposes the types).
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

// parseArgs for new_ slots that receive (args tuple, kwargs dict).
bool parseTupleDict(const char* fname, Object* args, Object* kwargs, const char* const* names,
                    int nNames, int required, Object** out) {
    ssize nargs = tupleSize(args);
    ssize nk = kwargs ? dictSize(kwargs) : 0;
    std::vector<Object*> flat(static_cast<size_t>(nargs + nk));
    for (ssize i = 0; i < nargs; i++) flat[static_cast<size_t>(i)] = tupleItem(args, i);
    Ref<> kwnames;
    if (nk) {
        kwnames = Ref<>::steal(tupleNew(nk));
        if (!kwnames) return false;
        ssize pos = 0, j = 0;
        Object *k, *v;
        while (dictNext(kwargs, &pos, &k, &v)) {
            tupleSetItemSteal(kwnames.get(), j, newRef(k));
            flat[static_cast<size_t>(nargs + j)] = v;
            j++;
        }
    }
    return parseArgs(fname, flat.data(), static_cast<size_t>(nargs), kwnames.get(), names,
                     nNames, required, out);
}

// ---- enumerate ----

struct EnumerateObject {
    Object ob;
    Object* it;
    int64_t index;     // used while bigIndex is null
    Object* bigIndex;  // int object once the count leaves the int64 fast path
};

Object* enumerateNew(Type* type, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"iterable", "start"};
    Object* vals[2];
    if (tupleSize(args) == 0 && (!kwargs || dictSize(kwargs) == 0))
        return setError(&ExcTypeError, "enumerate() missing required argument 'iterable'");
    if (!parseTupleDict("enumerate", args, kwargs, kNames, 2, 1, vals)) return nullptr;
    Ref<> start;
    if (vals[1]) {
        start = Ref<>::steal(numberIndex(vals[1]));
        if (!start) return nullptr;
    }
    Ref<> it = Ref<>::steal(getIter(vals[0]));
    if (!it) return nullptr;
    Object* o = allocObject(type);
    if (!o) return nullptr;
    auto* e = reinterpret_cast<EnumerateObject*>(o);
    e->it = it.release();
    e->index = 0;
    e->bigIndex = nullptr;
    if (start) {
        if (intIsSmall(start.get()) && asInt(start.get())->value < INT64_MAX)
            e->index = asInt(start.get())->value;
        else
            e->bigIndex = start.release();
    }
    return o;
}

Object* enumerateNext(Object* o) {
    auto* e = reinterpret_cast<EnumerateObject*>(o);
    Object* item = iterNext(e->it);
    if (!item) return nullptr;
    Object* idx;
    if (!e->bigIndex) {
        idx = intFromInt64(e->index);
        if (e->index == INT64_MAX - 1) {
            e->bigIndex = intFromInt64(INT64_MAX);
        } else {
            e->index++;
        }
    } else {
        idx = newRef(e->bigIndex);
        Ref<> one = Ref<>::steal(intFromInt64(1));
        Object* nx = binaryOp(e->bigIndex, one.get(), BinOp::Add);
        if (!nx) {
            decref(idx);
            decref(item);
            return nullptr;
        }
        setRef(e->bigIndex, nx);
    }
    if (!idx) {
        decref(item);
        return nullptr;
    }
    Object* t = tupleNew(2);
    if (!t) {
        decref(idx);
        decref(item);
        return nullptr;
    }
    tupleSetItemSteal(t, 0, idx);
    tupleSetItemSteal(t, 1, item);
    return t;
}

void enumerateDealloc(Object* o) {
    auto* e = reinterpret_cast<EnumerateObject*>(o);
    xdecref(e->it);
    xdecref(e->bigIndex);
    freeObject(o);
}

void enumerateTraverse(Object* o, VisitFn visit, void* arg) {
    auto* e = reinterpret_cast<EnumerateObject*>(o);
    if (e->it) visit(e->it, arg);
    if (e->bigIndex) visit(e->bigIndex, arg);
}

void enumerateClear(Object* o) {
    auto* e = reinterpret_cast<EnumerateObject*>(o);
    clearRef(e->it);
    clearRef(e->bigIndex);
}

Object* enumerateReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("enumerate.__reduce__", nargs)) return nullptr;
    auto* e = reinterpret_cast<EnumerateObject*>(self);
    Ref<> idx = Ref<>::steal(e->bigIndex ? newRef(e->bigIndex) : intFromInt64(e->index));
    if (!idx) return nullptr;
    Ref<> args = Ref<>::steal(tuplePack({e->it, idx.get()}));
    return args ? tuplePack({asObject(self->type), args.get()}) : nullptr;
}

const MethodDef kEnumerateMethods[] = {
    {"__reduce__", enumerateReduce, kMethNoKw, "Return state information for pickling."},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass,
     "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- zip ----

struct ZipObject {
    Object ob;
    Object* iters;   // tuple of iterators
    bool strict;
};

Object* zipNew(Type* type, Object* args, Object* kwargs) {
    bool strict = false;
    if (kwargs && dictSize(kwargs) > 0) {
        ssize pos = 0;
        Object *k, *v;
        while (dictNext(kwargs, &pos, &k, &v)) {
            if (!isStr(k) || !strEqualsAscii(k, "strict"))
                return setError(&ExcTypeError, "'%U' is an invalid keyword argument for zip()", k);
            int t = isTrue(v);
            if (t < 0) return nullptr;
            strict = t;
        }
    }
    ssize n = tupleSize(args);
    Ref<> iters = Ref<>::steal(tupleNew(n));
    if (!iters) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* it = getIter(tupleItem(args, i));
        if (!it) return nullptr;
        tupleSetItemSteal(iters.get(), i, it);
    }
    Object* o = allocObject(type);
    if (!o) return nullptr;
    auto* z = reinterpret_cast<ZipObject*>(o);
    z->iters = iters.release();
    z->strict = strict;
    return o;
}

Object* zipNext(Object* o) {
    auto* z = reinterpret_cast<ZipObject*>(o);
    ssize n = tupleSize(z->iters);
    if (n == 0) return nullptr;
    Ref<> result = Ref<>::steal(tupleNew(n));
    if (!result) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* item = iterNext(tupleItem(z->iters, i));
        if (!item) {
            if (errOccurred()) return nullptr;
            if (!z->strict) return nullptr;
            if (i > 0) {
                return setError(&ExcValueError, "zip() argument %zd is shorter than argument%s%zd",
                                i + 1, i == 1 ? " " : "s 1-", i);
            }
            for (ssize j = 1; j < n; j++) {
                Object* extra = iterNext(tupleItem(z->iters, j));
                if (extra) {
                    decref(extra);
                    return setError(&ExcValueError,
                                    "zip() argument %zd is longer than argument%s%zd", j + 1,
                                    j == 1 ? " " : "s 1-", j);
                }
                if (errOccurred()) return nullptr;
            }
            return nullptr;
        }
        tupleSetItemSteal(result.get(), i, item);
    }
    return result.release();
}

Object* zipReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("zip.__reduce__", nargs)) return nullptr;
    auto* z = reinterpret_cast<ZipObject*>(self);
    if (z->strict) return tuplePack({asObject(self->type), z->iters, trueObj()});
    return tuplePack({asObject(self->type), z->iters});
}

Object* zipSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("zip.__setstate__", nargs)) return nullptr;
    int t = isTrue(args[0]);
    if (t < 0) return nullptr;
    reinterpret_cast<ZipObject*>(self)->strict = t;
    return newNone();
}

const MethodDef kZipMethods[] = {
    {"__reduce__", zipReduce, kMethNoKw, "Return state information for pickling."},
    {"__setstate__", zipSetState, kMethNoKw, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

void zipDealloc(Object* o) {
    xdecref(reinterpret_cast<ZipObject*>(o)->iters);
    freeObject(o);
}

void zipTraverse(Object* o, VisitFn visit, void* arg) {
    auto* z = reinterpret_cast<ZipObject*>(o);
    if (z->iters) visit(z->iters, arg);
}

void zipClear(Object* o) { clearRef(reinterpret_cast<ZipObject*>(o)->iters); }

// ---- map ----

struct MapObject {
    Object ob;
    Object* func;
    Object* iters;   // tuple
};

Object* mapNew(Type* type, Object* args, Object* kwargs) {
    if ((type == &MapType || type->init == MapType.init) &&
        !containerNoKwargsDict("map", kwargs)) {
        return nullptr;
    }
    ssize n = tupleSize(args);
    if (n < 2) return setError(&ExcTypeError, "map() must have at least two arguments.");
    Ref<> iters = Ref<>::steal(tupleNew(n - 1));
    if (!iters) return nullptr;
    for (ssize i = 1; i < n; i++) {
        Object* it = getIter(tupleItem(args, i));
        if (!it) return nullptr;
        tupleSetItemSteal(iters.get(), i - 1, it);
    }
    Object* o = allocObject(type);
    if (!o) return nullptr;
    auto* m = reinterpret_cast<MapObject*>(o);
    m->func = newRef(tupleItem(args, 0));
    m->iters = iters.release();
    return o;
}

Object* mapNext(Object* o) {
    auto* m = reinterpret_cast<MapObject*>(o);
    ssize n = tupleSize(m->iters);
    Object* small[8] = {};
    std::vector<Object*> large;
    Object** items = small;
    if (n > 8) {
        large.resize(static_cast<size_t>(n));
        items = large.data();
    }
    for (ssize i = 0; i < n; i++) {
        items[i] = iterNext(tupleItem(m->iters, i));
        if (!items[i]) {
            for (ssize j = 0; j < i; j++) decref(items[j]);
            return nullptr;
        }
    }
    Object* r = call(m->func, items, static_cast<size_t>(n));
    for (ssize j = 0; j < n; j++) decref(items[j]);
    return r;
}

Object* mapReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("map.__reduce__", nargs)) return nullptr;
    auto* m = reinterpret_cast<MapObject*>(self);
    ssize n = tupleSize(m->iters);
    Ref<> args = Ref<>::steal(tupleNew(n + 1));
    if (!args) return nullptr;
    tupleSetItemSteal(args.get(), 0, newRef(m->func));
    for (ssize i = 0; i < n; i++) tupleSetItemSteal(args.get(), i + 1, newRef(tupleItem(m->iters, i)));
    return tuplePack({asObject(self->type), args.get()});
}

const MethodDef kMapMethods[] = {
    {"__reduce__", mapReduce, kMethNoKw, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

void mapDealloc(Object* o) {
    auto* m = reinterpret_cast<MapObject*>(o);
    xdecref(m->func);
    xdecref(m->iters);
    freeObject(o);
}

void mapTraverse(Object* o, VisitFn visit, void* arg) {
    auto* m = reinterpret_cast<MapObject*>(o);
    if (m->func) visit(m->func, arg);
    if (m->iters) visit(m->iters, arg);
}

void mapClear(Object* o) {
    auto* m = reinterpret_cast<MapObject*>(o);
    clearRef(m->func);
    clearRef(m->iters);
}

// ---- filter ----

struct FilterObject {
    Object ob;
    Object* func;   // None: truth test
    Object* it;
};

Object* filterNew(Type* type, Object* args, Object* kwargs) {
    if ((type == &FilterType || type->init == FilterType.init) &&
        !containerNoKwargsDict("filter", kwargs)) {
        return nullptr;
    }
    ssize n = tupleSize(args);
    if (!checkArgCount("filter", static_cast<size_t>(n), 2, 2)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(tupleItem(args, 1)));
    if (!it) return nullptr;
    Object* o = allocObject(type);
    if (!o) return nullptr;
    auto* f = reinterpret_cast<FilterObject*>(o);
    f->func = newRef(tupleItem(args, 0));
    f->it = it.release();
    return o;
}

Object* filterNext(Object* o) {
    auto* f = reinterpret_cast<FilterObject*>(o);
    bool truth = isNone(f->func) || f->func == asObject(&BoolType);
    for (;;) {
        Object* item = iterNext(f->it);
        if (!item) return nullptr;
        int ok;
        if (truth) {
            ok = isTrue(item);
        } else {
            Object* r = callOneArg(f->func, item);
            if (!r) {
                decref(item);
                return nullptr;
            }
            ok = isTrue(r);
            decref(r);
        }
        if (ok > 0) return item;
        decref(item);
        if (ok < 0) return nullptr;
    }
}

Object* filterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("filter.__reduce__", nargs)) return nullptr;
    auto* f = reinterpret_cast<FilterObject*>(self);
    Ref<> args = Ref<>::steal(tuplePack({f->func, f->it}));
    return args ? tuplePack({asObject(self->type), args.get()}) : nullptr;
}

const MethodDef kFilterMethods[] = {
    {"__reduce__", filterReduce, kMethNoKw, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

void filterDealloc(Object* o) {
    auto* f = reinterpret_cast<FilterObject*>(o);
    xdecref(f->func);
    xdecref(f->it);
    freeObject(o);
}

void filterTraverse(Object* o, VisitFn visit, void* arg) {
    auto* f = reinterpret_cast<FilterObject*>(o);
    if (f->func) visit(f->func, arg);
    if (f->it) visit(f->it, arg);
}

void filterClear(Object* o) {
    auto* f = reinterpret_cast<FilterObject*>(o);
    clearRef(f->func);
    clearRef(f->it);
}

// ---- reversed ----

struct ReversedObject {
    Object ob;
    ssize index;
    Object* seq;   // null when exhausted
};

Object* reversedNew(Type* type, Object* args, Object* kwargs) {
    if ((type == &ReversedType || type->init == ReversedType.init) &&
        !containerNoKwargsDict("reversed", kwargs)) {
        return nullptr;
    }
    ssize n = tupleSize(args);
    if (!checkArgCount("reversed", static_cast<size_t>(n), 1, 1)) return nullptr;
    Object* seq = tupleItem(args, 0);
    Object* meth = typeLookup(seq->type, KRAIT_STR(__reversed__));
    if (meth && isNone(meth))
        return setError(&ExcTypeError, "'%s' object is not reversible", typeName(seq->type));
    if (meth) {
        bool missing = false;
        Object* r = callSpecial(seq, KRAIT_STR(__reversed__), nullptr, 0, &missing);
        if (r || !missing) return r;
    }
    if (!seq->type->getItem || isDict(seq))
        return setError(&ExcTypeError, "'%s' object is not reversible", typeName(seq->type));
    ssize len = length(seq);
    if (len < 0) return nullptr;
    Object* o = allocObject(type);
    if (!o) return nullptr;
    auto* ro = reinterpret_cast<ReversedObject*>(o);
    ro->index = len - 1;
    ro->seq = newRef(seq);
    return o;
}

Object* reversedNext(Object* o) {
    auto* ro = reinterpret_cast<ReversedObject*>(o);
    if (!ro->seq) return nullptr;
    if (ro->index >= 0) {
        Ref<> idx = Ref<>::steal(intFromSsize(ro->index));
        if (!idx) return nullptr;
        Object* item = getItem(ro->seq, idx.get());
        if (item) {
            ro->index--;
            return item;
        }
        if (!errMatches(&ExcIndexError) && !errMatches(&ExcStopIteration)) return nullptr;
        clearError();
    }
    ro->index = -1;
    clearRef(ro->seq);
    return nullptr;
}

Object* reversedLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("reversed.__length_hint__", nargs)) return nullptr;
    auto* ro = reinterpret_cast<ReversedObject*>(self);
    if (!ro->seq) return intFromInt64(0);
    ssize len = length(ro->seq);
    if (len < 0) return nullptr;
    ssize pos = ro->index + 1;
    return intFromSsize(len < pos ? 0 : pos);
}

void reversedDealloc(Object* o) {
    xdecref(reinterpret_cast<ReversedObject*>(o)->seq);
    freeObject(o);
}

void reversedTraverse(Object* o, VisitFn visit, void* arg) {
    auto* ro = reinterpret_cast<ReversedObject*>(o);
    if (ro->seq) visit(ro->seq, arg);
}

void reversedClear(Object* o) { clearRef(reinterpret_cast<ReversedObject*>(o)->seq); }

Object* reversedReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("reversed.__reduce__", nargs)) return nullptr;
    auto* ro = reinterpret_cast<ReversedObject*>(self);
    if (ro->seq) {
        Ref<> idx = Ref<>::steal(intFromSsize(ro->index));
        Ref<> args = Ref<>::steal(tuplePack({ro->seq}));
        if (!idx || !args) return nullptr;
        return tuplePack({asObject(self->type), args.get(), idx.get()});
    }
    Ref<> args = Ref<>::steal(tuplePack({emptyTuple()}));
    return args ? tuplePack({asObject(self->type), args.get()}) : nullptr;
}

Object* reversedSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("reversed.__setstate__", nargs)) return nullptr;
    auto* ro = reinterpret_cast<ReversedObject*>(self);
    ssize i;
    if (!setStateIndex(args[0], &i)) return nullptr;
    if (ro->seq) {
        ssize n = length(ro->seq);
        if (n < 0) return nullptr;
        if (i < -1) i = -1;
        else if (i > n - 1) i = n - 1;
        ro->index = i;
    }
    return newNone();
}

const MethodDef kReversedMethods[] = {
    {"__reduce__", reversedReduce, kMethNoKw, "Return state information for pickling."},
    {"__setstate__", reversedSetState, kMethNoKw, "Set state information for unpickling."},
    {"__length_hint__", reversedLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type EnumerateType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "enumerate",
    .basicSize = sizeof(EnumerateObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe "
           "enumerate object yields pairs containing a count (from start, which\ndefaults to "
           "zero) and a value yielded by the iterable argument.\n\nenumerate is useful for "
           "obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .methods = kEnumerateMethods,
    .dealloc = enumerateDealloc,
    .traverse = enumerateTraverse,
    .clear = enumerateClear,
    .new_ = enumerateNew,
    .iter = selfIterSlot,
    .iterNext = enumerateNext,
};

Type ZipType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "zip",
    .basicSize = sizeof(ZipObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> "
           "list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]"
           "\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed "
           "as positional arguments to zip().  The i-th element in every tuple\ncomes from the "
           "i-th iterable argument to zip().  This continues until the\nshortest argument is "
           "exhausted.\n\nIf strict is true and one of the arguments is exhausted before the "
           "others,\nraise a ValueError.",
    .methods = kZipMethods,
    .dealloc = zipDealloc,
    .traverse = zipTraverse,
    .clear = zipClear,
    .new_ = zipNew,
    .iter = selfIterSlot,
    .iterNext = zipNext,
};

Type MapType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "map",
    .basicSize = sizeof(MapObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "map(func, *iterables) --> map object\n\nMake an iterator that computes the function "
           "using arguments from\neach of the iterables.  Stops when the shortest iterable is "
           "exhausted.",
    .methods = kMapMethods,
    .dealloc = mapDealloc,
    .traverse = mapTraverse,
    .clear = mapClear,
    .new_ = mapNew,
    .iter = selfIterSlot,
    .iterNext = mapNext,
};

Type FilterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "filter",
    .basicSize = sizeof(FilterObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding "
           "those items of iterable for which function(item)\nis true. If function is None, "
           "return the items that are true.",
    .methods = kFilterMethods,
    .dealloc = filterDealloc,
    .traverse = filterTraverse,
    .clear = filterClear,
    .new_ = filterNew,
    .iter = selfIterSlot,
    .iterNext = filterNext,
};

Type ReversedType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "reversed",
    .basicSize = sizeof(ReversedObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .methods = kReversedMethods,
    .dealloc = reversedDealloc,
    .traverse = reversedTraverse,
    .clear = reversedClear,
    .new_ = reversedNew,
    .iter = selfIterSlot,
    .iterNext = reversedNext,
};

}  // namespace krait
