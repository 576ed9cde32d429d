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

void exitBySigint() {
#if !defined(__EMSCRIPTEN__) && !defined(__wasi__)
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
    ::kill(::getpid(), SIGINT);
#endif
    std::exit(130);
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

// ---- Files and calendar time ----

int openFile(const std::string& path, const OpenFlags& f, int* err) {
    int flags = f.read && f.write ? O_RDWR : f.write ? O_WRONLY : O_RDONLY;
    if (f.create) flags |= O_CREAT;
    if (f.exclusive) flags |= O_EXCL;
    if (f.truncate) flags |= O_TRUNC;
    if (f.append) flags |= O_APPEND;
    flags |= O_CLOEXEC;
    int fd;
    do {
        fd = ::open(path.c_str(), flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) *err = errno;
    return fd;
}

int64_t readFd(int fd, void* buf, size_t n, int* err) {
    ssize_t r;
    do {
        r = ::read(fd, buf, n);
    } while (r < 0 && errno == EINTR);
    if (r < 0) *err = errno;
    return r;
}

int64_t writeFd(int fd, const void* buf, size_t n, int* err) {
    ssize_t r;
    do {
        r = ::write(fd, buf, n);
    } while (r < 0 && errno == EINTR);
    if (r < 0) *err = errno;
    return r;
}

int64_t seekFd(int fd, int64_t offset, int whence, int* err) {
    int w = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END;
    off_t r = ::lseek(fd, static_cast<off_t>(offset), w);
    if (r < 0) {
        *err = errno;
        return -1;
    }
    return static_cast<int64_t>(r);
}

bool truncateFd(int fd, int64_t size, int* err) {
    if (::ftruncate(fd, static_cast<off_t>(size)) != 0) {
        *err = errno;
        return false;
    }
    return true;
}

bool closeFd(int fd, int* err) {
    if (::close(fd) != 0 && errno != EINTR) {
        *err = errno;
        return false;
    }
    return true;
}

bool fdIsDirectory(int fd) {
    struct stat st;
    return ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
}

bool localCalendarTime(int64_t t, CalendarTime* out, int* err) {
    time_t tt = static_cast<time_t>(t);
    if (static_cast<int64_t>(tt) != t) {
        *err = EOVERFLOW;
        return false;
    }
    struct tm tm;
    errno = 0;
    if (!::localtime_r(&tt, &tm)) {
        *err = errno ? errno : EINVAL;
        return false;
    }
    out->year = tm.tm_year + 1900;
    out->month = tm.tm_mon + 1;
    out->mday = tm.tm_mday;
    out->hour = tm.tm_hour;
    out->minute = tm.tm_min;
    out->second = tm.tm_sec;
    out->wday = (tm.tm_wday + 6) % 7;
    out->yday = tm.tm_yday + 1;
    out->isdst = tm.tm_isdst;
    out->gmtoff = tm.tm_gmtoff;
    out->zone = tm.tm_zone ? tm.tm_zone : "";
    return true;
}

bool makeLocalTime(const CalendarTime& in, int64_t* out) {
    struct tm tm;
    std::memset(&tm, 0, sizeof tm);
    tm.tm_year = in.year - 1900;
    tm.tm_mon = in.month - 1;
    tm.tm_mday = in.mday;
    tm.tm_hour = in.hour;
    tm.tm_min = in.minute;
    tm.tm_sec = in.second;
    tm.tm_isdst = in.isdst;
    tm.tm_wday = -1;   // sentinel: mktime() sets it on success
    time_t r = ::mktime(&tm);
    if (r == static_cast<time_t>(-1) && tm.tm_wday == -1) return false;
    *out = static_cast<int64_t>(r);
    return true;
}

void localTimeZone(int64_t* timezone, int64_t* altzone, int* daylight, std::string* stdName,
                   std::string* dstName) {
    ::tzset();
    // As CPython: probe January and July of the current year for the two offsets.
    time_t now = ::time(nullptr);
    struct tm cur;
    ::localtime_r(&now, &cur);
    struct tm probe = cur;
    probe.tm_mon = 0;
    probe.tm_mday = 1;
    probe.tm_hour = 12;
    probe.tm_isdst = -1;
    time_t jan = ::mktime(&probe);
    struct tm janTm, julTm;
    ::localtime_r(&jan, &janTm);
    probe = cur;
    probe.tm_mon = 6;
    probe.tm_mday = 1;
    probe.tm_hour = 12;
    probe.tm_isdst = -1;
    time_t jul = ::mktime(&probe);
    ::localtime_r(&jul, &julTm);
    int64_t janOff = -static_cast<int64_t>(janTm.tm_gmtoff);
    int64_t julOff = -static_cast<int64_t>(julTm.tm_gmtoff);
    std::string janName = janTm.tm_zone ? janTm.tm_zone : "";
    std::string julName = julTm.tm_zone ? julTm.tm_zone : "";
    if (janOff < julOff) {
        // Southern hemisphere: DST is in January.
        *timezone = julOff;
        *altzone = janOff;
        *daylight = janOff != julOff;
        *stdName = julName;
        *dstName = janName;
    } else {
        *timezone = janOff;
        *altzone = julOff;
        *daylight = janOff != julOff;
        *stdName = janName;
        *dstName = julName;
    }
}

}  // namespace krait::platform
