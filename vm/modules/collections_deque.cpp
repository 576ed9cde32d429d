// collections.deque and its iterators (_collections._deque_iterator,
// _collections._deque_reverse_iterator) with CPython 3.11's behaviour and messages.
//
// Invariants:
// - The items live in a ring buffer: `cap` is 0 or a power of two, item i (0 = leftmost) is
//   items[(head + i) & (cap - 1)], and the `size` slots from head on hold owned references.
// - `state` changes on every mutation that iterators must notice (appends, pops, inserts,
//   removals, rotations, clear): an iterator remembers it and raises
//   "deque mutated during iteration" when it differs. Replacing an item (d[i] = x) and
//   reverse() keep it, as in CPython.
// - maxlen is -1 for an unbounded deque; after every append the deque is trimmed from the
//   opposite end to at most maxlen items.
// - Any call into Python (comparisons, decref of a removed item) may mutate the deque, so
//   indices are revalidated against `state` afterwards and items are held by reference.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type DequeType, DequeIterType, DequeRevIterType;

namespace {

struct DequeObject {
    Object ob;
    Object** items;
    ssize cap;
    ssize head;
    ssize size;
    ssize maxlen;   // -1: unbounded
    size_t state;
    Object* weaklist;
};
DequeObject* asDeque(Object* o) { return reinterpret_cast<DequeObject*>(o); }
bool isDeque(Object* o) { return isInstanceOf(o, &DequeType); }

inline Object*& slot(DequeObject* d, ssize i) { return d->items[(d->head + i) & (d->cap - 1)]; }

// Makes room for at least `need` items; false with MemoryError.
bool reserve(DequeObject* d, ssize need) {
    if (need <= d->cap) return true;
    ssize cap = d->cap ? d->cap : 8;
    while (cap < need) {
        if (cap > PTRDIFF_MAX / 2 / static_cast<ssize>(sizeof(Object*))) {
            setErrorNoMemory();
            return false;
        }
        cap *= 2;
    }
    Object** items = static_cast<Object**>(std::malloc(static_cast<size_t>(cap) * sizeof(Object*)));
    if (!items) {
        setErrorNoMemory();
        return false;
    }
    for (ssize i = 0; i < d->size; i++) items[i] = slot(d, i);
    std::free(d->items);
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return true;
}

// Gives memory back once a deque has shrunk to an eighth of its buffer.
void maybeShrink(DequeObject* d) {
    if (d->cap <= 64 || d->size * 8 > d->cap) return;
    ssize cap = d->cap;
    while (cap > 64 && d->size * 4 <= cap) cap /= 2;
    Object** items = static_cast<Object**>(std::malloc(static_cast<size_t>(cap) * sizeof(Object*)));
    if (!items) return;   // keep the larger buffer
    for (ssize i = 0; i < d->size; i++) items[i] = slot(d, i);
    std::free(d->items);
    d->items = items;
    d->cap = cap;
    d->head = 0;
}

// Removes and returns (owned) the rightmost / leftmost item; size must be > 0.
Object* takeRight(DequeObject* d) {
    Object* x = slot(d, d->size - 1);
    d->size--;
    maybeShrink(d);
    return x;
}
Object* takeLeft(DequeObject* d) {
    Object* x = slot(d, 0);
    d->head = (d->head + 1) & (d->cap - 1);
    d->size--;
    if (d->size == 0) d->head = 0;
    maybeShrink(d);
    return x;
}

// Appends (stealing x) on the right / left, trimming the other end to maxlen.
bool pushRight(DequeObject* d, Object* x) {
    if (!reserve(d, d->size + 1)) {
        decref(x);
        return false;
    }
    d->state++;
    slot(d, d->size) = x;
    d->size++;
    if (d->maxlen >= 0 && d->size > d->maxlen) decref(takeLeft(d));
    return true;
}
bool pushLeft(DequeObject* d, Object* x) {
    if (!reserve(d, d->size + 1)) {
        decref(x);
        return false;
    }
    d->state++;
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = x;
    d->size++;
    if (d->maxlen >= 0 && d->size > d->maxlen) decref(takeRight(d));
    return true;
}

// Empties the deque; the items are released after the deque is consistent again.
void clearItems(DequeObject* d) {
    if (d->size == 0) return;
    Object** items = d->items;
    ssize cap = d->cap, head = d->head, n = d->size;
    d->items = nullptr;
    d->cap = d->head = d->size = 0;
    d->state++;
    for (ssize i = 0; i < n; i++) decref(items[(head + i) & (cap - 1)]);
    std::free(items);
}

void rotate(DequeObject* d, ssize n) {
    ssize len = d->size;
    if (len <= 1) return;
    ssize half = (len + 1) / 2;
    if (n > half || n < -half) {
        n %= len;
        if (n > half) n -= len;
        else if (n < -half) n += len;
    }
    d->state++;
    ssize mask = d->cap - 1;
    for (; n > 0; n--) {   // move the rightmost item to the left end
        ssize tail = (d->head + d->size - 1) & mask;
        d->head = (d->head - 1) & mask;
        d->items[d->head] = d->items[tail];
    }
    for (; n < 0; n++) {   // move the leftmost item to the right end
        ssize end = (d->head + d->size) & mask;
        d->items[end] = d->items[d->head];
        d->head = (d->head + 1) & mask;
    }
}

// Deletes item i (0 <= i < size), returning it (owned).
Object* removeAt(DequeObject* d, ssize i) {
    Object* x = slot(d, i);
    if (i < d->size / 2) {
        for (ssize j = i; j > 0; j--) slot(d, j) = slot(d, j - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (ssize j = i; j < d->size - 1; j++) slot(d, j) = slot(d, j + 1);
    }
    d->size--;
    if (d->size == 0) d->head = 0;
    d->state++;
    maybeShrink(d);
    return x;
}

Object* dequeAlloc(Type* t, ssize maxlen) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    asDeque(o)->maxlen = maxlen;
    return o;
}

Object* dequeNew(Type* type, Object*, Object*) { return dequeAlloc(type, -1); }

// A new deque with self's items and maxlen (calls the subclass for subclasses, as CPython).
Object* dequeCopyOf(Object* self) {
    DequeObject* d = asDeque(self);
    if (self->type == &DequeType) {
        Ref<> r = Ref<>::steal(dequeAlloc(&DequeType, d->maxlen));
        if (!r) return nullptr;
        DequeObject* n = asDeque(r.get());
        if (!reserve(n, d->size)) return nullptr;
        for (ssize i = 0; i < d->size; i++) n->items[i] = newRef(slot(d, i));
        n->size = d->size;
        return r.release();
    }
    if (d->maxlen < 0) return callOneArg(asObject(self->type), self);
    Ref<> ml = Ref<>::steal(intFromSsize(d->maxlen));
    if (!ml) return nullptr;
    Object* args[2] = {self, ml.get()};
    return call(asObject(self->type), args, 2);
}

// Appends every item of iterable on the right (left: on the left, reversing their order).
bool extendWith(Object* self, Object* iterable, bool left) {
    DequeObject* d = asDeque(self);
    Ref<> src;
    if (iterable == self) {
        src = Ref<>::steal(sequenceList(iterable));
        if (!src) return false;
        iterable = src.get();
    }
    Ref<> it = Ref<>::steal(getIter(iterable));
    if (!it) return false;
    if (d->maxlen == 0) {   // consume the input, keep nothing
        for (;;) {
            Object* x = iterNext(it.get());
            if (!x) return !errOccurred();
            decref(x);
        }
    }
    for (;;) {
        Object* x = iterNext(it.get());
        if (!x) return !errOccurred();
        if (!(left ? pushLeft(d, x) : pushRight(d, x))) return false;
    }
}

// ---- tp slots ----

int dequeInit(Object* self, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"iterable", "maxlen"};
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return -1;
    Object* a[2] = {};
    if (!parseArgs("deque", flat.data(), static_cast<size_t>(tupleSize(args)), kwnames.get(),
                   kNames, 2, 0, a)) {
        return -1;
    }
    ssize maxlen = -1;
    if (a[1] && !isNone(a[1])) {
        if (!isInt(a[1])) {
            setError(&ExcTypeError, "an integer is required");
            return -1;
        }
        maxlen = asSsize(a[1], &ExcOverflowError);
        if (maxlen == -1 && errOccurred()) return -1;
        if (maxlen < 0) {
            setError(&ExcValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    DequeObject* d = asDeque(self);
    d->maxlen = maxlen;
    if (d->size > 0) clearItems(d);
    if (a[0] && !extendWith(self, a[0], false)) return -1;
    return 0;
}

void dequeDealloc(Object* o) {
    if (!trashcanEnter(o, dequeDealloc)) return;
    DequeObject* d = asDeque(o);
    if (d->weaklist) clearWeakrefs(o);
    clearItems(d);
    std::free(d->items);
    d->items = nullptr;
    freeObject(o);
    trashcanLeave();
}

void dequeTraverse(Object* o, VisitFn visit, void* arg) {
    DequeObject* d = asDeque(o);
    for (ssize i = 0; i < d->size; i++) visit(slot(d, i), arg);
}

void dequeClearSlot(Object* o) { clearItems(asDeque(o)); }

ssize dequeLen(Object* o) { return asDeque(o)->size; }

Object* dequeRepr(Object* o) {
    int r = reprEnter(o);
    if (r != 0) return r > 0 ? strFromAscii("[...]") : nullptr;
    Ref<> items = Ref<>::steal(sequenceList(o));
    Ref<> body = items ? Ref<>::steal(repr(items.get())) : Ref<>();
    reprLeave(o);
    if (!body) return nullptr;
    const char* name = o->type->name;
    if (const char* dot = std::strrchr(name, '.')) name = dot + 1;
    ssize maxlen = asDeque(o)->maxlen;
    if (maxlen >= 0) return strFormat("%s(%U, maxlen=%zd)", name, body.get(), maxlen);
    return strFormat("%s(%U)", name, body.get());
}

// Normalizes a sequence index; false with TypeError/IndexError.
bool itemIndex(DequeObject* d, Object* key, ssize* out) {
    if (!isIndex(key)) {
        setError(&ExcTypeError, "sequence index must be integer, not '%s'", key->type->name);
        return false;
    }
    ssize i = asSsize(key, &ExcIndexError);
    if (i == -1 && errOccurred()) return false;
    if (i < 0) i += d->size;
    if (i < 0 || i >= d->size) {
        setError(&ExcIndexError, "deque index out of range");
        return false;
    }
    *out = i;
    return true;
}

Object* dequeGetItem(Object* o, Object* key) {
    ssize i;
    if (!itemIndex(asDeque(o), key, &i)) return nullptr;
    return newRef(slot(asDeque(o), i));
}

int dequeSetItem(Object* o, Object* key, Object* value) {
    DequeObject* d = asDeque(o);
    ssize i;
    if (!itemIndex(d, key, &i)) return -1;
    if (!value) {
        decref(removeAt(d, i));
        return 0;
    }
    Object* old = slot(d, i);
    slot(d, i) = newRef(value);
    decref(old);
    return 0;
}

int dequeContains(Object* o, Object* value) {
    DequeObject* d = asDeque(o);
    size_t state = d->state;
    for (ssize i = 0; i < d->size; i++) {
        Ref<> x = Ref<>::borrow(slot(d, i));
        int cmp = richCompareBool(x.get(), value, CompareOp::Eq);
        if (cmp < 0) return -1;
        if (state != d->state) {
            setError(&ExcRuntimeError, "deque mutated during iteration");
            return -1;
        }
        if (cmp > 0) return 1;
    }
    return 0;
}

Object* dequeRichCompare(Object* v, Object* w, CompareOp op) {
    if (!isDeque(v) || !isDeque(w)) return newNotImplemented();
    DequeObject* a = asDeque(v);
    DequeObject* b = asDeque(w);
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && a->size != b->size) {
        return newBool(op == CompareOp::Ne);
    }
    // Walks both deques as CPython's iterators do: a mutation is noticed when the next item
    // is fetched, and the first unequal pair decides (compared with `op` itself).
    size_t sa = a->state, sb = b->state;
    bool xEnd = false, yEnd = false;
    for (ssize i = 0;; i++) {
        if (a->state != sa || b->state != sb) {
            return setError(&ExcRuntimeError, "deque mutated during iteration");
        }
        xEnd = i >= a->size;
        yEnd = i >= b->size;
        if (xEnd || yEnd) break;
        Ref<> x = Ref<>::borrow(slot(a, i));
        Ref<> y = Ref<>::borrow(slot(b, i));
        int eq = richCompareBool(x.get(), y.get(), CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (!eq) return richCompare(x.get(), y.get(), op);
    }
    bool r = false;
    switch (op) {
        case CompareOp::Lt: r = !yEnd; break;
        case CompareOp::Le: r = xEnd; break;
        case CompareOp::Eq: r = xEnd == yEnd; break;
        case CompareOp::Ne: r = xEnd != yEnd; break;
        case CompareOp::Gt: r = !xEnd; break;
        case CompareOp::Ge: r = yEnd; break;
    }
    return newBool(r);
}

Object* dequeIterNew(Object* deque, bool reverse);
Object* dequeIterSlot(Object* o) { return dequeIterNew(o, false); }

// In-place repetition: the result is the last min(maxlen, size * n) items of self * n.
bool inplaceRepeat(Object* self, ssize n) {
    DequeObject* d = asDeque(self);
    if (n <= 0) {
        clearItems(d);
        return true;
    }
    if (n == 1 || d->size == 0) return true;
    ssize size = d->size;
    if (size > PTRDIFF_MAX / n) {
        setErrorNoMemory();
        return false;
    }
    ssize total = size * n;
    ssize keep = d->maxlen >= 0 && d->maxlen < total ? d->maxlen : total;
    ssize start = total - keep;
    ssize cap = 8;
    while (cap < keep) {
        if (cap > PTRDIFF_MAX / 2 / static_cast<ssize>(sizeof(Object*))) {
            setErrorNoMemory();
            return false;
        }
        cap *= 2;
    }
    Object** items = static_cast<Object**>(std::malloc(static_cast<size_t>(cap) * sizeof(Object*)));
    if (!items) {
        setErrorNoMemory();
        return false;
    }
    for (ssize j = 0; j < keep; j++) items[j] = newRef(slot(d, (start + j) % size));
    Object** old = d->items;
    ssize oldCap = d->cap, oldHead = d->head;
    d->items = items;
    d->cap = cap;
    d->head = 0;
    d->size = keep;
    d->state++;
    for (ssize i = 0; i < size; i++) decref(old[(oldHead + i) & (oldCap - 1)]);
    std::free(old);
    return true;
}

// The repeat count of d * n, or false (with *notImpl set when another type may handle it).
bool repeatCount(Object* other, ssize* n, bool* notImpl) {
    if (!isIndex(other)) {
        if ((other->type->flags & kTypeHeap) && other->type->number.multiply) {
            *notImpl = true;
            return false;
        }
        setError(&ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                 other->type->name);
        return false;
    }
    *n = asSsize(other, &ExcOverflowError);
    return !(*n == -1 && errOccurred());
}

Object* dequeMultiply(Object* a, Object* b) {
    Object* self = isDeque(a) ? a : b;
    Object* other = self == a ? b : a;
    ssize n = 0;
    bool notImpl = false;
    if (!repeatCount(other, &n, &notImpl)) return notImpl ? newNotImplemented() : nullptr;
    Ref<> r = Ref<>::steal(dequeCopyOf(self));
    if (!r) return nullptr;
    if (!isDeque(r.get())) return r.release();
    if (!inplaceRepeat(r.get(), n)) return nullptr;
    return r.release();
}

Object* dequeInplaceMultiply(Object* a, Object* b) {
    if (!isDeque(a)) return newNotImplemented();
    ssize n = 0;
    bool notImpl = false;
    if (!repeatCount(b, &n, &notImpl)) return notImpl ? newNotImplemented() : nullptr;
    if (!inplaceRepeat(a, n)) return nullptr;
    return newRef(a);
}

Object* dequeAdd(Object* a, Object* b) {
    if (!isDeque(a)) return newNotImplemented();
    if (!isDeque(b)) {
        if ((b->type->flags & kTypeHeap) && b->type->number.add) return newNotImplemented();
        return setError(&ExcTypeError, "can only concatenate deque (not \"%s\") to deque",
                        b->type->name);
    }
    Ref<> r = Ref<>::steal(dequeCopyOf(a));
    if (!r) return nullptr;
    if (!extendWith(r.get(), b, false)) return nullptr;
    return r.release();
}

Object* dequeInplaceAdd(Object* a, Object* b) {
    if (!isDeque(a)) return newNotImplemented();
    if (!extendWith(a, b, false)) return nullptr;
    return newRef(a);
}

// ---- methods ----

Object* mAppend(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("deque.append", nargs)) return nullptr;
    if (!pushRight(asDeque(self), newRef(args[0]))) return nullptr;
    return newNone();
}
Object* mAppendLeft(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("deque.appendleft", nargs)) return nullptr;
    if (!pushLeft(asDeque(self), newRef(args[0]))) return nullptr;
    return newNone();
}
Object* mPop(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("deque.pop", nargs)) return nullptr;
    DequeObject* d = asDeque(self);
    if (d->size == 0) return setError(&ExcIndexError, "pop from an empty deque");
    d->state++;
    return takeRight(d);
}
Object* mPopLeft(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("deque.popleft", nargs)) return nullptr;
    DequeObject* d = asDeque(self);
    if (d->size == 0) return setError(&ExcIndexError, "pop from an empty deque");
    d->state++;
    return takeLeft(d);
}
Object* mExtend(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("deque.extend", nargs)) return nullptr;
    if (!extendWith(self, args[0], false)) return nullptr;
    return newNone();
}
Object* mExtendLeft(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("deque.extendleft", nargs)) return nullptr;
    if (!extendWith(self, args[0], true)) return nullptr;
    return newNone();
}
Object* mClear(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("deque.clear", nargs)) return nullptr;
    clearItems(asDeque(self));
    return newNone();
}
Object* mCopy(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("deque.copy", nargs)) return nullptr;
    return dequeCopyOf(self);
}
Object* mDunderCopy(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("deque.__copy__", nargs)) return nullptr;
    return dequeCopyOf(self);
}
Object* mCount(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("deque.count", nargs)) return nullptr;
    DequeObject* d = asDeque(self);
    size_t state = d->state;
    ssize count = 0;
    for (ssize i = 0; i < d->size; i++) {
        Ref<> x = Ref<>::borrow(slot(d, i));
        int cmp = richCompareBool(x.get(), args[0], CompareOp::Eq);
        if (cmp < 0) return nullptr;
        count += cmp;
        if (state != d->state) return setError(&ExcRuntimeError, "deque mutated during iteration");
    }
    return intFromSsize(count);
}
Object* mIndex(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("index", nargs, 1, 3)) return nullptr;
    DequeObject* d = asDeque(self);
    ssize start = 0, stop = PTRDIFF_MAX;
    if (nargs > 1 && !indexArgClip(args[1], &start)) return nullptr;
    if (nargs > 2 && !indexArgClip(args[2], &stop)) return nullptr;
    ssize n = d->size;
    if (start < 0) {
        start += n;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0) stop = 0;
    }
    if (stop > n) stop = n;
    if (start > stop) start = stop;
    size_t state = d->state;
    for (ssize i = start; i < stop && i < d->size; i++) {
        Ref<> x = Ref<>::borrow(slot(d, i));
        int cmp = richCompareBool(x.get(), args[0], CompareOp::Eq);
        if (cmp < 0) return nullptr;
        if (state != d->state) return setError(&ExcRuntimeError, "deque mutated during iteration");
        if (cmp > 0) return intFromSsize(i);
    }
    return setError(&ExcValueError, "%R is not in deque", args[0]);
}
Object* mInsert(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("insert", nargs, 2, 2)) return nullptr;
    DequeObject* d = asDeque(self);
    ssize i = asSsize(args[0], &ExcOverflowError);
    if (i == -1 && errOccurred()) return nullptr;
    if (d->maxlen >= 0 && d->size >= d->maxlen) {
        return setError(&ExcIndexError, "deque already at its maximum size");
    }
    ssize n = d->size;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (!reserve(d, n + 1)) return nullptr;
    if (i < n / 2) {
        d->head = (d->head - 1) & (d->cap - 1);
        for (ssize j = 0; j < i; j++) slot(d, j) = slot(d, j + 1);
    } else {
        for (ssize j = n; j > i; j--) slot(d, j) = slot(d, j - 1);
    }
    slot(d, i) = newRef(args[1]);
    d->size++;
    d->state++;
    return newNone();
}
Object* mRemove(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("deque.remove", nargs)) return nullptr;
    DequeObject* d = asDeque(self);
    size_t state = d->state;
    ssize n = d->size;
    for (ssize i = 0; i < n; i++) {
        Ref<> x = Ref<>::borrow(slot(d, i));
        int cmp = richCompareBool(x.get(), args[0], CompareOp::Eq);
        if (cmp < 0) return nullptr;
        if (state != d->state) return setError(&ExcIndexError, "deque mutated during iteration");
        if (cmp > 0) {
            decref(removeAt(d, i));
            return newNone();
        }
    }
    return setError(&ExcValueError, "%R is not in deque", args[0]);
}
Object* mReverse(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("deque.reverse", nargs)) return nullptr;
    DequeObject* d = asDeque(self);
    for (ssize i = 0, j = d->size - 1; i < j; i++, j--) {
        Object* t = slot(d, i);
        slot(d, i) = slot(d, j);
        slot(d, j) = t;
    }
    return newNone();
}
Object* mRotate(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("deque.rotate", nargs, 0, 1)) return nullptr;
    ssize n = 1;
    if (nargs > 0) {
        Ref<> idx = Ref<>::steal(numberIndex(args[0]));
        if (!idx) return nullptr;
        n = asSsize(idx.get(), &ExcOverflowError);
        if (n == -1 && errOccurred()) return nullptr;
    }
    rotate(asDeque(self), n);
    return newNone();
}
Object* mReversed(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("deque.__reversed__", nargs)) return nullptr;
    return dequeIterNew(self, true);
}
Object* mReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("deque.__reduce__", nargs)) return nullptr;
    // The state is what object.__getstate__ gives: None without instance attributes.
    Ref<> dict = Ref<>::steal(callMethod(self, "__getstate__", nullptr, 0));
    if (!dict) return nullptr;
    Ref<> it = Ref<>::steal(getIter(self));
    if (!it) return nullptr;
    DequeObject* d = asDeque(self);
    Ref<> args;
    if (d->maxlen < 0) {
        args = Ref<>::borrow(emptyTuple());
    } else {
        Ref<> ml = Ref<>::steal(intFromSsize(d->maxlen));
        if (!ml) return nullptr;
        args = Ref<>::steal(tuplePack({emptyTuple(), ml.get()}));
        if (!args) return nullptr;
    }
    return tuplePack({asObject(self->type), args.get(), dict.get(), it.get()});
}
Object* mSizeof(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("deque.__sizeof__", nargs)) return nullptr;
    return intFromSsize(self->type->basicSize +
                        asDeque(self)->cap * static_cast<ssize>(sizeof(Object*)));
}

