// OS threads and synchronisation (see threads.h): POSIX threads natively, single-threaded
// stand-ins on the wasm builds.
#include "platform/threads.h"

#include <cerrno>
#include <cstdlib>
#include <ctime>

#if KRAIT_HAVE_THREADS
#include <signal.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif
#endif

namespace krait::platform {

#if KRAIT_HAVE_THREADS

namespace {

// now + ns on the monotonic clock.
timespec deadlineAfter(int64_t ns) {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    int64_t sec = ns / 1000000000;
    int64_t rest = ns % 1000000000;
    ts.tv_sec += static_cast<time_t>(sec);
    ts.tv_nsec += static_cast<long>(rest);
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec += 1;
        ts.tv_nsec -= 1000000000;
    }
    return ts;
}

struct ThreadStart {
    void (*fn)(void*);
    void* arg;
};

void* threadMain(void* p) {
    ThreadStart start = *static_cast<ThreadStart*>(p);
    delete static_cast<ThreadStart*>(p);
    start.fn(start.arg);
    return nullptr;
}

}  // namespace

ThreadMutex::ThreadMutex() { pthread_mutex_init(&m_, nullptr); }
ThreadMutex::~ThreadMutex() { pthread_mutex_destroy(&m_); }
void ThreadMutex::lock() { pthread_mutex_lock(&m_); }
void ThreadMutex::unlock() { pthread_mutex_unlock(&m_); }

CondVar::CondVar() {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&c_, &attr);
    pthread_condattr_destroy(&attr);
}
CondVar::~CondVar() { pthread_cond_destroy(&c_); }
void CondVar::wait(ThreadMutex& m) { pthread_cond_wait(&c_, &m.m_); }
bool CondVar::waitFor(ThreadMutex& m, int64_t ns) {
    timespec deadline = deadlineAfter(ns);
    return pthread_cond_timedwait(&c_, &m.m_, &deadline) != ETIMEDOUT;
}
void CondVar::notifyOne() { pthread_cond_signal(&c_); }
void CondVar::notifyAll() { pthread_cond_broadcast(&c_); }

SemLock::SemLock() { sem_init(&s_, 0, 1); }
SemLock::~SemLock() { sem_destroy(&s_); }
bool SemLock::tryAcquire() {
    while (sem_trywait(&s_) != 0) {
        if (errno != EINTR) return false;
    }
    return true;
}
LockResult SemLock::acquire(int64_t timeoutNs) {
    int r;
    if (timeoutNs < 0) {
        r = sem_wait(&s_);
    } else {
        timespec deadline = deadlineAfter(timeoutNs);
        r = sem_clockwait(&s_, CLOCK_MONOTONIC, &deadline);
    }
    if (r == 0) return LockResult::kAcquired;
    if (errno == EINTR) return LockResult::kInterrupted;
    return LockResult::kTimedOut;
}
void SemLock::release() { sem_post(&s_); }
void SemLock::reinit() {
    sem_destroy(&s_);
    sem_init(&s_, 0, 1);
}

bool startThread(void (*fn)(void*), void* arg, size_t stackSize, uint64_t* ident, int* err) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (stackSize == 0) stackSize = 8u * 1024u * 1024u;
    int r = pthread_attr_setstacksize(&attr, stackSize);
    if (r != 0) {
        pthread_attr_destroy(&attr);
        *err = r;
        return false;
    }
    // The new thread inherits the signal mask in force here: block SIGINT around the
    // creation so that only the main thread receives it.
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    auto* start = new ThreadStart{fn, arg};
    pthread_t th;
    r = pthread_create(&th, &attr, threadMain, start);
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    pthread_attr_destroy(&attr);
    if (r != 0) {
        delete start;
        *err = r;
        return false;
    }
    *ident = static_cast<uint64_t>(th);
    return true;
}

uint64_t currentThreadId() { return static_cast<uint64_t>(pthread_self()); }

uint64_t nativeThreadId() {
#if defined(__linux__)
    return static_cast<uint64_t>(syscall(SYS_gettid));
#else
    return static_cast<uint64_t>(getpid());
#endif
}

void parkThreadForever() {
    for (;;) pause();
}

#else   // no threads: single-threaded stand-ins

ThreadMutex::ThreadMutex() {}
ThreadMutex::~ThreadMutex() {}
void ThreadMutex::lock() {}
void ThreadMutex::unlock() {}

CondVar::CondVar() {}
CondVar::~CondVar() {}
void CondVar::wait(ThreadMutex&) {}
bool CondVar::waitFor(ThreadMutex&, int64_t) { return false; }
void CondVar::notifyOne() {}
void CondVar::notifyAll() {}

SemLock::SemLock() {}
SemLock::~SemLock() {}
bool SemLock::tryAcquire() {
    if (held_) return false;
    held_ = true;
    return true;
}
// With one thread nothing can release a held lock while we wait: the wait times out (the
// caller sleeps out a finite timeout itself).
LockResult SemLock::acquire(int64_t) { return tryAcquire() ? LockResult::kAcquired : LockResult::kTimedOut; }
void SemLock::release() { held_ = false; }
void SemLock::reinit() { held_ = false; }

bool startThread(void (*)(void*), void*, size_t, uint64_t*, int* err) {
    *err = EAGAIN;
    return false;
}

uint64_t currentThreadId() { return 1; }
uint64_t nativeThreadId() { return 1; }

void parkThreadForever() { std::abort(); }   // unreachable: no other thread exists

#endif

}  // namespace krait::platform
