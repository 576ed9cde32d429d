// Child processes and the descriptor operations subprocess needs: pipes, dup2, inheritable and
// blocking flags, kill, waitpid and fork+exec (the _posixsubprocess protocol). Natively these
// are the POSIX calls; Emscripten and WASI have no processes, so the process calls fail there
// with ENOSYS (pipes and flags work where the runtime provides them).
#include "platform/platform.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#if !defined(__EMSCRIPTEN__) && !defined(__wasi__)
#define KRAIT_HAVE_PROCESSES 1
#include <csignal>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/wait.h>
#endif

namespace krait::platform {

namespace {

#if !defined(__wasi__)
bool setFdFlag(int fd, int cmd, int getCmd, int flag, bool on, int* err) {
    int flags = ::fcntl(fd, getCmd);
    if (flags < 0) {
        *err = errno;
        return false;
    }
    int want = on ? (flags | flag) : (flags & ~flag);
    if (want != flags && ::fcntl(fd, cmd, want) < 0) {
        *err = errno;
        return false;
    }
    return true;
}
#endif

}  // namespace

bool makePipe(int fds[2], int* err) {
#if defined(__wasi__)
    (void)fds;
    *err = ENOSYS;
    return false;
#else
    if (::pipe(fds) < 0) {
        *err = errno;
        return false;
    }
    // Not inherited by children, as PEP 446 wants.
    for (int i = 0; i < 2; i++) ::fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    return true;
#endif
}

int dup2Fd(int fd, int fd2, bool inheritable, int* err) {
#if defined(__wasi__)
    (void)fd;
    (void)fd2;
    (void)inheritable;
    *err = ENOTSUP;
    return -1;
#else
    if (::dup2(fd, fd2) < 0) {
        *err = errno;
        return -1;
    }
    if (!inheritable && fd != fd2) ::fcntl(fd2, F_SETFD, FD_CLOEXEC);
    return fd2;
#endif
}

bool getInheritable(int fd, bool* out, int* err) {
#if defined(__wasi__)
    (void)fd;
    *out = false;
    *err = 0;
    return true;
#else
    int flags = ::fcntl(fd, F_GETFD);
    if (flags < 0) {
        *err = errno;
        return false;
    }
    *out = !(flags & FD_CLOEXEC);
    return true;
#endif
}

bool setInheritable(int fd, bool on, int* err) {
#if defined(__wasi__)
    (void)fd;
    (void)on;
    *err = 0;
    return true;
#else
    return setFdFlag(fd, F_SETFD, F_GETFD, FD_CLOEXEC, !on, err);
#endif
}

bool getBlocking(int fd, bool* out, int* err) {
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0) {
        *err = errno;
        return false;
    }
    *out = !(flags & O_NONBLOCK);
    return true;
}

bool setBlocking(int fd, bool on, int* err) {
#if defined(__wasi__)
    int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, on ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK)) < 0) {
        *err = errno;
        return false;
    }
    return true;
#else
    return setFdFlag(fd, F_SETFL, F_GETFL, O_NONBLOCK, !on, err);
#endif
}

bool killProcess(int64_t pid, int sig, int* err) {
#if defined(KRAIT_HAVE_PROCESSES)
    if (::kill(static_cast<pid_t>(pid), sig) < 0) {
        *err = errno;
        return false;
    }
    return true;
#else
    (void)pid;
    (void)sig;
    *err = ENOSYS;
    return false;
#endif
}

int64_t waitProcess(int64_t pid, int options, int* status, int* err) {
#if defined(KRAIT_HAVE_PROCESSES)
    for (;;) {
        pid_t r = ::waitpid(static_cast<pid_t>(pid), status, options);
        if (r >= 0) return r;
        if (errno != EINTR) {
            *err = errno;
            return -1;
        }
    }
#else
    (void)pid;
    (void)options;
    *status = 0;
    *err = ECHILD;
    return -1;
#endif
}

#if defined(KRAIT_HAVE_PROCESSES)
namespace {

// Child side, after fork(): only async-signal-safe calls from here on.
void writeAll(int fd, const char* s, size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        s += w;
        n -= static_cast<size_t>(w);
    }
}

