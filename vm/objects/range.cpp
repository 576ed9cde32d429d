// range and range_iterator: int64 fast paths with arbitrary-size int objects as fallback.
#include "objects/range.h"

#include <cstddef>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/int.h"
#include "objects/seq_util.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

Object* binop(Object* a, Object* b, BinOp op) { return binaryOp(a, b, op); }

// Length of range(start, stop, step) as an int object (CPython's compute_range_length).
Object* computeLength(Object* start, Object* stop, Object* step) {
    int64_t a, b, s;
    if (intIsSmall(start) && intIsSmall(stop) && intIsSmall(step)) {
        a = asInt(start)->value;
        b = asInt(stop)->value;
        s = asInt(step)->value;
        int64_t lo = s > 0 ? a : b, hi = s > 0 ? b : a;
        if (lo >= hi) return intFromInt64(0);
        uint64_t diff = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo) - 1;
        uint64_t us = s > 0 ? static_cast<uint64_t>(s) : 0 - static_cast<uint64_t>(s);
        return intFromUint64(diff / us + 1);
    }
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    Ref<> lo, hi, st;
    int pos = richCompareBool(step, zero.get(), CompareOp::Gt);
    if (pos < 0) return nullptr;
    if (pos) {
        lo = Ref<>::borrow(start);
        hi = Ref<>::borrow(stop);
        st = Ref<>::borrow(step);
    } else {
        lo = Ref<>::borrow(stop);
        hi = Ref<>::borrow(start);
        st = Ref<>::steal(negative(step));
        if (!st) return nullptr;
    }
    int ge = richCompareBool(lo.get(), hi.get(), CompareOp::Ge);
    if (ge < 0) return nullptr;
    if (ge) return intFromInt64(0);
    Ref<> one = Ref<>::steal(intFromInt64(1));
    Ref<> d = Ref<>::steal(binop(hi.get(), lo.get(), BinOp::Subtract));
    if (!d) return nullptr;
    d = Ref<>::steal(binop(d.get(), one.get(), BinOp::Subtract));
    if (!d) return nullptr;
    d = Ref<>::steal(binop(d.get(), st.get(), BinOp::FloorDivide));
    if (!d) return nullptr;
    return binop(d.get(), one.get(), BinOp::Add);
}

// start + i*step (no bounds check) as an int object.
Object* computeItem(RangeObject* r, Object* i) {
    if (r->small && intIsSmall(i)) {
        int64_t iv = asInt(i)->value;
        if (iv >= -r->ilen && iv <= r->ilen) {
            uint64_t v = static_cast<uint64_t>(r->istart) +
                         static_cast<uint64_t>(iv) * static_cast<uint64_t>(r->istep);
            // Within [start - len*step, start + len*step]: may overflow int64 only when the
            // index is outside the range; fall through to the exact path for those.
            int64_t res = static_cast<int64_t>(v);
            if (iv >= 0 && iv < r->ilen) return intFromInt64(res);
        }
    }
    Ref<> prod = Ref<>::steal(binop(i, r->step, BinOp::Multiply));
    if (!prod) return nullptr;
    return binop(r->start, prod.get(), BinOp::Add);
}

void rangeDealloc(Object* o) {
    RangeObject* r = asRange(o);
    xdecref(r->start);
    xdecref(r->stop);
    xdecref(r->step);
    xdecref(r->length);
    freeObject(o);
}

Object* rangeRepr(Object* o) {
    RangeObject* r = asRange(o);
    if (r->small ? r->istep == 1 : (intIsSmall(r->step) && asInt(r->step)->value == 1))
        return strFormat("range(%R, %R)", r->start, r->stop);
    return strFormat("range(%R, %R, %R)", r->start, r->stop, r->step);
}

ssize rangeLen(Object* o) {
    RangeObject* r = asRange(o);
    if (r->small && r->ilen <= PTRDIFF_MAX) return static_cast<ssize>(r->ilen);
    return intAsSsize(r->length);
}

int rangeBool(Object* o) {
    RangeObject* r = asRange(o);
    if (r->small) return r->ilen != 0;
    return intSign(r->length) != 0;
}

