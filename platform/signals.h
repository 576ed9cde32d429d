// OS signals for the _signal module (vm/modules/signal_module.cpp) and the eval loop.
//
// Natively the process's handlers are POSIX sigaction()s. A signal with a Python handler gets
// the catcher installed: it only records the signal (the interpreter's tripped flags and its
// pending-interrupt word, registered with setSignalCatcherTarget) and writes a byte to the
// wakeup fd; the VM runs the Python handler later, on the main thread, between bytecodes.
//
// On wasm (Emscripten, WASI) the host delivers no signals: kHaveOsSignals is false, the
// dispositions are only recorded by the VM, and raise_signal() trips the flags in-process.
#pragma once

#include <cstdint>
#include <vector>

namespace krait::platform {

#if defined(__EMSCRIPTEN__) || defined(__wasi__)
constexpr bool kHaveOsSignals = false;
#else
constexpr bool kHaveOsSignals = true;
#endif

// Signal numbers run from 1 to kSignalCount - 1 (Linux's NSIG, also used on wasm).
constexpr int kSignalCount = 65;

// Where the catcher records a signal: tripped[sig] = 1, then *pending = pendingValue.
void setSignalCatcherTarget(volatile int* tripped, volatile int* pending, int pendingValue);
// The wakeup fd (set_wakeup_fd): the catcher writes the signal number's low byte to it; -1 off.
void setSignalWakeupFd(int fd);

enum class SignalAction { kDefault, kIgnore, kCatch, kOther };
// Installs the action for sig; false with *err = errno (EINVAL for SIGKILL/SIGSTOP or an
// invalid number). On wasm only range checks are done.
bool setSignalAction(int sig, SignalAction action, int* err);
// The disposition in force (kOther: a handler installed by someone else).
SignalAction getSignalAction(int sig);
// siginterrupt(sig, flag); false with *err.
bool setSignalInterrupt(int sig, bool flag, int* err);

// raise(sig) natively; false with *err. Not available on wasm (false, ENOSYS).
bool raiseSignal(int sig, int* err);
// pthread_kill(thread, sig); returns 0 or the error number.
int killThread(uint64_t thread, int sig);
// alarm(seconds): the seconds left of the previous alarm.
unsigned scheduleAlarm(unsigned seconds);
// pause() until a signal is caught.
void pauseForSignal();
// pthread_sigmask(how, sigs); *old gets the previous mask's members. how: 0 block,
// 1 unblock, 2 set. Returns 0 or the error number.
int changeSignalMask(int how, const std::vector<int>& sigs, std::vector<int>* old);
// sigpending(): the blocked signals waiting. Returns 0 or the error number.
int pendingSignals(std::vector<int>* out);
// The numbers of sigfillset() (valid_signals()).
std::vector<int> validSignals();
// strsignal()'s text, or null if the C library knows no description.
const char* signalDescription(int sig);
// setitimer/getitimer(which): seconds and interval as doubles; 0 or the error number.
int setIntervalTimer(int which, double seconds, double interval, double* oldSeconds,
                     double* oldInterval);
int getIntervalTimer(int which, double* seconds, double* interval);

// A named signal constant of this platform (SIGINT, SIGRTMIN, ...).
struct SignalConstant {
    const char* name;
    int value;
};
// The SIG* constants of the platform, ended by {nullptr, 0}.
const SignalConstant* signalConstants();

}  // namespace krait::platform
