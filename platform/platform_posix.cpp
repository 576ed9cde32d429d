// POSIX implementation of platform/platform.h (Linux natively; Emscripten and WASI provide
// the same calls on wasm).
#include "platform/platform.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/random.h>
#endif

extern char** environ;

namespace krait::platform {

bool readFile(const std::string& path, std::string& out, int* err) {
    int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) {
        *err = errno;
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        *err = EISDIR;
        return false;
    }
    out.clear();
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            *err = errno;
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        out.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return true;
}

bool writeAll(int fd, const char* data, size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, data, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data += w;
        n -= static_cast<size_t>(w);
    }
    return true;
}

bool readLine(std::string& out) {
    out.clear();
    char c;
    for (;;) {
        ssize_t n = ::read(0, &c, 1);
        if (n < 0 && errno == EINTR) return !out.empty();
        if (n <= 0) return !out.empty();
        out.push_back(c);
        if (c == '\n') return true;
    }
}

bool isInteractive(int fd) { return ::isatty(fd) == 1; }

bool fileExists(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
}

bool isDirectory(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string currentDirectory() {
    char buf[4096];
    if (::getcwd(buf, sizeof buf)) return buf;
    return ".";
}

std::string absolutePath(const std::string& path) {
    if (!path.empty() && path[0] == '/') return path;
    std::string cwd = currentDirectory();
    if (path.empty() || path == ".") return cwd;
    return cwd == "/" ? "/" + path : cwd + "/" + path;
}

const char* getEnv(const char* name) { return std::getenv(name); }

std::vector<std::string> environment() {
    std::vector<std::string> out;
    for (char** e = environ; e && *e; e++) out.emplace_back(*e);
    return out;
}

namespace {
int64_t clockNs(clockid_t id) {
    struct timespec ts;
    ::clock_gettime(id, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
}  // namespace

int64_t wallTimeNs() { return clockNs(CLOCK_REALTIME); }
double wallTime() { return static_cast<double>(wallTimeNs()) / 1e9; }
int64_t monotonicTimeNs() { return clockNs(CLOCK_MONOTONIC); }
double monotonicTime() { return static_cast<double>(monotonicTimeNs()) / 1e9; }
int64_t perfCounterNs() { return monotonicTimeNs(); }
double perfCounter() { return monotonicTime(); }
int64_t processTimeNs() {
#if defined(CLOCK_PROCESS_CPUTIME_ID)
    return clockNs(CLOCK_PROCESS_CPUTIME_ID);
#else
    return static_cast<int64_t>(std::clock()) * (1000000000 / CLOCKS_PER_SEC);
#endif
}
double processTime() { return static_cast<double>(processTimeNs()) / 1e9; }

bool sleepSeconds(double seconds) {
    if (seconds <= 0) return true;
    struct timespec ts;
    ts.tv_sec = static_cast<time_t>(seconds);
    ts.tv_nsec = static_cast<long>((seconds - static_cast<double>(ts.tv_sec)) * 1e9);
    return ::nanosleep(&ts, nullptr) == 0;
}

bool randomBytes(void* buf, size_t n) {
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
    char* p = static_cast<char*>(buf);
    while (n > 0) {
        ssize_t r = ::getrandom(p, n, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            break;
        }
        p += r;
        n -= static_cast<size_t>(r);
    }
    if (n == 0) return true;
    buf = p;
#endif
    int fd = ::open("/dev/urandom", O_RDONLY);
    if (fd < 0) return false;
    char* q = static_cast<char*>(buf);
    while (n > 0) {
        ssize_t r = ::read(fd, q, n);
        if (r <= 0) {
            ::close(fd);
            return false;
        }
        q += r;
        n -= static_cast<size_t>(r);
    }
    ::close(fd);
    return true;
}

namespace {
volatile int* gInterruptFlag = nullptr;   // written only by the signal handler's installer
void onSigint(int) {
    if (gInterruptFlag) *gInterruptFlag = 1;
}
}  // namespace

void installInterruptHandler(volatile int* flag) {
    gInterruptFlag = flag;
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = onSigint;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
}

const char* platformName() {
#if defined(__EMSCRIPTEN__)
    return "emscripten";
#elif defined(__wasi__)
    return "wasi";
#else
    return "linux";
#endif
}

}  // namespace krait::platform
