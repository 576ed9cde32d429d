// slice: slice(start, stop, step) objects, their indices() method and the slice helpers of
// slice.h used by every sequence's __getitem__/__setitem__.
#include "objects/slice.h"

#include <cstddef>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "gc/gc.h"
#include "objects/int.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

constexpr ssize kSsizeMax = PTRDIFF_MAX;
constexpr ssize kSsizeMin = PTRDIFF_MIN;

// CPython's _PyEval_SliceIndex: None keeps *out, an index object is clipped to ssize.
bool sliceIndex(Object* v, ssize* out) {
    if (isNone(v)) return true;
    if (!isIndex(v)) {
        setError(&ExcTypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    ssize x = asSsize(v, nullptr);
    if (x == -1 && errOccurred()) return false;
    *out = x;
    return true;
}

// One freed slice kept for reuse, as CPython's slice cache: `a[i:j]` builds and drops one
// slice per execution.
constinit thread_local Object* tSliceCache = nullptr;

void sliceDealloc(Object* o) {
    SliceObject* s = asSlice(o);
    Object* start = s->start;
    Object* stop = s->stop;
    Object* step = s->step;
    if (!tSliceCache) {
        gcPrepareReuse(o);
        tSliceCache = o;
        s->start = s->stop = s->step = nullptr;
        xdecref(start);
        xdecref(stop);
        xdecref(step);
        return;
    }
    xdecref(s->start);
    xdecref(s->stop);
    xdecref(s->step);
    freeObject(o);
}

void sliceTraverse(Object* o, VisitFn visit, void* arg) {
    SliceObject* s = asSlice(o);
    if (s->start) visit(s->start, arg);
    if (s->stop) visit(s->stop, arg);
    if (s->step) visit(s->step, arg);
}

Object* sliceRepr(Object* o) {
    SliceObject* s = asSlice(o);
    return strFormat("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

Object* sliceAsTuple(Object* o) {
    SliceObject* s = asSlice(o);
    return tuplePack({s->start, s->stop, s->step});
}

Object* sliceRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isSlice(a) || !isSlice(b)) return newNotImplemented();
    if (a == b) {
        switch (op) {
        case CompareOp::Eq: case CompareOp::Le: case CompareOp::Ge: return newBool(true);
        case CompareOp::Ne: case CompareOp::Lt: case CompareOp::Gt: return newBool(false);
        }
    }
    Ref<> ta = Ref<>::steal(sliceAsTuple(a));
    if (!ta) return nullptr;
    Ref<> tb = Ref<>::steal(sliceAsTuple(b));
    if (!tb) return nullptr;
    return richCompare(ta.get(), tb.get(), op);
}

Object* sliceNewSlot(Type*, Object* args, Object* kwargs) {
    if (!containerNoKwargsDict("slice", kwargs)) return nullptr;
    ssize n = tupleSize(args);
    if (!checkArgCount("slice", static_cast<size_t>(n), 1, 3)) return nullptr;
    if (n == 1) return sliceNew(nullptr, tupleItem(args, 0), nullptr);
    return sliceNew(tupleItem(args, 0), tupleItem(args, 1), n == 3 ? tupleItem(args, 2) : nullptr);
}

// index(v) for slice.indices(): TypeError with the slice message for non-integers.
Object* sliceIndexObj(Object* v) {
    if (!isIndex(v)) {
        return setError(&ExcTypeError,
                        "slice indices must be integers or None or have an __index__ method");
    }
    return numberIndex(v);
}

// Clamps an index object into [lower, upper] after adding length to negative values
// (CPython's _PySlice_GetLongIndices, done with int objects so huge values stay exact).
Object* clampIndex(Object* v, Object* length, Object* lower, Object* upper) {
    Ref<> x = Ref<>::steal(sliceIndexObj(v));
    if (!x) return nullptr;
    if (intSign(x.get()) < 0) {
        x = Ref<>::steal(binaryOp(x.get(), length, BinOp::Add));
        if (!x) return nullptr;
        int lt = richCompareBool(x.get(), lower, CompareOp::Lt);
        if (lt < 0) return nullptr;
        if (lt) return newRef(lower);
    } else {
        int gt = richCompareBool(x.get(), upper, CompareOp::Gt);
        if (gt < 0) return nullptr;
        if (gt) return newRef(upper);
    }
    return x.release();
}

// slice.indices(length) -> (start, stop, step)
Object* sliceIndices(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("slice.indices", nargs)) return nullptr;
    Ref<> length = Ref<>::steal(numberIndex(args[0]));
    if (!length) return nullptr;
    if (intSign(length.get()) < 0) return setError(&ExcValueError, "length should not be negative");
    SliceObject* sl = asSlice(self);
    Ref<> step;
    if (isNone(sl->step)) {
        step = Ref<>::steal(intFromInt64(1));
    } else {
        step = Ref<>::steal(sliceIndexObj(sl->step));
        if (!step) return nullptr;
        if (intSign(step.get()) == 0) return setError(&ExcValueError, "slice step cannot be zero");
    }
    bool neg = intSign(step.get()) < 0;
    Ref<> lower, upper;
    if (neg) {
        lower = Ref<>::steal(intFromInt64(-1));
        upper = Ref<>::steal(binaryOp(length.get(), lower.get(), BinOp::Add));
    } else {
        lower = Ref<>::steal(intFromInt64(0));
        upper = length;
    }
    if (!lower || !upper) return nullptr;
    Ref<> start = isNone(sl->start) ? (neg ? upper : lower)
                                    : Ref<>::steal(clampIndex(sl->start, length.get(), lower.get(),
                                                              upper.get()));
    if (!start) return nullptr;
    Ref<> stop = isNone(sl->stop) ? (neg ? lower : upper)
                                  : Ref<>::steal(clampIndex(sl->stop, length.get(), lower.get(),
                                                            upper.get()));
    if (!stop) return nullptr;
    return tuplePack({start.get(), stop.get(), step.get()});
}

Object* sliceReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("slice.__reduce__", nargs)) return nullptr;
    Ref<> t = Ref<>::steal(sliceAsTuple(self));
    if (!t) return nullptr;
    return tuplePack({asObject(&SliceType), t.get()});
}

