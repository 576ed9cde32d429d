// slice objects and the index/slice helpers every sequence's __getitem__ uses.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct SliceObject {
    Object ob;
    Object* start;   // never null (None when absent)
    Object* stop;
    Object* step;
};

inline SliceObject* asSlice(Object* o) { return reinterpret_cast<SliceObject*>(o); }
inline bool isSlice(const Object* o) { return o->type == &SliceType; }

// slice(start, stop, step); null arguments mean None. New reference.
Object* sliceNew(Object* start, Object* stop, Object* step);
// Frees the slice cached by the calling thread (a thread that ends).
void sliceCacheClear();

// Resolves `slice` against a sequence of length `len` (CPython's PySlice_Unpack followed by
// PySlice_AdjustIndices): stores the clipped start, stop, step and the number of selected
// items. Returns false with TypeError/ValueError set for bad indices or a zero step.
bool sliceUnpack(Object* slice, ssize len, ssize* start, ssize* stop, ssize* step, ssize* count);
// The first half of sliceUnpack (no clipping to a length).
bool sliceUnpackRaw(Object* slice, ssize* start, ssize* stop, ssize* step);
// Clips start/stop for a sequence of `len` items and returns the slice length.
ssize sliceAdjustIndices(ssize len, ssize* start, ssize* stop, ssize step);

}  // namespace krait