// 1 if the int `v` is in the range, 0 if not, -1 on error.
int containsInt(RangeObject* r, Object* v) {
    if (r->small) {
        if (!intIsSmall(v)) return 0;
        int64_t x = asInt(v)->value;
        if (r->istep > 0) {
            if (x < r->istart || x >= r->istop) return 0;
            return (static_cast<uint64_t>(x) - static_cast<uint64_t>(r->istart)) %
                       static_cast<uint64_t>(r->istep) == 0;
        }
        if (x > r->istart || x <= r->istop) return 0;
        return (static_cast<uint64_t>(r->istart) - static_cast<uint64_t>(x)) %
                   (0 - static_cast<uint64_t>(r->istep)) == 0;
    }
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    int pos = richCompareBool(r->step, zero.get(), CompareOp::Gt);
    if (pos < 0) return -1;
    int c1, c2;
    if (pos) {
        c1 = richCompareBool(r->start, v, CompareOp::Le);
        c2 = c1 > 0 ? richCompareBool(v, r->stop, CompareOp::Lt) : 0;
    } else {
        c1 = richCompareBool(r->stop, v, CompareOp::Lt);
        c2 = c1 > 0 ? richCompareBool(v, r->start, CompareOp::Le) : 0;
    }
    if (c1 < 0 || c2 < 0) return -1;
    if (!c1 || !c2) return 0;
    Ref<> d = Ref<>::steal(binop(v, r->start, BinOp::Subtract));
    if (!d) return -1;
    Ref<> m = Ref<>::steal(binop(d.get(), r->step, BinOp::Remainder));
    if (!m) return -1;
    return intSign(m.get()) == 0;
}

Object* rangeIterSlot(Object* o);

int rangeContains(Object* o, Object* v) {
    if (isIntExact(v) || isBool(v)) return containsInt(asRange(o), v);
    Ref<> it = Ref<>::steal(rangeIterSlot(o));
    if (!it) return -1;
    for (;;) {
        Ref<> x = Ref<>::steal(iterNext(it.get()));
        if (!x) break;
        int k = richCompareBool(x.get(), v, CompareOp::Eq);
        if (k != 0) return k;
    }
    return errOccurred() ? -1 : 0;
}

Object* rangeGetItem(Object* o, Object* key) {
    RangeObject* r = asRange(o);
    if (isSlice(key) && !r->small) {
        // A length past ssize: slice.indices() clips with arbitrary-precision ints.
        Object* lenArg[1] = {r->length};
        Ref<> idx = Ref<>::steal(callMethod(key, "indices", lenArg, 1));
        if (!idx) return nullptr;
        Ref<> a = Ref<>::steal(computeItem(r, tupleItem(idx.get(), 0)));
        if (!a) return nullptr;
        Ref<> b = Ref<>::steal(computeItem(r, tupleItem(idx.get(), 1)));
        if (!b) return nullptr;
        Ref<> s = Ref<>::steal(binop(tupleItem(idx.get(), 2), r->step, BinOp::Multiply));
        if (!s) return nullptr;
        return rangeFromObjects(a.get(), b.get(), s.get());
    }
    if (isSlice(key)) {
        ssize len = rangeLen(o);
        if (len < 0) return nullptr;
        ssize start, stop, step, count;
        if (!sliceUnpack(key, len, &start, &stop, &step, &count)) return nullptr;
        Ref<> i0 = Ref<>::steal(intFromSsize(start));
        Ref<> i1 = Ref<>::steal(intFromSsize(stop));
        Ref<> st = Ref<>::steal(intFromSsize(step));
        if (!i0 || !i1 || !st) return nullptr;
        Ref<> a = Ref<>::steal(computeItem(r, i0.get()));
        if (!a) return nullptr;
        Ref<> b = Ref<>::steal(computeItem(r, i1.get()));
        if (!b) return nullptr;
        Ref<> s = Ref<>::steal(binop(st.get(), r->step, BinOp::Multiply));
        if (!s) return nullptr;
        return rangeFromObjects(a.get(), b.get(), s.get());
    }
    if (isIndex(key)) {
        Ref<> i = Ref<>::steal(numberIndex(key));
        if (!i) return nullptr;
        if (r->small && intIsSmall(i.get())) {
            int64_t iv = asInt(i.get())->value;
            if (iv < 0) iv += r->ilen;
            if (iv < 0 || iv >= r->ilen)
                return setError(&ExcIndexError, "range object index out of range");
            return intFromInt64(static_cast<int64_t>(static_cast<uint64_t>(r->istart) +
                                                     static_cast<uint64_t>(iv) *
                                                         static_cast<uint64_t>(r->istep)));
        }
        Ref<> idx = i;
        if (intSign(idx.get()) < 0) {
            idx = Ref<>::steal(binop(idx.get(), r->length, BinOp::Add));
            if (!idx) return nullptr;
        }
        int neg = intSign(idx.get()) < 0;
        int ge = richCompareBool(idx.get(), r->length, CompareOp::Ge);
        if (ge < 0) return nullptr;
        if (neg || ge) return setError(&ExcIndexError, "range object index out of range");
        Ref<> prod = Ref<>::steal(binop(idx.get(), r->step, BinOp::Multiply));
        if (!prod) return nullptr;
        return binop(r->start, prod.get(), BinOp::Add);
    }
    return setError(&ExcTypeError, "range indices must be integers or slices, not %T", key);
}

