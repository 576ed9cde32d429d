// The faulthandler module (CPython's Modules/faulthandler.c): Python tracebacks written
// straight to a file descriptor, without allocating or taking locks, on demand
// (dump_traceback), on a fatal signal (enable: SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL) and
// after a timeout (dump_traceback_later: a watchdog OS thread).
//
// The fatal-signal handlers and the watchdog are process-wide, as the OS's signal
// dispositions are: their state is the one static FaultHandler below (as in CPython).
// On wasm there are no OS signals and no threads: enable() only records the settings and
// dump_traceback_later() fails to start its thread.
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/frame.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "platform/threads.h"

namespace krait {

namespace {

using Args = Object* const*;

constexpr int kMaxFrameDepth = 100;    // frames per thread, then "  ..."
constexpr int kMaxThreads = 100;       // threads, then "..."
constexpr ssize kMaxStringLength = 500;

#if !defined(__EMSCRIPTEN__) && !defined(__wasi__)
#define KRAIT_FATAL_SIGNALS 1
#else
#define KRAIT_FATAL_SIGNALS 0
#endif

}  // namespace
}  // namespace krait

#if KRAIT_FATAL_SIGNALS
#include <csignal>
#else
// No signals on wasm (WASI has no <signal.h>): Linux's numbers, only used as labels.
#define SIGILL 4
#define SIGABRT 6
#define SIGBUS 7
#define SIGFPE 8
#define SIGSEGV 11
#endif

namespace krait {
namespace {

struct FatalSignal {
    int sig;
    const char* name;
    bool installed;
#if KRAIT_FATAL_SIGNALS
    struct sigaction previous;
#endif
};

struct FaultHandler {
    // enable()
    bool enabled = false;
    int fd = -1;
    bool allThreads = true;
    Object* file = nullptr;          // kept alive while enabled (its fd is used)
    InterpState* interp = nullptr;
    FatalSignal signals[5] = {
        {SIGSEGV, "Segmentation fault", false},
        {SIGFPE, "Floating point exception", false},
        {SIGABRT, "Aborted", false},
        {SIGBUS, "Bus error", false},
        {SIGILL, "Illegal instruction", false},
    };
    void* altStack = nullptr;
    // dump_traceback_later()
    platform::ThreadMutex laterMutex;
    platform::CondVar laterCond;
    bool laterRunning = false;       // a watchdog thread exists
    bool laterCancel = false;
    int64_t laterTimeoutNs = 0;
    bool laterRepeat = false;
    bool laterExit = false;
    int laterFd = -1;
    Object* laterFile = nullptr;
    InterpState* laterInterp = nullptr;
    char laterHeader[64] = {};
};

FaultHandler& handler() {
    static FaultHandler h;
    return h;
}

// --- Writing without allocation ---------------------------------------------------------

void putBytes(int fd, const char* s, size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        s += w;
        n -= size_t(w);
    }
}

void putStr(int fd, const char* s) { putBytes(fd, s, std::strlen(s)); }

void putDecimal(int fd, uint64_t v) {
    char buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = char('0' + v % 10);
        v /= 10;
    } while (v);
    putBytes(fd, buf + i, sizeof buf - size_t(i));
}

