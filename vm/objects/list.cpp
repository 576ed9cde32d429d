// list, list_iterator and list_reverseiterator. The sort (a stable merge sort) is in
// listsort.cpp.
#include "objects/list.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/small_alloc.h"
#include "objects/int.h"
#include "objects/seq_util.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

// Ensures room for `newSize` items and sets the size (new slots are NOT initialised). Uses
// CPython's over-allocation pattern so append is amortised O(1).
bool listResize(ListObject* l, ssize newSize) {
    if (l->allocated >= newSize && newSize >= (l->allocated >> 1)) {
        l->size = newSize;
        return true;
    }
    size_t newAlloc = (static_cast<size_t>(newSize) + (static_cast<size_t>(newSize) >> 3) + 6) &
                      ~static_cast<size_t>(3);
    if (newSize - l->size > static_cast<ssize>(newAlloc) - newSize)
        newAlloc = (static_cast<size_t>(newSize) + 3) & ~static_cast<size_t>(3);
    if (newSize == 0) newAlloc = 0;
    if (newAlloc > SIZE_MAX / sizeof(Object*)) {
        setErrorNoMemory();
        return false;
    }
    Object** items = nullptr;
    if (newAlloc) {
        items = static_cast<Object**>(smallRealloc(l->items, newAlloc * sizeof(Object*)));
        if (!items) {
            setErrorNoMemory();
            return false;
        }
    } else {
        smallFree(l->items);
    }
    l->items = items;
    l->size = newSize;
    l->allocated = static_cast<ssize>(newAlloc);
    return true;
}

// Exact-capacity preallocation (list(iterable) with a known length).
bool listReserve(ListObject* l, ssize n) {
    if (l->allocated >= n) return true;
    Object** items = static_cast<Object**>(smallRealloc(l->items, static_cast<size_t>(n) * sizeof(Object*)));
    if (!items) {
        setErrorNoMemory();
        return false;
    }
    l->items = items;
    l->allocated = n;
    return true;
}

void listClearItems(ListObject* l) {
    Object** items = l->items;
    ssize n = l->size;
    // A list being sorted has no items and allocated == -1: leave that marker alone (as
    // CPython's list_clear does), so clearing it during a sort is not "modification".
    if (!items) return;
    l->items = nullptr;
    l->size = 0;
    l->allocated = 0;
    if (items) {
        for (ssize i = n; i > 0; i--) xdecref(items[i - 1]);
        smallFree(items);
    }
}

void listDealloc(Object* o) {
    if (!trashcanEnter(o, listDealloc)) return;
    listClearItems(asList(o));
    freeObject(o);
    trashcanLeave();
}

void listTraverse(Object* o, VisitFn visit, void* arg) {
    ListObject* l = asList(o);
    for (ssize i = 0; i < l->size; i++)
        if (l->items[i]) visit(l->items[i], arg);
}

void listClearSlot(Object* o) { listClearItems(asList(o)); }

Object* listRepr(Object* o) {
    ListObject* l = asList(o);
    if (l->size == 0) return strFromAscii("[]");
    int r = reprEnter(o);
    if (r != 0) return r > 0 ? strFromAscii("[...]") : nullptr;
    std::string out = "[";
    for (ssize i = 0; i < l->size; i++) {
        if (i > 0) out += ", ";
        Object* item = newRef(l->items[i]);
        Object* s = repr(item);
        decref(item);
        if (!s) {
            reprLeave(o);
            return nullptr;
        }
        out.append(strView(s));
        decref(s);
    }
    out += "]";
    reprLeave(o);
    return strFromUtf8(out);
}

Object** listItemsFn(Object* o) { return asList(o)->items; }
ssize listSizeFn(Object* o) { return asList(o)->size; }

Object* listRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isList(a) || !isList(b)) return newNotImplemented();
    if (listSize(a) != listSize(b) && (op == CompareOp::Eq || op == CompareOp::Ne))
        return newBool(op == CompareOp::Ne);
    return seqRichCompare(a, b, op, listItemsFn, listSizeFn);
}

ssize listLen(Object* o) { return listSize(o); }

