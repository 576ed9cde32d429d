// The _signal module (CPython's Modules/signalmodule.c) and the VM's signal delivery
// (modules/signal_module.h). A signal with a Python handler is caught by platform/signals.h's
// catcher, which sets InterpState::signalTripped[signum] and pendingInterrupt; the main
// thread runs the handler between bytecodes (or when a blocking call checks for signals).
#include "modules/signal_module.h"

#include <cerrno>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/gil.h"
#include "core/types.h"
#include "interp/frame.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "platform/platform.h"
#include "platform/signals.h"

namespace krait {

namespace {

using Args = Object* const*;
constexpr int kNsig = platform::kSignalCount;
constexpr int kSigInt = 2;

// Per-interpreter state (InterpState::signalState).
struct SignalState {
    Object* handlers[kNsig] = {};      // owned; null: unknown (getsignal() gives None)
    Object* defaultIntHandler = nullptr;   // owned, set when the module is created
    Object* itimerError = nullptr;         // owned
    int wakeupFd = -1;
    bool tableReady = false;
};

SignalState* state(InterpState* interp) {
    if (!interp->signalState) interp->signalState = new SignalState();
    return static_cast<SignalState*>(interp->signalState);
}

bool isMainThread() {
    ThreadState* ts = currentThread();
    return ts == ts->interp->mainThread;
}

// Argument clinic's `int` converter.
bool intArg(Object* o, int* out) {
    if (isFloat(o)) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", o);
        return false;
    }
    Ref<> idx = Ref<>::steal(numberIndex(o));
    if (!idx) return false;
    int64_t v;
    if (!intAsInt64(idx.get(), &v) || v < INT32_MIN || v > INT32_MAX) {
        if (errOccurred()) clearError();
        setError(&ExcOverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

bool signalNumArg(Object* o, int* out) {
    if (!intArg(o, out)) return false;
    if (*out < 1 || *out >= kNsig) {
        setError(&ExcValueError, "signal number out of range");
        return false;
    }
    return true;
}

// compare_handler(): an exact int equal to SIG_DFL (0) / SIG_IGN (1).
bool isHandlerConstant(Object* h, int64_t which) {
    if (!h || !isIntExact(h)) return false;
    int64_t v;
    if (!intAsInt64(h, &v)) {
        clearError();
        return false;
    }
    return v == which;
}

Object* setFromSignals(const std::vector<int>& sigs) {
    Ref<> s = Ref<>::steal(setNew(nullptr));
    if (!s) return nullptr;
    for (int sig : sigs) {
        Ref<> n = Ref<>::steal(intFromInt64(sig));
        if (!n || setAdd(s.get(), n.get()) < 0) return nullptr;
    }
    return s.release();
}

#if !defined(__wasi__) && !defined(__EMSCRIPTEN__)
// _Py_Sigset_Converter.
bool signalsFromIterable(Object* obj, std::vector<int>* out) {
    Ref<> it = Ref<>::steal(getIter(obj));
    if (!it) return false;
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return false;
            break;
        }
        Ref<> idx = Ref<>::steal(numberIndex(item.get()));
        if (!idx) return false;
        int64_t v;
        bool ok = intAsInt64(idx.get(), &v);
        if (!ok) clearError();
        if (!ok || v <= 0 || v >= kNsig) {
            if (!ok) v = -1;
            setError(&ExcValueError, "signal number %ld out of range [1; %d]",
                     static_cast<long>(v), kNsig - 1);
            return false;
        }
        out->push_back(static_cast<int>(v));
    }
    return true;
}
#endif

// METH_O / METH_NOARGS argument checks with CPython's messages.
bool oneArg(const char* name, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs(name, kwnames)) return false;
    if (nargs != 1) {
        setError(&ExcTypeError, "_signal.%s() takes exactly one argument (%d given)", name,
                 static_cast<int>(nargs));
        return false;
    }
    return true;
}

bool noArgs(const char* name, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs(name, kwnames)) return false;
    if (nargs != 0) {
        setError(&ExcTypeError, "_signal.%s() takes no arguments (%d given)", name,
                 static_cast<int>(nargs));
        return false;
    }
    return true;
}

