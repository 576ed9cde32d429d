// The global interpreter lock (DESIGN.md "Concurrency": the default build has a GIL with a
// switch interval and fair hand-off).
//
// Invariants:
// - Until the first _thread.start_new_thread() the GIL does not exist (InterpState::gil is
//   null) and every function here is a no-op, so single-threaded programs pay nothing. It is
//   switched on once, by the starting thread, which then holds it; it stays on.
// - While it is on, a thread touches Python objects, reference counts, the allocator and any
//   interpreter state only while it holds the GIL. Code that blocks (sleep, I/O, lock waits)
//   releases it around the blocking call with an AllowThreads scope and touches no object
//   inside it.
// - Hand-off: a thread waiting for the GIL waits at most the switch interval
//   (sys.setswitchinterval, default 5 ms); if the holder did not let go meanwhile, it sets a
//   drop request. The holder's eval loop sees it at its next eval-breaker visit (the tick
//   interval is lowered while the GIL is on) and hands over, waiting until another thread
//   has actually taken the GIL, so that a CPU-bound thread cannot take it straight back
//   (CPython's FORCE_SWITCHING).
// - The small-object allocator's free lists (core/small_alloc.h) travel with the GIL: the
//   releasing thread parks them in the GIL, the acquiring thread takes them. Blocks freed by
//   any thread so go back to one shared set of lists, and a thread that ends leaves nothing
//   behind.
// - Once the interpreter finalizes (gilBeginFinalize), only the finalizing thread may take
//   the GIL again: any other thread that tries parks forever (daemon threads at exit).
#pragma once

#include <cstdint>

#include "core/runtime.h"

namespace krait {

struct Gil;   // vm/core/gil.cpp

// Switches the GIL on (first thread start), the calling thread becoming its holder. False
// with MemoryError set if it cannot be created.
bool gilEnable(ThreadState* ts);
// Takes / gives up the GIL for ts (the calling thread). No-ops while the GIL is off.
void gilAcquire(ThreadState* ts);
void gilRelease(ThreadState* ts);
// Gives up the GIL for good: the calling thread's state is already destroyed.
void gilReleaseExiting(InterpState* interp);
// Called by the eval breaker: hands the GIL over if another thread asked for it (or lets the
// main thread run when a KeyboardInterrupt is pending for it).
void gilYield(ThreadState* ts);
// True if a thread waits for the GIL and has asked the holder to drop it.
bool gilDropRequested(InterpState* interp);
// True if some thread waits for the GIL.
bool gilHasWaiters(InterpState* interp);
// From now on only ts may hold the GIL (interpreter exit).
void gilBeginFinalize(ThreadState* ts);
// The switch interval in seconds (sys.getswitchinterval / setswitchinterval).
double gilSwitchInterval(InterpState* interp);
void gilSetSwitchInterval(InterpState* interp, double seconds);

// Ticks between eval-breaker visits while the GIL is on (a visit checks the drop request).
inline constexpr int32_t kGilTickInterval = 2000;

// Releases the GIL for the scope of a blocking call. Nothing inside may touch Python objects
// or raise; errors are reported after the scope ends.
class AllowThreads {
public:
    AllowThreads() : ts_(currentThread()) {
        if (ts_ && ts_->interp->gil) gilRelease(ts_);
        else ts_ = nullptr;
    }
    ~AllowThreads() {
        if (ts_) gilAcquire(ts_);
    }
    AllowThreads(const AllowThreads&) = delete;
    AllowThreads& operator=(const AllowThreads&) = delete;

private:
    ThreadState* ts_;
};

}  // namespace krait
