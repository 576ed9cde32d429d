// The posix module (what os and os.path build on). The system calls are native functions
// named _k_*; the public API (stat_result, DirEntry, scandir, environ, ...) is embedded
// Python on top of them (see embedded_py_module.h).
#include <cerrno>
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/gil.h"
#include "core/types.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "platform/platform.h"

namespace krait {

namespace {

using Args = Object* const*;

// A path argument (str or bytes, already passed through fspath) as a byte string.
bool pathArg(Object* o, std::string* out) {
    if (isStr(o)) {
        *out = strView(o);
    } else if (isBytes(o)) {
        *out = bytesView(o);
    } else {
        setError(&ExcTypeError, "path should be string or bytes, not %T", o);
        return false;
    }
    if (out->find('\0') != std::string::npos) {
        setError(&ExcValueError, "embedded null byte");
        return false;
    }
    return true;
}

bool intArg(Object* o, int64_t* out) {
    if (!isInt(o)) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", o);
        return false;
    }
    return intAsInt64(o, out);
}

Object* oserror(int err, Object* filename = nullptr) {
    return setErrorFromErrno(&ExcOSError, err, filename);
}

Object* statTuple(const platform::FileStatus& s) {
    const int64_t v[] = {s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size,
                         s.atimeSec, s.atimeNsec, s.mtimeSec, s.mtimeNsec, s.ctimeSec,
                         s.ctimeNsec, s.blksize, s.blocks, s.rdev};
    constexpr ssize n = sizeof(v) / sizeof(v[0]);
    Ref<> t = Ref<>::steal(tupleNew(n));
    if (!t) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* x = intFromInt64(v[i]);
        if (!x) return nullptr;
        tupleSetItemSteal(t.get(), i, x);
    }
    return t.release();
}

// _k_stat(path, follow_symlinks) -> 16-tuple of ints
Object* kStat(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_stat", nargs, 2, 2)) return nullptr;
    std::string p;
    if (!pathArg(args[0], &p)) return nullptr;
    platform::FileStatus s;
    int err = 0;
    if (!platform::statPath(p, isTrueNoErr(args[1]) != 0, &s, &err)) return oserror(err, args[0]);
    return statTuple(s);
}

Object* kFstat(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_fstat", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    platform::FileStatus s;
    int err = 0;
    if (!platform::statFd(static_cast<int>(fd), &s, &err)) return oserror(err);
    return statTuple(s);
}

// _k_listdir(path) -> list of (name, type char) with names of the path's type.
Object* kListdir(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_listdir", nargs, 1, 1)) return nullptr;
    std::string p;
    if (!pathArg(args[0], &p)) return nullptr;
    std::vector<std::string> names;
    std::vector<char> types;
    int err = 0;
    if (!platform::listDirectory(p, &names, &types, &err)) return oserror(err, args[0]);
    bool asBytesNames = isBytes(args[0]);
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    for (size_t i = 0; i < names.size(); i++) {
        Ref<> name = Ref<>::steal(asBytesNames ? bytesFromStd(names[i]) : strFromUtf8(names[i]));
        if (!name) return nullptr;
        char tc[2] = {types[i], 0};
        Ref<> t = Ref<>::steal(strFromAscii(tc));
        if (!t) return nullptr;
        Ref<> pair = Ref<>::steal(tuplePack({name.get(), t.get()}));
        if (!pair || listAppend(list.get(), pair.get()) < 0) return nullptr;
    }
    return list.release();
}

// Helpers for calls of the form f(path) -> None.
using PathOp = bool (*)(const std::string&, int*);
Object* pathCall(const char* name, PathOp op, Args args, size_t nargs) {
    if (!checkArgCount(name, nargs, 1, 1)) return nullptr;
    std::string p;
    if (!pathArg(args[0], &p)) return nullptr;
    int err = 0;
    if (!op(p, &err)) return oserror(err, args[0]);
    return newNone();
}

Object* kRmdir(Object*, Args a, size_t n, Object*) {
    return pathCall("rmdir", platform::removeDirectory, a, n);
}
Object* kUnlink(Object*, Args a, size_t n, Object*) {
    return pathCall("unlink", platform::removeFile, a, n);
}
Object* kChdir(Object*, Args a, size_t n, Object*) {
    return pathCall("chdir", platform::changeDirectory, a, n);
}