Object* rangeRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isRange(a) || !isRange(b) || (op != CompareOp::Eq && op != CompareOp::Ne))
        return newNotImplemented();
    int eq = 1;
    if (a != b) {
        RangeObject* x = asRange(a);
        RangeObject* y = asRange(b);
        eq = richCompareBool(x->length, y->length, CompareOp::Eq);
        if (eq > 0 && intSign(x->length) != 0) {
            eq = richCompareBool(x->start, y->start, CompareOp::Eq);
            if (eq > 0) {
                Ref<> one = Ref<>::steal(intFromInt64(1));
                int isOne = richCompareBool(x->length, one.get(), CompareOp::Eq);
                if (isOne < 0) return nullptr;
                if (!isOne) eq = richCompareBool(x->step, y->step, CompareOp::Eq);
            }
        }
        if (eq < 0) return nullptr;
    }
    return newBool((eq != 0) == (op == CompareOp::Eq));
}

hash_t rangeHash(Object* o) {
    RangeObject* r = asRange(o);
    Ref<> t;
    int sign = intSign(r->length);
    Ref<> one = Ref<>::steal(intFromInt64(1));
    int isOne = richCompareBool(r->length, one.get(), CompareOp::Eq);
    if (isOne < 0) return -1;
    if (sign == 0) t = Ref<>::steal(tuplePack({r->length, none(), none()}));
    else if (isOne) t = Ref<>::steal(tuplePack({r->length, r->start, none()}));
    else t = Ref<>::steal(tuplePack({r->length, r->start, r->step}));
    if (!t) return -1;
    return hash(t.get());
}

Object* rangeNewSlot(Type*, Object* args, Object* kwargs) {
    if (!containerNoKwargsDict("range", kwargs)) return nullptr;
    ssize n = tupleSize(args);
    if (!checkArgCount("range", static_cast<size_t>(n), 1, 3)) return nullptr;
    Ref<> start, stop, step;
    if (n == 1) {
        stop = Ref<>::steal(numberIndex(tupleItem(args, 0)));
        if (!stop) return nullptr;
        start = Ref<>::steal(intFromInt64(0));
        step = Ref<>::steal(intFromInt64(1));
    } else {
        start = Ref<>::steal(numberIndex(tupleItem(args, 0)));
        if (!start) return nullptr;
        stop = Ref<>::steal(numberIndex(tupleItem(args, 1)));
        if (!stop) return nullptr;
        if (n == 3) {
            step = Ref<>::steal(numberIndex(tupleItem(args, 2)));
            if (!step) return nullptr;
            if (intSign(step.get()) == 0)
                return setError(&ExcValueError, "range() arg 3 must not be zero");
        } else {
            step = Ref<>::steal(intFromInt64(1));
        }
    }
    return rangeFromObjects(start.get(), stop.get(), step.get());
}

// ---- methods ----

Object* mCount(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("range.count", nargs)) return nullptr;
    if (isIntExact(args[0]) || isBool(args[0])) {
        int r = containsInt(asRange(self), args[0]);
        return r < 0 ? nullptr : intFromInt64(r);
    }
    Ref<> it = Ref<>::steal(rangeIterSlot(self));
    if (!it) return nullptr;
    ssize c = 0;
    for (;;) {
        Ref<> x = Ref<>::steal(iterNext(it.get()));
        if (!x) break;
        int k = richCompareBool(x.get(), args[0], CompareOp::Eq);
        if (k < 0) return nullptr;
        c += k;
    }
    if (errOccurred()) return nullptr;
    return intFromSsize(c);
}