int listContainsSlot(Object* o, Object* item) {
    ListObject* l = asList(o);
    for (ssize i = 0; i < l->size; i++) {
        Object* x = newRef(l->items[i]);
        int k = richCompareBool(x, item, CompareOp::Eq);
        decref(x);
        if (k != 0) return k;
    }
    return 0;
}

// A list or tuple holding v's items (v itself when it is an exact list or tuple), or null
// with TypeError(msg) if v is not iterable.
Object* seqFast(Object* v, const char* msg) {
    if (isListExact(v) || isTupleExact(v)) return newRef(v);
    Object* it = getIter(v);
    if (!it) {
        if (errMatches(&ExcTypeError)) setError(&ExcTypeError, "%s", msg);
        return nullptr;
    }
    Object* l = listNew(0);
    if (!l) {
        decref(it);
        return nullptr;
    }
    for (;;) {
        Object* x = iterNext(it);
        if (!x) break;
        int rc = listAppend(l, x);
        decref(x);
        if (rc < 0) {
            decref(it);
            decref(l);
            return nullptr;
        }
    }
    decref(it);
    if (errOccurred()) {
        decref(l);
        return nullptr;
    }
    return l;
}
inline ssize fastSize(Object* s) { return isList(s) ? listSize(s) : tupleSize(s); }
inline Object** fastItems(Object* s) { return isList(s) ? asList(s)->items : asTuple(s)->items; }

// a[lo:hi] = v (v null: delete), CPython's list_ass_slice.
int listAssSlice(ListObject* a, ssize lo, ssize hi, Object* v) {
    Ref<> seq;
    ssize n = 0;
    Object** vitems = nullptr;
    if (v) {
        if (v == &a->ob) {
            seq = Ref<>::steal(listSlice(v, 0, a->size));
        } else {
            seq = Ref<>::steal(seqFast(v, "can only assign an iterable"));
        }
        if (!seq) return -1;
        n = fastSize(seq.get());
        vitems = fastItems(seq.get());
    }
    if (lo < 0) lo = 0;
    else if (lo > a->size) lo = a->size;
    if (hi < lo) hi = lo;
    else if (hi > a->size) hi = a->size;
    ssize norig = hi - lo;
    ssize d = n - norig;
    if (a->size + d == 0) {
        listClearItems(a);
        return 0;
    }
    // Keep the replaced items alive until the list is consistent again.
    Object** recycled = nullptr;
    if (norig > 0) {
        recycled = static_cast<Object**>(std::malloc(static_cast<size_t>(norig) * sizeof(Object*)));
        if (!recycled) {
            setErrorNoMemory();
            return -1;
        }
        std::memcpy(recycled, a->items + lo, static_cast<size_t>(norig) * sizeof(Object*));
    }
    ssize oldSize = a->size;
    if (d < 0) {
        std::memmove(a->items + hi + d, a->items + hi,
                     static_cast<size_t>(oldSize - hi) * sizeof(Object*));
        listResize(a, oldSize + d);   // shrinking cannot fail for lack of memory in practice
    } else if (d > 0) {
        if (!listResize(a, oldSize + d)) {
            std::free(recycled);
            return -1;
        }
        std::memmove(a->items + hi + d, a->items + hi,
                     static_cast<size_t>(oldSize - hi) * sizeof(Object*));
    }
    for (ssize k = 0; k < n; k++) a->items[lo + k] = newRef(vitems[k]);
    for (ssize k = norig; k > 0; k--) xdecref(recycled[k - 1]);
    std::free(recycled);
    return 0;
}

Object* listGetItem(Object* o, Object* key) {
    ListObject* l = asList(o);
    if (isIndex(key)) {
        ssize i = asSsize(key, &ExcIndexError);
        if (i == -1 && errOccurred()) return nullptr;
        if (i < 0) i += l->size;
        if (i < 0 || i >= l->size) return setError(&ExcIndexError, "list index out of range");
        return newRef(l->items[i]);
    }
    if (isSlice(key)) {
        ssize start, stop, step, count;
        if (!sliceUnpack(key, l->size, &start, &stop, &step, &count)) return nullptr;
        if (step == 1) return listSlice(o, start, stop);
        Object* r = listNew(count);
        if (!r) return nullptr;
        for (ssize k = 0, j = start; k < count; k++, j += step)
            asList(r)->items[k] = newRef(l->items[j]);
        return r;
    }
    return setError(&ExcTypeError, "list indices must be integers or slices, not %T", key);
}

