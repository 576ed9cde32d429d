// The cycle collector's interface (vm/gc). Reference counting frees most objects; the
// collector finds unreachable reference cycles among GC-tracked objects.
//
// Layout: every object of a kTypeHaveGC type allocated by allocVarObject (objects/type.cpp)
// has a GcHead of kGcHeaderSize bytes placed immediately BEFORE the object (as CPython's
// PyGC_Head): the intrusive doubly-linked list of its generation, whose back link also
// carries the collector's flags and, during a collection, gc_refs. Statically allocated objects of GC types (static builtin types, the
// empty tuple, ...) have no header: they are all immortal (kImmortalRefcnt), which is how
// gcHasHeader() tells them apart, and the collector never touches them.
#pragma once

#include <cstddef>

#include "core/object.h"
#include "core/runtime.h"

namespace krait {

// Bytes allocVarObject reserves in front of objects of kTypeHaveGC types: two words, as
// CPython's PyGC_Head (the generation list's links, with the collector's flags and gc_refs
// packed into the low bits and the back link; see collector.cpp). Objects stay 8-byte aligned.
constexpr size_t kGcHeaderSize = 2 * sizeof(void*);

// Allocation hooks used ONLY by allocVarObject/freeObject (objects/type.cpp): gcOnAlloc
// counts the allocation, may run an automatic collection (before the new object is linked,
// so the collector never sees it half-built), then tracks the object in generation 0.
// gcOnFree untracks it and returns the start of the memory block to free.
void gcOnAlloc(Object* o);
void* gcOnFree(Object* o);

// For free lists of GC objects (slice's one-object cache): gcPrepareReuse untracks a dying o
// and resets its collector state without freeing it or changing the allocation count;
// gcTrack(o) re-links it when it is handed out again.
void gcPrepareReuse(Object* o);
// An allocation that belongs to an object allocated just before (an instance's __dict__, which
// CPython 3.11 keeps inline in the instance): takes it back out of the generation-0 count, so
// collections run as often as CPython's.
void gcDiscountAllocation();

struct GcStats {
    int64_t collections = 0;
    int64_t collected = 0;
    int64_t uncollectable = 0;
};

// Runs a collection of generations 0..generation (0-2); returns the number of unreachable
// objects found, -1 on error. Returns 0 without collecting if a collection is running.
ssize gcCollect(InterpState* interp, int generation);
bool gcIsEnabled(InterpState* interp);
void gcSetEnabled(InterpState* interp, bool enabled);
// True if o has a GC header (allocated with one: a GC type and not a static object).
bool gcHasHeader(Object* o);
// gc.is_tracked(o): CPython's answer (tuples and dicts holding only atomic values report
// untracked, as CPython untracks them).
bool gcIsTracked(Object* o);
// PEP 442: true if o's finalizer (tp_finalize / __del__) already ran.
bool gcIsFinalized(Object* o);
// For dealloc functions that call type->finalize: returns true (and marks o finalized) if the
// finalizer must run now, false if it already ran once (a resurrected object dying again).
// Objects without a GC header always return true.
bool gcMarkFinalized(Object* o);
void gcGetThreshold(InterpState* interp, int out[3]);
void gcSetThreshold(InterpState* interp, const int in[3]);
void gcGetCount(InterpState* interp, int out[3]);
GcStats gcGetStats(InterpState* interp, int generation);
int gcGetDebug(InterpState* interp);
void gcSetDebug(InterpState* interp, int flags);

// gc.freeze(): moves every tracked object to the permanent generation (never collected).
void gcFreeze(InterpState* interp);
void gcUnfreeze(InterpState* interp);
ssize gcGetFreezeCount(InterpState* interp);
// gc.get_objects(generation): a new list of the tracked objects (generation -1: all).
Object* gcGetObjects(InterpState* interp, int generation);
// gc.get_referrers(*objs) / gc.get_referents(*objs): new lists.
Object* gcGetReferrers(InterpState* interp, Object* const* objs, size_t n);
Object* gcGetReferents(Object* const* objs, size_t n);
// The gc module's `garbage` and `callbacks` lists (borrowed from the state; created on first
// use). gc.callbacks are called with ("start"|"stop", info) around each collection.
Object* gcGarbageList(InterpState* interp);
Object* gcCallbacksList(InterpState* interp);

// Explicit tracking (objects/type.h declares gcTrack/gcUntrack too): gcTrack links an
// untracked object with a header into generation 0; gcUntrack unlinks it. Both ignore
// objects without a header.
void gcTrack(Object* o);
void gcUntrack(Object* o);

}  // namespace krait
