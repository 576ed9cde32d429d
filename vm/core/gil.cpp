// The GIL (see gil.h for the invariants).
#include "core/gil.h"

#include <atomic>
#include <new>

#include "core/errors.h"
#include "core/small_alloc.h"
#include "core/types.h"
#include "platform/threads.h"

namespace krait {

struct Gil {
    platform::ThreadMutex mutex;
    platform::CondVar released;   // signalled when the GIL becomes free
    platform::CondVar switched;   // signalled when a thread has taken the GIL
    bool locked = false;
    ThreadState* lastHolder = nullptr;
    uint64_t switchNumber = 0;    // counts acquisitions
    int waiters = 0;
    std::atomic<int> dropRequest{0};
    ThreadState* finalizer = nullptr;   // set at interpreter exit
    SmallAllocState alloc = {};         // the allocator's lists while nobody holds the GIL
};

namespace {

void takeAllocator(Gil* g) {
    tSmallAlloc = g->alloc;
    g->alloc = SmallAllocState{};
}

void parkAllocator(Gil* g) {
    g->alloc = tSmallAlloc;
    tSmallAlloc = SmallAllocState{};
}

// Gives the GIL up; with `forced` (a drop request made us let go) waits until another thread
// has taken it. Called with g->mutex NOT held.
void dropGil(Gil* g, ThreadState* ts, bool forced) {
    parkAllocator(g);
    g->mutex.lock();
    g->locked = false;
    g->released.notifyOne();
    if (forced && g->waiters > 0) {
        while (g->lastHolder == ts && g->waiters > 0) g->switched.wait(g->mutex);
    }
    g->mutex.unlock();
}

void takeGil(Gil* g, ThreadState* ts) {
    g->mutex.lock();
    if (g->locked) {
        g->waiters++;
        int64_t interval = ts->interp->switchIntervalUs * 1000;
        while (g->locked) {
            uint64_t before = g->switchNumber;
            bool signalled = g->released.waitFor(g->mutex, interval);
            // Timed out and nobody switched meanwhile: ask the holder to let go.
            if (!signalled && g->locked && g->switchNumber == before) {
                g->dropRequest.store(1, std::memory_order_relaxed);
            }
        }
        g->waiters--;
    }
    g->locked = true;
    g->lastHolder = ts;
    g->switchNumber++;
    g->dropRequest.store(0, std::memory_order_relaxed);
    g->switched.notifyAll();
    bool doomed = g->finalizer && g->finalizer != ts;
    g->mutex.unlock();
    if (doomed) {
        // The interpreter is finalizing: this thread may not run Python code again.
        g->mutex.lock();
        g->locked = false;
        g->released.notifyOne();
        g->mutex.unlock();
        setCurrentThread(nullptr);
        platform::parkThreadForever();
    }
    takeAllocator(g);
}

}  // namespace

bool gilEnable(ThreadState* ts) {
    InterpState* interp = ts->interp;
    if (interp->gil) return true;
    Gil* g = new (std::nothrow) Gil();
    if (!g) {
        setErrorObject(&ExcMemoryError, nullptr);
        return false;
    }
    g->locked = true;
    g->lastHolder = ts;
    g->switchNumber = 1;
    interp->gil = g;
    // Visit the eval breaker often enough to notice drop requests.
    if (interp->tickInterval > kGilTickInterval) interp->tickInterval = kGilTickInterval;
    if (ts->tickCountdown > interp->tickInterval) ts->tickCountdown = interp->tickInterval;
    return true;
}

void gilAcquire(ThreadState* ts) {
    Gil* g = ts->interp->gil;
    if (!g) return;
    takeGil(g, ts);
    setCurrentThread(ts);
}

void gilRelease(ThreadState* ts) {
    Gil* g = ts->interp->gil;
    if (!g) return;
    dropGil(g, ts, g->dropRequest.load(std::memory_order_relaxed) != 0);
}

void gilReleaseExiting(InterpState* interp) {
    Gil* g = interp->gil;
    if (!g) return;
    setCurrentThread(nullptr);
    dropGil(g, nullptr, false);
}

void gilYield(ThreadState* ts) {
    Gil* g = ts->interp->gil;
    if (!g) return;
    dropGil(g, ts, true);
    takeGil(g, ts);
}

bool gilDropRequested(InterpState* interp) {
    Gil* g = interp->gil;
    return g && g->dropRequest.load(std::memory_order_relaxed) != 0;
}

bool gilHasWaiters(InterpState* interp) {
    Gil* g = interp->gil;
    if (!g) return false;
    g->mutex.lock();
    bool any = g->waiters > 0;
    g->mutex.unlock();
    return any;
}

void gilBeginFinalize(ThreadState* ts) {
    Gil* g = ts->interp->gil;
    if (!g) return;
    g->mutex.lock();
    g->finalizer = ts;
    g->mutex.unlock();
}

// Kept in whole microseconds, as CPython does (so getswitchinterval() returns what it does).
double gilSwitchInterval(InterpState* interp) {
    return 1e-6 * static_cast<double>(interp->switchIntervalUs);
}

void gilSetSwitchInterval(InterpState* interp, double seconds) {
    double us = seconds * 1e6;
    if (us > 1e12) us = 1e12;
    int64_t v = static_cast<int64_t>(us);
    interp->switchIntervalUs = v < 1 ? 1 : v;
}

}  // namespace krait
