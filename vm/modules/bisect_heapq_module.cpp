// The _bisect and _heapq accelerator modules (CPython's Modules/_bisectmodule.c and
// _heapqmodule.c): bisect.py and heapq.py import them and fall back to their pure-Python code
// only when they are missing. Same algorithms, comparisons (only `<`) and errors as CPython,
// so results and the order of __lt__ calls match.
#include <cstddef>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"

namespace krait {

namespace {

using Args = Object* const*;

// ---- _bisect ----

// seq[i] as PySequence_GetItem (lists directly); new reference or null.
Object* seqItem(Object* seq, ssize i) {
    if (seq->type == &ListType) {
        if (i >= listSize(seq)) return setError(&ExcIndexError, "list index out of range");
        return newRef(listItem(seq, i));
    }
    if (seq->type->flags & kTypeDictSubclass) {
        // A mapping without sequence item access (PySequence_GetItem's error).
        return setError(&ExcTypeError, "%s is not a sequence", seq->type->name);
    }
    Ref<> idx = Ref<>::steal(intFromInt64(i));
    if (!idx) return nullptr;
    return getItem(seq, idx.get());
}

// Parses (a, x, lo=0, hi=None, *, key=None); false on error.
bool parseBisectArgs(const char* fname, Args args, size_t nargs, Object* kwnames, Object** seq,
                     Object** x, ssize* lo, ssize* hi, Object** key) {
    static const char* const kNames[] = {"a", "x", "lo", "hi", "key"};
    Object* a[5] = {};
    if (!parseArgs(fname, args, nargs, kwnames, kNames, 5, 2, a, 0, 4)) return false;
    *seq = a[0];
    *x = a[1];
    *lo = 0;
    if (a[2]) {
        *lo = asSsize(a[2], &ExcOverflowError);
        if (*lo == -1 && errOccurred()) return false;
    }
    *hi = -1;
    if (a[3] && !isNone(a[3])) {
        *hi = asSsize(a[3], &ExcOverflowError);
        if (*hi == -1 && errOccurred()) return false;
    }
    *key = a[4] && !isNone(a[4]) ? a[4] : nullptr;
    if (*lo < 0) {
        setError(&ExcValueError, "lo must be non-negative");
        return false;
    }
    if (*hi == -1) {
        *hi = length(*seq);
        if (*hi < 0) return false;
    }
    return true;
}

// The insertion point of x in seq[lo:hi]: after equal items (right) or before them (left).
// -1 on error.
ssize bisectIndex(Object* seq, Object* x, ssize lo, ssize hi, Object* key, bool right) {
    while (lo < hi) {
        // lo + hi cannot overflow: both are at most PY_SSIZE_T_MAX.
        ssize mid = static_cast<ssize>((static_cast<size_t>(lo) + static_cast<size_t>(hi)) / 2);
        Ref<> item = Ref<>::steal(seqItem(seq, mid));
        if (!item) return -1;
        if (key) {
            item.reset(callOneArg(key, item.get()));
            if (!item) return -1;
        }
        int res = right ? richCompareBool(x, item.get(), CompareOp::Lt)
                        : richCompareBool(item.get(), x, CompareOp::Lt);
        if (res < 0) return -1;
        if (right) {
            if (res)
                hi = mid;
            else
                lo = mid + 1;
        } else {
            if (res)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    return lo;
}

Object* bisectCommon(const char* fname, Args args, size_t nargs, Object* kwnames, bool right) {
    Object *seq, *x, *key;
    ssize lo, hi;
    if (!parseBisectArgs(fname, args, nargs, kwnames, &seq, &x, &lo, &hi, &key)) return nullptr;
    ssize r = bisectIndex(seq, x, lo, hi, key, right);
    if (r < 0) return nullptr;
    return intFromInt64(r);
}

Object* insortCommon(const char* fname, Args args, size_t nargs, Object* kwnames, bool right) {
    Object *seq, *x, *key;
    ssize lo, hi;
    if (!parseBisectArgs(fname, args, nargs, kwnames, &seq, &x, &lo, &hi, &key)) return nullptr;
    ssize index;
    if (key) {
        Ref<> kx = Ref<>::steal(callOneArg(key, x));
        if (!kx) return nullptr;
        index = bisectIndex(seq, kx.get(), lo, hi, key, right);
    } else {
        index = bisectIndex(seq, x, lo, hi, nullptr, right);
    }
    if (index < 0) return nullptr;
    if (seq->type == &ListType) {
        if (listInsert(seq, index, x) < 0) return nullptr;
        return newNone();
    }
    Ref<> idx = Ref<>::steal(intFromInt64(index));
    if (!idx) return nullptr;
    Object* margs[2] = {idx.get(), x};
    Ref<> r = Ref<>::steal(callMethod(seq, "insert", margs, 2));
    if (!r) return nullptr;
    return newNone();
}

Object* bisectRight(Object*, Args args, size_t nargs, Object* kwnames) {
    return bisectCommon("bisect_right", args, nargs, kwnames, true);
}
Object* bisectLeft(Object*, Args args, size_t nargs, Object* kwnames) {
    return bisectCommon("bisect_left", args, nargs, kwnames, false);
}
Object* insortRight(Object*, Args args, size_t nargs, Object* kwnames) {
    return insortCommon("insort_right", args, nargs, kwnames, true);
}
Object* insortLeft(Object*, Args args, size_t nargs, Object* kwnames) {
    return insortCommon("insort_left", args, nargs, kwnames, false);
}

const MethodDef kBisectMethods[] = {
    {"bisect_right", bisectRight, 0,
     "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
     "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
     "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
     "insert just after the rightmost x already there.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {"insort_right", insortRight, 0,
     "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
     "If x is already in a, insert it to the right of the rightmost x.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {"bisect_left", bisectLeft, 0,
     "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
     "The return value i is such that all e in a[:i] have e < x, and all e in\n"
     "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
     "insert just before the leftmost x already there.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {"insort_left", insortLeft, 0,
     "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
     "If x is already in a, insert it to the left of the leftmost x.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- _heapq ----
// Invariant: heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2] (>= for the _max variants).
// A comparison may run Python code that resizes the list; that is detected after each one.

bool sizeChanged(Object* heap, ssize size) {
    if (listSize(heap) != size) {
        setError(&ExcRuntimeError, "list changed size during iteration");
        return true;
    }
    return false;
}

// a < b (or b < a for the max-heap), holding references during the call. -1 on error.
int heapLess(Object* a, Object* b, bool max) {
    Ref<> ra = Ref<>::borrow(a);
    Ref<> rb = Ref<>::borrow(b);
    return max ? richCompareBool(rb.get(), ra.get(), CompareOp::Lt)
               : richCompareBool(ra.get(), rb.get(), CompareOp::Lt);
}

void swapItems(Object* heap, ssize i, ssize j) {
    Object* t = listItem(heap, i);
    listSetItemSteal(heap, i, listItem(heap, j));
    listSetItemSteal(heap, j, t);
}

// Moves heap[pos] up towards startpos while it is smaller than its parent.
bool siftDown(Object* heap, ssize startpos, ssize pos, bool max) {
    ssize size = listSize(heap);
    if (pos >= size) {
        setError(&ExcIndexError, "index out of range");
        return false;
    }
    while (pos > startpos) {
        ssize parentpos = (pos - 1) >> 1;
        int cmp = heapLess(listItem(heap, pos), listItem(heap, parentpos), max);
        if (cmp < 0) return false;
        if (sizeChanged(heap, size)) return false;
        if (cmp == 0) break;
        swapItems(heap, pos, parentpos);
        pos = parentpos;
    }
    return true;
}

// Moves the smaller child up until heap[pos] reaches a leaf, then sifts it down into place.
bool siftUp(Object* heap, ssize pos, bool max) {
    ssize endpos = listSize(heap);
    ssize startpos = pos;
    if (pos >= endpos) {
        setError(&ExcIndexError, "index out of range");
        return false;
    }
    ssize limit = endpos >> 1;
    while (pos < limit) {
        ssize childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int cmp = heapLess(listItem(heap, childpos), listItem(heap, childpos + 1), max);
            if (cmp < 0) return false;
            childpos += (cmp ^ 1);
            if (sizeChanged(heap, endpos)) return false;
        }
        swapItems(heap, childpos, pos);
        pos = childpos;
    }
    return siftDown(heap, startpos, pos, max);
}

// "heappush() argument 1 must be list, not tuple" (one-argument functions: "argument must").
bool checkHeap(const char* fname, Object* heap, bool first) {
    if (!isInstanceOf(heap, &ListType)) {
        setError(&ExcTypeError, "%s() argument %smust be list, not %s", fname, first ? "1 " : "",
                 isNone(heap) ? "None" : typeName(heap->type));
        return false;
    }
    return true;
}

// Argument checks of the one-argument functions (METH_O in CPython).
bool checkOneArg(const char* fname, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames) > 0) {
        setError(&ExcTypeError, "_heapq.%s() takes no keyword arguments", fname);
        return false;
    }
    if (nargs != 1) {
        setError(&ExcTypeError, "_heapq.%s() takes exactly one argument (%zu given)", fname,
                 nargs);
        return false;
    }
    return true;
}

// The two-argument functions: "_heapq.heappush() takes no keyword arguments",
// "heappush expected 2 arguments, got 1".
bool checkTwoArgs(const char* fname, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames) > 0) {
        setError(&ExcTypeError, "_heapq.%s() takes no keyword arguments", fname);
        return false;
    }
    return checkArgCount(fname, nargs, 2, 2);
}

Object* heappush(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkTwoArgs("heappush", nargs, kwnames)) return nullptr;
    Object* heap = args[0];
    if (!checkHeap("heappush", heap, true)) return nullptr;
    if (listAppend(heap, args[1]) < 0) return nullptr;
    if (!siftDown(heap, 0, listSize(heap) - 1, false)) return nullptr;
    return newNone();
}