Object* getMaxlen(Object* self, void*) {
    ssize m = asDeque(self)->maxlen;
    return m < 0 ? newNone() : intFromSsize(m);
}

const MethodDef kDequeMethods[] = {
    {"append", mAppend, kMethNoKw, "Add an element to the right side of the deque."},
    {"appendleft", mAppendLeft, kMethNoKw, "Add an element to the left side of the deque."},
    {"clear", mClear, kMethNoKw, "Remove all elements from the deque."},
    {"__copy__", mDunderCopy, kMethNoKw, "Return a shallow copy of a deque."},
    {"copy", mCopy, kMethNoKw, "Return a shallow copy of a deque."},
    {"count", mCount, kMethNoKw, "D.count(value) -> integer -- return number of occurrences of value"},
    {"extend", mExtend, kMethNoKw, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", mExtendLeft, kMethNoKw, "Extend the left side of the deque with elements from the iterable"},
    {"index", mIndex, kMethNoKw,
     "D.index(value, [start, [stop]]) -> integer -- return first index of value.\n"
     "Raises ValueError if the value is not present."},
    {"insert", mInsert, kMethNoKw, "D.insert(index, object) -- insert object before index"},
    {"pop", mPop, kMethNoKw, "Remove and return the rightmost element."},
    {"popleft", mPopLeft, kMethNoKw, "Remove and return the leftmost element."},
    {"__reduce__", mReduce, kMethNoKw, "Return state information for pickling."},
    {"remove", mRemove, kMethNoKw, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", mReversed, kMethNoKw, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", mReverse, kMethNoKw, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", mRotate, kMethNoKw, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__sizeof__", mSizeof, kMethNoKw, "D.__sizeof__() -- size of D in memory, in bytes"},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kDequeGetSets[] = {
    {"maxlen", getMaxlen, nullptr, "maximum size of a deque or None if unbounded", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- iterators ----

struct DequeIterObject {
    Object ob;
    Object* deque;
    ssize index;     // next position (reverse: counted from the right end)
    size_t state;
    ssize counter;   // items left
};
DequeIterObject* asIt(Object* o) { return reinterpret_cast<DequeIterObject*>(o); }

Object* iterAlloc(Type* t, Object* deque) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    DequeIterObject* it = asIt(o);
    it->deque = newRef(deque);
    it->index = 0;
    it->state = asDeque(deque)->state;
    it->counter = asDeque(deque)->size;
    return o;
}

Object* dequeIterNext(Object* o) {
    DequeIterObject* it = asIt(o);
    DequeObject* d = asDeque(it->deque);
    if (d->state != it->state) {
        it->counter = 0;
        return setError(&ExcRuntimeError, "deque mutated during iteration");
    }
    if (it->counter == 0) return nullptr;
    bool reverse = o->type == &DequeRevIterType;
    Object* x = slot(d, reverse ? d->size - 1 - it->index : it->index);
    it->index++;
    it->counter--;
    return newRef(x);
}

void iterDealloc(Object* o) {
    xdecref(asIt(o)->deque);
    freeObject(o);
}
void iterTraverse(Object* o, VisitFn visit, void* arg) {
    if (asIt(o)->deque) visit(asIt(o)->deque, arg);
}

// _deque_iterator(deque, index=0): an iterator advanced by index items (for unpickling).
Object* iterNewSlot(Type* t, Object* args, Object* kwargs) {
    if (!containerNoKwargsDict(t->name, kwargs)) return nullptr;
    ssize n = tupleSize(args);
    if (n < 1 || n > 2) {
        return setError(&ExcTypeError, "function takes at %s %d argument%s (%zd given)",
                        n < 1 ? "least" : "most", n < 1 ? 1 : 2, n < 1 ? "" : "s", n);
    }
    Object* deque = tupleItem(args, 0);
    if (!isDeque(deque)) {
        return setError(&ExcTypeError, "argument 1 must be collections.deque, not %s",
                        deque->type->name);
    }
    ssize index = 0;
    if (n > 1) {
        index = asSsize(tupleItem(args, 1), &ExcOverflowError);
        if (index == -1 && errOccurred()) return nullptr;
    }
    Ref<> it = Ref<>::steal(iterAlloc(t, deque));
    if (!it) return nullptr;
    for (ssize i = 0; i < index; i++) {
        Object* x = dequeIterNext(it.get());
        if (!x) {
            if (errOccurred()) return nullptr;
            break;
        }
        decref(x);
    }
    return it.release();
}

Object* iterLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__length_hint__", nargs)) return nullptr;
    return intFromSsize(asIt(self)->counter);
}
Object* iterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    DequeIterObject* it = asIt(self);
    Ref<> idx = Ref<>::steal(intFromSsize(asDeque(it->deque)->size - it->counter));
    if (!idx) return nullptr;
    Ref<> args = Ref<>::steal(tuplePack({it->deque, idx.get()}));
    if (!args) return nullptr;
    return tuplePack({asObject(self->type), args.get()});
}
const MethodDef kIterMethods[] = {
    {"__length_hint__", iterLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", iterReduce, kMethNoKw, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

Object* dequeIterNew(Object* deque, bool reverse) {
    return iterAlloc(reverse ? &DequeRevIterType : &DequeIterType, deque);
}

}  // namespace

Type DequeType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "collections.deque",
    .basicSize = sizeof(DequeObject),
    .flags = kTypeBaseType | kTypeHaveGC | kTypeSequence | kTypeSeqRepeat,
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
    .weaklistOffset = offsetof(DequeObject, weaklist),
    .methods = kDequeMethods,
    .getsets = kDequeGetSets,
    .dealloc = dequeDealloc,
    .traverse = dequeTraverse,
    .clear = dequeClearSlot,
    .repr = dequeRepr,
    .hash = hashNotImplemented,
    .richCompare = dequeRichCompare,
    .getAttr = genericGetAttr,
    .setAttr = genericSetAttr,
    .new_ = dequeNew,
    .init = dequeInit,
    .iter = dequeIterSlot,
    .length = dequeLen,
    .getItem = dequeGetItem,
    .setItem = dequeSetItem,
    .contains = dequeContains,
    .number = {.add = dequeAdd, .multiply = dequeMultiply, .inplaceAdd = dequeInplaceAdd,
               .inplaceMultiply = dequeInplaceMultiply},
};

Type DequeIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_collections._deque_iterator",
    .basicSize = sizeof(DequeIterObject),
    .flags = kTypeHaveGC,
    .methods = kIterMethods,
    .dealloc = iterDealloc,
    .traverse = iterTraverse,
    .getAttr = genericGetAttr,
    .new_ = iterNewSlot,
    .iter = selfIterSlot,
    .iterNext = dequeIterNext,
};

Type DequeRevIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_collections._deque_reverse_iterator",
    .basicSize = sizeof(DequeIterObject),
    .flags = kTypeHaveGC,
    .methods = kIterMethods,
    .dealloc = iterDealloc,
    .traverse = iterTraverse,
    .getAttr = genericGetAttr,
    .new_ = iterNewSlot,
    .iter = selfIterSlot,
    .iterNext = dequeIterNext,
};

}  // namespace krait