// Runs the Python handler of signum. False with its exception.
bool runHandler(ThreadState* ts, int signum) {
    SignalState* st = static_cast<SignalState*>(ts->interp->signalState);
    Object* h = st && st->tableReady ? st->handlers[signum] : nullptr;
    if (!st || !st->tableReady) {
        // _signal not imported yet: SIGINT is default_int_handler's.
        if (signum == kSigInt) {
            setErrorObject(&ExcKeyboardInterrupt, nullptr);
            return false;
        }
        return true;
    }
    if (!h || isNone(h) || isHandlerConstant(h, 0) || isHandlerConstant(h, 1)) return true;
    Ref<> handler = Ref<>::borrow(h);   // the handler may replace itself
    Ref<> num = Ref<>::steal(intFromInt64(signum));
    if (!num) return false;
    Ref<> frame;
    if (ts->currentFrame) frame = Ref<>::steal(frameGetObject(ts->currentFrame));
    else frame = Ref<>::borrow(none());
    if (!frame) return false;
    Object* argv[2] = {num.get(), frame.get()};
    Ref<> r = Ref<>::steal(call(handler.get(), argv, 2));
    return static_cast<bool>(r);
}

// ---- Module functions ----

Object* sigSignal(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("signal", kwnames) || !checkArgCount("signal", nargs, 2, 2)) return nullptr;
    int signum;
    if (!intArg(args[0], &signum)) return nullptr;
    if (!isMainThread()) {
        return setError(&ExcValueError,
                        "signal only works in main thread of the main interpreter");
    }
    if (signum < 1 || signum >= kNsig) return setError(&ExcValueError, "signal number out of range");
    Object* handler = args[1];
    platform::SignalAction action;
    if (isCallable(handler)) action = platform::SignalAction::kCatch;
    else if (isHandlerConstant(handler, 1)) action = platform::SignalAction::kIgnore;
    else if (isHandlerConstant(handler, 0)) action = platform::SignalAction::kDefault;
    else {
        return setError(&ExcTypeError,
                        "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable "
                        "object");
    }
    // Pending signals run with the old handlers first.
    if (!checkSignals()) return nullptr;
    int err = 0;
    if (!platform::setSignalAction(signum, action, &err)) {
        return setErrorFromErrno(&ExcOSError, err);
    }
    SignalState* st = state(currentInterp());
    Object* old = st->handlers[signum];
    st->handlers[signum] = newRef(handler);
    return old ? old : newNone();
}

Object* sigGetSignal(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("getsignal", nargs, kwnames))
        return nullptr;
    int signum;
    if (!signalNumArg(args[0], &signum)) return nullptr;
    Object* h = state(currentInterp())->handlers[signum];
    return h ? newRef(h) : newNone();
}

Object* sigDefaultIntHandler(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("default_int_handler", kwnames) ||
        !checkArgCount("default_int_handler", nargs, 2, 2))
        return nullptr;
    int signum;
    if (!intArg(args[0], &signum)) return nullptr;
    return setErrorObject(&ExcKeyboardInterrupt, nullptr);
}

Object* sigRaiseSignal(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("raise_signal", nargs, kwnames))
        return nullptr;
    int signum;
    if (!intArg(args[0], &signum)) return nullptr;
    InterpState* interp = currentInterp();
    if constexpr (platform::kHaveOsSignals) {
        int err = 0;
        bool ok;
        {
            AllowThreads allow;
            ok = platform::raiseSignal(signum, &err);
        }
        if (!ok) return setErrorFromErrno(&ExcOSError, err);
    } else {
        // No host signals: a Python handler runs as if the signal arrived; SIG_IGN does
        // nothing; a default action cannot be carried out here.
        if (signum < 1 || signum >= kNsig) return setErrorFromErrno(&ExcOSError, EINVAL);
        SignalState* st = state(interp);
        Object* h = st->tableReady ? st->handlers[signum] : nullptr;
        if (h && isCallable(h)) {
            interp->signalTripped[signum] = 1;
            interp->pendingInterrupt = kInterruptSignal;
        } else if (!isHandlerConstant(h, 1)) {
            return setErrorFromErrno(&ExcOSError, ENOSYS);
        }
    }
    if (!checkSignals()) return nullptr;
    return newNone();
}

