// The cycle collector's interface (vm/gc). Reference counting frees most objects; the
// collector finds unreachable reference cycles among GC-tracked objects (types with
// kTypeHaveGC, tracked through gcTrack/gcUntrack in objects/type.h).
#pragma once

#include "core/object.h"
#include "core/runtime.h"

namespace krait {

struct GcStats {
    int64_t collections = 0;
    int64_t collected = 0;
    int64_t uncollectable = 0;
};

// Runs a full collection; returns the number of unreachable objects found, -1 on error.
ssize gcCollect(InterpState* interp, int generation);
bool gcIsEnabled(InterpState* interp);
void gcSetEnabled(InterpState* interp, bool enabled);
bool gcIsTracked(Object* o);
void gcGetThreshold(InterpState* interp, int out[3]);
void gcSetThreshold(InterpState* interp, const int in[3]);
void gcGetCount(InterpState* interp, int out[3]);
GcStats gcGetStats(InterpState* interp, int generation);

}  // namespace krait