Object* kMkdir(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("mkdir", nargs, 2, 2)) return nullptr;
    std::string p;
    int64_t mode;
    if (!pathArg(args[0], &p) || !intArg(args[1], &mode)) return nullptr;
    int err = 0;
    if (!platform::makeDirectory(p, static_cast<int>(mode), &err)) return oserror(err, args[0]);
    return newNone();
}

Object* kRename(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("rename", nargs, 2, 2)) return nullptr;
    std::string a, b;
    if (!pathArg(args[0], &a) || !pathArg(args[1], &b)) return nullptr;
    int err = 0;
    if (!platform::renamePath(a, b, &err)) {
        Ref<> exc;
        oserror(err, args[0]);
        // CPython reports both names (filename2).
        Object* e = currentError();
        if (e) {
            Ref<> f2 = Ref<>::borrow(args[1]);
            if (setAttr(e, "filename2", f2.get()) < 0) clearError();
        }
        return nullptr;
    }
    return newNone();
}

Object* kSymlink(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("symlink", nargs, 2, 2)) return nullptr;
    std::string a, b;
    if (!pathArg(args[0], &a) || !pathArg(args[1], &b)) return nullptr;
    int err = 0;
    if (!platform::makeSymlink(a, b, &err)) return oserror(err, args[0]);
    return newNone();
}

Object* kReadlink(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("readlink", nargs, 1, 1)) return nullptr;
    std::string p, out;
    if (!pathArg(args[0], &p)) return nullptr;
    int err = 0;
    if (!platform::readLink(p, &out, &err)) return oserror(err, args[0]);
    return isBytes(args[0]) ? bytesFromStd(out) : strFromUtf8(out);
}

Object* kGetcwd(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("getcwd", nargs, 0, 0)) return nullptr;
    std::string out;
    int err = 0;
    if (!platform::currentDirectoryChecked(&out, &err)) return oserror(err);
    return strFromUtf8(out);
}

Object* kGetcwdb(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("getcwdb", nargs, 0, 0)) return nullptr;
    std::string out;
    int err = 0;
    if (!platform::currentDirectoryChecked(&out, &err)) return oserror(err);
    return bytesFromStd(out);
}

Object* kAccess(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("access", nargs, 2, 2)) return nullptr;
    std::string p;
    int64_t mode;
    if (!pathArg(args[0], &p) || !intArg(args[1], &mode)) return nullptr;
    return newBool(platform::accessPath(p, static_cast<int>(mode)));
}

Object* kUmask(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("umask", nargs, 1, 1)) return nullptr;
    int64_t mask;
    if (!intArg(args[0], &mask)) return nullptr;
    return intFromInt64(platform::setUmask(static_cast<int>(mask)));
}

Object* kGetpid(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("getpid", nargs, 0, 0)) return nullptr;
    return intFromInt64(platform::processId());
}
Object* kGetppid(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("getppid", nargs, 0, 0)) return nullptr;
    return intFromInt64(platform::parentProcessId());
}
Object* kGetuid(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("getuid", nargs, 0, 0)) return nullptr;
    return intFromInt64(platform::userId());
}
Object* kGetgid(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("getgid", nargs, 0, 0)) return nullptr;
    return intFromInt64(platform::groupId());
}

Object* kStrerror(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("strerror", nargs, 1, 1)) return nullptr;
    int64_t code;
    if (!intArg(args[0], &code)) return nullptr;
    return strFromUtf8(platform::errorString(static_cast<int>(code)));
}

Object* kPutenv(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("putenv", nargs, 2, 2)) return nullptr;
    std::string k, v;
    if (!pathArg(args[0], &k) || !pathArg(args[1], &v)) return nullptr;
    if (k.empty() || k.find('=') != std::string::npos) {
        return setError(&ExcValueError, "illegal environment variable name");
    }
    int err = 0;
    if (!platform::setEnvVar(k, v, &err)) return oserror(err);
    return newNone();
}

Object* kUnsetenv(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("unsetenv", nargs, 1, 1)) return nullptr;
    std::string k;
    if (!pathArg(args[0], &k)) return nullptr;
    if (k.empty() || k.find('=') != std::string::npos) {
        return setError(&ExcValueError, "illegal environment variable name");
    }
    int err = 0;
    if (!platform::unsetEnvVar(k, &err)) return oserror(err);
    return newNone();
}

