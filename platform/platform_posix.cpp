// POSIX implementation of platform/platform.h (Linux natively; Emscripten and WASI provide
// the same calls on wasm). WASI (preview 1, wasi-libc) has no signals, processes, users,
// umask, dup or process clocks: those parts are guarded with __wasi__ below.
#include "platform/platform.h"

#include <cerrno>
#if !defined(__wasi__)
#include <csignal>
#endif
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#if defined(__EMSCRIPTEN__)
#include <emscripten.h>
#endif
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/random.h>
#endif

extern char** environ;

#if defined(__wasi__)
// libc++abi for WASI is built without threads and so lacks __cxa_thread_atexit, which
// thread_local objects with destructors need. A WASI preview 1 program has one thread, whose
// thread-locals live until exit: registering their destructors with atexit is exact.
extern "C" int __cxa_atexit(void (*dtor)(void*), void* obj, void* dso);
extern "C" int __cxa_thread_atexit(void (*dtor)(void*), void* obj, void* dso) {
    return __cxa_atexit(dtor, obj, dso);
}
#endif

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
// -1 when the clock is not available.
int64_t clockNs(clockid_t id) {
    struct timespec ts;
    if (::clock_gettime(id, &ts) != 0) return -1;
    return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
}  // namespace

#if defined(__EMSCRIPTEN__)
// Emscripten's clock_gettime has no CPU-time clocks (EINVAL). Under Node the process's CPU
// time (user + system, microseconds) comes from process.cpuUsage(); elsewhere -1.
EM_JS(double, kraitProcessCpuMicros, (), {
    if (typeof process === 'object' && process && typeof process.cpuUsage === 'function') {
        var u = process.cpuUsage();
        return u.user + u.system;
    }
    return -1;
});
#endif

