// Runtime, interpreter and thread state: ALL mutable VM state lives here (no mutable globals),
// so several interpreters and threads can be added later without rework.
//   Runtime      one per process: intern table, list of interpreters.
//   InterpState  sys.modules, builtins, sys, import state, recursion limit, GC state.
//   ThreadState  the current exception, the handled-exception stack, the frame stack, the
//                C++ recursion depth. Reached through currentThread() (a thread_local).
// Owner: vm/interp (extend as needed).
#pragma once

#include <cstdint>

#include "core/object.h"

namespace krait {

struct InterpState;
struct Gil;            // core/gil.h
struct ThreadState;
struct Frame;          // interp/frame.h
struct FrameStack;     // interp/frame.h

struct Runtime {
    Object* internTable = nullptr;      // dict str -> str (immortal)
    InterpState* mainInterp = nullptr;
};

enum : int { kInterruptKeyboard = 1, kInterruptPause = 2 };

// Eval-loop re-entry (vm/interp/eval.cpp runLoopFor()): on wasm the loop returns to its caller
// and is called again after about kLoopReentryTicks ticks, so that the engine's optimized code
// for it, once compiled, is what runs (wasm engines replace a function's code only for new
// calls). The tick countdown then expires at least that often even without a host hook.
#ifndef KRAIT_LOOP_REENTRY
#if defined(__wasm__)
#define KRAIT_LOOP_REENTRY 1
#else
#define KRAIT_LOOP_REENTRY 0
#endif
#endif
#if KRAIT_LOOP_REENTRY
inline constexpr int32_t kLoopReentryTicks = 1 << 15;
inline constexpr int32_t kDefaultTickInterval = kLoopReentryTicks;
#else
inline constexpr int32_t kDefaultTickInterval = 0x3fffffff;
#endif

struct InterpState {
    Runtime* runtime = nullptr;
    Object* modules = nullptr;          // sys.modules (dict)
    Object* builtins = nullptr;         // the builtins module's dict
    Object* builtinsModule = nullptr;
    Object* sysModule = nullptr;
    Object* sysDict = nullptr;
    int recursionLimit = 1000;
    // Set from another thread or a signal handler to request KeyboardInterrupt / a host pause
    // at the next bytecode boundary (eval breaker).
    // Values: 0 none, kInterruptKeyboard run the handlers of the signals tripped (if none is,
    // SIGINT's: KeyboardInterrupt by default) on the main thread, kInterruptPause stop the loop
    // at the next bytecode boundary and return to the host (evalResume() continues).
    volatile int pendingInterrupt = 0;
    void* gcState = nullptr;            // vm/gc
    void* importState = nullptr;        // vm/interp/import
    void* codecState = nullptr;         // vm/objects/codecs.cpp (codec registry)
    uint32_t funcVersionCounter = 0;    // function version tags (vm/interp/function.cpp)
    void* specState = nullptr;          // vm/interp/specialize.h SpecState (mode, -X stats)
    uint64_t abcInvalidationCounter = 0;   // _abc.get_cache_token(): bumped by ABC register()
    uint64_t warningsFiltersVersion = 0;   // _warnings: bumped by _filters_mutated()
    // Host tick hook (embedders: time slicing, interrupt polling, run budgets). The eval loop
    // counts ticks (calls and backward jumps) down from tickInterval; at zero it calls
    // tickHook, which may set pendingInterrupt (pause / KeyboardInterrupt) or raise an
    // exception (return -1 with it set). Null: no hook.
    int (*tickHook)(InterpState* interp, void* data) = nullptr;
    void* tickHookData = nullptr;
    int32_t tickInterval = kDefaultTickInterval;
    void* hostData = nullptr;           // owned by the embedder (web/: the JS session)
    // Threads (core/gil.h, modules/thread_module.cpp). gil is null until the first thread
    // starts. The thread list links every ThreadState of this interpreter (GIL-protected).
    Gil* gil = nullptr;
    int64_t switchIntervalUs = 5000;    // sys.setswitchinterval, in microseconds
    ThreadState* mainThread = nullptr;  // the first thread state (signals are handled there)
    ThreadState* threadList = nullptr;
    int64_t threadCount = 0;            // threads started by _thread and still running
    uint64_t nextThreadSerial = 1;
    void* threadModuleState = nullptr;  // vm/modules/thread_module.cpp (thread-local objects)
    // Signals (vm/core/signals.h): the catcher sets signalTripped[signum] = 1 and then
    // pendingInterrupt = kInterruptKeyboard; the main thread's eval breaker runs the Python
    // handlers (signalState: the handler table of the _signal module).
    volatile int signalTripped[65] = {};
    void* signalState = nullptr;
    void* atexitState = nullptr;        // vm/modules/atexit_module.cpp (registered callbacks)
    void* localeState = nullptr;        // vm/modules/locale_module.cpp (category names)
};

// One entry of the handled-exception stack (sys.exc_info()).
struct ExcInfo {
    Object* exc = nullptr;   // the exception being handled, or null/None
    ExcInfo* previous = nullptr;
};

struct ThreadState {
    InterpState* interp = nullptr;
    Object* currentException = nullptr;   // being raised (owned)
    ExcInfo* excInfo = nullptr;           // top of the handled-exception stack
    ExcInfo baseExcInfo;
    FrameStack* frames = nullptr;         // per-thread Python frame stack
    Frame* currentFrame = nullptr;        // innermost executing Python frame
    int pyDepth = 0;                      // Python call depth (checked against recursionLimit)
    int cppDepth = 0;                     // nested C++ recursion (enterRecursiveCall, eval loop)
    // Of cppDepth, the eval-loop entries: not counted against the recursion limit (their
    // frames are, in pyDepth, as CPython counts a C -> Python call once).
    int evalDepth = 0;
    int recursionHeadroom = 0;            // extra depth granted while a RecursionError unwinds
    bool inRecursionError = false;
    // Native stack guard: address near the bottom of this thread's stack and how many bytes
    // of it the VM may use (below 8 MB native stacks and the wasm shadow stack).
    uintptr_t stackBase = 0;
    uintptr_t stackBudget = 4u * 1024u * 1024u;
    // Generator/coroutine machinery (vm/interp/generator.cpp): sys.set_asyncgen_hooks.
    Object* asyncGenFirstIter = nullptr;
    Object* asyncGenFinalizer = nullptr;
    Object* context = nullptr;            // _contextvars: the current Context (owned), or null
    // Set when the eval loop stopped at a pause request (see interp/eval.h evalResume()).
    Frame* pausedFrame = nullptr;
    const void* pausedIp = nullptr;       // where the paused frame continues
    Frame* resumableEntry = nullptr;      // entry frame of the evalCodeResumable invocation
    int32_t tickCountdown = kDefaultTickInterval;   // see InterpState::tickHook
#if KRAIT_LOOP_REENTRY
    int64_t reentryTicks = 0;             // ticks since the eval loop was last re-entered
#endif
    // Threads: links of InterpState::threadList, the OS thread's identifier
    // (_thread.get_ident()), a serial number never reused (keys of thread-local data), and
    // the _thread._set_sentinel() lock released when the thread ends (owned, or null).
    ThreadState* nextThread = nullptr;
    ThreadState* prevThread = nullptr;
    uint64_t ident = 0;
    uint64_t serial = 0;
    Object* sentinel = nullptr;
};

// Allocation of the states (vm/core/runtime.cpp); the start-up sequence (types, builtins,
// sys) is done by vm/api around them.
InterpState* createInterpreter();
ThreadState* createThreadState(InterpState* interp);
void destroyThreadState(ThreadState* ts);

// The ThreadState of the calling OS thread (defined in runtime.cpp; read inline because nearly
// every operation asks for it).
namespace detail {
extern constinit thread_local ThreadState* tCurrentThread;
}
inline ThreadState* currentThread() { return detail::tCurrentThread; }
void setCurrentThread(ThreadState* ts);
inline InterpState* currentInterp() { return currentThread()->interp; }

// Guards C++ recursion (repr of nested containers, comparisons, C++->Python calls): raises
// RecursionError ("maximum recursion depth exceeded while ...") when the native stack would
// overflow. Returns false on error.
// enterRecursiveCallSlow is the complete check, for a cppDepth already incremented.
bool enterRecursiveCallSlow(ThreadState* ts, const char* where);
inline bool enterRecursiveCall(const char* where) {
    ThreadState* ts = currentThread();
    int depth = ++ts->cppDepth;
#if !defined(__wasm__)
    // Fast path (comparisons, reprs and C++ -> Python calls pass here constantly): within the
    // recursion limit and the native stack budget (the stack grows down; an address above the
    // base or an unset base wraps around and takes the slow path).
    char probe;
    uintptr_t here = reinterpret_cast<uintptr_t>(&probe);
    if (ts->pyDepth + depth - ts->evalDepth <= ts->interp->recursionLimit &&
        ts->stackBase - here <= ts->stackBudget) {
        return true;
    }
#else
    (void)depth;
#endif
    return enterRecursiveCallSlow(ts, where);
}
inline void leaveRecursiveCall() { --currentThread()->cppDepth; }

}  // namespace krait
