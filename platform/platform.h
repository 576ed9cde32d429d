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
// chmod/chown family, hard links, truncate by path, fsync/fdatasync/sync, mkfifo. WASI
// preview 1 has no permissions, owners or FIFOs: those fail with ENOTSUP there.
bool changeMode(const std::string& path, int mode, bool followSymlinks, int* err);
bool changeModeFd(int fd, int mode, int* err);
bool changeOwner(const std::string& path, int64_t uid, int64_t gid, bool followSymlinks, int* err);
bool changeOwnerFd(int fd, int64_t uid, int64_t gid, int* err);
bool makeHardLink(const std::string& from, const std::string& to, int* err);
bool truncatePath(const std::string& path, int64_t size, int* err);
bool syncFd(int fd, bool dataOnly, int* err);
void syncAll();
bool makeFifo(const std::string& path, int mode, int* err);
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

// ---- Processes and descriptor flags (platform/platform_process.cpp) ----
// Natively the POSIX calls; Emscripten and WASI have no child processes (ENOSYS / ECHILD).
bool makePipe(int fds[2], int* err);                      // both ends close-on-exec
int dup2Fd(int fd, int fd2, bool inheritable, int* err);  // fd2 or -1
bool getInheritable(int fd, bool* out, int* err);
bool setInheritable(int fd, bool on, int* err);
bool getBlocking(int fd, bool* out, int* err);
bool setBlocking(int fd, bool on, int* err);
bool killProcess(int64_t pid, int sig, int* err);
// waitpid(): the pid (0 with WNOHANG and no change) or -1; retried on EINTR.
int64_t waitProcess(int64_t pid, int options, int* status, int* err);
// What _posixsubprocess.fork_exec asks for. The child reports a failure before or in exec
// through errpipeWrite as "OSError:<hex errno>:" (+ "noexec" if exec was not reached).
struct ForkExecRequest {
    std::vector<std::string> argv;
    std::vector<std::string> executables;   // tried in order
    bool haveEnv = false;
    std::vector<std::string> env;           // "NAME=value"
    bool haveCwd = false;
    std::string cwd;
    int p2cread = -1, c2pwrite = -1, errwrite = -1, errpipeWrite = -1;
    bool closeFds = true;
    std::vector<int> passFds;
    bool restoreSignals = true;
    bool callSetsid = false;
    int64_t processGroup = -1;
    int childUmask = -1;
};
// The child's pid, or -1 with *err set.
int64_t forkExec(const ForkExecRequest& request, int* err);


// ---- Readiness and sockets (for the select and _socket modules; platform/platform_net.cpp) ----
// Natively these are the POSIX calls. Under Emscripten there is no socketpair() and select()
// and poll() never block: socketPair() then builds a pair from two pipes (see
// platform_net.cpp), and pollFds() sleeps out the timeout itself when nothing is ready (in a
// single-threaded wasm program nothing can become ready while it waits). WASI has none of
// this: every call fails with ENOSYS. All calls return -1 / false with *err = errno on failure.

// The poll(2) event bits of this platform, as named constants (POLLIN, POLLOUT, ...).
const NamedConstant* pollConstants();
struct PollFd {
    int fd;
    short events;    // POLLIN | POLLOUT | ... (values from pollConstants())
    short revents;   // set by pollFds
};
// poll(2): timeoutMs < 0 waits forever. Returns the number of entries with revents != 0.
int pollFds(PollFd* fds, size_t n, int timeoutMs, int* err);

// epoll (Linux only; epollAvailable() is false elsewhere and the calls fail with ENOSYS).
bool epollAvailable();
const NamedConstant* epollConstants();   // EPOLLIN, EPOLLOUT, EPOLL_CLOEXEC, ...
int epollCreate(int* err);
// op: 1 add, 2 delete, 3 modify (EPOLL_CTL_*).
bool epollControl(int epfd, int op, int fd, uint32_t events, int* err);
struct EpollEvent {
    int fd;
    uint32_t events;
};
int epollWait(int epfd, EpollEvent* out, int maxEvents, int timeoutMs, int* err);

// Socket constants of this platform (AF_*, SOCK_*, SOL_*, SO_*, IPPROTO_*, MSG_*, SHUT_*,
// TCP_NODELAY, AI_*, NI_*, EAI_*, ...).
const NamedConstant* socketConstants();
// A socket address in a family-independent form.
struct SocketAddress {
    int family = 0;
    std::string host;        // numeric IPv4/IPv6 text for AF_INET/AF_INET6
    int port = 0;
    uint32_t flowInfo = 0, scopeId = 0;   // AF_INET6
    std::string path;        // AF_UNIX (may start with '\0' for the abstract namespace)
};
int socketCreate(int family, int type, int proto, int* err);
// Two connected sockets. Under Emscripten, a pair of pipes stands in: fds[i] is the read end
// and the matching write end is found by socketSend/closeSocket (a platform-side table).
bool socketPair(int family, int type, int proto, int fds[2], int* err);
// Closes a socket (and, for an emulated pair, its hidden write end).
bool closeSocket(int fd, int* err);
int64_t socketSend(int fd, const void* data, size_t n, int flags, int* err);
int64_t socketRecv(int fd, void* buf, size_t n, int flags, int* err);
int64_t socketSendTo(int fd, const void* data, size_t n, int flags, const SocketAddress& to,
                     int* err);
int64_t socketRecvFrom(int fd, void* buf, size_t n, int flags, SocketAddress* from, int* err);
bool setNonBlocking(int fd, bool nonBlocking, int* err);
bool isNonBlocking(int fd, bool* nonBlocking, int* err);
// Waits until fd is readable (forWrite false) or writable; timeout < 0 waits forever.
// Returns 1 ready, 0 timed out, -1 error.
int waitFd(int fd, bool forWrite, double timeout, int* err);
bool socketBind(int fd, const SocketAddress& addr, int* err);
bool socketListen(int fd, int backlog, int* err);
int socketAccept(int fd, SocketAddress* peer, int* err);
// connect(2); a non-blocking connect in progress fails with EINPROGRESS.
bool socketConnect(int fd, const SocketAddress& addr, int* err);
bool socketName(int fd, SocketAddress* out, int* err);
bool peerName(int fd, SocketAddress* out, int* err);
bool socketShutdown(int fd, int how, int* err);
bool getSocketOption(int fd, int level, int name, int* value, int* err);
bool getSocketOptionBytes(int fd, int level, int name, size_t size, std::string* out, int* err);
bool setSocketOption(int fd, int level, int name, const void* value, size_t size, int* err);
// The socket's family, type and protocol (SO_DOMAIN / SO_TYPE / SO_PROTOCOL).
bool socketKind(int fd, int* family, int* type, int* proto, int* err);
bool hostName(std::string* out, int* err);
// Text <-> binary addresses (inet_pton / inet_ntop). false if the text is not an address.
bool addressToBinary(int family, const std::string& text, std::string* out);
bool addressToText(int family, const std::string& bin, std::string* out);
// getaddrinfo(); on failure returns the EAI_* code (and *err = errno for EAI_SYSTEM).
struct AddressInfo {
    int family, type, proto;
    std::string canonName;
    SocketAddress addr;
};
int resolveAddress(const char* host, const char* port, int family, int type, int proto, int flags,
                   std::vector<AddressInfo>* out, int* err);
std::string resolveErrorString(int code);   // gai_strerror

}  // namespace krait::platform