// _k_environ() -> dict bytes -> bytes
Object* kEnviron(Object*, Args, size_t, Object*) {
    Ref<> d = Ref<>::steal(dictNew());
    if (!d) return nullptr;
    for (const std::string& entry : platform::environment()) {
        size_t eq = entry.find('=', 1);
        if (eq == std::string::npos) continue;
        Ref<> k = Ref<>::steal(bytesFromStd(std::string_view(entry).substr(0, eq)));
        Ref<> v = Ref<>::steal(bytesFromStd(std::string_view(entry).substr(eq + 1)));
        if (!k || !v) return nullptr;
        int has = dictContains(d.get(), k.get());
        if (has < 0) return nullptr;
        if (!has && dictSetItem(d.get(), k.get(), v.get()) < 0) return nullptr;
    }
    return d.release();
}

// _k_utime(path, atime_ns, mtime_ns) ; both None: now
Object* kUtime(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("utime", nargs, 3, 3)) return nullptr;
    std::string p;
    if (!pathArg(args[0], &p)) return nullptr;
    int64_t a = 0, m = 0;
    bool now = isNone(args[1]);
    if (!now && (!intArg(args[1], &a) || !intArg(args[2], &m))) return nullptr;
    int err = 0;
    if (!platform::setFileTimes(p, a, m, now, &err)) return oserror(err, args[0]);
    return newNone();
}

Object* kUname(Object*, Args, size_t, Object*) {
    std::string parts[5];
    if (!platform::systemName(parts)) return oserror(errno);
    Ref<> t = Ref<>::steal(tupleNew(5));
    if (!t) return nullptr;
    for (int i = 0; i < 5; i++) {
        Object* s = strFromUtf8(parts[i]);
        if (!s) return nullptr;
        tupleSetItemSteal(t.get(), i, s);
    }
    return t.release();
}

Object* kCpuCount(Object*, Args, size_t, Object*) {
    int n = platform::cpuCount();
    return n > 0 ? intFromInt64(n) : newNone();
}

Object* kTerminalSize(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("get_terminal_size", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    int cols = 0, lines = 0, err = 0;
    if (!platform::terminalSize(static_cast<int>(fd), &cols, &lines, &err)) return oserror(err);
    Ref<> c = Ref<>::steal(intFromInt64(cols));
    Ref<> l = Ref<>::steal(intFromInt64(lines));
    if (!c || !l) return nullptr;
    return tuplePack({c.get(), l.get()});
}

Object* kOpen(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("open", nargs, 3, 3)) return nullptr;
    std::string p;
    int64_t flags, mode;
    if (!pathArg(args[0], &p) || !intArg(args[1], &flags) || !intArg(args[2], &mode)) {
        return nullptr;
    }
    int err = 0;
    int fd = platform::openRaw(p, static_cast<int>(flags), static_cast<int>(mode), &err);
    if (fd < 0) return oserror(err, args[0]);
    return intFromInt64(fd);
}

Object* kClose(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("close", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    int err = 0;
    if (!platform::closeFd(static_cast<int>(fd), &err)) return oserror(err);
    return newNone();
}

Object* kDup(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("dup", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    int err = 0;
    int r = platform::dupFd(static_cast<int>(fd), &err);
    if (r < 0) return oserror(err);
    return intFromInt64(r);
}

Object* kRead(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("read", nargs, 2, 2)) return nullptr;
    int64_t fd, n;
    if (!intArg(args[0], &fd) || !intArg(args[1], &n)) return nullptr;
    if (n < 0) return setError(&ExcValueError, "negative count");
    std::string buf(static_cast<size_t>(n), '\0');
    int err = 0;
    int64_t got;
    {
        AllowThreads allow;
        got = platform::readFd(static_cast<int>(fd), buf.data(), buf.size(), &err);
    }
    if (got < 0) return oserror(err);
    buf.resize(static_cast<size_t>(got));
    return bytesFromStd(buf);
}

Object* kWrite(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("write", nargs, 2, 2)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    std::string_view data;
    if (!getBytesView(args[1], &data)) {
        return setError(&ExcTypeError, "a bytes-like object is required, not '%T'", args[1]);
    }
    int err = 0;
    // Only an immutable bytes object may be read without the GIL: copy anything else.
    std::string copy;
    if (args[1]->type != &BytesType) {
        copy.assign(data);
        data = copy;
    }
    int64_t n;
    {
        AllowThreads allow;
        n = platform::writeFd(static_cast<int>(fd), data.data(), data.size(), &err);
    }
    if (n < 0) return oserror(err);
    return intFromInt64(n);
}

Object* kLseek(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("lseek", nargs, 3, 3)) return nullptr;
    int64_t fd, pos, how;
    if (!intArg(args[0], &fd) || !intArg(args[1], &pos) || !intArg(args[2], &how)) return nullptr;
    int err = 0;
    int64_t r = platform::seekFd(static_cast<int>(fd), pos, static_cast<int>(how), &err);
    if (r < 0) return oserror(err);
    return intFromInt64(r);
}