int listSetItem(Object* o, Object* key, Object* value) {
    ListObject* l = asList(o);
    if (isIndex(key)) {
        ssize i = asSsize(key, &ExcIndexError);
        if (i == -1 && errOccurred()) return -1;
        if (i < 0) i += l->size;
        if (i < 0 || i >= l->size) {
            setError(&ExcIndexError, "list assignment index out of range");
            return -1;
        }
        if (!value) return listAssSlice(l, i, i + 1, nullptr);
        Object* old = l->items[i];
        l->items[i] = newRef(value);
        decref(old);
        return 0;
    }
    if (!isSlice(key)) {
        setError(&ExcTypeError, "list indices must be integers or slices, not %T", key);
        return -1;
    }
    ssize start, stop, step;
    if (!sliceUnpackRaw(key, &start, &stop, &step)) return -1;
    ssize count = sliceAdjustIndices(l->size, &start, &stop, step);
    if (step == 1) return listAssSlice(l, start, stop, value);
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (!value) {
        if (count <= 0) return 0;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (count - 1) - 1;
            step = -step;
        }
        Object** garbage = static_cast<Object**>(std::malloc(static_cast<size_t>(count) * sizeof(Object*)));
        if (!garbage) {
            setErrorNoMemory();
            return -1;
        }
        // Compact: drop items start, start+step, ... (step > 0 now).
        ssize dst = start, g = 0;
        for (ssize src = start; src < l->size; src++) {
            if (g < count && src == start + g * step) {
                garbage[g++] = l->items[src];
            } else {
                l->items[dst++] = l->items[src];
            }
        }
        listResize(l, l->size - count);
        for (ssize k = 0; k < count; k++) decref(garbage[k]);
        std::free(garbage);
        return 0;
    }
    Ref<> seq;
    if (value == o) seq = Ref<>::steal(listSlice(o, 0, l->size));
    else seq = Ref<>::steal(seqFast(value, "must assign iterable to extended slice"));
    if (!seq) return -1;
    ssize n = fastSize(seq.get());
    if (n != count) {
        setError(&ExcValueError, "attempt to assign sequence of size %zd to extended slice of size %zd",
                 n, count);
        return -1;
    }
    if (count == 0) return 0;
    Object** src = fastItems(seq.get());
    Object** garbage = static_cast<Object**>(std::malloc(static_cast<size_t>(count) * sizeof(Object*)));
    if (!garbage) {
        setErrorNoMemory();
        return -1;
    }
    for (ssize k = 0, j = start; k < count; k++, j += step) {
        garbage[k] = l->items[j];
        l->items[j] = newRef(src[k]);
    }
    for (ssize k = 0; k < count; k++) decref(garbage[k]);
    std::free(garbage);
    return 0;
}

Object* listConcat(Object* a, Object* b) {
    if (!isList(a)) return newNotImplemented();
    if (!isList(b)) {
        if (otherMayHandle(b, b->type->number.add, listConcat)) return newNotImplemented();
        return setError(&ExcTypeError, "can only concatenate list (not \"%T\") to list", b);
    }
    ssize na = listSize(a), nb = listSize(b);
    Object* r = listNew(na + nb);
    if (!r) return nullptr;
    for (ssize i = 0; i < na; i++) asList(r)->items[i] = newRef(asList(a)->items[i]);
    for (ssize i = 0; i < nb; i++) asList(r)->items[na + i] = newRef(asList(b)->items[i]);
    return r;
}

// Reads the repeat count of `seq * n`; returns false (with TypeError or NotImplemented in
// *notImpl) when n is not an index.
bool repeatCount(Object* n, BinaryFn mySlot, ssize* count, bool* notImpl) {
    *notImpl = false;
    if (!isIndex(n)) {
        if (otherMayHandle(n, n->type->number.multiply, mySlot)) {
            *notImpl = true;
            return false;
        }
        setError(&ExcTypeError, "can't multiply sequence by non-int of type '%T'", n);
        return false;
    }
    *count = asSsize(n, &ExcOverflowError);
    return !(*count == -1 && errOccurred());
}

