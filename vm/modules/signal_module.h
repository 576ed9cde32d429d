// Signal handling of the VM (vm/modules/signal_module.cpp): the catcher installed through
// platform/signals.h records a signal; the Python handler (the _signal module's table) runs on
// the main thread at the next eval-breaker visit or when blocking calls check for signals.
#pragma once

#include "core/runtime.h"

namespace krait {

// InterpState::pendingInterrupt value set by the catcher and simulated signals: run the
// handlers of the tripped signals. kInterruptKeyboard (a host's or embedder's Ctrl-C, which
// trips no flag) counts as SIGINT.
inline constexpr int kInterruptSignal = 3;
inline bool signalsPending(const InterpState* interp) {
    int p = interp->pendingInterrupt;
    return p == kInterruptKeyboard || p == kInterruptSignal;
}

// At interpreter start-up: catches SIGINT (unless it is ignored) and ignores SIGPIPE/SIGXFSZ,
// as CPython.
void initSignals(InterpState* interp);
// At exit: drops the handler table and gives caught signals (but SIGINT) their default back.
void finalizeSignals(InterpState* interp);
// Runs the handlers of the tripped signals if ts is the main thread (a pending request with
// kInterruptKeyboard request trips SIGINT). False with the exception a handler raised.
bool runPendingSignals(ThreadState* ts);
// PyErr_CheckSignals(): runPendingSignals for the calling thread when signals are pending.
inline bool checkSignals() {
    ThreadState* ts = currentThread();
    if (!signalsPending(ts->interp) || ts != ts->interp->mainThread) return true;
    return runPendingSignals(ts);
}
// _thread.interrupt_main(signum): trips signum unless its handler is SIG_IGN or SIG_DFL.
void simulateSignal(InterpState* interp, int signum);

}  // namespace krait