void putHex(int fd, uint64_t v, int width) {
    char buf[20];
    int i = sizeof buf;
    do {
        buf[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
        width--;
    } while (v || width > 0);
    putBytes(fd, buf + i, sizeof buf - size_t(i));
}

// A str as ASCII: other code points as \xHH, \uHHHH or \UHHHHHHHH, cut at 500 characters.
void putAscii(int fd, Object* s) {
    ssize n = strLength(s);
    bool truncated = n > kMaxStringLength;
    if (truncated) n = kMaxStringLength;
    for (ssize i = 0; i < n; i++) {
        uint32_t c = strCharAt(s, i);
        if (c >= ' ' && c < 0x7f) {
            char ch = char(c);
            putBytes(fd, &ch, 1);
        } else if (c <= 0xff) {
            putStr(fd, "\\x");
            putHex(fd, c, 2);
        } else if (c <= 0xffff) {
            putStr(fd, "\\u");
            putHex(fd, c, 4);
        } else {
            putStr(fd, "\\U");
            putHex(fd, c, 8);
        }
    }
    if (truncated) putStr(fd, "...");
}

void dumpFrame(int fd, Frame* f) {
    CodeObject* code = f->code;
    putStr(fd, "  File ");
    if (code && code->filename && isStr(code->filename)) {
        putStr(fd, "\"");
        putAscii(fd, code->filename);
        putStr(fd, "\"");
    } else {
        putStr(fd, "???");
    }
    int line = code ? frameLineNumber(f) : -1;
    putStr(fd, ", line ");
    if (line >= 0) {
        putDecimal(fd, uint64_t(line));
    } else {
        putStr(fd, "???");
    }
    putStr(fd, " in ");
    if (code && code->name && isStr(code->name)) {
        putAscii(fd, code->name);
    } else {
        putStr(fd, "???");
    }
    putStr(fd, "\n");
}

void dumpStack(int fd, ThreadState* ts, bool header) {
    if (header) putStr(fd, "Stack (most recent call first):\n");
    Frame* f = ts->currentFrame;
    if (!f) {
        putStr(fd, "  <no Python frame>\n");
        return;
    }
    for (int depth = 0; f; f = f->previous, depth++) {
        if (depth >= kMaxFrameDepth) {
            putStr(fd, "  ...\n");
            break;
        }
        dumpFrame(fd, f);
    }
}

// Every thread of interp, newest first; `current` (may be null) is labelled "Current thread".
void dumpThreads(int fd, InterpState* interp, ThreadState* current) {
    int i = 0;
    for (ThreadState* ts = interp->threadList; ts; ts = ts->nextThread, i++) {
        if (i != 0) putStr(fd, "\n");
        if (i >= kMaxThreads) {
            putStr(fd, "...\n");
            break;
        }
        putStr(fd, ts == current ? "Current thread 0x" : "Thread 0x");
        putHex(fd, ts->ident, int(sizeof(unsigned long) * 2));
        putStr(fd, " (most recent call first):\n");
        dumpStack(fd, ts, false);
    }
}

void dumpTraceback(int fd, bool allThreads, InterpState* interp, ThreadState* current) {
    if (allThreads && interp) {
        dumpThreads(fd, interp, current);
    } else if (current) {
        dumpStack(fd, current, true);
    }
}

// --- Arguments ----------------------------------------------------------------------------

// The fd of `file` (an int, a file object with fileno(), or None/absent: sys.stderr), after
// flushing the file object. Sets *fileOut to the object used (borrowed). -1 with an exception.
int fileDescriptor(Object* file, Object** fileOut) {
    if (!file || isNone(file)) {
        InterpState* interp = currentInterp();
        file = interp->sysDict ? dictGetItemStr(interp->sysDict, "stderr") : nullptr;
        if (!file) {
            setError(&ExcRuntimeError, "unable to get sys.stderr");
            return -1;
        }
        if (isNone(file)) {
            setError(&ExcRuntimeError, "sys.stderr is None");
            return -1;
        }
    }
    *fileOut = file;
    if (isInt(file)) {
        int64_t fd;
        if (!intAsInt64(file, &fd)) return -1;
        if (fd < 0 || fd > INT32_MAX) {
            // (sic: CPython 3.11's message)
            setError(&ExcValueError, "file is not a valid file descripter");
            return -1;
        }
        return int(fd);
    }
    Ref<> r = Ref<>::steal(callMethod(file, "fileno", nullptr, 0));
    if (!r) return -1;
    int64_t fd = -1;
    if (isInt(r.get()) && !intAsInt64(r.get(), &fd)) return -1;
    if (fd < 0 || fd > INT32_MAX) {
        setError(&ExcRuntimeError, "file.fileno() is not a valid file descriptor");
        return -1;
    }
    Ref<> flushed = Ref<>::steal(callMethod(file, "flush", nullptr, 0));
    if (!flushed) clearError();
    return int(fd);
}

bool truthArg(Object* o, bool dflt, bool* out) {
    if (!o) {
        *out = dflt;
        return true;
    }
    int t = isTrue(o);
    if (t < 0) return false;
    *out = t != 0;
    return true;
}

// --- Fatal signals ------------------------------------------------------------------------

#if KRAIT_FATAL_SIGNALS
void restoreSignal(FatalSignal& s) {
    if (!s.installed) return;
    s.installed = false;
    sigaction(s.sig, &s.previous, nullptr);
}

void fatalSignalHandler(int sig) {
    FaultHandler& h = handler();
    FatalSignal* entry = nullptr;
    for (FatalSignal& s : h.signals) {
        if (s.sig == sig) entry = &s;
    }
    if (!entry || !entry->installed) return;
    int savedErrno = errno;
    // The previous disposition is back before anything else, so a second fault while
    // dumping (or the raise() below) ends the process as it would have without us.
    restoreSignal(*entry);
    putStr(h.fd, "Fatal Python error: ");
    putStr(h.fd, entry->name);
    putStr(h.fd, "\n\n");
    dumpTraceback(h.fd, h.allThreads, h.interp, currentThread());
    errno = savedErrno;
    // Delivered at once (SA_NODEFER) to the previous handler, or the default action.
    raise(sig);
}
#endif

bool installFatalHandlers(FaultHandler& h) {
#if KRAIT_FATAL_SIGNALS
    if (!h.altStack) {
        // An alternate stack, so that a stack overflow's SIGSEGV can still be reported.
        size_t size = size_t(SIGSTKSZ) * 2 + 65536;
        h.altStack = std::malloc(size);
        if (h.altStack) {
            stack_t ss = {};
            ss.ss_sp = h.altStack;
            ss.ss_size = size;
            if (sigaltstack(&ss, nullptr) != 0) {
                std::free(h.altStack);
                h.altStack = nullptr;
            }
        }
    }
    for (FatalSignal& s : h.signals) {
        if (s.installed) continue;
        struct sigaction sa = {};
        sa.sa_handler = fatalSignalHandler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_NODEFER | (h.altStack ? SA_ONSTACK : 0);
        if (sigaction(s.sig, &sa, &s.previous) != 0) {
            int err = errno;
            for (FatalSignal& t : h.signals) restoreSignal(t);
            errno = err;
            setErrorFromErrno(&ExcOSError, err);
            return false;
        }
        s.installed = true;
    }
#else
    (void)h;
#endif
    return true;
}

void removeFatalHandlers(FaultHandler& h) {
#if KRAIT_FATAL_SIGNALS
    for (FatalSignal& s : h.signals) restoreSignal(s);
#else
    (void)h;
#endif
}

// --- Module functions ---------------------------------------------------------------------

Object* fhEnable(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"file", "all_threads"};
    Object* a[2];
    if (!parseArgs("enable", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    Object* file = nullptr;
    int fd = fileDescriptor(a[0], &file);
    if (fd < 0) return nullptr;
    bool all;
    if (!truthArg(a[1], true, &all)) return nullptr;
    FaultHandler& h = handler();
    Object* old = h.file;
    h.file = newRef(file);
    xdecref(old);
    h.fd = fd;
    h.allThreads = all;
    h.interp = currentInterp();
    if (!h.enabled) {
        if (!installFatalHandlers(h)) return nullptr;
        h.enabled = true;
    }
    return newNone();
}

Object* fhDisable(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("disable", kwnames) || !checkArgCount("disable", nargs, 0, 0)) {
        return nullptr;
    }
    FaultHandler& h = handler();
    bool was = h.enabled;
    if (was) {
        removeFatalHandlers(h);
        h.enabled = false;
    }
    Object* old = h.file;
    h.file = nullptr;
    xdecref(old);
    return newBool(was);
}

Object* fhIsEnabled(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("is_enabled", kwnames) || !checkArgCount("is_enabled", nargs, 0, 0)) {
        return nullptr;
    }
    return newBool(handler().enabled);
}