Object* listRepeat(Object* a, Object* b) {
    Object* seq = a;
    Object* n = b;
    if (!isList(seq)) std::swap(seq, n);
    if (!isList(seq)) return newNotImplemented();
    ssize count;
    bool notImpl;
    if (!repeatCount(n, listRepeat, &count, &notImpl)) return notImpl ? newNotImplemented() : nullptr;
    ssize len = listSize(seq);
    if (count <= 0 || len == 0) return listNew(0);
    if (len > PTRDIFF_MAX / static_cast<ssize>(sizeof(Object*)) / count) return setErrorNoMemory();
    Object* r = listNew(len * count);
    if (!r) return nullptr;
    Object** dst = asList(r)->items;
    for (ssize k = 0; k < count; k++)
        for (ssize i = 0; i < len; i++) *dst++ = newRef(asList(seq)->items[i]);
    return r;
}

Object* listInplaceConcat(Object* a, Object* b) {
    if (!isList(a)) return newNotImplemented();
    if (listExtend(a, b) < 0) return nullptr;
    return newRef(a);
}

Object* listInplaceRepeat(Object* a, Object* b) {
    if (!isList(a)) return newNotImplemented();
    ssize count;
    bool notImpl;
    if (!repeatCount(b, listInplaceRepeat, &count, &notImpl))
        return notImpl ? newNotImplemented() : nullptr;
    ListObject* l = asList(a);
    ssize len = l->size;
    if (len == 0 || count == 1) return newRef(a);
    if (count <= 0) {
        listClearItems(l);
        return newRef(a);
    }
    if (len > PTRDIFF_MAX / static_cast<ssize>(sizeof(Object*)) / count) return setErrorNoMemory();
    if (!listResize(l, len * count)) return nullptr;
    for (ssize k = 1; k < count; k++)
        for (ssize i = 0; i < len; i++) l->items[k * len + i] = newRef(l->items[i]);
    return newRef(a);
}

Object* listNewSlot(Type* type, Object*, Object*) {
    Object* o = allocObject(type);
    if (!o) return nullptr;
    ListObject* l = asList(o);
    l->size = 0;
    l->allocated = 0;
    l->items = nullptr;
    return o;
}

int listInit(Object* self, Object* args, Object* kwargs) {
    // Keywords are refused unless a subclass has its own __new__ (which may take them).
    if ((self->type == &ListType || self->type->new_ == ListType.new_) &&
        !containerNoKwargsDict("list", kwargs)) {
        return -1;
    }
    ssize n = tupleSize(args);
    if (!checkArgCount("list", static_cast<size_t>(n), 0, 1)) return -1;
    ListObject* l = asList(self);
    if (l->size) listClearItems(l);
    if (n == 1) {
        Object* iterable = tupleItem(args, 0);
        if (iterable->type->length && !l->items) {
            ssize hint = lengthHint(iterable, 0);
            if (hint < 0) return -1;
            if (hint > 0 && hint < (PTRDIFF_MAX >> 4) &&
                !listReserve(l, (hint + 1) & ~static_cast<ssize>(1)))
                return -1;
        }
        return listExtend(self, iterable);
    }
    return 0;
}

Object* listIterSlot(Object* o);
Object* listReversedMethod(Object* self, Object* const*, size_t nargs, Object*);

// ---- methods ----

Object* mAppend(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("list.append", nargs)) return nullptr;
    if (listAppend(self, args[0]) < 0) return nullptr;
    return newNone();
}

Object* mExtend(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("list.extend", nargs)) return nullptr;
    if (listExtend(self, args[0]) < 0) return nullptr;
    return newNone();
}

Object* mInsert(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("insert", nargs, 2, 2)) return nullptr;
    Ref<> idx = Ref<>::steal(numberIndex(args[0]));
    if (!idx) return nullptr;
    ssize i = intAsSsize(idx.get());
    if (i == -1 && errOccurred()) return nullptr;
    if (listInsert(self, i, args[1]) < 0) return nullptr;
    return newNone();
}

