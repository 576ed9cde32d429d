// platform/signals.h: POSIX signals natively, an in-process stand-in on wasm.
#include "platform/signals.h"

#include <cerrno>
#include <cmath>
#include <cstring>

#if !defined(__wasi__) && !defined(__EMSCRIPTEN__)
#include <csignal>
#include <pthread.h>
#include <sys/time.h>
#include <unistd.h>
#endif

namespace krait::platform {

namespace {

// Written by setSignalCatcherTarget / setSignalWakeupFd only; read by the catcher (a signal
// handler can reach nothing else).
volatile int* gTripped = nullptr;
volatile int* gPending = nullptr;
int gPendingValue = 0;
volatile int gWakeupFd = -1;

bool inRange(int sig) { return sig >= 1 && sig < kSignalCount; }

#if !defined(__wasi__) && !defined(__EMSCRIPTEN__)
void catcher(int sig) {
    int savedErrno = errno;
    if (gTripped && inRange(sig)) gTripped[sig] = 1;
    if (gPending) *gPending = gPendingValue;
    int fd = gWakeupFd;
    if (fd >= 0) {
        unsigned char byte = static_cast<unsigned char>(sig);
        ssize_t r = ::write(fd, &byte, 1);
        (void)r;
    }
    errno = savedErrno;
}

void toSet(const std::vector<int>& sigs, sigset_t* set) {
    sigemptyset(set);
    for (int s : sigs) sigaddset(set, s);
}

void fromSet(const sigset_t* set, std::vector<int>* out) {
    out->clear();
    for (int s = 1; s < kSignalCount; s++) {
        if (sigismember(set, s) == 1) out->push_back(s);
    }
}

void toTimeval(double d, struct timeval* tv) {
    if (!(d > 0)) {
        tv->tv_sec = 0;
        tv->tv_usec = 0;
        return;
    }
    double whole = std::floor(d);
    tv->tv_sec = static_cast<time_t>(whole);
    tv->tv_usec = static_cast<suseconds_t>((d - whole) * 1e6);
    if (tv->tv_sec == 0 && tv->tv_usec == 0) tv->tv_usec = 1;   // as CPython: round up
}

double fromTimeval(const struct timeval& tv) {
    return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6;
}
#endif

}  // namespace

void setSignalCatcherTarget(volatile int* tripped, volatile int* pending, int pendingValue) {
    gTripped = tripped;
    gPendingValue = pendingValue;
    gPending = pending;
}

void setSignalWakeupFd(int fd) { gWakeupFd = fd; }

#if !defined(__wasi__) && !defined(__EMSCRIPTEN__)

bool setSignalAction(int sig, SignalAction action, int* err) {
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    switch (action) {
        case SignalAction::kDefault: sa.sa_handler = SIG_DFL; break;
        case SignalAction::kIgnore: sa.sa_handler = SIG_IGN; break;
        default:
            sa.sa_handler = catcher;
            // As CPython: no SA_RESTART (a blocking call returns EINTR so that the handler
            // can run), SA_ONSTACK for programs that use an alternate signal stack.
            sa.sa_flags = SA_ONSTACK;
            break;
    }
    if (::sigaction(sig, &sa, nullptr) != 0) {
        *err = errno;
        return false;
    }
    return true;
}

SignalAction getSignalAction(int sig) {
    struct sigaction sa;
    if (::sigaction(sig, nullptr, &sa) != 0) return SignalAction::kDefault;
    if (sa.sa_handler == SIG_DFL) return SignalAction::kDefault;
    if (sa.sa_handler == SIG_IGN) return SignalAction::kIgnore;
    if (sa.sa_handler == catcher) return SignalAction::kCatch;
    return SignalAction::kOther;
}

bool setSignalInterrupt(int sig, bool flag, int* err) {
    struct sigaction sa;
    if (::sigaction(sig, nullptr, &sa) != 0) {
        *err = errno;
        return false;
    }
    if (flag) sa.sa_flags &= ~SA_RESTART;
    else sa.sa_flags |= SA_RESTART;
    if (::sigaction(sig, &sa, nullptr) != 0) {
        *err = errno;
        return false;
    }
    return true;
}

bool raiseSignal(int sig, int* err) {
    if (::raise(sig) != 0) {
        *err = errno;
        return false;
    }
    return true;
}

int killThread(uint64_t thread, int sig) {
    return pthread_kill(static_cast<pthread_t>(thread), sig);
}

unsigned scheduleAlarm(unsigned seconds) { return ::alarm(seconds); }

void pauseForSignal() { ::pause(); }

int changeSignalMask(int how, const std::vector<int>& sigs, std::vector<int>* old) {
    sigset_t set, prev;
    toSet(sigs, &set);
    int h = how == 0 ? SIG_BLOCK : how == 1 ? SIG_UNBLOCK : how == 2 ? SIG_SETMASK : -1;
    if (h < 0) return EINVAL;
    int r = pthread_sigmask(h, &set, &prev);
    if (r != 0) return r;
    fromSet(&prev, old);
    return 0;
}

int pendingSignals(std::vector<int>* out) {
    sigset_t set;
    if (sigpending(&set) != 0) return errno;
    fromSet(&set, out);
    return 0;
}

std::vector<int> validSignals() {
    sigset_t set;
    std::vector<int> out;
    if (sigfillset(&set) != 0) return out;
    fromSet(&set, &out);
    return out;
}

const char* signalDescription(int sig) {
    errno = 0;
    const char* s = ::strsignal(sig);
    if (errno || !s || std::strstr(s, "Unknown signal")) return nullptr;
    return s;
}

int setIntervalTimer(int which, double seconds, double interval, double* oldSeconds,
                     double* oldInterval) {
    struct itimerval nv, ov;
    toTimeval(seconds, &nv.it_value);
    toTimeval(interval, &nv.it_interval);
    if (::setitimer(static_cast<__itimer_which_t>(which), &nv, &ov) != 0) return errno;
    *oldSeconds = fromTimeval(ov.it_value);
    *oldInterval = fromTimeval(ov.it_interval);
    return 0;
}

int getIntervalTimer(int which, double* seconds, double* interval) {
    struct itimerval v;
    if (::getitimer(static_cast<__itimer_which_t>(which), &v) != 0) return errno;
    *seconds = fromTimeval(v.it_value);
    *interval = fromTimeval(v.it_interval);
    return 0;
}

const SignalConstant* signalConstants() {
    static const SignalConstant kConstants[] = {
        {"SIGHUP", SIGHUP},   {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT},
        {"SIGILL", SIGILL},   {"SIGTRAP", SIGTRAP},     {"SIGABRT", SIGABRT},
        {"SIGIOT", SIGIOT},   {"SIGBUS", SIGBUS},       {"SIGFPE", SIGFPE},
        {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1},     {"SIGSEGV", SIGSEGV},
        {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM},
        {"SIGTERM", SIGTERM}, {"SIGCHLD", SIGCHLD},     {"SIGCONT", SIGCONT},
        {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP},     {"SIGTTIN", SIGTTIN},
        {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},       {"SIGXCPU", SIGXCPU},
        {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF},
        {"SIGWINCH", SIGWINCH},
#ifdef SIGIO
        {"SIGIO", SIGIO},
#endif
#ifdef SIGPOLL
        {"SIGPOLL", SIGPOLL},
#endif
#ifdef SIGPWR
        {"SIGPWR", SIGPWR},
#endif
#ifdef SIGSTKFLT
        {"SIGSTKFLT", SIGSTKFLT},
#endif
        {"SIGSYS", SIGSYS},
#ifdef SIGRTMIN
        {"SIGRTMIN", SIGRTMIN},   {"SIGRTMAX", SIGRTMAX},
#endif
        {nullptr, 0},
    };
    return kConstants;
}

#else   // wasm: no OS signals

bool setSignalAction(int sig, SignalAction, int* err) {
    // SIGKILL and SIGSTOP cannot be caught or ignored anywhere.
    if (!inRange(sig) || sig == 9 || sig == 19) {
        *err = EINVAL;
        return false;
    }
    return true;
}

SignalAction getSignalAction(int) { return SignalAction::kDefault; }

bool setSignalInterrupt(int sig, bool, int* err) {
    if (!inRange(sig)) {
        *err = EINVAL;
        return false;
    }
    return true;
}

bool raiseSignal(int, int* err) {
    *err = ENOSYS;
    return false;
}

int killThread(uint64_t, int) { return ENOSYS; }
unsigned scheduleAlarm(unsigned) { return 0; }
void pauseForSignal() {}

int changeSignalMask(int, const std::vector<int>&, std::vector<int>* old) {
    old->clear();
    return ENOSYS;
}

int pendingSignals(std::vector<int>* out) {
    out->clear();
    return ENOSYS;
}

std::vector<int> validSignals() {
    std::vector<int> out;
    for (int s = 1; s < kSignalCount; s++) {
        if (s != 32 && s != 33) out.push_back(s);
    }
    return out;
}

const char* signalDescription(int sig) {
    static const char* const kText[] = {
        nullptr, "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap",
        "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock",
        "Terminated"};
    if (sig >= 1 && sig <= 15) return kText[sig];
    return nullptr;
}

int setIntervalTimer(int, double, double, double*, double*) { return ENOSYS; }
int getIntervalTimer(int, double*, double*) { return ENOSYS; }

const SignalConstant* signalConstants() {
    // Linux's numbers (the wasm hosts define no signals of their own).
    static const SignalConstant kConstants[] = {
        {"SIGHUP", 1},    {"SIGINT", 2},     {"SIGQUIT", 3},    {"SIGILL", 4},
        {"SIGTRAP", 5},   {"SIGABRT", 6},    {"SIGIOT", 6},     {"SIGBUS", 7},
        {"SIGFPE", 8},    {"SIGKILL", 9},    {"SIGUSR1", 10},   {"SIGSEGV", 11},
        {"SIGUSR2", 12},  {"SIGPIPE", 13},   {"SIGALRM", 14},   {"SIGTERM", 15},
        {"SIGCHLD", 17},  {"SIGCONT", 18},   {"SIGSTOP", 19},   {"SIGTSTP", 20},
        {"SIGTTIN", 21},  {"SIGTTOU", 22},   {"SIGURG", 23},    {"SIGXCPU", 24},
        {"SIGXFSZ", 25},  {"SIGVTALRM", 26}, {"SIGPROF", 27},   {"SIGWINCH", 28},
        {"SIGIO", 29},    {"SIGPOLL", 29},   {"SIGPWR", 30},    {"SIGSYS", 31},
        {nullptr, 0},
    };
    return kConstants;
}

#endif

}  // namespace krait::platform
