// Runtime, interpreter and thread state: creation, the current-thread pointer and the C++
// recursion guard.
#include "core/runtime.h"

#include <cstdlib>
#include <new>

#include "core/errors.h"
#include "core/types.h"
#include "interp/frame.h"
#include "platform/threads.h"

// Nested C++ re-entries (enterRecursiveCall, eval-loop entries) allowed per thread. The native
// stack-bytes budget below protects native stacks; on wasm the engine's own call stack (which
// the VM cannot measure: V8 gives about 1 MB) is the tighter bound, so the count is capped.
// Measured on Node 20 (release build): ~1000 levels of Python -> __init__ -> Python fit.
#ifndef KRAIT_MAX_CPP_DEPTH
#if defined(__wasm__)
#define KRAIT_MAX_CPP_DEPTH 800
#else
#define KRAIT_MAX_CPP_DEPTH 1000000
#endif
#endif

namespace krait {

namespace {

// An address inside the calling function's stack frame (a local whose address is taken lives
// in memory on every target, including wasm's shadow stack).
inline uintptr_t stackAddress() {
    volatile char probe = 0;
    volatile uintptr_t addr = reinterpret_cast<uintptr_t>(&probe);
    return addr;
}

}  // namespace

// The only per-thread global: which ThreadState the calling OS thread runs. (Thread-local
// storage is the mechanism that makes several threads possible, not shared state.)
namespace detail {
constinit thread_local ThreadState* tCurrentThread = nullptr;
}
using detail::tCurrentThread;

void setCurrentThread(ThreadState* ts) {
    tCurrentThread = ts;
    if (ts && ts->stackBase == 0) ts->stackBase = stackAddress();
}

// The C++ recursion guard. Two limits apply: the Python recursion limit (Python frames plus
// nested C++ calls count together, as in CPython), and the native stack budget (bytes of
// machine stack used since the thread state was attached), which protects 8 MB native stacks
// and the wasm shadow stack whatever the optimisation level.
bool enterRecursiveCallSlow(ThreadState* ts, const char* where) {
    int limit = ts->interp->recursionLimit;
    bool over = ts->pyDepth + ts->cppDepth - ts->evalDepth > limit + ts->recursionHeadroom ||
                ts->cppDepth > KRAIT_MAX_CPP_DEPTH;
    if (!over && ts->stackBase) {
        uintptr_t here = stackAddress();
        uintptr_t used = here < ts->stackBase ? ts->stackBase - here : here - ts->stackBase;
        over = used > ts->stackBudget;
    }
    if (over && !ts->inRecursionError) {
        --ts->cppDepth;
        // Give the handler some room to run (CPython allows a little extra depth while the
        // RecursionError propagates).
        ts->inRecursionError = true;
        setError(&ExcRecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        ts->inRecursionError = false;
        return false;
    }
    return true;
}


InterpState* createInterpreter() {
    auto* rt = new Runtime();
    auto* interp = new InterpState();
    interp->runtime = rt;
    rt->mainInterp = interp;
    return interp;
}

ThreadState* createThreadState(InterpState* interp) {
    auto* ts = new ThreadState();
    ts->interp = interp;
    ts->excInfo = &ts->baseExcInfo;
    ts->frames = frameStackNew();
    ts->stackBase = stackAddress();
    ts->serial = interp->nextThreadSerial++;
    ts->ident = platform::currentThreadId();   // the starting thread overwrites it
    ts->tickCountdown = interp->tickInterval;
    if (!interp->mainThread) interp->mainThread = ts;
    // Link into the interpreter's thread list.
    ts->nextThread = interp->threadList;
    if (interp->threadList) interp->threadList->prevThread = ts;
    interp->threadList = ts;
    return ts;
}

void destroyThreadState(ThreadState* ts) {
    if (!ts) return;
    if (currentThread() == ts) setCurrentThread(nullptr);
    InterpState* interp = ts->interp;
    if (ts->prevThread) ts->prevThread->nextThread = ts->nextThread;
    else if (interp->threadList == ts) interp->threadList = ts->nextThread;
    if (ts->nextThread) ts->nextThread->prevThread = ts->prevThread;
    if (interp->mainThread == ts) interp->mainThread = nullptr;
    frameStackFree(ts->frames);
    xdecref(ts->currentException);
    xdecref(ts->baseExcInfo.exc);
    xdecref(ts->context);
    xdecref(ts->sentinel);
    delete ts;
}

}  // namespace krait
