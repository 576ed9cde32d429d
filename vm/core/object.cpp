// Reference-count release: the one out-of-line part of core/object.h.
#include "core/object.h"

#include <vector>

#include "core/abstract.h"
#include "gc/gc.h"
#include "objects/seq_util.h"
#include "objects/type.h"

namespace krait {

namespace {
// Trashcan (objects/seq_util.h): nested deallocations on this thread, and the objects whose
// deallocation was deferred because the nesting was too deep. Every deallocation counts (a
// chain of any objects, such as a million method-wrappers each holding the previous one,
// frees without recursing deeper than this), and container deallocs count once more.
// TODO: move into ThreadState once it has a slot for it.
constexpr int kTrashcanLimit = 100;
struct TrashEntry {
    Object* obj;
    DeallocFn dealloc;
};
thread_local int tDeallocDepth = 0;
// Whether tTrash holds anything: a trivially destructible thread-local, so the check on every
// deallocation needs no call to the vector's thread-local init wrapper.
thread_local bool tTrashPending = false;
thread_local std::vector<TrashEntry> tTrash;

void drainTrash() {
    while (!tTrash.empty()) {
        TrashEntry e = tTrash.back();
        tTrash.pop_back();
        e.dealloc(e.obj);   // re-enters at depth 0
    }
    tTrashPending = false;
}
}  // namespace

bool trashcanEnter(Object* o, DeallocFn dealloc) {
    if (tDeallocDepth >= kTrashcanLimit) {
        gcUntrack(o);
        tTrash.push_back({o, dealloc});
        tTrashPending = true;
        return false;
    }
    ++tDeallocDepth;
    return true;
}

void trashcanLeave() {
    if (--tDeallocDepth == 0 && tTrashPending) drainTrash();
}

void deallocObject(Object* o) {
    if (!trashcanEnter(o, deallocObject)) return;
    Type* t = o->type;
    if (t->dealloc) {
        t->dealloc(o);
    } else {
        freeObject(o);
    }
    trashcanLeave();
}

}  // namespace krait
