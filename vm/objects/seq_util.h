// Small helpers shared by the container and iterator types (tuple, list, dict, set, range,
// slice, iterators): CPython's argument-count messages for METH_O / METH_NOARGS methods, the
// repr recursion guard and KeyError raising. Private to vm/objects/ containers.
#pragma once

#include "core/errors.h"
#include "core/object.h"
#include "core/types.h"

namespace krait {

// "name() takes no arguments (N given)" unless nargs == 0.
inline bool checkNoArgs(const char* name, size_t nargs) {
    if (nargs == 0) return true;
    setError(&ExcTypeError, "%s() takes no arguments (%zu given)", name, nargs);
    return false;
}
// "name() takes exactly one argument (N given)" unless nargs == 1.
inline bool checkOneArg(const char* name, size_t nargs) {
    if (nargs == 1) return true;
    setError(&ExcTypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    return false;
}
// "name() takes no keyword arguments" if kwnames holds any name.
bool containerNoKwargs(const char* name, Object* kwnames);
// The same for a kwargs dict of a new/init slot (null or empty is fine).
bool containerNoKwargsDict(const char* name, Object* kwargs);

// Repr recursion guard (CPython's Py_ReprEnter/Py_ReprLeave): returns 1 if o's repr is
// already in progress on this thread (the caller then prints "[...]" etc.), 0 if entered
// (call reprLeave(o) afterwards), -1 on error.
int reprEnter(Object* o);
void reprLeave(Object* o);

// Trashcan (CPython's Py_TRASHCAN_BEGIN/END): bounds C++ recursion when a deeply nested
// container is freed. A dealloc function starts with
//     if (!trashcanEnter(o, thisDealloc)) return;
// and ends with trashcanLeave(). Past a nesting depth, trashcanEnter untracks o, queues it and
// returns false; queued objects are freed (by calling `dealloc` again) when the outermost
// dealloc finishes.
bool trashcanEnter(Object* o, DeallocFn dealloc);
void trashcanLeave();

// Raises KeyError(key) with key as the single argument (also when key is a tuple).
Object* setKeyError(Object* key);

// For a binary sequence operation (concatenation/repetition) whose other operand has the
// wrong type: true if that operand's class may still handle it through its own reflected
// slot (a Python class defining the operator), so the caller returns NotImplemented instead
// of raising.
inline bool otherMayHandle(Object* other, BinaryFn otherSlot, BinaryFn mySlot) {
    return otherSlot && otherSlot != mySlot && (other->type->flags & kTypeHeap);
}

// cls.__class_getitem__(item): a types.GenericAlias(cls, item) (PEP 585), as CPython's
// Py_GenericAlias. The alias type is defined in tuple.cpp and readied on first use.
Object* classGetItemSelf(Object* cls, Object* const* args, size_t nargs, Object* kwnames);

// The builtins iter / reversed functions (borrowed; null with an error if missing), for the
// iterators' __reduce__.
Object* builtinFunc(const char* name);
// Index argument of an iterator's __setstate__ (clipped like CPython's PyLong_AsSsize_t use).
bool setStateIndex(Object* state, ssize* out);

// start/stop arguments of index() methods (clipped as CPython's _PyEval_SliceIndexNotNone).
bool indexArgClip(Object* o, ssize* out);

// Lexicographic comparison of two sequences (tuple/list richcompare); the accessors are called
// again after every element comparison because comparisons may mutate lists.
Object* seqRichCompare(Object* a, Object* b, CompareOp op, Object** (*itemsFn)(Object*),
                       ssize (*sizeFn)(Object*));

}  // namespace krait