Object* kFtruncate(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("ftruncate", nargs, 2, 2)) return nullptr;
    int64_t fd, len;
    if (!intArg(args[0], &fd) || !intArg(args[1], &len)) return nullptr;
    int err = 0;
    if (!platform::truncateFd(static_cast<int>(fd), len, &err)) return oserror(err);
    return newNone();
}

Object* kIsatty(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("isatty", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    return newBool(platform::isInteractive(static_cast<int>(fd)));
}

Object* kUrandom(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("urandom", nargs, 1, 1)) return nullptr;
    int64_t n;
    if (!intArg(args[0], &n)) return nullptr;
    if (n < 0) return setError(&ExcValueError, "negative argument not allowed");
    std::string buf(static_cast<size_t>(n), '\0');
    if (n > 0 && !platform::randomBytes(buf.data(), buf.size())) return oserror(errno);
    return bytesFromStd(buf);
}

Object* kTimes(Object*, Args, size_t, Object*) {
    double v[5];
    platform::processTimes(v);
    Ref<> t = Ref<>::steal(tupleNew(5));
    if (!t) return nullptr;
    for (int i = 0; i < 5; i++) {
        Object* f = floatFromDouble(v[i]);
        if (!f) return nullptr;
        tupleSetItemSteal(t.get(), i, f);
    }
    return t.release();
}

Object* kExit(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_exit", nargs, 1, 1)) return nullptr;
    int64_t code;
    if (!intArg(args[0], &code)) return nullptr;
    flushStdStreams();
    platform::exitImmediately(static_cast<int>(code));
}

Object* kPipe(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("pipe", nargs, 0, 0) || !checkNoKwargs("pipe", kwnames)) return nullptr;
    int fds[2];
    int err = 0;
    if (!platform::makePipe(fds, &err)) return oserror(err);
    Ref<> r = Ref<>::steal(intFromInt64(fds[0]));
    Ref<> w = Ref<>::steal(intFromInt64(fds[1]));
    if (!r || !w) return nullptr;
    return tuplePack({r.get(), w.get()});
}

// dup2(fd, fd2, inheritable=True)
Object* kDup2(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"fd", "fd2", "inheritable"};
    Object* a[3] = {};
    if (!parseArgs("dup2", args, nargs, kwnames, kNames, 3, 2, a)) return nullptr;
    int64_t fd, fd2;
    if (!intArg(a[0], &fd) || !intArg(a[1], &fd2)) return nullptr;
    int inheritable = a[2] ? isTrue(a[2]) : 1;
    if (inheritable < 0) return nullptr;
    int err = 0;
    int r = platform::dup2Fd(static_cast<int>(fd), static_cast<int>(fd2), inheritable != 0, &err);
    if (r < 0) return oserror(err);
    return intFromInt64(r);
}

