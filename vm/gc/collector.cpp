// Cycle collector state and entry points.
// TODO(issue 2): the collector itself (tracking list + trial deletion over traverse slots) is
// not written yet: gcCollect finds nothing, so reference cycles are only freed at exit.
#include "gc/gc.h"

namespace krait {

namespace {
struct GcState {
    bool enabled = true;
    int threshold[3] = {700, 10, 10};
    GcStats stats[3];
};
GcState* stateOf(InterpState* interp) {
    if (!interp->gcState) interp->gcState = new GcState();
    return static_cast<GcState*>(interp->gcState);
}
}  // namespace

ssize gcCollect(InterpState* interp, int generation) {
    GcState* s = stateOf(interp);
    s->stats[generation].collections++;
    return 0;
}
bool gcIsEnabled(InterpState* interp) { return stateOf(interp)->enabled; }
void gcSetEnabled(InterpState* interp, bool enabled) { stateOf(interp)->enabled = enabled; }
bool gcIsTracked(Object* o) { return (o->type->flags & kTypeHaveGC) != 0; }
void gcGetThreshold(InterpState* interp, int out[3]) {
    for (int i = 0; i < 3; i++) out[i] = stateOf(interp)->threshold[i];
}
void gcSetThreshold(InterpState* interp, const int in[3]) {
    for (int i = 0; i < 3; i++) stateOf(interp)->threshold[i] = in[i];
}
void gcGetCount(InterpState*, int out[3]) { out[0] = out[1] = out[2] = 0; }
GcStats gcGetStats(InterpState* interp, int generation) { return stateOf(interp)->stats[generation]; }

}  // namespace krait