Object* mIndex(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("range.index", nargs)) return nullptr;
    RangeObject* r = asRange(self);
    Object* v = args[0];
    if (isIntExact(v) || isBool(v)) {
        int k = containsInt(r, v);
        if (k < 0) return nullptr;
        if (!k) return setError(&ExcValueError, "%R is not in range", v);
        Ref<> d = Ref<>::steal(binop(v, r->start, BinOp::Subtract));
        if (!d) return nullptr;
        return binop(d.get(), r->step, BinOp::FloorDivide);
    }
    Ref<> it = Ref<>::steal(rangeIterSlot(self));
    if (!it) return nullptr;
    for (ssize i = 0;; i++) {
        Ref<> x = Ref<>::steal(iterNext(it.get()));
        if (!x) break;
        int k = richCompareBool(x.get(), v, CompareOp::Eq);
        if (k < 0) return nullptr;
        if (k) return intFromSsize(i);
    }
    if (errOccurred()) return nullptr;
    return setError(&ExcValueError, "sequence.index(x): x not in sequence");
}

Object* mReversed(Object* self, Object* const*, size_t nargs, Object*);

Object* mReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("range.__reduce__", nargs)) return nullptr;
    RangeObject* r = asRange(self);
    Ref<> t = Ref<>::steal(tuplePack({r->start, r->stop, r->step}));
    if (!t) return nullptr;
    return tuplePack({asObject(&RangeType), t.get()});
}

// CPython's sizeof(rangeobject): the header and four object pointers.
Object* mSizeof(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("range.__sizeof__", nargs)) return nullptr;
    return intFromSsize(static_cast<ssize>(6 * sizeof(void*)));
}

const MethodDef kRangeMethods[] = {
    {"__sizeof__", mSizeof, kMethNoKw, "Size of object in memory, in bytes."},
    {"__reversed__", mReversed, kMethNoKw, "Return a reverse iterator."},
    {"__reduce__", mReduce, kMethNoKw, nullptr},
    {"count", mCount, kMethNoKw, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", mIndex, kMethNoKw,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the "
     "value is not present."},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef kRangeMembers[] = {
    {"start", MemberKind::ObjectReadOnly, offsetof(RangeObject, start), nullptr},
    {"stop", MemberKind::ObjectReadOnly, offsetof(RangeObject, stop), nullptr},
    {"step", MemberKind::ObjectReadOnly, offsetof(RangeObject, step), nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

// ---- iterator ----

inline RangeIterObject* asRangeIter(Object* o) { return reinterpret_cast<RangeIterObject*>(o); }

Object* newRangeIterSmall(int64_t start, int64_t step, int64_t len) {
    Object* o = allocObject(&RangeIterType);
    if (!o) return nullptr;
    RangeIterObject* it = asRangeIter(o);
    it->next = start;
    it->step = step;
    it->remaining = len;
    it->start = start;
    it->len = len;
    it->big = false;
    return o;
}

Object* newRangeIterBig(Object* start, Object* step, Object* len) {
    Object* o = allocObject(&RangeIterType);
    if (!o) return nullptr;
    RangeIterObject* it = asRangeIter(o);
    it->big = true;
    it->bigNext = newRef(start);
    it->bigStep = newRef(step);
    it->bigRemaining = newRef(len);
    return o;
}

Object* rangeIterSlot(Object* o) {
    RangeObject* r = asRange(o);
    if (r->small) return newRangeIterSmall(r->istart, r->istep, r->ilen);
    return newRangeIterBig(r->start, r->step, r->length);
}

Object* mReversed(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("range.__reversed__", nargs)) return nullptr;
    RangeObject* r = asRange(self);
    if (r->small && r->istep != INT64_MIN) {
        if (r->ilen == 0) return newRangeIterSmall(r->istart, -r->istep, 0);
        int64_t last = static_cast<int64_t>(static_cast<uint64_t>(r->istart) +
                                            static_cast<uint64_t>(r->ilen - 1) *
                                                static_cast<uint64_t>(r->istep));
        return newRangeIterSmall(last, -r->istep, r->ilen);
    }
    Ref<> one = Ref<>::steal(intFromInt64(1));
    Ref<> lm1 = Ref<>::steal(binop(r->length, one.get(), BinOp::Subtract));
    if (!lm1) return nullptr;
    Ref<> last = Ref<>::steal(computeItem(r, lm1.get()));
    if (!last) return nullptr;
    Ref<> nstep = Ref<>::steal(negative(r->step));
    if (!nstep) return nullptr;
    return newRangeIterBig(last.get(), nstep.get(), r->length);
}

Object* rangeIterNext(Object* o) {
    RangeIterObject* it = asRangeIter(o);
    if (!it->big) {
        if (it->remaining <= 0) return nullptr;
        int64_t v = it->next;
        it->remaining--;
        it->next = static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(it->step));
        return intFromInt64(v);
    }
    if (intSign(it->bigRemaining) <= 0) return nullptr;
    Ref<> one = Ref<>::steal(intFromInt64(1));
    Object* rem = binop(it->bigRemaining, one.get(), BinOp::Subtract);
    if (!rem) return nullptr;
    setRef(it->bigRemaining, rem);
    Object* v = it->bigNext;
    Object* nx = binop(v, it->bigStep, BinOp::Add);
    if (!nx) return nullptr;
    it->bigNext = nx;
    return v;   // the reference formerly held by bigNext
}

void rangeIterDealloc(Object* o) {
    RangeIterObject* it = asRangeIter(o);
    if (it->big) {
        xdecref(it->bigNext);
        xdecref(it->bigStep);
        xdecref(it->bigRemaining);
    }
    freeObject(o);
}

Object* rangeIterLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("range_iterator.__length_hint__", nargs)) return nullptr;
    RangeIterObject* it = asRangeIter(self);
    if (!it->big) return intFromInt64(it->remaining > 0 ? it->remaining : 0);
    if (intSign(it->bigRemaining) <= 0) return intFromInt64(0);
    return newRef(it->bigRemaining);
}