Object* sigStrSignal(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("strsignal", nargs, kwnames))
        return nullptr;
    int signum;
    if (!signalNumArg(args[0], &signum)) return nullptr;
    const char* s = platform::signalDescription(signum);
    return s ? strFromUtf8(s) : newNone();
}

Object* sigValidSignals(Object*, Args, size_t nargs, Object* kwnames) {
    if (!noArgs("valid_signals", nargs, kwnames))
        return nullptr;
    return setFromSignals(platform::validSignals());
}

Object* sigSetWakeupFd(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"", "warn_on_full_buffer"};
    Object* a[2] = {nullptr, nullptr};
    if (nargs > 1) {
        return setError(&ExcTypeError,
                        "set_wakeup_fd() takes at most 1 positional argument (%d given)",
                        static_cast<int>(nargs));
    }
    if (!parseArgs("set_wakeup_fd", args, nargs, kwnames, kNames, 2, 1, a, 1, 1)) return nullptr;
    if (a[1] && isTrue(a[1]) < 0) return nullptr;
    int fd;
    if (!intArg(a[0], &fd)) return nullptr;
    if (!isMainThread()) {
        return setError(&ExcValueError,
                        "set_wakeup_fd only works in main thread of the main interpreter");
    }
    if (fd != -1) {
        bool blocking = false;
        int err = 0;
        if (!platform::getBlocking(fd, &blocking, &err)) return setErrorFromErrno(&ExcOSError, err);
        if (blocking) return setError(&ExcValueError, "the fd %d must be in non-blocking mode", fd);
    }
    SignalState* st = state(currentInterp());
    int old = st->wakeupFd;
    st->wakeupFd = fd;
    platform::setSignalWakeupFd(fd);
    return intFromInt64(old);
}

Object* sigSigInterrupt(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("siginterrupt", kwnames) || !checkArgCount("siginterrupt", nargs, 2, 2))
        return nullptr;
    int signum, flag;
    if (!signalNumArg(args[0], &signum) || !intArg(args[1], &flag)) return nullptr;
    int err = 0;
    if (!platform::setSignalInterrupt(signum, flag != 0, &err))
        return setErrorFromErrno(&ExcOSError, err);
    return newNone();
}

// The functions below exist only where the OS has signals (as in CPython's WASI build).
#if !defined(__wasi__) && !defined(__EMSCRIPTEN__)
Object* sigAlarm(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("alarm", nargs, kwnames)) return nullptr;
    int seconds;
    if (!intArg(args[0], &seconds)) return nullptr;
    return intFromInt64(platform::scheduleAlarm(static_cast<unsigned>(seconds)));
}

Object* sigPause(Object*, Args, size_t nargs, Object* kwnames) {
    if (!noArgs("pause", nargs, kwnames)) return nullptr;
    {
        AllowThreads allow;
        platform::pauseForSignal();
    }
    if (!checkSignals()) return nullptr;
    return newNone();
}

Object* sigPthreadSigmask(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("pthread_sigmask", kwnames) ||
        !checkArgCount("pthread_sigmask", nargs, 2, 2))
        return nullptr;
    int how;
    if (!intArg(args[0], &how)) return nullptr;
    std::vector<int> sigs, old;
    if (!signalsFromIterable(args[1], &sigs)) return nullptr;
    int r = platform::changeSignalMask(how, sigs, &old);
    if (r != 0) return setErrorFromErrno(&ExcOSError, r);
    if (!checkSignals()) return nullptr;
    return setFromSignals(old);
}

Object* sigSigpending(Object*, Args, size_t nargs, Object* kwnames) {
    if (!noArgs("sigpending", nargs, kwnames))
        return nullptr;
    std::vector<int> sigs;
    int r = platform::pendingSignals(&sigs);
    if (r != 0) return setErrorFromErrno(&ExcOSError, r);
    return setFromSignals(sigs);
}