int64_t wallTimeNs() { return clockNs(CLOCK_REALTIME); }
double wallTime() { return static_cast<double>(wallTimeNs()) / 1e9; }
int64_t monotonicTimeNs() { return clockNs(CLOCK_MONOTONIC); }
double monotonicTime() { return static_cast<double>(monotonicTimeNs()) / 1e9; }
int64_t perfCounterNs() { return monotonicTimeNs(); }
double perfCounter() { return monotonicTime(); }
int64_t processTimeNs() {
#if defined(__EMSCRIPTEN__)
    double us = kraitProcessCpuMicros();
    if (us >= 0) return static_cast<int64_t>(us) * 1000;
#elif defined(CLOCK_PROCESS_CPUTIME_ID)
    int64_t ns = clockNs(CLOCK_PROCESS_CPUTIME_ID);
    if (ns >= 0) return ns;
#else
    std::clock_t c = std::clock();
    if (c != static_cast<std::clock_t>(-1)) {
        return static_cast<int64_t>(c) * (1000000000 / CLOCKS_PER_SEC);
    }
#endif
    // No CPU-time clock: elapsed time is the closest measure.
    return monotonicTimeNs();
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
#if defined(__wasi__)
    // No /dev/urandom in a WASI sandbox: getentropy() is the host's random_get (at most 256
    // bytes a call).
    char* w = static_cast<char*>(buf);
    while (n > 0) {
        size_t chunk = n < 256 ? n : 256;
        if (::getentropy(w, chunk) != 0) return false;
        w += chunk;
        n -= chunk;
    }
    return true;
#endif
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

#if defined(__EMSCRIPTEN__)
// The host's environment under Node ("NAME=value\0" entries, then an empty one; malloc'd), or
// null where there is no process (a browser). EM_JS body: no backslashes (Emscripten 3.1.6
// passes it through JSON) and no commas outside parentheses (a macro argument).
EM_JS(char*, kraitHostEnvironment, (), {
    if (typeof process === 'undefined' || !process.env) return 0;
    const nul = String.fromCharCode(0);
    let text = '';
    for (const k in process.env) {
        const v = process.env[k];
        if (k.indexOf('=') < 0 && k.indexOf(nul) < 0 && String(v).indexOf(nul) < 0)
            text += k + '=' + v + nul;
    }
    text += nul;
    const n = lengthBytesUTF8(text) + 1;
    const p = _malloc(n);
    if (p) stringToUTF8(text, p, n);
    return p;
});
#endif

void startProcess() {
#if defined(__EMSCRIPTEN__)
    // The CLI under Node sees the host's environment as a native process does (Emscripten
    // starts with a fixed fake one): PYTHONHASHSEED, PYTHONPATH, HOME, ...
    if (char* env = kraitHostEnvironment()) {
        for (char* p = env; *p; p += std::strlen(p) + 1) {
            char* eq = std::strchr(p, '=');
            if (!eq || eq == p) continue;
            *eq = '\0';
            ::setenv(p, eq + 1, 1);
            *eq = '=';
        }
        std::free(env);
    }
#endif
#if defined(__wasi__)
    // wasi-libc starts in "/" and resolves relative paths through the "." preopen.
    const char* pwd = std::getenv("PWD");
    if (pwd && pwd[0] == '/') (void)::chdir(pwd);
#endif
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
#if !defined(__wasi__)   // wasi-libc's local time is UTC and has no tzset()
    ::tzset();
#endif
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

// ==== OS access for the posix module (vm/modules/posix_module.cpp) ====
#include <dirent.h>
#include <sys/ioctl.h>
#if !defined(__wasi__)
#include <sys/times.h>
#endif
#include <sys/utsname.h>
#include <utime.h>

namespace krait::platform {

namespace {

void fillStatus(const struct stat& st, FileStatus* out) {
    out->mode = st.st_mode;
    out->ino = static_cast<int64_t>(st.st_ino);
    out->dev = static_cast<int64_t>(st.st_dev);
    out->nlink = static_cast<int64_t>(st.st_nlink);
    out->uid = st.st_uid;
    out->gid = st.st_gid;
    out->size = static_cast<int64_t>(st.st_size);
    out->atimeSec = st.st_atim.tv_sec;
    out->atimeNsec = st.st_atim.tv_nsec;
    out->mtimeSec = st.st_mtim.tv_sec;
    out->mtimeNsec = st.st_mtim.tv_nsec;
    out->ctimeSec = st.st_ctim.tv_sec;
    out->ctimeNsec = st.st_ctim.tv_nsec;
    out->blksize = st.st_blksize;
    out->blocks = st.st_blocks;
    out->rdev = static_cast<int64_t>(st.st_rdev);
}

bool check(int rc, int* err) {
    if (rc == 0) return true;
    *err = errno;
    return false;
}

}  // namespace

bool statPath(const std::string& path, bool followSymlinks, FileStatus* out, int* err) {
    struct stat st;
    int rc = followSymlinks ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
    if (!check(rc, err)) return false;
    fillStatus(st, out);
    return true;
}

bool statFd(int fd, FileStatus* out, int* err) {
    struct stat st;
    if (!check(::fstat(fd, &st), err)) return false;
    fillStatus(st, out);
    return true;
}

bool listDirectory(const std::string& path, std::vector<std::string>* names,
                   std::vector<char>* types, int* err) {
    DIR* d = ::opendir(path.c_str());
    if (!d) {
        *err = errno;
        return false;
    }
    errno = 0;
    while (struct dirent* e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        names->push_back(e->d_name);
        char t = '?';
#ifdef DT_DIR
        if (e->d_type == DT_DIR) t = 'd';
        else if (e->d_type == DT_LNK) t = 'l';
        else if (e->d_type == DT_REG) t = 'f';
#endif
        types->push_back(t);
    }
    int e = errno;
    ::closedir(d);
    if (e != 0) {
        *err = e;
        return false;
    }
    return true;
}

bool makeDirectory(const std::string& path, int mode, int* err) {
    return check(::mkdir(path.c_str(), static_cast<mode_t>(mode)), err);
}
bool removeDirectory(const std::string& path, int* err) { return check(::rmdir(path.c_str()), err); }
bool removeFile(const std::string& path, int* err) { return check(::unlink(path.c_str()), err); }
bool renamePath(const std::string& from, const std::string& to, int* err) {
    return check(::rename(from.c_str(), to.c_str()), err);
}
bool changeDirectory(const std::string& path, int* err) { return check(::chdir(path.c_str()), err); }

bool currentDirectoryChecked(std::string* out, int* err) {
    std::vector<char> buf(4096);
    while (!::getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE) {
            *err = errno;
            return false;
        }
        buf.resize(buf.size() * 2);
    }
    *out = buf.data();
    return true;
}

bool accessPath(const std::string& path, int mode) { return ::access(path.c_str(), mode) == 0; }
#if defined(__wasi__)
// WASI has no umask (files are created with the host's defaults), no process ids and no
// users: the values are the fixed ones wasi-libc's own emulation layer reports.
int setUmask(int mask) { return 022; }
int64_t processId() { return 42; }
int64_t parentProcessId() { return 1; }
#else
int setUmask(int mask) { return static_cast<int>(::umask(static_cast<mode_t>(mask))); }
int64_t processId() { return ::getpid(); }
int64_t parentProcessId() { return ::getppid(); }
#endif
std::string errorString(int err) {
    const char* s = std::strerror(err);
    return s ? s : "Unknown error";
}
bool setEnvVar(const std::string& name, const std::string& value, int* err) {
    return check(::setenv(name.c_str(), value.c_str(), 1), err);
}
bool unsetEnvVar(const std::string& name, int* err) { return check(::unsetenv(name.c_str()), err); }

bool setFileTimes(const std::string& path, int64_t atimeNs, int64_t mtimeNs, bool now, int* err) {
    if (now) return check(::utimes(path.c_str(), nullptr), err);
    struct timespec ts[2];
    ts[0].tv_sec = static_cast<time_t>(atimeNs / 1000000000);
    ts[0].tv_nsec = static_cast<long>(atimeNs % 1000000000);
    ts[1].tv_sec = static_cast<time_t>(mtimeNs / 1000000000);
    ts[1].tv_nsec = static_cast<long>(mtimeNs % 1000000000);
    for (auto& t : ts) {
        if (t.tv_nsec < 0) {
            t.tv_nsec += 1000000000;
            t.tv_sec -= 1;
        }
    }
    return check(::utimensat(AT_FDCWD, path.c_str(), ts, 0), err);
}

bool systemName(std::string out[5]) {
    struct utsname u;
    if (::uname(&u) != 0) return false;
    out[0] = u.sysname;
    out[1] = u.nodename;
    out[2] = u.release;
    out[3] = u.version;
    out[4] = u.machine;
    return true;
}

int cpuCount() {
    long n = ::sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? static_cast<int>(n) : 0;
}

bool terminalSize(int fd, int* columns, int* lines, int* err) {
#ifdef TIOCGWINSZ
    struct winsize w;
    if (::ioctl(fd, TIOCGWINSZ, &w) != 0) {
        *err = errno;
        return false;
    }
    *columns = w.ws_col;
    *lines = w.ws_row;
    return true;
#else
    (void)fd;
    (void)columns;
    (void)lines;
    *err = ENOTTY;
    return false;
#endif
}

int openRaw(const std::string& path, int flags, int mode, int* err) {
    int fd = ::open(path.c_str(), flags | O_CLOEXEC, mode);
    if (fd < 0) *err = errno;
    return fd;
}

bool readLink(const std::string& path, std::string* out, int* err) {
    std::vector<char> buf(4096);
    ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size());
    if (n < 0) {
        *err = errno;
        return false;
    }
    out->assign(buf.data(), static_cast<size_t>(n));
    return true;
}

bool makeSymlink(const std::string& target, const std::string& link, int* err) {
    return check(::symlink(target.c_str(), link.c_str()), err);
}

bool changeMode(const std::string& path, int mode, bool followSymlinks, int* err) {
#if defined(__wasi__)
    (void)path, (void)mode, (void)followSymlinks;
    *err = ENOTSUP;
    return false;
#else
    if (!followSymlinks) {
        // ENOTSUP/EOPNOTSUPP where the C library cannot (a symbolic link on Linux).
        int rc = ::fchmodat(AT_FDCWD, path.c_str(), static_cast<mode_t>(mode),
                            AT_SYMLINK_NOFOLLOW);
        if (rc != 0 && errno == EOPNOTSUPP) errno = ENOTSUP;
        return check(rc, err);
    }
    return check(::chmod(path.c_str(), static_cast<mode_t>(mode)), err);
#endif
}

bool changeModeFd(int fd, int mode, int* err) {
#if defined(__wasi__)
    (void)fd, (void)mode;
    *err = ENOTSUP;
    return false;
#else
    return check(::fchmod(fd, static_cast<mode_t>(mode)), err);
#endif
}

bool changeOwner(const std::string& path, int64_t uid, int64_t gid, bool followSymlinks, int* err) {
#if defined(__wasi__)
    (void)path, (void)uid, (void)gid, (void)followSymlinks;
    *err = ENOTSUP;
    return false;
#else
    auto u = static_cast<uid_t>(uid);
    auto g = static_cast<gid_t>(gid);
    return check(followSymlinks ? ::chown(path.c_str(), u, g) : ::lchown(path.c_str(), u, g), err);
#endif
}

bool changeOwnerFd(int fd, int64_t uid, int64_t gid, int* err) {
#if defined(__wasi__)
    (void)fd, (void)uid, (void)gid;
    *err = ENOTSUP;
    return false;
#else
    return check(::fchown(fd, static_cast<uid_t>(uid), static_cast<gid_t>(gid)), err);
#endif
}

bool makeHardLink(const std::string& from, const std::string& to, int* err) {
    return check(::link(from.c_str(), to.c_str()), err);
}

bool truncatePath(const std::string& path, int64_t size, int* err) {
    return check(::truncate(path.c_str(), static_cast<off_t>(size)), err);
}

bool syncFd(int fd, bool dataOnly, int* err) {
#if defined(__EMSCRIPTEN__) || defined(__wasi__)
    if (dataOnly) return check(::fsync(fd), err);   // no separate fdatasync there
#else
    if (dataOnly) return check(::fdatasync(fd), err);
#endif
    return check(::fsync(fd), err);
}

void syncAll() {
#if !defined(__wasi__)
    ::sync();
#endif
}

bool makeFifo(const std::string& path, int mode, int* err) {
#if defined(__wasi__)
    (void)path, (void)mode;
    *err = ENOTSUP;
    return false;
#else
    return check(::mkfifo(path.c_str(), static_cast<mode_t>(mode)), err);
#endif
}

int dupFd(int fd, int* err) {
#if defined(__wasi__)
    (void)fd;   // WASI preview 1 has no way to duplicate a descriptor
    *err = ENOTSUP;
    return -1;
#else
    int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) *err = errno;
    return r;
#endif
}