Object* mPop(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("pop", nargs, 0, 1)) return nullptr;
    ListObject* l = asList(self);
    ssize i = -1;
    if (nargs == 1) {
        Ref<> idx = Ref<>::steal(numberIndex(args[0]));
        if (!idx) return nullptr;
        i = intAsSsize(idx.get());
        if (i == -1 && errOccurred()) return nullptr;
    }
    if (l->size == 0) return setError(&ExcIndexError, "pop from empty list");
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) return setError(&ExcIndexError, "pop index out of range");
    Object* v = l->items[i];
    std::memmove(l->items + i, l->items + i + 1, static_cast<size_t>(l->size - i - 1) * sizeof(Object*));
    listResize(l, l->size - 1);
    return v;
}

Object* mRemove(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("list.remove", nargs)) return nullptr;
    ListObject* l = asList(self);
    for (ssize i = 0; i < l->size; i++) {
        Object* x = newRef(l->items[i]);
        int k = richCompareBool(x, args[0], CompareOp::Eq);
        decref(x);
        if (k < 0) return nullptr;
        if (k) {
            if (i < l->size && listAssSlice(l, i, i + 1, nullptr) < 0) return nullptr;
            return newNone();
        }
    }
    return setError(&ExcValueError, "list.remove(x): x not in list");
}

Object* mIndex(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("index", nargs, 1, 3)) return nullptr;
    ListObject* l = asList(self);
    ssize start = 0, stop = PTRDIFF_MAX;
    if (nargs >= 2 && !indexArgClip(args[1], &start)) return nullptr;
    if (nargs >= 3 && !indexArgClip(args[2], &stop)) return nullptr;
    if (start < 0) {
        start += l->size;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += l->size;
    }
    for (ssize i = start; i < stop && i < l->size; i++) {
        Object* x = newRef(l->items[i]);
        int k = richCompareBool(x, args[0], CompareOp::Eq);
        decref(x);
        if (k < 0) return nullptr;
        if (k) return intFromSsize(i);
    }
    return setError(&ExcValueError, "%R is not in list", args[0]);
}

Object* mCount(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("list.count", nargs)) return nullptr;
    ListObject* l = asList(self);
    ssize c = 0;
    for (ssize i = 0; i < l->size; i++) {
        Object* x = newRef(l->items[i]);
        int k = richCompareBool(x, args[0], CompareOp::Eq);
        decref(x);
        if (k < 0) return nullptr;
        c += k;
    }
    return intFromSsize(c);
}

Object* mClear(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("list.clear", nargs)) return nullptr;
    listClearItems(asList(self));
    return newNone();
}

Object* mCopy(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("list.copy", nargs)) return nullptr;
    return listSlice(self, 0, listSize(self));
}

Object* mReverse(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("list.reverse", nargs)) return nullptr;
    listReverse(self);
    return newNone();
}

Object* mSort(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"key", "reverse"};
    Object* vals[2];
    if (!parseArgs("sort", args, nargs, kwnames, kNames, 2, 0, vals, 0, 0)) return nullptr;
    Object* key = vals[0] && !isNone(vals[0]) ? vals[0] : nullptr;
    bool reverse = false;
    if (vals[1]) {
        if (isFloat(vals[1]))
            return setError(&ExcTypeError, "'float' object cannot be interpreted as an integer");
        Ref<> idx = Ref<>::steal(numberIndex(vals[1]));
        if (!idx) return nullptr;
        reverse = intSign(idx.get()) != 0;
    }
    if (listSort(self, key, reverse) < 0) return nullptr;
    return newNone();
}

Object* mSizeof(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("list.__sizeof__", nargs)) return nullptr;
    return intFromSsize(self->type->basicSize +
                        asList(self)->allocated * static_cast<ssize>(sizeof(Object*)));
}