const MethodDef kSliceMethods[] = {
    {"indices", sliceIndices, kMethNoKw,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate "
     "the start and stop\nindices, and the stride length of the extended slice described by\nS. "
     "Out of bounds indices are clipped in a manner consistent with the\nhandling of normal "
     "slices."},
    {"__reduce__", sliceReduce, kMethNoKw, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef kSliceMembers[] = {
    {"start", MemberKind::ObjectReadOnly, offsetof(SliceObject, start), nullptr},
    {"stop", MemberKind::ObjectReadOnly, offsetof(SliceObject, stop), nullptr},
    {"step", MemberKind::ObjectReadOnly, offsetof(SliceObject, step), nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

}  // namespace

namespace {

// A slice of ints and Nones (the usual subscript) can never be part of a reference cycle: the
// reused slice is not linked into the collector's lists then (gc.is_tracked still says True,
// as CPython, see gcIsTracked).
inline bool atomicSliceBound(Object* o) { return !o || o == none() || isIntExact(o); }

}  // namespace

Object* sliceNew(Object* start, Object* stop, Object* step) {
    Object* o = tSliceCache;
    if (o) {
        tSliceCache = nullptr;
        o->refcnt = 1;
        if (!atomicSliceBound(start) || !atomicSliceBound(stop) || !atomicSliceBound(step)) {
            gcTrack(o);
        }
    } else {
        o = allocObject(&SliceType);
        if (!o) return nullptr;
    }
    SliceObject* s = asSlice(o);
    s->start = newRef(start ? start : none());
    s->stop = newRef(stop ? stop : none());
    s->step = newRef(step ? step : none());
    return o;
}

bool sliceUnpackRaw(Object* slice, ssize* start, ssize* stop, ssize* step) {
    SliceObject* s = asSlice(slice);
    *step = 1;
    if (!sliceIndex(s->step, step)) return false;
    if (*step == 0) {
        setError(&ExcValueError, "slice step cannot be zero");
        return false;
    }
    if (*step < -kSsizeMax) *step = -kSsizeMax;
    *start = *step < 0 ? kSsizeMax : 0;
    if (!sliceIndex(s->start, start)) return false;
    *stop = *step < 0 ? kSsizeMin : kSsizeMax;
    if (!sliceIndex(s->stop, stop)) return false;
    return true;
}

ssize sliceAdjustIndices(ssize len, ssize* start, ssize* stop, ssize step) {
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

bool sliceUnpack(Object* slice, ssize len, ssize* start, ssize* stop, ssize* step,
                 ssize* count) {
    if (!sliceUnpackRaw(slice, start, stop, step)) return false;
    *count = sliceAdjustIndices(len, start, stop, *step);
    return true;
}

Type SliceType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "slice",
    .basicSize = sizeof(SliceObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for "
           "extended slicing (e.g. a[0:10:2]).",
    .methods = kSliceMethods,
    .members = kSliceMembers,
    .dealloc = sliceDealloc,
    .traverse = sliceTraverse,
    .repr = sliceRepr,
    .hash = hashNotImplemented,
    .richCompare = sliceRichCompare,
    .new_ = sliceNewSlot,
};

void sliceCacheClear() {
    if (Object* o = tSliceCache) {
        tSliceCache = nullptr;
        freeObject(o);
    }
}

}  // namespace krait