// (iter, (range(start, stop, step),), index) as CPython 3.11's rangeiter_reduce.
Object* rangeIterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("range_iterator.__reduce__", nargs)) return nullptr;
    RangeIterObject* it = asRangeIter(self);
    Object* iter = builtinFunc("iter");
    if (!iter) return nullptr;
    Ref<> range, idx;
    if (!it->big) {
        // stop = start + len * step may not fit 64 bits (range(1, 2, 2**63 - 1)).
        int64_t span, stop;
        if (!__builtin_mul_overflow(it->len, it->step, &span) &&
            !__builtin_add_overflow(it->start, span, &stop)) {
            range = Ref<>::steal(rangeNew(it->start, stop, it->step));
        } else {
            Ref<> start = Ref<>::steal(intFromInt64(it->start));
            Ref<> len = Ref<>::steal(intFromInt64(it->len));
            Ref<> step = Ref<>::steal(intFromInt64(it->step));
            if (!start || !len || !step) return nullptr;
            Ref<> bigSpan = Ref<>::steal(binop(len.get(), step.get(), BinOp::Multiply));
            if (!bigSpan) return nullptr;
            Ref<> bigStop = Ref<>::steal(binop(start.get(), bigSpan.get(), BinOp::Add));
            if (!bigStop) return nullptr;
            range = Ref<>::steal(rangeFromObjects(start.get(), bigStop.get(), step.get()));
        }
        idx = Ref<>::steal(intFromInt64(it->len - it->remaining));
    } else {
        Ref<> span = Ref<>::steal(binop(it->bigRemaining, it->bigStep, BinOp::Multiply));
        if (!span) return nullptr;
        Ref<> stop = Ref<>::steal(binop(it->bigNext, span.get(), BinOp::Add));
        if (!stop) return nullptr;
        range = Ref<>::steal(rangeFromObjects(it->bigNext, stop.get(), it->bigStep));
        idx = Ref<>::steal(intFromInt64(0));
    }
    if (!range || !idx) return nullptr;
    Ref<> args = Ref<>::steal(tuplePack({range.get()}));
    return args ? tuplePack({iter, args.get(), idx.get()}) : nullptr;
}