#if defined(__wasi__)
// No times(): the process CPU clock is all user time, and there are no children.
void processTimes(double out[5]) {
    out[0] = processTime();
    out[1] = out[2] = out[3] = 0;
    out[4] = monotonicTime();
}

int64_t userId() { return 0; }
int64_t groupId() { return 0; }
#else
void processTimes(double out[5]) {
    struct tms t;
    clock_t c = ::times(&t);
    double tick = static_cast<double>(::sysconf(_SC_CLK_TCK));
    if (tick <= 0) tick = 100;
    out[0] = static_cast<double>(t.tms_utime) / tick;
    out[1] = static_cast<double>(t.tms_stime) / tick;
    out[2] = static_cast<double>(t.tms_cutime) / tick;
    out[3] = static_cast<double>(t.tms_cstime) / tick;
    out[4] = static_cast<double>(c) / tick;
}

int64_t userId() { return ::getuid(); }
int64_t groupId() { return ::getgid(); }
#endif

const NamedConstant* openFlagConstants() {
    static const NamedConstant kConstants[] = {
        {"O_RDONLY", O_RDONLY},     {"O_WRONLY", O_WRONLY},   {"O_RDWR", O_RDWR},
        {"O_APPEND", O_APPEND},     {"O_CREAT", O_CREAT},     {"O_EXCL", O_EXCL},
        {"O_TRUNC", O_TRUNC},       {"O_NONBLOCK", O_NONBLOCK},
#ifdef O_NDELAY
        {"O_NDELAY", O_NDELAY},
#endif
        {"O_SYNC", O_SYNC},         {"O_DSYNC", O_DSYNC},     {"O_NOCTTY", O_NOCTTY},
        {"O_CLOEXEC", O_CLOEXEC},   {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
        {"O_ACCMODE", O_ACCMODE},
#ifdef O_LARGEFILE
        {"O_LARGEFILE", O_LARGEFILE},
#endif
#ifdef O_ASYNC
        {"O_ASYNC", O_ASYNC},
#endif
#ifdef O_NOATIME
        {"O_NOATIME", O_NOATIME},
#endif
#ifdef O_PATH
        {"O_PATH", O_PATH},
#endif
#ifdef O_TMPFILE
        {"O_TMPFILE", O_TMPFILE},
#endif
        {nullptr, 0},
    };
    return kConstants;
}

void exitImmediately(int status) { ::_exit(status); }

}  // namespace krait::platform