const MethodDef kListMethods[] = {
    {"__reversed__", listReversedMethod, kMethNoKw,
     "Return a reverse iterator over the list."},
    {"__sizeof__", mSizeof, kMethNoKw, "Return the size of the list in memory, in bytes."},
    {"clear", mClear, kMethNoKw, "Remove all items from list."},
    {"copy", mCopy, kMethNoKw, "Return a shallow copy of the list."},
    {"append", mAppend, kMethNoKw, "Append object to the end of the list."},
    {"insert", mInsert, kMethNoKw, "Insert object before index."},
    {"extend", mExtend, kMethNoKw, "Extend list by appending elements from the iterable."},
    {"pop", mPop, kMethNoKw,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or "
     "index is out of range."},
    {"remove", mRemove, kMethNoKw,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", mIndex, kMethNoKw,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", mCount, kMethNoKw, "Return number of occurrences of value."},
    {"reverse", mReverse, kMethNoKw, "Reverse *IN PLACE*."},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass,
     "See PEP 585"},
    {"sort", mSort, 0,
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list "
     "itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\n"
     "If a key function is given, apply it once to each list item and sort them,\nascending or "
     "descending, according to their function values.\n\nThe reverse flag can be set to sort in "
     "descending order."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- iterators ----


Object* listIterSlot(Object* o) {
    Object* it = allocObject(&ListIterType);
    if (!it) return nullptr;
    auto* li = reinterpret_cast<ListIterObject*>(it);
    li->index = 0;
    li->seq = newRef(o);
    return it;
}

Object* listIterNext(Object* o) {
    auto* li = reinterpret_cast<ListIterObject*>(o);
    if (!li->seq) return nullptr;
    if (li->index < listSize(li->seq)) return newRef(asList(li->seq)->items[li->index++]);
    clearRef(li->seq);
    return nullptr;
}

Object* listRevIterNext(Object* o) {
    auto* li = reinterpret_cast<ListIterObject*>(o);
    if (!li->seq) return nullptr;
    if (li->index >= 0 && li->index < listSize(li->seq))
        return newRef(asList(li->seq)->items[li->index--]);
    li->index = -1;
    clearRef(li->seq);
    return nullptr;
}

Object* listReversedMethod(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("list.__reversed__", nargs)) return nullptr;
    Object* it = allocObject(&ListRevIterType);
    if (!it) return nullptr;
    auto* li = reinterpret_cast<ListIterObject*>(it);
    li->index = listSize(self) - 1;
    li->seq = newRef(self);
    return it;
}

void listIterDealloc(Object* o) {
    xdecref(reinterpret_cast<ListIterObject*>(o)->seq);
    freeObject(o);
}

void listIterTraverse(Object* o, VisitFn visit, void* arg) {
    auto* li = reinterpret_cast<ListIterObject*>(o);
    if (li->seq) visit(li->seq, arg);
}

Object* listIterLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("list_iterator.__length_hint__", nargs)) return nullptr;
    auto* li = reinterpret_cast<ListIterObject*>(self);
    ssize n = li->seq ? listSize(li->seq) - li->index : 0;
    return intFromSsize(n < 0 ? 0 : n);
}

Object* listRevIterLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("list_reverseiterator.__length_hint__", nargs)) return nullptr;
    auto* li = reinterpret_cast<ListIterObject*>(self);
    ssize n = 0;
    if (li->seq && li->index < listSize(li->seq)) n = li->index + 1;
    return intFromSsize(n < 0 ? 0 : n);
}

Object* listIterReduceGeneral(Object* self, bool forward) {
    auto* li = reinterpret_cast<ListIterObject*>(self);
    Object* fn = builtinFunc(forward ? "iter" : "reversed");
    if (!fn) return nullptr;
    if (li->seq) {
        Ref<> idx = Ref<>::steal(intFromSsize(li->index));
        Ref<> args = Ref<>::steal(tuplePack({li->seq}));
        if (!idx || !args) return nullptr;
        return tuplePack({fn, args.get(), idx.get()});
    }
    Object* iter = builtinFunc("iter");
    if (!iter) return nullptr;
    Ref<> empty = Ref<>::steal(listNew(0));
    if (!empty) return nullptr;
    Ref<> args = Ref<>::steal(tuplePack({empty.get()}));
    return args ? tuplePack({iter, args.get()}) : nullptr;
}

Object* listIterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("list_iterator.__reduce__", nargs)) return nullptr;
    return listIterReduceGeneral(self, true);
}