Object* rangeIterSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("range_iterator.__setstate__", nargs)) return nullptr;
    RangeIterObject* it = asRangeIter(self);
    ssize i;
    if (!setStateIndex(args[0], &i)) return nullptr;
    if (!it->big) {
        int64_t idx = i < 0 ? 0 : (i > it->len ? it->len : i);
        it->remaining = it->len - idx;
        it->next = static_cast<int64_t>(static_cast<uint64_t>(it->start) +
                                        static_cast<uint64_t>(idx) * static_cast<uint64_t>(it->step));
    } else if (i > 0) {
        // Skip i items from the current position.
        Ref<> n = Ref<>::steal(intFromSsize(i));
        int gt = richCompareBool(n.get(), it->bigRemaining, CompareOp::Gt);
        if (gt < 0) return nullptr;
        if (gt) n = Ref<>::borrow(it->bigRemaining);
        Ref<> adv = Ref<>::steal(binop(n.get(), it->bigStep, BinOp::Multiply));
        if (!adv) return nullptr;
        Object* nx = binop(it->bigNext, adv.get(), BinOp::Add);
        if (!nx) return nullptr;
        setRef(it->bigNext, nx);
        Object* rem = binop(it->bigRemaining, n.get(), BinOp::Subtract);
        if (!rem) return nullptr;
        setRef(it->bigRemaining, rem);
    }
    return newNone();
}

const MethodDef kRangeIterMethods[] = {
    {"__reduce__", rangeIterReduce, kMethNoKw, "Return state information for pickling."},
    {"__setstate__", rangeIterSetState, kMethNoKw, "Set state information for unpickling."},
    {"__length_hint__", rangeIterLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* rangeFromObjects(Object* start, Object* stop, Object* step) {
    Ref<> len = Ref<>::steal(computeLength(start, stop, step));
    if (!len) return nullptr;
    Object* o = allocObject(&RangeType);
    if (!o) return nullptr;
    RangeObject* r = asRange(o);
    r->start = newRef(start);
    r->stop = newRef(stop);
    r->step = newRef(step);
    r->length = len.release();
    r->small = intIsSmall(start) && intIsSmall(stop) && intIsSmall(step) && intIsSmall(r->length);
    if (r->small) {
        r->istart = asInt(start)->value;
        r->istop = asInt(stop)->value;
        r->istep = asInt(step)->value;
        r->ilen = asInt(r->length)->value;
    }
    return o;
}

Object* rangeNew(int64_t start, int64_t stop, int64_t step) {
    Ref<> a = Ref<>::steal(intFromInt64(start));
    Ref<> b = Ref<>::steal(intFromInt64(stop));
    Ref<> c = Ref<>::steal(intFromInt64(step));
    if (!a || !b || !c) return nullptr;
    return rangeFromObjects(a.get(), b.get(), c.get());
}

Type RangeType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "range",
    .basicSize = sizeof(RangeObject),
    .flags = kTypeSequence | kTypeImmutable,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an "
           "object that produces a sequence of integers from start (inclusive)\nto stop "
           "(exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to "
           "0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid "
           "indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or "
           "decrement).",
    .methods = kRangeMethods,
    .members = kRangeMembers,
    .dealloc = rangeDealloc,
    .repr = rangeRepr,
    .hash = rangeHash,
    .richCompare = rangeRichCompare,
    .new_ = rangeNewSlot,
    .iter = rangeIterSlot,
    .length = rangeLen,
    .getItem = rangeGetItem,
    .contains = rangeContains,
    .number = {.bool_ = rangeBool},
};

Type RangeIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "range_iterator",
    .basicSize = sizeof(RangeIterObject),
    .flags = kTypeImmutable,
    .methods = kRangeIterMethods,
    .dealloc = rangeIterDealloc,
    .iter = selfIterSlot,
    .iterNext = rangeIterNext,
};

Object* rangeLenObject(Object* o) {
    RangeObject* r = asRange(o);
    if (r->small) return intFromInt64(r->ilen);
    int64_t n = 0;
    if (!intAsInt64(r->length, &n)) {
        clearError();
        return setError(&ExcOverflowError, "Python int too large to convert to C ssize_t");
    }
    return intFromInt64(n);
}

}  // namespace krait