Object* sigPthreadKill(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("pthread_kill", kwnames) || !checkArgCount("pthread_kill", nargs, 2, 2))
        return nullptr;
    Ref<> idx = Ref<>::steal(numberIndex(args[0]));
    if (!idx) return nullptr;
    int64_t thread = 0;
    if (!intAsInt64(idx.get(), &thread)) return nullptr;
    int signum;
    if (!intArg(args[1], &signum)) return nullptr;
    int r = platform::killThread(static_cast<uint64_t>(thread), signum);
    if (r != 0) return setErrorFromErrno(&ExcOSError, r);
    if (!checkSignals()) return nullptr;
    return newNone();
}

bool timerSeconds(Object* o, double* out) {
    if (!isInt(o) && !isFloat(o)) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", o);
        return false;
    }
    *out = asDouble(o);
    return !(*out == -1.0 && errOccurred());
}

Object* timerResult(double seconds, double interval) {
    Ref<> a = Ref<>::steal(floatFromDouble(seconds));
    Ref<> b = Ref<>::steal(floatFromDouble(interval));
    if (!a || !b) return nullptr;
    return tuplePack({a.get(), b.get()});
}

Object* sigSetitimer(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("setitimer", kwnames) || !checkArgCount("setitimer", nargs, 2, 3))
        return nullptr;
    int which;
    double seconds, interval = 0.0;
    if (!intArg(args[0], &which) || !timerSeconds(args[1], &seconds)) return nullptr;
    if (nargs > 2 && !timerSeconds(args[2], &interval)) return nullptr;
    double os = 0, oi = 0;
    int r = platform::setIntervalTimer(which, seconds, interval, &os, &oi);
    if (r != 0) {
        return setErrorFromErrno(asType(state(currentInterp())->itimerError), r);
    }
    return timerResult(os, oi);
}

Object* sigGetitimer(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("getitimer", nargs, kwnames))
        return nullptr;
    int which;
    if (!intArg(args[0], &which)) return nullptr;
    double s = 0, i = 0;
    int r = platform::getIntervalTimer(which, &s, &i);
    if (r != 0) {
        return setErrorFromErrno(asType(state(currentInterp())->itimerError), r);
    }
    return timerResult(s, i);
}
#endif