Object* kGetInheritable(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("get_inheritable", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    bool on = false;
    int err = 0;
    if (!platform::getInheritable(static_cast<int>(fd), &on, &err)) return oserror(err);
    return newBool(on);
}

Object* kSetInheritable(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("set_inheritable", nargs, 2, 2)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    int on = isTrue(args[1]);
    if (on < 0) return nullptr;
    int err = 0;
    if (!platform::setInheritable(static_cast<int>(fd), on != 0, &err)) return oserror(err);
    return newNone();
}

Object* kGetBlocking(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("get_blocking", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    bool on = false;
    int err = 0;
    if (!platform::getBlocking(static_cast<int>(fd), &on, &err)) return oserror(err);
    return newBool(on);
}

Object* kSetBlocking(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("set_blocking", nargs, 2, 2)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    int on = isTrue(args[1]);
    if (on < 0) return nullptr;
    int err = 0;
    if (!platform::setBlocking(static_cast<int>(fd), on != 0, &err)) return oserror(err);
    return newNone();
}

Object* kKill(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("kill", nargs, 2, 2)) return nullptr;
    int64_t pid, sig;
    if (!intArg(args[0], &pid) || !intArg(args[1], &sig)) return nullptr;
    int err = 0;
    if (!platform::killProcess(pid, static_cast<int>(sig), &err)) return oserror(err);
    return newNone();
}

// waitpid(pid, options) -> (pid, status)
Object* kWaitpid(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("waitpid", nargs, 2, 2)) return nullptr;
    int64_t pid, options;
    if (!intArg(args[0], &pid) || !intArg(args[1], &options)) return nullptr;
    int status = 0, err = 0;
    int64_t r;
    {
        AllowThreads allow;
        r = platform::waitProcess(pid, static_cast<int>(options), &status, &err);
    }
    if (r < 0) return oserror(err);
    Ref<> p = Ref<>::steal(intFromInt64(r));
    Ref<> st = Ref<>::steal(intFromInt64(status));
    if (!p || !st) return nullptr;
    return tuplePack({p.get(), st.get()});
}

const MethodDef kPosixNatives[] = {
    {"_k_stat", kStat, 0, nullptr},
    {"_k_fstat", kFstat, 0, nullptr},
    {"_k_listdir", kListdir, 0, nullptr},
    {"_k_rmdir", kRmdir, 0, nullptr},
    {"_k_unlink", kUnlink, 0, nullptr},
    {"_k_chdir", kChdir, 0, nullptr},
    {"_k_mkdir", kMkdir, 0, nullptr},
    {"_k_rename", kRename, 0, nullptr},
    {"_k_symlink", kSymlink, 0, nullptr},
    {"_k_readlink", kReadlink, 0, nullptr},
    {"_k_access", kAccess, 0, nullptr},
    {"_k_putenv", kPutenv, 0, nullptr},
    {"_k_unsetenv", kUnsetenv, 0, nullptr},
    {"_k_environ", kEnviron, 0, nullptr},
    {"_k_utime", kUtime, 0, nullptr},
    {"_k_uname", kUname, 0, nullptr},
    {"_k_terminal_size", kTerminalSize, 0, nullptr},
    {"_k_open", kOpen, 0, nullptr},
    {"_k_times", kTimes, 0, nullptr},
    {"getcwd", kGetcwd, 0, "Return a unicode string representing the current working directory."},
    {"getcwdb", kGetcwdb, 0, "Return a bytes string representing the current working directory."},
    {"umask", kUmask, 0, "Set the current numeric umask and return the previous umask."},
    {"getpid", kGetpid, 0, "Return the current process id."},
    {"getppid", kGetppid, 0, "Return the parent's process id."},
    {"getuid", kGetuid, 0, "Return the current process's user id."},
    {"geteuid", kGetuid, 0, "Return the current process's effective user id."},
    {"getgid", kGetgid, 0, "Return the current process's group id."},
    {"getegid", kGetgid, 0, "Return the current process's effective group id."},
    {"strerror", kStrerror, 0, "Translate an error code to a message string."},
    {"cpu_count", kCpuCount, 0, "Return the number of CPUs in the system; return None if indeterminable."},
    {"close", kClose, 0, "Close a file descriptor."},
    {"dup", kDup, 0, "Return a duplicate of a file descriptor."},
    {"read", kRead, 0, "Read from a file descriptor."},
    {"write", kWrite, 0, "Write a bytes object to a file descriptor."},
    {"lseek", kLseek, 0, "Set the position of a file descriptor."},
    {"ftruncate", kFtruncate, 0, "Truncate a file, specified by file descriptor, to a specific length."},
    {"isatty", kIsatty, 0, "Return True if the fd is connected to a terminal."},
    {"urandom", kUrandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {"_exit", kExit, 0, "Exit to the system with specified status, without normal exit processing."},
    {"pipe", kPipe, 0, "Create a pipe.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)"},
    {"dup2", kDup2, 0, "Duplicate file descriptor."},
    {"get_inheritable", kGetInheritable, 0, "Get the close-on-exe flag of the specified file descriptor."},
    {"set_inheritable", kSetInheritable, 0, "Set the inheritable flag of the specified file descriptor."},
    {"get_blocking", kGetBlocking, 0, "Get the blocking mode of the file descriptor."},
    {"set_blocking", kSetBlocking, 0, "Set the blocking mode of the specified file descriptor."},
    {"kill", kKill, 0, "Kill a process with a signal."},
    {"waitpid", kWaitpid, 0, "Wait for completion of a given child process."},
    {nullptr, nullptr, 0, nullptr},
};

const char kPosixSource[] = R"PY(
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
EX_OK = 0
WNOHANG = 1

error = OSError

def _fspath(path, allow_fd=False):
    if isinstance(path, (str, bytes)):
        return path
    if allow_fd and isinstance(path, int):
        return path
    t = type(path)
    try:
        f = t.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__) from None
    r = f(path)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (t.__name__, type(r).__name__))
    return r

