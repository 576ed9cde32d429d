// 'iterator' (sequence protocol iteration) and 'callable_iterator'.
#include "objects/iterobject.h"

#include "core/abstract.h"
#include "core/errors.h"
#include "objects/int.h"
#include "objects/seq_util.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

struct SeqIterObject {
    Object ob;
    ssize index;
    Object* seq;   // null when exhausted
};

Object* seqIterNext(Object* o) {
    auto* it = reinterpret_cast<SeqIterObject*>(o);
    if (!it->seq) return nullptr;
    Ref<> idx = Ref<>::steal(intFromSsize(it->index));
    if (!idx) return nullptr;
    Object* r = getItem(it->seq, idx.get());
    if (r) {
        it->index++;
        return r;
    }
    if (errMatches(&ExcIndexError) || errMatches(&ExcStopIteration)) {
        clearError();
        clearRef(it->seq);
    }
    return nullptr;
}

void seqIterDealloc(Object* o) {
    xdecref(reinterpret_cast<SeqIterObject*>(o)->seq);
    freeObject(o);
}

void seqIterTraverse(Object* o, VisitFn visit, void* arg) {
    auto* it = reinterpret_cast<SeqIterObject*>(o);
    if (it->seq) visit(it->seq, arg);
}

Object* seqIterLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("iterator.__length_hint__", nargs)) return nullptr;
    auto* it = reinterpret_cast<SeqIterObject*>(self);
    if (!it->seq) return intFromInt64(0);
    if (!it->seq->type->length) return newNotImplemented();
    ssize n = length(it->seq);
    if (n < 0) return nullptr;
    n -= it->index;
    return intFromSsize(n < 0 ? 0 : n);
}

Object* seqIterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("iterator.__reduce__", nargs)) return nullptr;
    auto* it = reinterpret_cast<SeqIterObject*>(self);
    Object* iter = builtinFunc("iter");
    if (!iter) return nullptr;
    if (it->seq) {
        Ref<> idx = Ref<>::steal(intFromSsize(it->index));
        Ref<> args = Ref<>::steal(tuplePack({it->seq}));
        if (!idx || !args) return nullptr;
        return tuplePack({iter, args.get(), idx.get()});
    }
    Ref<> args = Ref<>::steal(tuplePack({emptyTuple()}));
    return args ? tuplePack({iter, args.get()}) : nullptr;
}

Object* seqIterSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("iterator.__setstate__", nargs)) return nullptr;
    auto* it = reinterpret_cast<SeqIterObject*>(self);
    ssize i;
    if (!setStateIndex(args[0], &i)) return nullptr;
    if (it->seq) it->index = i < 0 ? 0 : i;
    return newNone();
}

const MethodDef kSeqIterMethods[] = {
    {"__length_hint__", seqIterLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", seqIterReduce, kMethNoKw, "Return state information for pickling."},
    {"__setstate__", seqIterSetState, kMethNoKw, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

struct CallIterObject {
    Object ob;
    Object* func;       // null when exhausted
    Object* sentinel;
};

Object* callIterNext(Object* o) {
    auto* it = reinterpret_cast<CallIterObject*>(o);
    if (!it->func) return nullptr;
    Object* r = callNoArgs(it->func);
    if (!r) {
        if (errMatches(&ExcStopIteration)) {
            clearError();
            clearRef(it->func);
            clearRef(it->sentinel);
        }
        return nullptr;
    }
    int eq = richCompareBool(it->sentinel, r, CompareOp::Eq);
    if (eq == 0) return r;
    decref(r);
    if (eq > 0) {
        clearRef(it->func);
        clearRef(it->sentinel);
    }
    return nullptr;
}

Object* callIterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("callable_iterator.__reduce__", nargs)) return nullptr;
    auto* it = reinterpret_cast<CallIterObject*>(self);
    Object* iter = builtinFunc("iter");
    if (!iter) return nullptr;
    Ref<> args = Ref<>::steal(it->func && it->sentinel ? tuplePack({it->func, it->sentinel})
                                                        : tuplePack({emptyTuple()}));
    return args ? tuplePack({iter, args.get()}) : nullptr;
}

const MethodDef kCallIterMethods[] = {
    {"__reduce__", callIterReduce, kMethNoKw, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

void callIterDealloc(Object* o) {
    auto* it = reinterpret_cast<CallIterObject*>(o);
    xdecref(it->func);
    xdecref(it->sentinel);
    freeObject(o);
}

void callIterTraverse(Object* o, VisitFn visit, void* arg) {
    auto* it = reinterpret_cast<CallIterObject*>(o);
    if (it->func) visit(it->func, arg);
    if (it->sentinel) visit(it->sentinel, arg);
}

}  // namespace

Object* seqIterNew(Object* seq) {
    Object* o = allocObject(&SeqIterType);
    if (!o) return nullptr;
    auto* it = reinterpret_cast<SeqIterObject*>(o);
    it->index = 0;
    it->seq = newRef(seq);
    return o;
}

Object* callIterNew(Object* callable, Object* sentinel) {
    Object* o = allocObject(&CallIterType);
    if (!o) return nullptr;
    auto* it = reinterpret_cast<CallIterObject*>(o);
    it->func = newRef(callable);
    it->sentinel = newRef(sentinel);
    return o;
}

Type SeqIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "iterator",
    .basicSize = sizeof(SeqIterObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kSeqIterMethods,
    .dealloc = seqIterDealloc,
    .traverse = seqIterTraverse,
    .iter = selfIterSlot,
    .iterNext = seqIterNext,
};

Type CallIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "callable_iterator",
    .basicSize = sizeof(CallIterObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kCallIterMethods,
    .dealloc = callIterDealloc,
    .traverse = callIterTraverse,
    .iter = selfIterSlot,
    .iterNext = callIterNext,
};

}  // namespace krait