Object* popCommon(const char* fname, Args args, size_t nargs, Object* kwnames, bool max) {
    if (!checkOneArg(fname, nargs, kwnames)) return nullptr;
    Object* heap = args[0];
    if (!checkHeap(fname, heap, false)) return nullptr;
    ssize n = listSize(heap);
    if (n == 0) return setError(&ExcIndexError, "index out of range");
    Object* last = listItem(heap, n - 1);
    asList(heap)->size = n - 1;
    if (n - 1 == 0) return last;
    Object* result = listItem(heap, 0);
    listSetItemSteal(heap, 0, last);
    if (!siftUp(heap, 0, max)) {
        decref(result);
        return nullptr;
    }
    return result;
}

Object* heappop(Object*, Args args, size_t nargs, Object* kwnames) {
    return popCommon("heappop", args, nargs, kwnames, false);
}
Object* heappopMax(Object*, Args args, size_t nargs, Object* kwnames) {
    return popCommon("_heappop_max", args, nargs, kwnames, true);
}

Object* replaceCommon(const char* fname, Args args, size_t nargs, Object* kwnames, bool max) {
    if (!checkTwoArgs(fname, nargs, kwnames)) return nullptr;
    Object* heap = args[0];
    if (!checkHeap(fname, heap, true)) return nullptr;
    if (listSize(heap) == 0) return setError(&ExcIndexError, "index out of range");
    Object* result = listItem(heap, 0);
    listSetItemSteal(heap, 0, newRef(args[1]));
    if (!siftUp(heap, 0, max)) {
        decref(result);
        return nullptr;
    }
    return result;
}