// "OSError:<errno in hex>:" plus "noexec" when exec was never attempted, the format
// subprocess.py parses from the error pipe.
[[noreturn]] void reportChildError(int errpipe, int err, bool noexec) {
    char buf[64];
    int n = 0;
    const char* head = "OSError:";
    while (head[n]) {
        buf[n] = head[n];
        n++;
    }
    char hex[16];
    int h = 0;
    unsigned v = static_cast<unsigned>(err);
    do {
        hex[h++] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v && h < 16);
    while (h > 0) buf[n++] = hex[--h];
    buf[n++] = ':';
    writeAll(errpipe, buf, static_cast<size_t>(n));
    if (noexec) writeAll(errpipe, "noexec", 6);
    ::_exit(255);
}

// Moves fd to the target standard descriptor (or clears close-on-exec when it already is it).
bool placeStd(int fd, int target) {
    if (fd < 0) return true;
    if (fd == target) {
        int flags = ::fcntl(fd, F_GETFD);
        return flags >= 0 && ::fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC) >= 0;
    }
    return ::dup2(fd, target) >= 0;
}

bool keepFd(const ForkExecRequest& r, int fd) {
    for (int k : r.passFds) {
        if (k == fd) return true;
    }
    return false;
}

[[noreturn]] void childExec(const ForkExecRequest& r, char* const* argv, char* const* envp) {
    int ep = r.errpipeWrite;
    // A standard descriptor that is also a later source must be moved out of the way first.
    int c2pwrite = r.c2pwrite, errwrite = r.errwrite;
    if (c2pwrite == 0) {
        c2pwrite = ::dup(c2pwrite);
        if (c2pwrite < 0) reportChildError(ep, errno, true);
    }
    while (errwrite == 0 || errwrite == 1) {
        errwrite = ::dup(errwrite);
        if (errwrite < 0) reportChildError(ep, errno, true);
    }
    if (!placeStd(r.p2cread, 0) || !placeStd(c2pwrite, 1) || !placeStd(errwrite, 2)) {
        reportChildError(ep, errno, true);
    }
    if (r.closeFds) {
        // Close everything above stderr but the error pipe and pass_fds.
        long maxFd = ::sysconf(_SC_OPEN_MAX);
        if (maxFd < 0 || maxFd > 65536) maxFd = 65536;
        for (int fd = 3; fd < maxFd; fd++) {
            if (fd == ep || keepFd(r, fd)) continue;
            ::close(fd);
        }
    }
    for (int fd : r.passFds) {
        if (fd == ep) continue;   // closes on exec: that is how the parent learns exec worked
        int flags = ::fcntl(fd, F_GETFD);
        if (flags >= 0) ::fcntl(fd, F_SETFD, flags & ~FD_CLOEXEC);
    }
    if (r.haveCwd && ::chdir(r.cwd.c_str()) < 0) reportChildError(ep, errno, true);
    if (r.childUmask >= 0) ::umask(static_cast<mode_t>(r.childUmask));
    if (r.restoreSignals) {
        ::signal(SIGPIPE, SIG_DFL);
        ::signal(SIGXFSZ, SIG_DFL);
    }
    if (r.callSetsid && ::setsid() < 0) reportChildError(ep, errno, true);
    if (r.processGroup >= 0 && ::setpgid(0, static_cast<pid_t>(r.processGroup)) < 0) {
        reportChildError(ep, errno, true);
    }
    // Try each candidate path; report the most telling error (as CPython: the first one that
    // is not ENOENT/ENOTDIR).
    int saved = 0;
    for (const std::string& exe : r.executables) {
        if (r.haveEnv) ::execve(exe.c_str(), argv, envp);
        else ::execv(exe.c_str(), argv);
        if (errno != ENOENT && errno != ENOTDIR && saved == 0) saved = errno;
    }
    reportChildError(ep, saved ? saved : errno, false);
}

}  // namespace
#endif

int64_t forkExec(const ForkExecRequest& r, int* err) {
#if defined(KRAIT_HAVE_PROCESSES)
    // Everything the child needs is built before fork(): it must not allocate.
    std::vector<char*> argv;
    for (const std::string& a : r.argv) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (const std::string& e : r.env) envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);
    std::fflush(nullptr);
    pid_t pid = ::fork();
    if (pid < 0) {
        *err = errno;
        return -1;
    }
    if (pid == 0) childExec(r, argv.data(), envp.data());
    return pid;
#else
    (void)r;
    *err = ENOSYS;
    return -1;
#endif
}

}  // namespace krait::platform