def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        f = t.__fspath__
    except AttributeError:
        if hasattr(t, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__) from None
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (t.__name__, type(r).__name__))

class _StructSeq(tuple):
    n_sequence_fields = 0
    _fields = ()
    _extra = ()
    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = cls.n_sequence_fields
        if len(seq) < n:
            raise TypeError("%s.%s() takes an at least %d-sequence (%d-sequence given)"
                            % (cls.__module__, cls.__name__, n, len(seq)))
        self = tuple.__new__(cls, seq[:n])
        extra = list(seq[n:])
        for i, name in enumerate(cls._extra):
            if i < len(extra):
                v = extra[i]
            elif dict is not None and name in dict:
                v = dict[name]
            else:
                v = None
            object.__setattr__(self, '_x_' + name, v)
        return self
    def __repr__(self):
        parts = ['%s=%r' % (name, self[i]) for i, name in enumerate(self._fields)]
        return '%s.%s(%s)' % (type(self).__module__, type(self).__name__, ', '.join(parts))
    def __reduce__(self):
        d = {name: getattr(self, name) for name in self._extra}
        return (type(self), (tuple(self), d))

def _structseq(name, fields, extra=(), module='os'):
    ns = {'n_sequence_fields': len(fields), 'n_fields': len(fields) + len(extra),
          'n_unnamed_fields': 0, '_fields': tuple(fields), '_extra': tuple(extra),
          '__match_args__': tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    for e in extra:
        ns[e] = property(lambda self, a='_x_' + e: getattr(self, a))
    cls = type(name, (_StructSeq,), ns)
    cls.__module__ = module
    return cls

stat_result = _structseq('stat_result', ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid',
    'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime'], ['_st_atime_f', '_st_mtime_f',
    '_st_ctime_f', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks',
    'st_rdev'])
stat_result.st_atime = property(lambda self: self._x__st_atime_f)
stat_result.st_mtime = property(lambda self: self._x__st_mtime_f)
stat_result.st_ctime = property(lambda self: self._x__st_ctime_f)
stat_result.n_unnamed_fields = 3

def _make_stat(t):
    (mode, ino, dev, nlink, uid, gid, size, a_s, a_ns, m_s, m_ns, c_s, c_ns, blksize, blocks,
     rdev) = t
    return stat_result((mode, ino, dev, nlink, uid, gid, size, a_s, m_s, c_s,
                        a_s + a_ns * 1e-9, m_s + m_ns * 1e-9, c_s + c_ns * 1e-9,
                        a_s * 1000000000 + a_ns, m_s * 1000000000 + m_ns,
                        c_s * 1000000000 + c_ns, blksize, blocks, rdev))

def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        return _make_stat(_k_fstat(path))
    return _make_stat(_k_stat(_fspath(path), follow_symlinks))

def lstat(path, *, dir_fd=None):
    return _make_stat(_k_stat(_fspath(path), False))

def fstat(fd):
    return _make_stat(_k_fstat(fd))

def listdir(path=None):
    if path is None:
        path = '.'
    path = _fspath(path)
    return [n for n, t in _k_listdir(path)]

class DirEntry:
    __slots__ = ('name', 'path', '_type', '_stat', '_lstat')
    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")
    def __fspath__(self):
        return self.path
    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)
    def inode(self):
        return self.stat(follow_symlinks=False).st_ino
    def is_symlink(self):
        if self._type != '?':
            return self._type == 'l'
        return _S_IFMT(self.stat(follow_symlinks=False).st_mode) == 0o120000
    def _test_mode(self, fmt, follow_symlinks):
        if not follow_symlinks or self._type not in ('l', '?'):
            if self._type == 'd':
                return fmt == 0o040000
            if self._type == 'f':
                return fmt == 0o100000
            if self._type == 'l':
                return False
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return _S_IFMT(st.st_mode) == fmt
    def is_dir(self, *, follow_symlinks=True):
        return self._test_mode(0o040000, follow_symlinks)
    def is_file(self, *, follow_symlinks=True):
        return self._test_mode(0o100000, follow_symlinks)
    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