Object* heapreplace(Object*, Args args, size_t nargs, Object* kwnames) {
    return replaceCommon("heapreplace", args, nargs, kwnames, false);
}
Object* heapreplaceMax(Object*, Args args, size_t nargs, Object* kwnames) {
    return replaceCommon("_heapreplace_max", args, nargs, kwnames, true);
}

Object* heappushpop(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkTwoArgs("heappushpop", nargs, kwnames)) return nullptr;
    Object* heap = args[0];
    Object* item = args[1];
    if (!checkHeap("heappushpop", heap, true)) return nullptr;
    if (listSize(heap) == 0) return newRef(item);
    int cmp = heapLess(listItem(heap, 0), item, false);
    if (cmp < 0) return nullptr;
    if (cmp == 0) return newRef(item);
    if (listSize(heap) == 0) return setError(&ExcIndexError, "index out of range");
    Object* result = listItem(heap, 0);
    listSetItemSteal(heap, 0, newRef(item));
    if (!siftUp(heap, 0, false)) {
        decref(result);
        return nullptr;
    }
    return result;
}

Object* heapifyCommon(const char* fname, Args args, size_t nargs, Object* kwnames, bool max) {
    if (!checkOneArg(fname, nargs, kwnames)) return nullptr;
    Object* heap = args[0];
    if (!checkHeap(fname, heap, false)) return nullptr;
    // Bottom-up: every parent, last first (the children of n/2.. are leaves).
    for (ssize i = listSize(heap) / 2 - 1; i >= 0; i--) {
        if (!siftUp(heap, i, max)) return nullptr;
    }
    return newNone();
}

