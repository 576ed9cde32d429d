// OS threads, a mutex, a condition variable and a counting lock for the VM's GIL and the
// _thread module (vm/core/gil.cpp, vm/modules/thread_module.cpp).
//
// KRAIT_HAVE_THREADS is 1 natively (POSIX threads) and 0 on the single-threaded wasm builds
// (Emscripten without -pthread, WASI preview 1). Without threads every type below still
// exists with single-threaded semantics (a mutex is a no-op, waits return at once) and
// startThread() fails, so code above this layer compiles unchanged and the GIL is never
// switched on.
#pragma once

#include <cstddef>
#include <cstdint>

// TODO(issue 3): a threaded Emscripten variant (pthreads over SharedArrayBuffer).
#if defined(__EMSCRIPTEN__) || defined(__wasi__)
#define KRAIT_HAVE_THREADS 0
#else
#define KRAIT_HAVE_THREADS 1
#endif

#if KRAIT_HAVE_THREADS
#include <pthread.h>
#include <semaphore.h>
#endif

namespace krait::platform {

// True where startThread() can work.
constexpr bool kHaveThreads = KRAIT_HAVE_THREADS != 0;

// A plain (non-recursive) mutex.
class ThreadMutex {
public:
    ThreadMutex();
    ~ThreadMutex();
    ThreadMutex(const ThreadMutex&) = delete;
    ThreadMutex& operator=(const ThreadMutex&) = delete;
    void lock();
    void unlock();

private:
    friend class CondVar;
#if KRAIT_HAVE_THREADS
    pthread_mutex_t m_;
#endif
};

// A condition variable over ThreadMutex, timed on the monotonic clock.
class CondVar {
public:
    CondVar();
    ~CondVar();
    CondVar(const CondVar&) = delete;
    CondVar& operator=(const CondVar&) = delete;
    void wait(ThreadMutex& m);
    // Waits at most `ns` nanoseconds; false if the time ran out.
    bool waitFor(ThreadMutex& m, int64_t ns);
    void notifyOne();
    void notifyAll();

private:
#if KRAIT_HAVE_THREADS
    pthread_cond_t c_;
#endif
};

// The lock behind Python's _thread.lock: a binary semaphore that any thread may release.
// Waits return early with kInterrupted when a signal handler ran (EINTR), so the caller can
// check for KeyboardInterrupt.
enum class LockResult { kAcquired, kTimedOut, kInterrupted };
class SemLock {
public:
    SemLock();
    ~SemLock();
    SemLock(const SemLock&) = delete;
    SemLock& operator=(const SemLock&) = delete;
    bool tryAcquire();
    // timeoutNs < 0: wait forever. Returns kAcquired, kTimedOut or kInterrupted.
    LockResult acquire(int64_t timeoutNs);
    void release();
    // Re-creates the lock unlocked (after fork()).
    void reinit();

private:
#if KRAIT_HAVE_THREADS
    sem_t s_;
#else
    bool held_ = false;
#endif
};

// Starts a detached OS thread running fn(arg). stackSize 0 = the default (8 MB). Signals
// that the process handles (SIGINT) are blocked in the new thread, so they are delivered to
// the main thread as in CPython. On success stores the new thread's identifier (what
// currentThreadId() returns in it) in *ident. False with *err = errno on failure (EAGAIN
// when threads are not available).
bool startThread(void (*fn)(void*), void* arg, size_t stackSize, uint64_t* ident, int* err);
// An identifier of the calling thread, unique among live threads (pthread_self()).
uint64_t currentThreadId();
// The kernel's id of the calling thread (gettid() on Linux; the process id elsewhere).
uint64_t nativeThreadId();
// Blocks (never returns) the calling thread: for threads that may not run again because the
// interpreter is finalizing.
[[noreturn]] void parkThreadForever();

}  // namespace krait::platform