DirEntry.__module__ = 'posix'

def _S_IFMT(mode):
    return mode & 0o170000

class _ScandirIterator:
    __slots__ = ('_entries',)
    def __iter__(self):
        return self
    def __next__(self):
        if not self._entries:
            raise StopIteration
        return self._entries.pop(0)
    def close(self):
        self._entries = []
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.close()

def scandir(path=None):
    if path is None:
        path = '.'
    path = _fspath(path)
    sep = b'/' if isinstance(path, bytes) else '/'
    entries = []
    for name, t in _k_listdir(path):
        e = object.__new__(DirEntry)
        e.name = name
        e.path = path + name if path.endswith(sep) else path + sep + name
        e._type = t
        e._stat = None
        e._lstat = None
        entries.append(e)
    it = object.__new__(_ScandirIterator)
    it._entries = entries
    return it

def mkdir(path, mode=0o777, *, dir_fd=None):
    _k_mkdir(_fspath(path), mode)

def rmdir(path, *, dir_fd=None):
    _k_rmdir(_fspath(path))

def unlink(path, *, dir_fd=None):
    _k_unlink(_fspath(path))

remove = unlink

def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _k_rename(_fspath(src), _fspath(dst))

replace = rename

def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _k_symlink(_fspath(src), _fspath(dst))

def readlink(path, *, dir_fd=None):
    return _k_readlink(_fspath(path))

def chdir(path):
    _k_chdir(_fspath(path))

def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _k_access(_fspath(path), mode)

def open(path, flags, mode=0o777, *, dir_fd=None):
    return _k_open(_fspath(path), flags, mode)

def putenv(name, value):
    _k_putenv(_fspath(name), _fspath(value))

def unsetenv(name):
    _k_unsetenv(_fspath(name))

environ = _k_environ()

def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        a, m = (int(t * 1000000000) if isinstance(t, float) else t * 1000000000 for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        a, m = ns
    else:
        a = m = None
    _k_utime(_fspath(path), a, m)

terminal_size = _structseq('terminal_size', ['columns', 'lines'])

def get_terminal_size(fd=1, /):
    return terminal_size(_k_terminal_size(fd))

uname_result = _structseq('uname_result', ['sysname', 'nodename', 'release', 'version',
                                           'machine'], module='posix')

def uname():
    return uname_result(_k_uname())

times_result = _structseq('times_result', ['user', 'system', 'children_user',
                                           'children_system', 'elapsed'], module='posix')

def times():
    return times_result(_k_times())

def device_encoding(fd):
    if isatty(fd):
        return 'UTF-8'
    return None

def waitstatus_to_exitcode(status):
    if status & 0x7f == 0:
        return (status >> 8) & 0xff
    if ((status & 0x7f) + 1) >> 1 > 0:
        return -(status & 0x7f)
    raise ValueError("invalid wait status: %d" % status)

def WIFEXITED(status):
    return status & 0x7f == 0
def WEXITSTATUS(status):
    return (status >> 8) & 0xff
def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0 and status & 0x7f != 0
def WTERMSIG(status):
    return status & 0x7f
def WIFSTOPPED(status):
    return status & 0xff == 0x7f
def WSTOPSIG(status):
    return (status >> 8) & 0xff
def WIFCONTINUED(status):
    return status == 0xffff
def WCOREDUMP(status):
    return bool(status & 0x80)
WNOHANG = 1
WUNTRACED = 2

def wait():
    return waitpid(-1, 0)

def fsencode_name(x):
    return x

def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    pass

_have_functions = []
del fsencode_name
)PY";

}  // namespace