Object* heapify(Object*, Args args, size_t nargs, Object* kwnames) {
    return heapifyCommon("heapify", args, nargs, kwnames, false);
}
Object* heapifyMax(Object*, Args args, size_t nargs, Object* kwnames) {
    return heapifyCommon("_heapify_max", args, nargs, kwnames, true);
}

const MethodDef kHeapqMethods[] = {
    {"heappush", heappush, 0,
     "Push item onto heap, maintaining the heap invariant."},
    {"heappushpop", heappushpop, 0,
     "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
     "The combined action runs more efficiently than heappush() followed by\n"
     "a separate call to heappop()."},
    {"heappop", heappop, 0,
     "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", heapreplace, 0,
     "Pop and return the current smallest value, and add the new item.\n\n"
     "This is more efficient than heappop() followed by heappush(), and can be\n"
     "more appropriate when using a fixed-size heap.  Note that the value\n"
     "returned may be larger than item!  That constrains reasonable uses of\n"
     "this routine unless written as part of a conditional replacement:\n\n"
     "    if item > heap[0]:\n"
     "        item = heapreplace(heap, item)"},
    {"heapify", heapify, 0, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", heappopMax, 0, "Maxheap variant of heappop."},
    {"_heapreplace_max", heapreplaceMax, 0, "Maxheap variant of heapreplace."},
    {"_heapify_max", heapifyMax, 0, "Maxheap variant of heapify."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createBisectModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_bisect"));
    if (!m || !moduleAddFunctions(m.get(), kBisectMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__",
                         "Bisection algorithms.\n\nThis module provides support for maintaining a "
                         "list in sorted order without\nhaving to sort the list after each "
                         "insertion. For long lists of items with\nexpensive comparison "
                         "operations, this can be an improvement over the more\ncommon "
                         "approach.\n")) {
        return nullptr;
    }
    return m.release();
}

Object* createHeapqModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_heapq"));
    if (!m || !moduleAddFunctions(m.get(), kHeapqMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__",
                         "Heap queue algorithm (a.k.a. priority queue).\n\n"
                         "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
                         "all k, counting elements from 0.  For the sake of comparison,\n"
                         "non-existing elements are considered to be infinite.  The interesting\n"
                         "property of a heap is that a[0] is always its smallest element.\n\n"
                         "Usage:\n\n"
                         "heap = []            # creates an empty heap\n"
                         "heappush(heap, item) # pushes a new item on the heap\n"
                         "item = heappop(heap) # pops the smallest item from the heap\n"
                         "item = heap[0]       # smallest item on the heap without popping it\n"
                         "heapify(x)           # transforms list into a heap, in-place, in linear "
                         "time\n"
                         "item = heappushpop(heap, item) # pushes a new item and then returns\n"
                         "                               # the smallest item; the heap size is "
                         "unchanged\n"
                         "item = heapreplace(heap, item) # pops and returns smallest item, and "
                         "adds\n"
                         "                               # new item; the heap size is unchanged\n\n"
                         "Our API differs from textbook heap algorithms as follows:\n\n"
                         "- We use 0-based indexing.  This makes the relationship between the\n"
                         "  index for a node and the indexes for its children slightly less\n"
                         "  obvious, but is more suitable since Python uses 0-based indexing.\n\n"
                         "- Our heappop() method returns the smallest item, not the largest.\n\n"
                         "These two make it possible to view the heap as a regular Python list\n"
                         "without surprises: heap[0] is the smallest item, and heap.sort()\n"
                         "maintains the heap invariant!\n")) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
