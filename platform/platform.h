// The platform layer: the only place where vm/ reaches the operating system or the host
// (POSIX natively; Emscripten's and WASI's POSIX emulation on wasm). Narrow on purpose.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace krait::platform {

// Whole-file read; false with *err = errno on failure.
bool readFile(const std::string& path, std::string& out, int* err);
// Writes all bytes to a file descriptor (1 stdout, 2 stderr); false on failure.
bool writeAll(int fd, const char* data, size_t n);
// Reads one line (incl. '\n') from stdin; false at end of file.
bool readLine(std::string& out);
bool isInteractive(int fd);   // isatty
bool fileExists(const std::string& path);
bool isDirectory(const std::string& path);
std::string currentDirectory();
std::string absolutePath(const std::string& path);
const char* getEnv(const char* name);   // null if unset
std::vector<std::string> environment(); // "NAME=value" entries

double wallTime();          // seconds since the epoch
int64_t wallTimeNs();
double monotonicTime();     // seconds
int64_t monotonicTimeNs();
double perfCounter();
int64_t perfCounterNs();
double processTime();       // CPU seconds of this process
int64_t processTimeNs();
// Sleeps; returns early (false) if interrupted by a signal.
bool sleepSeconds(double seconds);
// Fills buf with cryptographically random bytes (getrandom / /dev/urandom / host crypto).
bool randomBytes(void* buf, size_t n);

// SIGINT handling: installs a handler that sets *flag to 1 on Ctrl-C.
void installInterruptHandler(volatile int* flag);

// Ends the process as if killed by SIGINT (CPython's exit after an uncaught
// KeyboardInterrupt); falls back to exit(130) where signals are not available.
[[noreturn]] void exitBySigint();

// Called once by the CLI before anything else. On WASI: changes into $PWD when the host
// preopened that directory (toolchain/wasi-run.mjs does), so that os.getcwd() and relative
// paths agree with the host's; elsewhere it does nothing.
void startProcess();

// Name of the platform for sys.platform ("linux", "emscripten", "wasi").
const char* platformName();

// ---- Files and calendar time (added for builtins.open and the time module) ----
// Low-level file descriptors. Every call returns -1 / false with *err = errno on failure.
struct OpenFlags {
    bool read = false, write = false;
    bool create = false, exclusive = false, truncate = false, append = false;
};
int openFile(const std::string& path, const OpenFlags& flags, int* err);
int64_t readFd(int fd, void* buf, size_t n, int* err);          // 0 at end of file
int64_t writeFd(int fd, const void* buf, size_t n, int* err);   // may write less than n
int64_t seekFd(int fd, int64_t offset, int whence, int* err);   // whence 0/1/2; new position
bool truncateFd(int fd, int64_t size, int* err);
bool closeFd(int fd, int* err);
bool fdIsDirectory(int fd);
// A broken-down time, Python's conventions: month 1-12, wday 0 = Monday, yday 1-366.
struct CalendarTime {
    int year = 1970, month = 1, mday = 1, hour = 0, minute = 0, second = 0;
    int wday = 3, yday = 1, isdst = 0;
    int64_t gmtoff = 0;
    std::string zone;
};
// localtime_r(); false on error (value out of range).
bool localCalendarTime(int64_t t, CalendarTime* out, int* err);
// mktime() of a local broken-down time (uses month, mday, hour, minute, second, isdst);
// false if the time cannot be represented.
bool makeLocalTime(const CalendarTime& in, int64_t* out);
// The local time zone: seconds west of UTC for standard and daylight time, whether the zone
// has daylight saving time, and the two zone names (time.timezone/altzone/daylight/tzname).
void localTimeZone(int64_t* timezone, int64_t* altzone, int* daylight, std::string* stdName,
                   std::string* dstName);


// ---- OS access for the posix module (vm/modules/posix_module.cpp) ----
// All calls return false / -1 with *err = errno on failure.
struct FileStatus {
    int64_t mode = 0, ino = 0, dev = 0, nlink = 0, uid = 0, gid = 0, size = 0;
    int64_t atimeSec = 0, atimeNsec = 0, mtimeSec = 0, mtimeNsec = 0, ctimeSec = 0, ctimeNsec = 0;
    int64_t blksize = 0, blocks = 0, rdev = 0;
};
bool statPath(const std::string& path, bool followSymlinks, FileStatus* out, int* err);
bool statFd(int fd, FileStatus* out, int* err);
// Entry names of a directory (without "." and ".."); types[i] is 'd', 'l', 'f' or '?'.
bool listDirectory(const std::string& path, std::vector<std::string>* names,
                   std::vector<char>* types, int* err);
bool makeDirectory(const std::string& path, int mode, int* err);
bool removeDirectory(const std::string& path, int* err);
bool removeFile(const std::string& path, int* err);
bool renamePath(const std::string& from, const std::string& to, int* err);
bool changeDirectory(const std::string& path, int* err);
bool currentDirectoryChecked(std::string* out, int* err);
bool accessPath(const std::string& path, int mode);
int setUmask(int mask);
int64_t processId();
int64_t parentProcessId();
std::string errorString(int err);
bool setEnvVar(const std::string& name, const std::string& value, int* err);
bool unsetEnvVar(const std::string& name, int* err);
// utime(): times in nanoseconds; now = true sets both to the current time.
bool setFileTimes(const std::string& path, int64_t atimeNs, int64_t mtimeNs, bool now, int* err);
// sysname, nodename, release, version, machine.
bool systemName(std::string out[5]);
int cpuCount();   // 0 if unknown
bool terminalSize(int fd, int* columns, int* lines, int* err);
// open(2) with raw flags and mode.
int openRaw(const std::string& path, int flags, int mode, int* err);
bool readLink(const std::string& path, std::string* out, int* err);
bool makeSymlink(const std::string& target, const std::string& link, int* err);
int dupFd(int fd, int* err);
// user, system, children user, children system, elapsed seconds.
void processTimes(double out[5]);
int64_t userId();
int64_t groupId();
// The values of the O_* constants of this platform (name, value) ending with a null name.
struct NamedConstant {
    const char* name;
    int64_t value;
};
const NamedConstant* openFlagConstants();
[[noreturn]] void exitImmediately(int status);

}  // namespace krait::platform
