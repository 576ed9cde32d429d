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
struct Frame;          // interp/frame.h
struct FrameStack;     // interp/frame.h

struct Runtime {
    Object* internTable = nullptr;      // dict str -> str (immortal)
    InterpState* mainInterp = nullptr;
};

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
    volatile int pendingInterrupt = 0;
    void* gcState = nullptr;            // vm/gc
    void* importState = nullptr;        // vm/interp/import
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
    int cppDepth = 0;                     // nested C++ entries into the eval loop
};

ThreadState* currentThread();
void setCurrentThread(ThreadState* ts);
inline InterpState* currentInterp() { return currentThread()->interp; }

// Guards C++ recursion (repr of nested containers, comparisons, C++->Python calls): raises
// RecursionError ("maximum recursion depth exceeded while ...") when the native stack would
// overflow. Returns false on error.
bool enterRecursiveCall(const char* where);
void leaveRecursiveCall();

}  // namespace krait