namespace {

// An fsencode()d argument: str (UTF-8), bytes, or an os.PathLike giving one of them.
bool fsArg(Object* o, std::string* out) {
    Ref<> path = Ref<>::borrow(o);
    if (!isStr(o) && !isBytes(o)) {
        bool missing = false;
        path = Ref<>::steal(callSpecial(o, KRAIT_STR(__fspath__), nullptr, 0, &missing));
        if (!path) {
            if (missing && !errOccurred()) {
                setError(&ExcTypeError, "expected str, bytes or os.PathLike object, not %T", o);
            }
            return false;
        }
    }
    return pathArg(path.get(), out);
}

bool fsList(Object* seq, std::vector<std::string>* out) {
    Ref<> it = Ref<>::steal(getIter(seq));
    if (!it) return false;
    while (Ref<> item = Ref<>::steal(iterNext(it.get()))) {
        std::string s;
        if (!fsArg(item.get(), &s)) return false;
        out->push_back(std::move(s));
    }
    return !errOccurred();
}

// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread,
// c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid,
// pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork) -> pid
Object* forkExec(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("fork_exec", kwnames) || !checkArgCount("fork_exec", nargs, 23, 23))
        return nullptr;
    platform::ForkExecRequest r;
    if (!isNone(args[0]) && !fsList(args[0], &r.argv)) return nullptr;
    if (!fsList(args[1], &r.executables)) return nullptr;
    int closeFds = isTrue(args[2]);
    if (closeFds < 0) return nullptr;
    r.closeFds = closeFds != 0;
    if (!isTuple(args[3])) return setError(&ExcTypeError, "pass_fds must be a tuple");
    for (ssize i = 0; i < tupleSize(args[3]); i++) {
        int64_t fd;
        if (!intArg(tupleItem(args[3], i), &fd)) return nullptr;
        if (fd < 0 || fd > 0x7fffffff) return setError(&ExcValueError, "bad value(s) in fds_to_keep");
        r.passFds.push_back(static_cast<int>(fd));
    }
    if (!isNone(args[4])) {
        if (!fsArg(args[4], &r.cwd)) return nullptr;
        r.haveCwd = true;
    }
    if (!isNone(args[5])) {
        if (!fsList(args[5], &r.env)) return nullptr;
        r.haveEnv = true;
    }
    int64_t fds[8];
    for (int i = 0; i < 8; i++) {
        if (!intArg(args[6 + i], &fds[i])) return nullptr;
    }
    r.p2cread = static_cast<int>(fds[0]);
    r.c2pwrite = static_cast<int>(fds[3]);
    r.errwrite = static_cast<int>(fds[5]);
    r.errpipeWrite = static_cast<int>(fds[7]);
    int restore = isTrue(args[14]);
    int setsid = isTrue(args[15]);
    if (restore < 0 || setsid < 0) return nullptr;
    r.restoreSignals = restore != 0;
    r.callSetsid = setsid != 0;
    if (!intArg(args[16], &r.processGroup)) return nullptr;
    if (!isNone(args[17]) || !isNone(args[18]) || !isNone(args[19])) {
        return setError(&ExcNotImplementedError,
                        "Krait's subprocess does not support user, group or extra_groups yet");
    }
    int64_t umaskValue;
    if (!intArg(args[20], &umaskValue)) return nullptr;
    r.childUmask = static_cast<int>(umaskValue);
    if (!isNone(args[21])) {
        return setError(&ExcNotImplementedError,
                        "Krait's subprocess does not support preexec_fn yet");
    }
    flushStdStreams();
    int err = 0;
    int64_t pid = platform::forkExec(r, &err);
    if (pid < 0) return oserror(err);
    return intFromInt64(pid);
}

const MethodDef kPosixSubprocessMethods[] = {
    {"fork_exec", forkExec, 0, "Spawn a fresh new child process."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// _posixsubprocess: what subprocess.Popen uses to start children on POSIX systems (natively;
// Emscripten and WASI have no processes and fail with ENOSYS).
Object* createPosixSubprocessModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_posixsubprocess"));
    if (!m || !moduleAddFunctions(m.get(), kPosixSubprocessMethods)) return nullptr;
    return m.release();
}

Object* createPosixModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("posix"));
    if (!m || !moduleAddFunctions(m.get(), kPosixNatives)) return nullptr;
    for (const platform::NamedConstant* c = platform::openFlagConstants(); c->name; c++) {
        if (!moduleAddInt(m.get(), c->name, c->value)) return nullptr;
    }
    if (!runEmbeddedSource(m.get(), "<krait posix>", kPosixSource)) return nullptr;
    return m.release();
}

}  // namespace krait