const MethodDef kSignalFunctions[] = {
    {"signal", sigSignal, 0,
     "signal($module, signalnum, handler, /)\n--\n\nSet the action for the given signal."},
    {"getsignal", sigGetSignal, 0,
     "getsignal($module, signalnum, /)\n--\n\nReturn the current action for the given signal."},
    {"default_int_handler", sigDefaultIntHandler, 0,
     "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."},
    {"raise_signal", sigRaiseSignal, 0,
     "raise_signal($module, signalnum, /)\n--\n\nSend a signal to the executing process."},
    {"strsignal", sigStrSignal, 0,
     "strsignal($module, signalnum, /)\n--\n\nReturn the system description of the given "
     "signal."},
    {"valid_signals", sigValidSignals, 0,
     "valid_signals($module, /)\n--\n\nReturn a set of valid signal numbers on this platform."},
    {"set_wakeup_fd", sigSetWakeupFd, 0,
     "set_wakeup_fd(fd, *, warn_on_full_buffer=True) -> fd\n\nSets the fd to be written to "
     "(with the signal number) when a signal\ncomes in."},
    {"siginterrupt", sigSigInterrupt, 0,
     "siginterrupt($module, signalnum, flag, /)\n--\n\nChange system call restart behaviour."},
#if !defined(__wasi__) && !defined(__EMSCRIPTEN__)
    {"alarm", sigAlarm, 0, "alarm($module, seconds, /)\n--\n\nArrange for SIGALRM to arrive "
                           "after the given number of seconds."},
    {"pause", sigPause, 0, "pause($module, /)\n--\n\nWait until a signal arrives."},
    {"pthread_sigmask", sigPthreadSigmask, 0,
     "pthread_sigmask($module, how, mask, /)\n--\n\nFetch and/or change the signal mask of "
     "the calling thread."},
    {"sigpending", sigSigpending, 0,
     "sigpending($module, /)\n--\n\nExamine pending signals."},
    {"pthread_kill", sigPthreadKill, 0,
     "pthread_kill($module, thread_id, signalnum, /)\n--\n\nSend a signal to a thread."},
    {"setitimer", sigSetitimer, 0,
     "setitimer($module, which, seconds, interval=0.0, /)\n--\n\nSets given itimer (one of "
     "ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."},
    {"getitimer", sigGetitimer, 0,
     "getitimer($module, which, /)\n--\n\nReturns current value of given itimer."},
#endif
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void initSignals(InterpState* interp) {
    platform::setSignalCatcherTarget(interp->signalTripped, &interp->pendingInterrupt,
                                     kInterruptSignal);
    int err = 0;
    if (platform::getSignalAction(kSigInt) == platform::SignalAction::kDefault)
        platform::setSignalAction(kSigInt, platform::SignalAction::kCatch, &err);
    // As CPython at start-up: writing to a closed pipe gives EPIPE (BrokenPipeError) instead
    // of ending the process; files too large give EFBIG. Child processes get the defaults
    // back (restore_signals).
    if constexpr (platform::kHaveOsSignals) {
        platform::setSignalAction(13, platform::SignalAction::kIgnore, &err);   // SIGPIPE
        platform::setSignalAction(25, platform::SignalAction::kIgnore, &err);   // SIGXFSZ
    }
}

void finalizeSignals(InterpState* interp) {
    auto* st = static_cast<SignalState*>(interp->signalState);
    if (!st) return;
    for (int s = 1; s < kNsig; s++) {
        Object* h = st->handlers[s];
        if (!h) continue;
        if (s != kSigInt && isCallable(h)) {
            int err = 0;
            platform::setSignalAction(s, platform::SignalAction::kDefault, &err);
        }
        st->handlers[s] = nullptr;
        decref(h);
    }
    st->tableReady = false;
    clearRef(st->defaultIntHandler);
    clearRef(st->itimerError);
    if (st->wakeupFd != -1) platform::setSignalWakeupFd(-1);
    interp->signalState = nullptr;
    delete st;
}

bool runPendingSignals(ThreadState* ts) {
    InterpState* interp = ts->interp;
    if (ts != interp->mainThread) return true;
    int pending = interp->pendingInterrupt;
    if (pending != kInterruptKeyboard && pending != kInterruptSignal) return true;
    // A host's Ctrl-C request (Interpreter::interrupt(), the web session) trips no flag.
    if (pending == kInterruptKeyboard) interp->signalTripped[kSigInt] = 1;
    interp->pendingInterrupt = 0;
    bool ok = true;
    for (int s = 1; s < kNsig && ok; s++) {
        if (!interp->signalTripped[s]) continue;
        interp->signalTripped[s] = 0;
        ok = runHandler(ts, s);
    }
    // Signals that arrived meanwhile at lower numbers, or after a handler raised, run at
    // the next check.
    for (int s = 1; s < kNsig; s++) {
        if (interp->signalTripped[s] && interp->pendingInterrupt == 0)
            interp->pendingInterrupt = kInterruptSignal;
    }
    return ok;
}

void simulateSignal(InterpState* interp, int signum) {
    auto* st = static_cast<SignalState*>(interp->signalState);
    Object* h = st && st->tableReady ? st->handlers[signum] : nullptr;
    if (st && st->tableReady) {
        if (!h || isNone(h) || isHandlerConstant(h, 0) || isHandlerConstant(h, 1)) return;
    } else if (signum != kSigInt) {
        return;
    }
    interp->signalTripped[signum] = 1;
    interp->pendingInterrupt = kInterruptSignal;
}

Object* createSignalModule(InterpState* interp) {
    Ref<> m = Ref<>::steal(moduleNew("_signal"));
    if (!m || !moduleAddFunctions(m.get(), kSignalFunctions)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__",
                         "This module provides mechanisms to use signal handlers in Python.\n\n"
                         "Functions:\n\nalarm() -- cause SIGALRM after a specified time "
                         "[Unix only]\nsetitimer() -- cause a signal (described below) after "
                         "a specified\n               float time and the timer may restart "
                         "then [Unix only]\ngetitimer() -- get current value of timer [Unix "
                         "only]\nsignal() -- set the action for a given signal\ngetsignal() -- "
                         "get the signal action for a given signal\npause() -- wait until a "
                         "signal arrives [Unix only]\ndefault_int_handler() -- default SIGINT "
                         "handler\n\nsignal constants:\nSIG_DFL -- used to refer to the system "
                         "default handler\nSIG_IGN -- used to ignore the signal\nNSIG -- number "
                         "of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\nitimer "
                         "constants:\nITIMER_REAL -- decrements in real time, and delivers "
                         "SIGALRM upon\n               expiration\nITIMER_VIRTUAL -- decrements "
                         "only when the process is executing,\n               and delivers "
                         "SIGVTALRM upon expiration\nITIMER_PROF -- decrements both when the "
                         "process is executing and\n               when the system is "
                         "executing on behalf of the process.\n               Coupled with "
                         "ITIMER_VIRTUAL, this timer is usually\n               used to profile "
                         "the time spent by the application\n               in user and kernel "
                         "space. SIGPROF is delivered upon\n               expiration.\n\n\n*** "
                         "IMPORTANT NOTICE ***\nA signal handler function is called with two "
                         "arguments:\nthe first is the signal number, the second is the "
                         "interrupted stack frame."))
        return nullptr;
    if (!moduleAddInt(m.get(), "SIG_DFL", 0) || !moduleAddInt(m.get(), "SIG_IGN", 1) ||
        !moduleAddInt(m.get(), "NSIG", kNsig) || !moduleAddInt(m.get(), "SIG_BLOCK", 0) ||
        !moduleAddInt(m.get(), "SIG_UNBLOCK", 1) || !moduleAddInt(m.get(), "SIG_SETMASK", 2))
        return nullptr;
    for (const platform::SignalConstant* c = platform::signalConstants(); c->name; c++) {
        if (!moduleAddInt(m.get(), c->name, c->value)) return nullptr;
    }
    if (!moduleAddInt(m.get(), "SIGCLD", 17)) return nullptr;
    SignalState* st = state(interp);
    if constexpr (platform::kHaveOsSignals) {
        if (!moduleAddInt(m.get(), "ITIMER_REAL", 0) ||
            !moduleAddInt(m.get(), "ITIMER_VIRTUAL", 1) || !moduleAddInt(m.get(), "ITIMER_PROF", 2))
            return nullptr;
        if (!st->itimerError) {
            Ref<> name = Ref<>::steal(strFromAscii("itimer_error"));
            Ref<> bases = Ref<>::steal(tuplePack({asObject(&ExcOSError)}));
            Ref<> ns = Ref<>::steal(dictNew());
            Ref<> modName = Ref<>::steal(strFromAscii("signal"));
            if (!name || !bases || !ns || !modName) return nullptr;
            if (dictSetItemStr(ns.get(), "__module__", modName.get()) < 0) return nullptr;
            st->itimerError = newClass(&TypeType, name.get(), bases.get(), ns.get(), nullptr);
            if (!st->itimerError) return nullptr;
        }
        if (!moduleAddObject(m.get(), "ItimerError", newRef(st->itimerError))) return nullptr;
    }
    Object* dih = dictGetItemStr(moduleDict(m.get()), "default_int_handler");
    if (!dih) return setError(&ExcSystemError, "_signal: default_int_handler missing");
    if (!st->tableReady) {
        setRef(st->defaultIntHandler, newRef(dih));
        for (int s = 1; s < kNsig; s++) {
            Object* h = nullptr;
            platform::SignalAction a = platform::getSignalAction(s);
            if constexpr (!platform::kHaveOsSignals) {
                a = (s == 13 || s == 25) ? platform::SignalAction::kIgnore
                    : s == kSigInt       ? platform::SignalAction::kCatch
                                         : platform::SignalAction::kDefault;
            }
            if (a == platform::SignalAction::kDefault) h = intFromInt64(0);
            else if (a == platform::SignalAction::kIgnore) h = intFromInt64(1);
            else if (a == platform::SignalAction::kCatch && s == kSigInt) h = newRef(dih);
            if (a != platform::SignalAction::kOther && a != platform::SignalAction::kCatch && !h)
                return nullptr;
            st->handlers[s] = h;
        }
        st->tableReady = true;
    }
    return m.release();
}

}  // namespace krait
