// range objects and their iterator. A range keeps its start/stop/step/length as int objects
// and, when all four fit in int64 (`small`), also as int64 for the fast paths.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct RangeObject {
    Object ob;
    Object* start;
    Object* stop;
    Object* step;
    Object* length;
    bool small;
    int64_t istart, istop, istep, ilen;
};

// Iterator state: when `big` is false, values are next = start + index*step computed in int64
// (remaining counts the items left); otherwise bigNext/bigStep/bigRemaining are int objects.
struct RangeIterObject {
    Object ob;
    int64_t next;
    int64_t step;
    int64_t remaining;
    int64_t start;   // original first value and length (small mode; for __reduce__)
    int64_t len;
    bool big;
    Object* bigNext;
    Object* bigStep;
    Object* bigRemaining;
};

inline RangeObject* asRange(Object* o) { return reinterpret_cast<RangeObject*>(o); }
inline bool isRange(const Object* o) { return o->type == &RangeType; }

// range(start, stop, step) with int64 bounds (step != 0). New reference.
Object* rangeNew(int64_t start, int64_t stop, int64_t step);
// range(start, stop, step) from int objects (step non-zero). New reference.
Object* rangeFromObjects(Object* start, Object* stop, Object* step);

// len(range): a range keeps its length as an int, so the result is exact up to sys.maxsize
// (2**63-1) on every target, 32-bit wasm included where ssize stops at 2**31-1; past it,
// OverflowError as CPython. New reference (null with the error set).
Object* rangeLenObject(Object* o);

}  // namespace krait