Object* fhDumpTraceback(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"file", "all_threads"};
    Object* a[2];
    if (!parseArgs("dump_traceback", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    Object* file = nullptr;
    int fd = fileDescriptor(a[0], &file);
    if (fd < 0) return nullptr;
    bool all;
    if (!truthArg(a[1], true, &all)) return nullptr;
    ThreadState* ts = currentThread();
    dumpTraceback(fd, all, ts->interp, ts);
    return newNone();
}

// The watchdog: waits for the timeout unless cancelled, then writes the header and every
// thread's traceback; exits the process if asked, and goes round again with repeat=True.
void watchdog(void*) {
    FaultHandler& h = handler();
    h.laterMutex.lock();
    for (;;) {
        // A wake-up without a cancel request is spurious: wait the whole timeout again.
        while (!h.laterCancel && h.laterCond.waitFor(h.laterMutex, h.laterTimeoutNs)) {
        }
        if (h.laterCancel) break;
        putStr(h.laterFd, h.laterHeader);
        dumpThreads(h.laterFd, h.laterInterp, nullptr);
        if (h.laterExit) _exit(1);
        if (!h.laterRepeat) break;
    }
    h.laterRunning = false;
    h.laterCond.notifyAll();
    h.laterMutex.unlock();
}

// Stops the watchdog thread, if any, and waits until it has ended.
void cancelLater(FaultHandler& h) {
    h.laterMutex.lock();
    if (h.laterRunning) {
        h.laterCancel = true;
        h.laterCond.notifyAll();
        while (h.laterRunning) h.laterCond.wait(h.laterMutex);
    }
    h.laterCancel = false;
    Object* old = h.laterFile;
    h.laterFile = nullptr;
    h.laterMutex.unlock();
    xdecref(old);
}

void formatTimeout(char* out, size_t size, int64_t us) {
    uint64_t sec = uint64_t(us / 1000000);
    int64_t frac = us % 1000000;
    uint64_t min = sec / 60;
    sec %= 60;
    uint64_t hour = min / 60;
    min %= 60;
    if (frac) {
        std::snprintf(out, size, "Timeout (%llu:%02llu:%02llu.%06lld)!\n",
                      (unsigned long long)hour, (unsigned long long)min,
                      (unsigned long long)sec, (long long)frac);
    } else {
        std::snprintf(out, size, "Timeout (%llu:%02llu:%02llu)!\n", (unsigned long long)hour,
                      (unsigned long long)min, (unsigned long long)sec);
    }
}

Object* fhDumpTracebackLater(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"timeout", "repeat", "file", "exit"};
    Object* a[4];
    if (!parseArgs("dump_traceback_later", args, nargs, kwnames, kNames, 4, 1, a)) {
        return nullptr;
    }
    // A float, or an integer (__index__), as CPython's _PyTime_FromSecondsObject.
    double timeout;
    if (isInstanceOf(a[0], &FloatType)) {
        timeout = floatValue(a[0]);
    } else {
        Ref<> idx = Ref<>::steal(numberIndex(a[0]));
        if (!idx) return nullptr;
        int64_t whole;
        if (!intAsInt64(idx.get(), &whole)) return nullptr;
        timeout = double(whole);
    }
    if (timeout != timeout) return setError(&ExcValueError, "Invalid value NaN (not a number)");
    // Microseconds rounded away from zero, as CPython's _PyTime_ROUND_TIMEOUT.
    double us = std::ceil(timeout * 1e6);
    if (!(us > 0)) return setError(&ExcValueError, "timeout must be greater than 0");
    if (us >= 9.2e18 / 1000) return setError(&ExcOverflowError, "timeout value is too large");
    bool repeat, exitAfter;
    if (!truthArg(a[1], false, &repeat)) return nullptr;
    Object* file = nullptr;
    int fd = fileDescriptor(a[2], &file);
    if (fd < 0) return nullptr;
    if (!truthArg(a[3], false, &exitAfter)) return nullptr;
    FaultHandler& h = handler();
    cancelLater(h);
    if (!platform::kHaveThreads) {
        return setError(&ExcRuntimeError, "unable to start watchdog thread");
    }
    int64_t timeoutUs = int64_t(us);
    h.laterMutex.lock();
    h.laterTimeoutNs = timeoutUs * 1000;
    h.laterRepeat = repeat;
    h.laterExit = exitAfter;
    h.laterFd = fd;
    h.laterFile = newRef(file);
    h.laterInterp = currentInterp();
    h.laterCancel = false;
    formatTimeout(h.laterHeader, sizeof h.laterHeader, timeoutUs);
    h.laterRunning = true;
    uint64_t ident = 0;
    int err = 0;
    bool started = platform::startThread(watchdog, nullptr, 256 * 1024, &ident, &err);
    if (!started) h.laterRunning = false;
    h.laterMutex.unlock();
    if (!started) {
        cancelLater(h);
        return setError(&ExcRuntimeError, "unable to start watchdog thread");
    }
    return newNone();
}