Object* listRevIterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("list_reverseiterator.__reduce__", nargs)) return nullptr;
    return listIterReduceGeneral(self, false);
}

Object* listIterSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("list_iterator.__setstate__", nargs)) return nullptr;
    auto* li = reinterpret_cast<ListIterObject*>(self);
    ssize i;
    if (!setStateIndex(args[0], &i)) return nullptr;
    if (li->seq) {
        if (i < 0) i = 0;
        else if (i > listSize(li->seq)) i = listSize(li->seq);
        li->index = i;
    }
    return newNone();
}

Object* listRevIterSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("list_reverseiterator.__setstate__", nargs)) return nullptr;
    auto* li = reinterpret_cast<ListIterObject*>(self);
    ssize i;
    if (!setStateIndex(args[0], &i)) return nullptr;
    if (li->seq) {
        if (i < -1) i = -1;
        else if (i > listSize(li->seq) - 1) i = listSize(li->seq) - 1;
        li->index = i;
    }
    return newNone();
}

const MethodDef kListIterMethods[] = {
    {"__reduce__", listIterReduce, kMethNoKw, "Return state information for pickling."},
    {"__setstate__", listIterSetState, kMethNoKw, "Set state information for unpickling."},
    {"__length_hint__", listIterLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kListRevIterMethods[] = {
    {"__reduce__", listRevIterReduce, kMethNoKw, "Return state information for pickling."},
    {"__setstate__", listRevIterSetState, kMethNoKw, "Set state information for unpickling."},
    {"__length_hint__", listRevIterLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// ---- public API ----

Object* listNew(ssize size) {
    if (size < 0) return setError(&ExcSystemError, "negative list size");
    Object* o = allocObject(&ListType);
    if (!o) return nullptr;
    ListObject* l = asList(o);
    l->size = 0;
    l->allocated = 0;
    l->items = nullptr;
    if (size > 0) {
        if (static_cast<size_t>(size) > SIZE_MAX / sizeof(Object*)) {
            decref(o);
            return setErrorNoMemory();
        }
        l->items = static_cast<Object**>(smallCalloc(static_cast<size_t>(size) * sizeof(Object*)));
        if (!l->items) {
            decref(o);
            return setErrorNoMemory();
        }
        l->size = size;
        l->allocated = size;
    }
    return o;
}

Object* listFromArray(Object* const* items, ssize n) {
    Object* l = listNew(n);
    if (!l) return nullptr;
    for (ssize i = 0; i < n; i++) asList(l)->items[i] = newRef(items[i]);
    return l;
}

int listAppend(Object* lo, Object* v) {
    ListObject* l = asList(lo);
    ssize n = l->size;
    if (n < l->allocated) {
        l->items[n] = newRef(v);
        l->size = n + 1;
        return 0;
    }
    if (!listResize(l, n + 1)) return -1;
    l->items[n] = newRef(v);
    return 0;
}

int listExtend(Object* lo, Object* iterable) {
    ListObject* l = asList(lo);
    if (isListExact(iterable) || isTupleExact(iterable) || iterable == lo) {
        ssize n = isList(iterable) ? listSize(iterable) : tupleSize(iterable);
        if (n == 0) return 0;
        ssize m = l->size;
        if (!l->items) {
            // An empty list gets exactly n slots rounded up to even (CPython's
            // list_preallocate_exact), so sys.getsizeof matches.
            if (!listReserve(l, (n + 1) & ~static_cast<ssize>(1))) return -1;
            l->size = n;
        } else if (!listResize(l, m + n)) {
            return -1;
        }
        Object** src = isList(iterable) ? asList(iterable)->items : asTuple(iterable)->items;
        for (ssize i = 0; i < n; i++) l->items[m + i] = newRef(src[i]);
        return 0;
    }
    Object* it = getIter(iterable);
    if (!it) return -1;
    ssize hint = lengthHint(iterable, 8);
    if (hint < 0) {
        decref(it);
        return -1;
    }
    if (hint > 0 && hint < (PTRDIFF_MAX >> 4)) {
        ssize m = l->size;
        if (!listResize(l, m + hint)) {
            decref(it);
            return -1;
        }
        l->size = m;
    }
    IterNextFn next = it->type->iterNext;
    for (;;) {
        Object* x = next ? next(it) : iterNext(it);
        if (!x) break;
        if (l->size < l->allocated) {
            l->items[l->size++] = x;
        } else {
            int rc = listAppend(lo, x);
            decref(x);
            if (rc < 0) {
                decref(it);
                return -1;
            }
        }
    }
    decref(it);
    if (errOccurred()) {
        if (!errMatches(&ExcStopIteration)) return -1;
        clearError();
    }
    // Give back a too-large preallocation (listResize keeps it if at least half is used).
    if (l->size < l->allocated && !listResize(l, l->size)) return -1;
    return 0;
}

int listInsert(Object* lo, ssize where, Object* v) {
    ListObject* l = asList(lo);
    ssize n = l->size;
    if (!listResize(l, n + 1)) return -1;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    }
    if (where > n) where = n;
    std::memmove(l->items + where + 1, l->items + where, static_cast<size_t>(n - where) * sizeof(Object*));
    l->items[where] = newRef(v);
    return 0;
}

Object* listAsTuple(Object* l) { return tupleFromArray(asList(l)->items, listSize(l)); }

int listReverse(Object* lo) {
    ListObject* l = asList(lo);
    if (l->size > 1) {
        Object** lo_ = l->items;
        Object** hi = l->items + l->size - 1;
        while (lo_ < hi) {
            std::swap(*lo_, *hi);
            lo_++;
            hi--;
        }
    }
    return 0;
}

Object* listSlice(Object* l, ssize start, ssize stop) {
    ssize n = listSize(l);
    if (start < 0) start = 0;
    else if (start > n) start = n;
    if (stop < start) stop = start;
    else if (stop > n) stop = n;
    return listFromArray(asList(l)->items + start, stop - start);
}

// Internal for listsort.cpp: detach/attach the item array.
void listDetachItems(Object* lo, Object*** items, ssize* size, ssize* allocated) {
    ListObject* l = asList(lo);
    *items = l->items;
    *size = l->size;
    *allocated = l->allocated;
    l->items = nullptr;
    l->size = 0;
    l->allocated = -1;
}

// Reattaches the array; returns false if the list was modified meanwhile (its interim content
// is discarded).
bool listAttachItems(Object* lo, Object** items, ssize size, ssize allocated) {
    ListObject* l = asList(lo);
    bool modified = l->allocated != -1;
    Object** interim = l->items;
    ssize interimSize = l->size;
    l->items = items;
    l->size = size;
    l->allocated = allocated;
    if (interim) {
        for (ssize i = interimSize; i > 0; i--) xdecref(interim[i - 1]);
        smallFree(interim);
    }
    return !modified;
}

Type ListType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "list",
    .basicSize = sizeof(ListObject),
    .flags = kTypeBaseType | kTypeHaveGC | kTypeListSubclass | kTypeSequence | kTypeSeqRepeat,
    .doc = "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
           "empty list.\nThe argument must be an iterable if specified.",
    .methods = kListMethods,
    .dealloc = listDealloc,
    .traverse = listTraverse,
    .clear = listClearSlot,
    .repr = listRepr,
    .hash = hashNotImplemented,
    .richCompare = listRichCompare,
    .new_ = listNewSlot,
    .init = listInit,
    .iter = listIterSlot,
    .length = listLen,
    .getItem = listGetItem,
    .setItem = listSetItem,
    .contains = listContainsSlot,
    .number = {.add = listConcat, .multiply = listRepeat, .inplaceAdd = listInplaceConcat,
               .inplaceMultiply = listInplaceRepeat},
};

Type ListIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "list_iterator",
    .basicSize = sizeof(ListIterObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kListIterMethods,
    .dealloc = listIterDealloc,
    .traverse = listIterTraverse,
    .iter = selfIterSlot,
    .iterNext = listIterNext,
};

Type ListRevIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "list_reverseiterator",
    .basicSize = sizeof(ListIterObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kListRevIterMethods,
    .dealloc = listIterDealloc,
    .traverse = listIterTraverse,
    .iter = selfIterSlot,
    .iterNext = listRevIterNext,
};

}  // namespace krait
