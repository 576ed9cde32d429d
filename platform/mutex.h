// A mutex for the few runtime-wide tables shared by all interpreters (the intern table, the
// start-up configuration map). std::mutex natively and under Emscripten; on WASI preview 1
// (no threads: libc++ is built without them) a program has a single thread, so locking is
// a no-op there.
#pragma once

#if defined(__wasi__) && !defined(_REENTRANT)
namespace krait::platform {
class Mutex {
public:
    void lock() {}
    void unlock() {}
};
}  // namespace krait::platform
#else
#include <mutex>
namespace krait::platform {
using Mutex = std::mutex;
}  // namespace krait::platform
#endif

namespace krait::platform {
// Holds a Mutex for the current scope (std::lock_guard, which does not exist without threads).
class LockGuard {
public:
    explicit LockGuard(Mutex& m) : m_(m) { m_.lock(); }
    ~LockGuard() { m_.unlock(); }
    LockGuard(const LockGuard&) = delete;
    LockGuard& operator=(const LockGuard&) = delete;

private:
    Mutex& m_;
};
}  // namespace krait::platform