Object* fhCancelLater(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("cancel_dump_traceback_later", kwnames) ||
        !checkArgCount("cancel_dump_traceback_later", nargs, 0, 0)) {
        return nullptr;
    }
    cancelLater(handler());
    return newNone();
}

// Test helpers of CPython's test_faulthandler: provoke the fatal signals.
Object* raiseFatal(int sig, const char* name) {
#if KRAIT_FATAL_SIGNALS
    if (sig == SIGABRT) std::abort();
    raise(sig);
    // Only reached when the signal is ignored or handled by Python code that returned.
    (void)name;
    return newNone();
#else
    (void)sig;
    return setError(&ExcRuntimeError, "%s: no signals on this platform", name);
#endif
}

Object* fhSigsegv(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_sigsegv", kwnames) || !checkArgCount("_sigsegv", nargs, 0, 1)) {
        return nullptr;
    }
    (void)args;
    return raiseFatal(SIGSEGV, "_sigsegv");
}

Object* fhSigabrt(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_sigabrt", kwnames) || !checkArgCount("_sigabrt", nargs, 0, 0)) {
        return nullptr;
    }
    return raiseFatal(SIGABRT, "_sigabrt");
}

Object* fhSigfpe(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_sigfpe", kwnames) || !checkArgCount("_sigfpe", nargs, 0, 0)) {
        return nullptr;
    }
    return raiseFatal(SIGFPE, "_sigfpe");
}

const MethodDef kFaulthandlerFunctions[] = {
    {"enable", fhEnable, 0,
     "enable(file=sys.stderr, all_threads=True): enable the fault handler"},
    {"disable", fhDisable, 0, "disable(): disable the fault handler"},
    {"is_enabled", fhIsEnabled, 0, "is_enabled()->bool: check if the handler is enabled"},
    {"dump_traceback", fhDumpTraceback, 0,
     "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current "
     "thread, or of all threads if all_threads is True, into file"},
    {"dump_traceback_later", fhDumpTracebackLater, 0,
     "dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):\ndump the "
     "traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is "
     "True. If exit is True, call _exit(1) which is not safe."},
    {"cancel_dump_traceback_later", fhCancelLater, 0,
     "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later()."},
    {"_sigsegv", fhSigsegv, 0, "_sigsegv(release_gil=False): raise a SIGSEGV signal"},
    {"_sigabrt", fhSigabrt, 0, "_sigabrt(): raise a SIGABRT signal"},
    {"_sigfpe", fhSigfpe, 0, "_sigfpe(): raise a SIGFPE signal"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createFaulthandlerModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("faulthandler"));
    if (!m || !moduleAddFunctions(m.get(), kFaulthandlerFunctions)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", "faulthandler module.")) return nullptr;
    return m.release();
}

}  // namespace krait
