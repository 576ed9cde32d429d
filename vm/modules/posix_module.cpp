// The posix module (what os and os.path build on), as CPython's posixmodule.c: system calls
// through platform/, CPython's path conversion and messages, the struct sequences
// (stat_result, terminal_size, uname_result, times_result) and DirEntry/scandir.
#include <cerrno>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/gil.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "platform/platform.h"

namespace krait {

extern Type DirEntryType;
extern Type ScandirIteratorType;
extern StructSeqType StatResultType, TerminalSizeType, UnameResultType, TimesResultType;

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

Object* kCpuCount(Object*, Args, size_t, Object*) {
    int n = platform::cpuCount();
    return n > 0 ? intFromInt64(n) : newNone();
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

// ---------------------------------------------------------------------------------------------
// Path arguments (CPython's path_converter).

// A converted path argument: the narrow (file-system encoded) string, the str or bytes it came
// from after fspath (the OSError filename), or an fd when the function takes one.
struct PathArg {
    std::string narrow;
    Ref<> object;            // null for None and fds
    bool bytes = false;      // results (names, links) as bytes
    int fd = -1;             // >= 0: a file descriptor was given
    bool none = false;       // None (or absent) for a nullable argument
};

// fspath(o) as PyOS_FSPath: str/bytes as is, else type(o).__fspath__(o), which must return one.
// `missing` (if given) is set when o has no __fspath__ (the TypeError is raised either way).
Object* fspathOf(Object* o, bool* missingOut = nullptr) {
    if (isStr(o) || isBytes(o)) return newRef(o);
    bool missing = false;
    Ref<> r = Ref<>::steal(callSpecial(o, KRAIT_STR(__fspath__), nullptr, 0, &missing));
    if (missingOut) *missingOut = missing && !r;
    if (!r) {
        if (missing && !errOccurred()) {
            setError(&ExcTypeError, "expected str, bytes or os.PathLike object, not %s",
                     typeName(o->type));
        }
        return nullptr;
    }
    if (!isStr(r.get()) && !isBytes(r.get())) {
        return setError(&ExcTypeError,
                        "expected %s.__fspath__() to return str or bytes, not %s",
                        typeName(o->type), typeName(r->type));
    }
    return r.release();
}

// Converts argument `argname` of function `fn` (allowFd: an int is a file descriptor;
// nullable: None/absent means no path). Raises CPython's TypeError/ValueError messages.
bool convertPath(const char* fn, const char* argname, Object* o, bool allowFd, bool nullable,
                 PathArg* out) {
    if (nullable && (!o || isNone(o))) {
        out->none = true;
        return true;
    }
    if (allowFd && isInt(o)) {
        int64_t fd;
        if (!intAsInt64(o, &fd) || fd < INT32_MIN || fd > INT32_MAX) {
            clearError();
            setError(&ExcOverflowError, "fd is greater than maximum");
            return false;
        }
        out->fd = static_cast<int>(fd);
        return true;
    }
    bool missing = false;
    Ref<> path = Ref<>::steal(fspathOf(o, &missing));
    if (!path) {
        if (missing) {
            clearError();
            const char* allowed = allowFd && nullable ? "string, bytes, os.PathLike, integer or None"
                                  : allowFd           ? "string, bytes, os.PathLike or integer"
                                  : nullable          ? "string, bytes, os.PathLike or None"
                                                      : "string, bytes or os.PathLike";
            setError(&ExcTypeError, "%s: %s should be %s, not %s", fn, argname, allowed,
                     typeName(o->type));
        }
        return false;
    }
    if (isStr(path.get())) {
        out->narrow = strView(path.get());
        if (out->narrow.find('\0') != std::string::npos) {
            setError(&ExcValueError, "embedded null byte");
            return false;
        }
    } else {
        out->narrow = bytesView(path.get());
        out->bytes = true;
        if (out->narrow.find('\0') != std::string::npos) {
            setError(&ExcValueError, "%s: embedded null character in %s", fn, argname);
            return false;
        }
    }
    out->object = std::move(path);
    return true;
}

// An optional dir_fd argument: None is fine, anything else is unsupported here (os's
// supports_dir_fd is empty, so the standard library never passes one).
bool noDirFd(const char* fn, Object* dirFd, const char* argname = "dir_fd") {
    if (!dirFd || isNone(dirFd)) return true;
    if (!isInt(dirFd)) {
        setError(&ExcTypeError, "argument should be integer or None, not %s",
                 typeName(dirFd->type));
        return false;
    }
    setError(&ExcNotImplementedError, "%s: %s unavailable on this platform", fn, argname);
    return false;
}

// A boolean argument (absent: dflt).
bool flagArg(Object* o, bool dflt, bool* out) {
    if (!o) {
        *out = dflt;
        return true;
    }
    int t = isTrue(o);
    if (t < 0) return false;
    *out = t != 0;
    return true;
}

Object* pathError(int err, const PathArg& p) { return oserror(err, p.object.get()); }

// An OSError naming two files (rename, symlink): "[Errno n] msg: 'a' -> 'b'".
Object* pathError2(int err, const PathArg& a, const PathArg& b) {
    Ref<> code = Ref<>::steal(intFromInt64(err));
    Ref<> msg = Ref<>::steal(strFromUtf8(platform::errorString(err)));
    if (!code || !msg) return nullptr;
    Object* items[] = {code.get(), msg.get(), a.object.get(), none(), b.object.get()};
    Ref<> args = Ref<>::steal(tupleFromArray(items, 5));
    if (!args) return nullptr;
    return setErrorObject(&ExcOSError, args.get());
}

// ---------------------------------------------------------------------------------------------
// Struct sequences: stat_result, terminal_size, uname_result, times_result.

const MemberDef kStatResultMembers[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "st_mode", "protection bits"),
    KRAIT_STRUCTSEQ_FIELD(1, "st_ino", "inode"),
    KRAIT_STRUCTSEQ_FIELD(2, "st_dev", "device"),
    KRAIT_STRUCTSEQ_FIELD(3, "st_nlink", "number of hard links"),
    KRAIT_STRUCTSEQ_FIELD(4, "st_uid", "user ID of owner"),
    KRAIT_STRUCTSEQ_FIELD(5, "st_gid", "group ID of owner"),
    KRAIT_STRUCTSEQ_FIELD(6, "st_size", "total size, in bytes"),
    // 7, 8, 9: the unnamed integer times.
    KRAIT_STRUCTSEQ_FIELD(10, "st_atime", "time of last access"),
    KRAIT_STRUCTSEQ_FIELD(11, "st_mtime", "time of last modification"),
    KRAIT_STRUCTSEQ_FIELD(12, "st_ctime", "time of last change"),
    KRAIT_STRUCTSEQ_FIELD(13, "st_atime_ns", "time of last access in nanoseconds"),
    KRAIT_STRUCTSEQ_FIELD(14, "st_mtime_ns", "time of last modification in nanoseconds"),
    KRAIT_STRUCTSEQ_FIELD(15, "st_ctime_ns", "time of last change in nanoseconds"),
    KRAIT_STRUCTSEQ_FIELD(16, "st_blksize", "blocksize for filesystem I/O"),
    KRAIT_STRUCTSEQ_FIELD(17, "st_blocks", "number of blocks allocated"),
    KRAIT_STRUCTSEQ_FIELD(18, "st_rdev", "device type (if inode device)"),
    KRAIT_STRUCTSEQ_END,
};

// stat_result(sequence, dict): structseq's constructor, then the float times default to the
// integer ones (CPython's statresult_new).
Object* statResultNew(Type* t, Object* args, Object* kwargs) {
    Object* r = structSeqNew(t, args, kwargs);
    if (!r) return nullptr;
    for (ssize i = 7; i <= 9; i++) {
        if (isNone(structSeqItem(r, i + 3))) {
            decref(structSeqItem(r, i + 3));
            structSeqSetItem(r, i + 3, newRef(structSeqItem(r, i)));
        }
    }
    return r;
}

const MemberDef kTerminalSizeMembers[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "columns", "width of the terminal window in characters"),
    KRAIT_STRUCTSEQ_FIELD(1, "lines", "height of the terminal window in characters"),
    KRAIT_STRUCTSEQ_END,
};

const MemberDef kUnameResultMembers[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "sysname", "operating system name"),
    KRAIT_STRUCTSEQ_FIELD(1, "nodename", "name of machine on network (implementation-defined)"),
    KRAIT_STRUCTSEQ_FIELD(2, "release", "operating system release"),
    KRAIT_STRUCTSEQ_FIELD(3, "version", "operating system version"),
    KRAIT_STRUCTSEQ_FIELD(4, "machine", "hardware identifier"),
    KRAIT_STRUCTSEQ_END,
};

const MemberDef kTimesResultMembers[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "user", "user time"),
    KRAIT_STRUCTSEQ_FIELD(1, "system", "system time"),
    KRAIT_STRUCTSEQ_FIELD(2, "children_user", "user time of children"),
    KRAIT_STRUCTSEQ_FIELD(3, "children_system", "system time of children"),
    KRAIT_STRUCTSEQ_FIELD(4, "elapsed", "elapsed time since an arbitrary point in the past"),
    KRAIT_STRUCTSEQ_END,
};

}  // namespace

StructSeqType StatResultType = KRAIT_STRUCTSEQ_TYPE(
    "os.stat_result",
    "stat_result: Result from stat, fstat, or lstat.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"
    "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
    "or st_flags, they are available as attributes only.\n\n"
    "See os.stat for more information.",
    kStatResultMembers, 10, 19, 3, statResultNew);

StructSeqType TerminalSizeType = KRAIT_STRUCTSEQ_TYPE(
    "os.terminal_size", "A tuple of (columns, lines) for holding terminal window size",
    kTerminalSizeMembers, 2, 2, 0, structSeqNew);

StructSeqType UnameResultType = KRAIT_STRUCTSEQ_TYPE(
    "posix.uname_result",
    "uname_result: Result from os.uname().\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (sysname, nodename, release, version, machine),\n"
    "or via the attributes sysname, nodename, release, version, and machine.\n\n"
    "See os.uname for more information.",
    kUnameResultMembers, 5, 5, 0, structSeqNew);

StructSeqType TimesResultType = KRAIT_STRUCTSEQ_TYPE(
    "posix.times_result",
    "times_result: Result from os.times().\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (user, system, children_user, children_system, elapsed),\n"
    "or via the attributes user, system, children_user,\n"
    "children_system, and elapsed.\n\n"
    "See os.times for more information.",
    kTimesResultMembers, 5, 5, 0, structSeqNew);

namespace {

// sec * 10**9 + nsec as an int (exact beyond int64).
Object* nanoseconds(int64_t sec, int64_t nsec) {
    constexpr int64_t kGiga = 1000000000;
    if (sec > INT64_MIN / kGiga + 1 && sec < INT64_MAX / kGiga - 1) {
        return intFromInt64(sec * kGiga + nsec);
    }
    Ref<> s = Ref<>::steal(intFromInt64(sec));
    Ref<> g = Ref<>::steal(intFromInt64(kGiga));
    Ref<> n = Ref<>::steal(intFromInt64(nsec));
    if (!s || !g || !n) return nullptr;
    Ref<> m = Ref<>::steal(binaryOp(s.get(), g.get(), BinOp::Multiply));
    if (!m) return nullptr;
    return binaryOp(m.get(), n.get(), BinOp::Add);
}

Object* statResult(const platform::FileStatus& s) {
    auto i = [](int64_t v) { return intFromInt64(v); };
    auto f = [](int64_t sec, int64_t nsec) {
        return floatFromDouble(static_cast<double>(sec) + static_cast<double>(nsec) * 1e-9);
    };
    return structSeqMake(
        &StatResultType,
        {i(s.mode), i(s.ino), i(s.dev), i(s.nlink), i(s.uid), i(s.gid), i(s.size),
         i(s.atimeSec), i(s.mtimeSec), i(s.ctimeSec), f(s.atimeSec, s.atimeNsec),
         f(s.mtimeSec, s.mtimeNsec), f(s.ctimeSec, s.ctimeNsec),
         nanoseconds(s.atimeSec, s.atimeNsec), nanoseconds(s.mtimeSec, s.mtimeNsec),
         nanoseconds(s.ctimeSec, s.ctimeNsec), i(s.blksize), i(s.blocks), i(s.rdev)});
}

// stat of a converted path (fd or name).
Object* statOf(const PathArg& p, bool follow) {
    platform::FileStatus s;
    int err = 0;
    bool ok = p.fd >= 0 ? platform::statFd(p.fd, &s, &err)
                        : platform::statPath(p.narrow, follow, &s, &err);
    if (!ok) return pathError(err, p);
    return statResult(s);
}

// stat(path, *, dir_fd=None, follow_symlinks=True)
Object* posixStat(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "dir_fd", "follow_symlinks"};
    Object* a[3] = {};
    if (!parseArgs("stat", args, nargs, kwnames, kNames, 3, 1, a, 0, 1)) return nullptr;
    PathArg p;
    bool follow;
    if (!convertPath("stat", "path", a[0], true, false, &p) || !noDirFd("stat", a[1]) ||
        !flagArg(a[2], true, &follow)) {
        return nullptr;
    }
    if (p.fd >= 0 && !follow) {
        return setError(&ExcValueError, "stat: cannot use fd and follow_symlinks together");
    }
    return statOf(p, follow);
}

// lstat(path, *, dir_fd=None)
Object* posixLstat(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "dir_fd"};
    Object* a[2] = {};
    if (!parseArgs("lstat", args, nargs, kwnames, kNames, 2, 1, a, 0, 1)) return nullptr;
    PathArg p;
    if (!convertPath("lstat", "path", a[0], false, false, &p) || !noDirFd("lstat", a[1])) {
        return nullptr;
    }
    return statOf(p, false);
}

// fstat(fd)
Object* posixFstat(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"fd"};
    Object* a[1] = {};
    if (!parseArgs("fstat", args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    int64_t fd;
    if (!intArg(a[0], &fd)) return nullptr;
    PathArg p;
    p.fd = static_cast<int>(fd);
    return statOf(p, true);
}

// fspath(path)
Object* posixFspath(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path"};
    Object* a[1] = {};
    if (!parseArgs("fspath", args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    return fspathOf(a[0]);
}

// Reads a directory: names (str, or bytes for a bytes path) and type letters.
bool readDirectory(const char* fn, const PathArg& p, std::vector<std::string>* names,
                   std::vector<char>* types) {
    if (p.fd >= 0) {
        setError(&ExcNotImplementedError, "%s: fd unavailable on this platform", fn);
        return false;
    }
    int err = 0;
    if (!platform::listDirectory(p.none ? std::string(".") : p.narrow, names, types, &err)) {
        if (p.none) {
            Ref<> dot = Ref<>::steal(strFromAscii("."));
            if (dot) oserror(err, dot.get());
        } else {
            pathError(err, p);
        }
        return false;
    }
    return true;
}

// listdir(path=None)
Object* posixListdir(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path"};
    Object* a[1] = {};
    if (!parseArgs("listdir", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    PathArg p;
    if (!convertPath("listdir", "path", a[0], true, true, &p)) return nullptr;
    std::vector<std::string> names;
    std::vector<char> types;
    if (!readDirectory("listdir", p, &names, &types)) return nullptr;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    for (const std::string& n : names) {
        Ref<> name = Ref<>::steal(p.bytes ? bytesFromStd(n) : strFromUtf8(n));
        if (!name || listAppend(list.get(), name.get()) < 0) return nullptr;
    }
    return list.release();
}

// ---------------------------------------------------------------------------------------------
// scandir(): posix.DirEntry and posix.ScandirIterator. The directory is read when scandir() is
// called; entries keep the type letter from the listing ('d', 'f', 'l' or '?' = unknown) and
// cache their stat and lstat results.

struct DirEntryObject {
    Object ob;
    Object* name;
    Object* path;
    Object* stat;    // cached stat (follow_symlinks=True), or null
    Object* lstat;   // cached lstat, or null
    char type;
};

DirEntryObject* asDirEntry(Object* o) { return reinterpret_cast<DirEntryObject*>(o); }

constexpr int64_t kModeTypeMask = 0170000;
constexpr int64_t kModeDir = 0040000;
constexpr int64_t kModeFile = 0100000;
constexpr int64_t kModeLink = 0120000;

Object* dirEntryLstat(DirEntryObject* e) {
    if (!e->lstat) {
        PathArg p;
        p.narrow = e->path->type == &BytesType ? std::string(bytesView(e->path))
                                               : std::string(strView(e->path));
        p.object = Ref<>::borrow(e->path);
        e->lstat = statOf(p, false);
        if (!e->lstat) return nullptr;
    }
    return newRef(e->lstat);
}

// The st_mode of the entry's (l)stat as an int, or -1 with an exception set.
int64_t statMode(Object* st) {
    int64_t mode = -1;
    if (!intAsInt64(tupleItem(st, 0), &mode)) return -1;
    return mode;
}

int dirEntryIsSymlink(DirEntryObject* e) {
    if (e->type != '?') return e->type == 'l';
    Ref<> st = Ref<>::steal(dirEntryLstat(e));
    if (!st) return -1;
    int64_t mode = statMode(st.get());
    if (mode < 0) return -1;
    return (mode & kModeTypeMask) == kModeLink;
}

Object* dirEntryStat(DirEntryObject* e, bool follow) {
    if (!follow) return dirEntryLstat(e);
    if (!e->stat) {
        int link = dirEntryIsSymlink(e);
        if (link < 0) return nullptr;
        if (link) {
            PathArg p;
            p.narrow = isBytes(e->path) ? std::string(bytesView(e->path))
                                        : std::string(strView(e->path));
            p.object = Ref<>::borrow(e->path);
            e->stat = statOf(p, true);
        } else {
            e->stat = dirEntryLstat(e);
        }
        if (!e->stat) return nullptr;
    }
    return newRef(e->stat);
}

// is_dir/is_file: from the listing's type when it is known and no link is to be followed,
// else from a stat (a missing file is False).
Object* dirEntryTestMode(Object* self, Args args, size_t nargs, Object* kwnames,
                         const char* fn, int64_t modeBits) {
    static const char* const kNames[] = {"follow_symlinks"};
    Object* a[1] = {};
    if (!parseArgs(fn, args, nargs, kwnames, kNames, 1, 0, a, 0, 0)) return nullptr;
    bool follow;
    if (!flagArg(a[0], true, &follow)) return nullptr;
    DirEntryObject* e = asDirEntry(self);
    int link = dirEntryIsSymlink(e);
    if (link < 0) return nullptr;
    if (e->type == '?' || (follow && link)) {
        Ref<> st = Ref<>::steal(dirEntryStat(e, follow));
        if (!st) {
            if (errMatches(&ExcFileNotFoundError)) {
                clearError();
                return newBool(false);
            }
            return nullptr;
        }
        int64_t mode = statMode(st.get());
        if (mode < 0) return nullptr;
        return newBool((mode & kModeTypeMask) == modeBits);
    }
    if (link) return newBool(false);
    return newBool(e->type == (modeBits == kModeDir ? 'd' : 'f'));
}

Object* dirEntryIsDir(Object* self, Args args, size_t nargs, Object* kwnames) {
    return dirEntryTestMode(self, args, nargs, kwnames, "is_dir", kModeDir);
}
Object* dirEntryIsFile(Object* self, Args args, size_t nargs, Object* kwnames) {
    return dirEntryTestMode(self, args, nargs, kwnames, "is_file", kModeFile);
}
Object* dirEntryIsSymlinkMethod(Object* self, Args, size_t nargs, Object*) {
    if (!checkArgCount("is_symlink", nargs, 0, 0)) return nullptr;
    int link = dirEntryIsSymlink(asDirEntry(self));
    if (link < 0) return nullptr;
    return newBool(link != 0);
}

Object* dirEntryStatMethod(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"follow_symlinks"};
    Object* a[1] = {};
    if (!parseArgs("stat", args, nargs, kwnames, kNames, 1, 0, a, 0, 0)) return nullptr;
    bool follow;
    if (!flagArg(a[0], true, &follow)) return nullptr;
    return dirEntryStat(asDirEntry(self), follow);
}

Object* dirEntryInode(Object* self, Args, size_t nargs, Object*) {
    if (!checkArgCount("inode", nargs, 0, 0)) return nullptr;
    Ref<> st = Ref<>::steal(dirEntryLstat(asDirEntry(self)));
    if (!st) return nullptr;
    return newRef(tupleItem(st.get(), 1));
}

Object* dirEntryFspath(Object* self, Args, size_t nargs, Object*) {
    if (!checkArgCount("__fspath__", nargs, 0, 0)) return nullptr;
    return newRef(asDirEntry(self)->path);
}

Object* dirEntryRepr(Object* self) {
    Ref<> r = Ref<>::steal(repr(asDirEntry(self)->name));
    if (!r) return nullptr;
    std::string out = "<DirEntry ";
    out += strView(r.get());
    out += ">";
    return strFromUtf8(out);
}

void dirEntryDealloc(Object* self) {
    DirEntryObject* e = asDirEntry(self);
    clearRef(e->name);
    clearRef(e->path);
    clearRef(e->stat);
    clearRef(e->lstat);
    freeObject(self);
}

Object* dirEntryNoNew(Type*, Object*, Object*) {
    return setError(&ExcTypeError, "cannot create 'posix.DirEntry' instances");
}

const MethodDef kDirEntryMethods[] = {
    {"__fspath__", dirEntryFspath, 0, "Returns the path for the entry."},
    {"inode", dirEntryInode, 0, "Return inode of the entry; cached per entry."},
    {"is_dir", dirEntryIsDir, 0, "Return True if the entry is a directory; cached per entry."},
    {"is_file", dirEntryIsFile, 0, "Return True if the entry is a file; cached per entry."},
    {"is_symlink", dirEntryIsSymlinkMethod, 0,
     "Return True if the entry is a symbolic link; cached per entry."},
    {"stat", dirEntryStatMethod, 0, "Return stat_result object for the entry; cached per entry."},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef kDirEntryMembers[] = {
    {"name", MemberKind::ObjectReadOnly, offsetof(DirEntryObject, name),
     "the entry's base filename, relative to scandir() \"path\" argument"},
    {"path", MemberKind::ObjectReadOnly, offsetof(DirEntryObject, path),
     "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

struct ScandirIteratorObject {
    Object ob;
    Object* entries;   // list of DirEntry, or null once closed/exhausted
    ssize next;
};

ScandirIteratorObject* asScandir(Object* o) { return reinterpret_cast<ScandirIteratorObject*>(o); }

Object* scandirNext(Object* self) {
    ScandirIteratorObject* it = asScandir(self);
    if (!it->entries) return nullptr;
    if (it->next >= listSize(it->entries)) {
        clearRef(it->entries);
        return nullptr;
    }
    return newRef(listItem(it->entries, it->next++));
}

Object* scandirClose(Object* self, Args, size_t nargs, Object*) {
    if (!checkArgCount("close", nargs, 0, 0)) return nullptr;
    clearRef(asScandir(self)->entries);
    return newNone();
}

Object* scandirEnter(Object* self, Args, size_t nargs, Object*) {
    if (!checkArgCount("__enter__", nargs, 0, 0)) return nullptr;
    return newRef(self);
}

Object* scandirExit(Object* self, Args, size_t, Object*) {
    clearRef(asScandir(self)->entries);
    return newNone();
}

Object* scandirIterSelf(Object* self) { return newRef(self); }

void scandirDealloc(Object* self) {
    clearRef(asScandir(self)->entries);
    freeObject(self);
}

Object* scandirNoNew(Type*, Object*, Object*) {
    return setError(&ExcTypeError, "cannot create 'posix.ScandirIterator' instances");
}

const MethodDef kScandirMethods[] = {
    {"close", scandirClose, 0, nullptr},
    {"__enter__", scandirEnter, 0, nullptr},
    {"__exit__", scandirExit, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type DirEntryType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "posix.DirEntry",
    .basicSize = sizeof(DirEntryObject),
    .methods = kDirEntryMethods,
    .members = kDirEntryMembers,
    .dealloc = dirEntryDealloc,
    .repr = dirEntryRepr,
    .new_ = dirEntryNoNew,
};

Type ScandirIteratorType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "posix.ScandirIterator",
    .basicSize = sizeof(ScandirIteratorObject),
    .methods = kScandirMethods,
    .dealloc = scandirDealloc,
    .new_ = scandirNoNew,
    .iter = scandirIterSelf,
    .iterNext = scandirNext,
};

namespace {

// scandir(path=None)
Object* posixScandir(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path"};
    Object* a[1] = {};
    if (!parseArgs("scandir", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    PathArg p;
    if (!convertPath("scandir", "path", a[0], true, true, &p)) return nullptr;
    std::vector<std::string> names;
    std::vector<char> types;
    if (!readDirectory("scandir", p, &names, &types)) return nullptr;
    std::string dir = p.none ? std::string(".") : p.narrow;
    if (!dir.empty() && dir.back() != '/') dir += '/';
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    for (size_t i = 0; i < names.size(); i++) {
        Ref<> e = Ref<>::steal(allocObject(&DirEntryType));
        if (!e) return nullptr;
        DirEntryObject* d = asDirEntry(e.get());
        d->type = types[i];
        d->name = p.bytes ? bytesFromStd(names[i]) : strFromUtf8(names[i]);
        d->path = p.bytes ? bytesFromStd(dir + names[i]) : strFromUtf8(dir + names[i]);
        if (!d->name || !d->path || listAppend(list.get(), e.get()) < 0) return nullptr;
    }
    Object* it = allocObject(&ScandirIteratorType);
    if (!it) return nullptr;
    asScandir(it)->entries = list.release();
    return it;
}

// ---------------------------------------------------------------------------------------------
// File-system operations on paths.

// mkdir(path, mode=0o777, *, dir_fd=None)
Object* posixMkdir(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "mode", "dir_fd"};
    Object* a[3] = {};
    if (!parseArgs("mkdir", args, nargs, kwnames, kNames, 3, 1, a, 0, 2)) return nullptr;
    PathArg p;
    int64_t mode = 0777;
    if (!convertPath("mkdir", "path", a[0], false, false, &p) ||
        (a[1] && !intArg(a[1], &mode)) || !noDirFd("mkdir", a[2])) {
        return nullptr;
    }
    int err = 0;
    if (!platform::makeDirectory(p.narrow, static_cast<int>(mode), &err)) return pathError(err, p);
    return newNone();
}

// f(path, *, dir_fd=None) -> None for rmdir, unlink and remove.
Object* pathDirFdCall(const char* fn, bool (*op)(const std::string&, int*), Args args,
                      size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "dir_fd"};
    Object* a[2] = {};
    if (!parseArgs(fn, args, nargs, kwnames, kNames, 2, 1, a, 0, 1)) return nullptr;
    PathArg p;
    if (!convertPath(fn, "path", a[0], false, false, &p) || !noDirFd(fn, a[1])) return nullptr;
    int err = 0;
    if (!op(p.narrow, &err)) return pathError(err, p);
    return newNone();
}

Object* posixRmdir(Object*, Args a, size_t n, Object* kw) {
    return pathDirFdCall("rmdir", platform::removeDirectory, a, n, kw);
}
Object* posixUnlink(Object*, Args a, size_t n, Object* kw) {
    return pathDirFdCall("unlink", platform::removeFile, a, n, kw);
}
Object* posixRemove(Object*, Args a, size_t n, Object* kw) {
    return pathDirFdCall("remove", platform::removeFile, a, n, kw);
}

// rename/replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)
Object* renameCall(const char* fn, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"src", "dst", "src_dir_fd", "dst_dir_fd"};
    Object* a[4] = {};
    if (!parseArgs(fn, args, nargs, kwnames, kNames, 4, 2, a, 0, 2)) return nullptr;
    PathArg src, dst;
    if (!convertPath(fn, "src", a[0], false, false, &src) ||
        !convertPath(fn, "dst", a[1], false, false, &dst) ||
        !noDirFd(fn, a[2], "src_dir_fd") || !noDirFd(fn, a[3], "dst_dir_fd")) {
        return nullptr;
    }
    if (src.bytes != dst.bytes) {
        return setError(&ExcTypeError, "%s: src and dst must be the same type", fn);
    }
    int err = 0;
    if (!platform::renamePath(src.narrow, dst.narrow, &err)) return pathError2(err, src, dst);
    return newNone();
}
Object* posixRename(Object*, Args a, size_t n, Object* kw) { return renameCall("rename", a, n, kw); }
Object* posixReplace(Object*, Args a, size_t n, Object* kw) {
    return renameCall("replace", a, n, kw);
}

// symlink(src, dst, target_is_directory=False, *, dir_fd=None)
Object* posixSymlink(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"src", "dst", "target_is_directory", "dir_fd"};
    Object* a[4] = {};
    if (!parseArgs("symlink", args, nargs, kwnames, kNames, 4, 2, a, 0, 3)) return nullptr;
    PathArg src, dst;
    if (!convertPath("symlink", "src", a[0], false, false, &src) ||
        !convertPath("symlink", "dst", a[1], false, false, &dst) || !noDirFd("symlink", a[3])) {
        return nullptr;
    }
    if (src.bytes != dst.bytes) {
        return setError(&ExcTypeError, "symlink: src and dst must be the same type");
    }
    int err = 0;
    if (!platform::makeSymlink(src.narrow, dst.narrow, &err)) return pathError2(err, src, dst);
    return newNone();
}

// A file descriptor argument: an int, or an object with a fileno() method (fsync).
bool fdArg(Object* o, int* out) {
    Ref<> v = Ref<>::steal(newRef(o));
    if (!isInt(o)) {
        v = Ref<>::steal(callMethod(o, "fileno", nullptr, 0));
        if (!v) {
            if (errMatches(&ExcAttributeError)) {
                clearError();
                setError(&ExcTypeError,
                         "argument must be an int, or have a fileno() method.");
            }
            return false;
        }
        if (!isInt(v.get())) {
            setError(&ExcTypeError, "fileno() returned a non-integer");
            return false;
        }
    }
    int64_t fd;
    if (!intAsInt64(v.get(), &fd)) return false;
    if (fd < 0) {
        setError(&ExcValueError,
                 "file descriptor cannot be a negative integer (%lld)", static_cast<long long>(fd));
        return false;
    }
    if (fd > INT32_MAX) {
        setError(&ExcOverflowError, "fd is greater than maximum");
        return false;
    }
    *out = static_cast<int>(fd);
    return true;
}

// A uid or gid argument: an int (-1 leaves it unchanged).
bool idArg(const char* what, Object* o, int64_t* out) {
    if (!isInt(o)) {
        setError(&ExcTypeError, "%s should be integer, not %s", what, typeName(o->type));
        return false;
    }
    if (!intAsInt64(o, out) || *out < -1 || *out > 0xFFFFFFFFLL) {
        clearError();
        setError(&ExcOverflowError, "%s is %s than maximum", what,
                 *out < -1 ? "less" : "greater");
        return false;
    }
    return true;
}

// chmod(path, mode, *, dir_fd=None, follow_symlinks=True)
Object* posixChmod(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "mode", "dir_fd", "follow_symlinks"};
    Object* a[4] = {};
    if (!parseArgs("chmod", args, nargs, kwnames, kNames, 4, 2, a, 0, 2)) return nullptr;
    PathArg p;
    int64_t mode;
    bool follow;
    if (!convertPath("chmod", "path", a[0], true, false, &p) || !intArg(a[1], &mode) ||
        !noDirFd("chmod", a[2]) || !flagArg(a[3], true, &follow)) {
        return nullptr;
    }
    if (p.fd >= 0 && !follow) {
        return setError(&ExcValueError, "chmod: cannot use fd and follow_symlinks together");
    }
    int err = 0;
    bool ok = p.fd >= 0 ? platform::changeModeFd(p.fd, static_cast<int>(mode), &err)
                        : platform::changeMode(p.narrow, static_cast<int>(mode), follow, &err);
    if (!ok && !follow && err == ENOTSUP) {
        return setError(&ExcNotImplementedError,
                        "chmod: follow_symlinks unavailable on this platform");
    }
    if (!ok) return pathError(err, p);
    return newNone();
}

// fchmod(fd, mode)
Object* posixFchmod(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"fd", "mode"};
    Object* a[2] = {};
    if (!parseArgs("fchmod", args, nargs, kwnames, kNames, 2, 2, a)) return nullptr;
    int64_t fd, mode;
    if (!intArg(a[0], &fd) || !intArg(a[1], &mode)) return nullptr;
    int err = 0;
    if (!platform::changeModeFd(static_cast<int>(fd), static_cast<int>(mode), &err))
        return oserror(err);
    return newNone();
}

// chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True); lchown(path, uid, gid)
Object* chownCommon(const char* fn, bool lchown, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks"};
    Object* a[5] = {};
    if (!parseArgs(fn, args, nargs, kwnames, kNames, lchown ? 3 : 5, 3, a, 0, 3)) return nullptr;
    PathArg p;
    int64_t uid, gid;
    bool follow;
    if (!convertPath(fn, "path", a[0], !lchown, false, &p) || !idArg("uid", a[1], &uid) ||
        !idArg("gid", a[2], &gid) || !noDirFd(fn, a[3]) || !flagArg(a[4], !lchown, &follow)) {
        return nullptr;
    }
    if (p.fd >= 0 && !follow) {
        return setError(&ExcValueError, "%s: cannot use fd and follow_symlinks together", fn);
    }
    int err = 0;
    bool ok = p.fd >= 0 ? platform::changeOwnerFd(p.fd, uid, gid, &err)
                        : platform::changeOwner(p.narrow, uid, gid, follow, &err);
    if (!ok) return pathError(err, p);
    return newNone();
}

Object* posixChown(Object*, Args args, size_t nargs, Object* kwnames) {
    return chownCommon("chown", false, args, nargs, kwnames);
}

Object* posixLchown(Object*, Args args, size_t nargs, Object* kwnames) {
    return chownCommon("lchown", true, args, nargs, kwnames);
}

// fchown(fd, uid, gid)
Object* posixFchown(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"fd", "uid", "gid"};
    Object* a[3] = {};
    if (!parseArgs("fchown", args, nargs, kwnames, kNames, 3, 3, a)) return nullptr;
    int64_t fd, uid, gid;
    if (!intArg(a[0], &fd) || !idArg("uid", a[1], &uid) || !idArg("gid", a[2], &gid))
        return nullptr;
    int err = 0;
    if (!platform::changeOwnerFd(static_cast<int>(fd), uid, gid, &err)) return oserror(err);
    return newNone();
}

// link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)
Object* posixLink(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"src", "dst", "src_dir_fd", "dst_dir_fd",
                                         "follow_symlinks"};
    Object* a[5] = {};
    if (!parseArgs("link", args, nargs, kwnames, kNames, 5, 2, a, 0, 2)) return nullptr;
    PathArg src, dst;
    bool follow;
    if (!convertPath("link", "src", a[0], false, false, &src) ||
        !convertPath("link", "dst", a[1], false, false, &dst) ||
        !noDirFd("link", a[2], "src_dir_fd") || !noDirFd("link", a[3], "dst_dir_fd") ||
        !flagArg(a[4], true, &follow)) {
        return nullptr;
    }
    int err = 0;
    if (!platform::makeHardLink(src.narrow, dst.narrow, &err)) return pathError2(err, src, dst);
    return newNone();
}

// truncate(path, length): path may be a file descriptor.
Object* posixTruncate(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "length"};
    Object* a[2] = {};
    if (!parseArgs("truncate", args, nargs, kwnames, kNames, 2, 2, a)) return nullptr;
    PathArg p;
    int64_t length;
    if (!convertPath("truncate", "path", a[0], true, false, &p) || !intArg(a[1], &length))
        return nullptr;
    int err = 0;
    bool ok = p.fd >= 0 ? platform::truncateFd(p.fd, length, &err)
                        : platform::truncatePath(p.narrow, length, &err);
    if (!ok) return pathError(err, p);
    return newNone();
}

// fsync(fd) / fdatasync(fd): fd may be any object with a fileno() method.
Object* syncCommon(const char* fn, bool dataOnly, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"fd"};
    Object* a[1] = {};
    if (!parseArgs(fn, args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    int fd;
    if (!fdArg(a[0], &fd)) return nullptr;
    int err = 0;
    if (!platform::syncFd(fd, dataOnly, &err)) return oserror(err);
    return newNone();
}

Object* posixFsync(Object*, Args args, size_t nargs, Object* kwnames) {
    return syncCommon("fsync", false, args, nargs, kwnames);
}

Object* posixFdatasync(Object*, Args args, size_t nargs, Object* kwnames) {
    return syncCommon("fdatasync", true, args, nargs, kwnames);
}

Object* posixSync(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("sync", nargs, 0, 0) || !checkNoKwargs("sync", kwnames)) return nullptr;
    platform::syncAll();
    return newNone();
}

// mkfifo(path, mode=0o666, *, dir_fd=None)
Object* posixMkfifo(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "mode", "dir_fd"};
    Object* a[3] = {};
    if (!parseArgs("mkfifo", args, nargs, kwnames, kNames, 3, 1, a, 0, 2)) return nullptr;
    PathArg p;
    int64_t mode = 0666;
    if (!convertPath("mkfifo", "path", a[0], false, false, &p) ||
        (a[1] && !intArg(a[1], &mode)) || !noDirFd("mkfifo", a[2])) {
        return nullptr;
    }
    int err = 0;
    // CPython's error names no file here.
    if (!platform::makeFifo(p.narrow, static_cast<int>(mode), &err)) return oserror(err);
    return newNone();
}

// readlink(path, *, dir_fd=None)
Object* posixReadlink(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "dir_fd"};
    Object* a[2] = {};
    if (!parseArgs("readlink", args, nargs, kwnames, kNames, 2, 1, a, 0, 1)) return nullptr;
    PathArg p;
    if (!convertPath("readlink", "path", a[0], false, false, &p) || !noDirFd("readlink", a[1])) {
        return nullptr;
    }
    std::string out;
    int err = 0;
    if (!platform::readLink(p.narrow, &out, &err)) return pathError(err, p);
    return p.bytes ? bytesFromStd(out) : strFromUtf8(out);
}

// chdir(path)
Object* posixChdir(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path"};
    Object* a[1] = {};
    if (!parseArgs("chdir", args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    PathArg p;
    if (!convertPath("chdir", "path", a[0], true, false, &p)) return nullptr;
    if (p.fd >= 0) {
        return setError(&ExcNotImplementedError, "chdir: fd unavailable on this platform");
    }
    int err = 0;
    if (!platform::changeDirectory(p.narrow, &err)) return pathError(err, p);
    return newNone();
}

// access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)
Object* posixAccess(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "mode", "dir_fd", "effective_ids",
                                         "follow_symlinks"};
    Object* a[5] = {};
    if (!parseArgs("access", args, nargs, kwnames, kNames, 5, 2, a, 0, 2)) return nullptr;
    PathArg p;
    int64_t mode;
    if (!convertPath("access", "path", a[0], false, false, &p) || !intArg(a[1], &mode) ||
        !noDirFd("access", a[2])) {
        return nullptr;
    }
    return newBool(platform::accessPath(p.narrow, static_cast<int>(mode)));
}

// open(path, flags, mode=0o777, *, dir_fd=None)
Object* posixOpen(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "flags", "mode", "dir_fd"};
    Object* a[4] = {};
    if (!parseArgs("open", args, nargs, kwnames, kNames, 4, 2, a, 0, 3)) return nullptr;
    PathArg p;
    int64_t flags, mode = 0777;
    if (!convertPath("open", "path", a[0], false, false, &p) || !intArg(a[1], &flags) ||
        (a[2] && !intArg(a[2], &mode)) || !noDirFd("open", a[3])) {
        return nullptr;
    }
    int err = 0;
    int fd;
    {
        AllowThreads allow;
        fd = platform::openRaw(p.narrow, static_cast<int>(flags), static_cast<int>(mode), &err);
    }
    if (fd < 0) return pathError(err, p);
    return intFromInt64(fd);
}

// An environment name or value: str, bytes or os.PathLike (PyUnicode_FSConverter).
bool envArg(Object* o, std::string* out) {
    Ref<> p = Ref<>::steal(fspathOf(o));
    if (!p) return false;
    *out = isStr(p.get()) ? std::string(strView(p.get())) : std::string(bytesView(p.get()));
    if (out->find('\0') != std::string::npos) {
        setError(&ExcValueError, "embedded null byte");
        return false;
    }
    return true;
}

Object* posixPutenv(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("putenv", kwnames) || !checkArgCount("putenv", nargs, 2, 2)) {
        return nullptr;
    }
    std::string k, v;
    if (!envArg(args[0], &k) || !envArg(args[1], &v)) return nullptr;
    if (k.empty() || k.find('=') != std::string::npos) {
        return setError(&ExcValueError, "illegal environment variable name");
    }
    int err = 0;
    if (!platform::setEnvVar(k, v, &err)) return oserror(err);
    return newNone();
}

Object* posixUnsetenv(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("unsetenv", kwnames) || !checkArgCount("unsetenv", nargs, 1, 1)) {
        return nullptr;
    }
    std::string k;
    if (!envArg(args[0], &k)) return nullptr;
    if (k.empty() || k.find('=') != std::string::npos) {
        return setError(&ExcValueError, "illegal environment variable name");
    }
    int err = 0;
    if (!platform::unsetEnvVar(k, &err)) return oserror(err);
    return newNone();
}

// posix.environ: a dict of bytes -> bytes (os wraps it).
Object* environDict() {
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

// A time for utime(times=...) in nanoseconds: an int, or a float rounded toward minus
// infinity (CPython's _PyTime_ObjectToTimespec with ROUND_FLOOR).
bool utimeSeconds(Object* o, int64_t* ns) {
    if (isFloat(o)) {
        double d = floatValue(o);
        if (std::isnan(d)) {
            setError(&ExcValueError, "Invalid value NaN (not a number)");
            return false;
        }
        double ip;
        double frac = std::modf(d, &ip);
        frac = std::floor(frac * 1e9);
        if (frac >= 1e9) {
            frac -= 1e9;
            ip += 1.0;
        } else if (frac < 0) {
            frac += 1e9;
            ip -= 1.0;
        }
        if (!(ip >= -9.2e9 && ip <= 9.2e9)) {
            setError(&ExcOverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        *ns = static_cast<int64_t>(ip) * 1000000000 + static_cast<int64_t>(frac);
        return true;
    }
    int64_t s;
    if (!intArg(o, &s)) return false;
    *ns = s * 1000000000;
    return true;
}

// utime(path, times=None, *, ns=<unset>, dir_fd=None, follow_symlinks=True)
Object* posixUtime(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path", "times", "ns", "dir_fd", "follow_symlinks"};
    Object* a[5] = {};
    if (!parseArgs("utime", args, nargs, kwnames, kNames, 5, 1, a, 0, 2)) return nullptr;
    PathArg p;
    if (!convertPath("utime", "path", a[0], true, false, &p) || !noDirFd("utime", a[3])) {
        return nullptr;
    }
    Object* times = a[1] && !isNone(a[1]) ? a[1] : nullptr;
    if (times && a[2]) {
        return setError(&ExcValueError,
                        "utime: you may specify either 'times' or 'ns' but not both");
    }
    int64_t at = 0, mt = 0;
    bool now = true;
    if (times) {
        if (!isTuple(times) || tupleSize(times) != 2) {
            return setError(&ExcTypeError,
                            "utime: 'times' must be either a tuple of two ints or None");
        }
        if (!utimeSeconds(tupleItem(times, 0), &at) || !utimeSeconds(tupleItem(times, 1), &mt))
            return nullptr;
        now = false;
    } else if (a[2]) {
        if (!isTuple(a[2]) || tupleSize(a[2]) != 2) {
            return setError(&ExcTypeError, "utime: 'ns' must be a tuple of two ints");
        }
        if (!intArg(tupleItem(a[2], 0), &at) || !intArg(tupleItem(a[2], 1), &mt)) return nullptr;
        now = false;
    }
    if (p.fd >= 0) {
        return setError(&ExcNotImplementedError, "utime: fd unavailable on this platform");
    }
    int err = 0;
    if (!platform::setFileTimes(p.narrow, at, mt, now, &err)) return pathError(err, p);
    return newNone();
}

// ---------------------------------------------------------------------------------------------
// Process information.

Object* posixUname(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("uname", nargs, 0, 0)) return nullptr;
    std::string parts[5];
    if (!platform::systemName(parts)) return oserror(errno);
    return structSeqMake(&UnameResultType,
                         {strFromUtf8(parts[0]), strFromUtf8(parts[1]), strFromUtf8(parts[2]),
                          strFromUtf8(parts[3]), strFromUtf8(parts[4])});
}

Object* posixTimes(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("times", nargs, 0, 0)) return nullptr;
    double v[5];
    platform::processTimes(v);
    return structSeqMake(&TimesResultType,
                         {floatFromDouble(v[0]), floatFromDouble(v[1]), floatFromDouble(v[2]),
                          floatFromDouble(v[3]), floatFromDouble(v[4])});
}

// get_terminal_size(fd=1, /)
Object* posixTerminalSize(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("get_terminal_size", kwnames) ||
        !checkArgCount("get_terminal_size", nargs, 0, 1)) {
        return nullptr;
    }
    int64_t fd = 1;
    if (nargs && !intArg(args[0], &fd)) return nullptr;
    int cols = 0, lines = 0, err = 0;
    if (!platform::terminalSize(static_cast<int>(fd), &cols, &lines, &err)) return oserror(err);
    return structSeqMake(&TerminalSizeType, {intFromInt64(cols), intFromInt64(lines)});
}

Object* posixDeviceEncoding(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"fd"};
    Object* a[1] = {};
    if (!parseArgs("device_encoding", args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    int64_t fd;
    if (!intArg(a[0], &fd)) return nullptr;
    if (platform::isInteractive(static_cast<int>(fd))) return strFromAscii("UTF-8");
    return newNone();
}

// The wait-status macros, as glibc defines them.
bool wIfExited(int s) { return (s & 0x7f) == 0; }
int wExitStatus(int s) { return (s & 0xff00) >> 8; }
int wTermSig(int s) { return s & 0x7f; }
bool wIfSignaled(int s) { return (static_cast<signed char>((s & 0x7f) + 1) >> 1) > 0; }
bool wIfStopped(int s) { return (s & 0xff) == 0x7f; }

// The status argument of the W*() functions (a C int).
bool statusArg(const char* fn, Args args, size_t nargs, Object* kwnames, int* out) {
    static const char* const kNames[] = {"status"};
    Object* a[1] = {};
    if (!parseArgs(fn, args, nargs, kwnames, kNames, 1, 1, a)) return false;
    int64_t v;
    if (!intArg(a[0], &v)) return false;
    if (v < INT32_MIN || v > INT32_MAX) {
        setError(&ExcOverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

#define KRAIT_WAIT_FN(fname, pyname, expr)                                    \
    Object* fname(Object*, Args args, size_t nargs, Object* kwnames) {        \
        int s;                                                                \
        if (!statusArg(pyname, args, nargs, kwnames, &s)) return nullptr;     \
        return (expr);                                                        \
    }
KRAIT_WAIT_FN(posixWIFEXITED, "WIFEXITED", newBool(wIfExited(s)))
KRAIT_WAIT_FN(posixWEXITSTATUS, "WEXITSTATUS", intFromInt64(wExitStatus(s)))
KRAIT_WAIT_FN(posixWIFSIGNALED, "WIFSIGNALED", newBool(wIfSignaled(s)))
KRAIT_WAIT_FN(posixWTERMSIG, "WTERMSIG", intFromInt64(wTermSig(s)))
KRAIT_WAIT_FN(posixWIFSTOPPED, "WIFSTOPPED", newBool(wIfStopped(s)))
KRAIT_WAIT_FN(posixWSTOPSIG, "WSTOPSIG", intFromInt64(wExitStatus(s)))
KRAIT_WAIT_FN(posixWIFCONTINUED, "WIFCONTINUED", newBool(s == 0xffff))
KRAIT_WAIT_FN(posixWCOREDUMP, "WCOREDUMP", newBool((s & 0x80) != 0))
#undef KRAIT_WAIT_FN

Object* posixWaitstatusToExitcode(Object*, Args args, size_t nargs, Object* kwnames) {
    int s;
    if (!statusArg("waitstatus_to_exitcode", args, nargs, kwnames, &s)) return nullptr;
    if (wIfExited(s)) return intFromInt64(wExitStatus(s));
    if (wIfSignaled(s)) return intFromInt64(-wTermSig(s));
    if (wIfStopped(s)) {
        return setError(&ExcValueError, "process stopped by delivery of signal %d",
                        wExitStatus(s));
    }
    return setError(&ExcValueError, "invalid wait status: %d", s);
}

// wait() -> (pid, status)
Object* posixWait(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("wait", kwnames) || !checkArgCount("wait", nargs, 0, 0)) return nullptr;
    int status = 0, err = 0;
    int64_t r;
    {
        AllowThreads allow;
        r = platform::waitProcess(-1, 0, &status, &err);
    }
    if (r < 0) return oserror(err);
    Ref<> p = Ref<>::steal(intFromInt64(r));
    Ref<> st = Ref<>::steal(intFromInt64(status));
    if (!p || !st) return nullptr;
    return tuplePack({p.get(), st.get()});
}

// register_at_fork(*, before=None, after_in_child=None, after_in_parent=None): the arguments are
// checked as CPython does; Krait has no os.fork(), so the callables never run.
Object* posixRegisterAtFork(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"before", "after_in_child", "after_in_parent"};
    Object* a[3] = {};
    if (!parseArgs("register_at_fork", args, nargs, kwnames, kNames, 3, 0, a, 0, 0)) {
        return nullptr;
    }
    bool any = false;
    for (int i = 0; i < 3; i++) {
        if (!a[i] || isNone(a[i])) continue;
        any = true;
        if (!isCallable(a[i])) {
            return setError(&ExcTypeError, "'%s' must be callable, not %s", kNames[i],
                            typeName(a[i]->type));
        }
    }
    if (!any) return setError(&ExcTypeError, "At least one argument is required.");
    return newNone();
}

const MethodDef kPosixNatives[] = {
    {"stat", posixStat, 0, "Perform a stat system call on the given path."},
    {"lstat", posixLstat, 0, "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", posixFstat, 0, "Perform a stat system call on the given file descriptor."},
    {"fspath", posixFspath, 0, "Return the file system path representation of the object."},
    {"listdir", posixListdir, 0, "Return a list containing the names of the files in the directory."},
    {"scandir", posixScandir, 0, "Return an iterator of DirEntry objects for given path."},
    {"mkdir", posixMkdir, 0, "Create a directory."},
    {"rmdir", posixRmdir, 0, "Remove a directory."},
    {"unlink", posixUnlink, 0, "Remove a file (same as remove())."},
    {"remove", posixRemove, 0, "Remove a file (same as unlink())."},
    {"rename", posixRename, 0, "Rename a file or directory."},
    {"replace", posixReplace, 0, "Rename a file or directory, overwriting the destination."},
    {"symlink", posixSymlink, 0, "Create a symbolic link pointing to src named dst."},
    {"chmod", posixChmod, 0, "Change the access permissions of a file."},
    {"fchmod", posixFchmod, 0, "Change the access permissions of the file given by file descriptor fd."},
    {"chown", posixChown, 0, "Change the owner and group id of path to the numeric uid and gid."},
    {"lchown", posixLchown, 0, "Change the owner and group id of path to the numeric uid and gid."},
    {"fchown", posixFchown, 0, "Change the owner and group id of the file specified by file descriptor."},
    {"link", posixLink, 0, "Create a hard link to a file."},
    {"truncate", posixTruncate, 0, "Truncate a file, specified by path, to a specific length."},
    {"fsync", posixFsync, 0, "Force write of fd to disk."},
    {"fdatasync", posixFdatasync, 0, "Force write of fd to disk without forcing update of metadata."},
    {"sync", posixSync, 0, "Force write of everything to disk."},
    {"mkfifo", posixMkfifo, 0, "Create a \"fifo\" (a POSIX named pipe)."},
    {"readlink", posixReadlink, 0, "Return a string representing the path to which the symbolic link points."},
    {"chdir", posixChdir, 0, "Change the current working directory to the specified path."},
    {"access", posixAccess, 0, "Use the real uid/gid to test for access to a path."},
    {"open", posixOpen, 0, "Open a file for low level IO.  Returns a file descriptor (integer)."},
    {"putenv", posixPutenv, 0, "Change or add an environment variable."},
    {"unsetenv", posixUnsetenv, 0, "Delete an environment variable."},
    {"utime", posixUtime, 0, "Set the access and modified time of path."},
    {"uname", posixUname, 0, "Return an object identifying the current operating system."},
    {"times", posixTimes, 0, "Return a collection containing process timing information."},
    {"get_terminal_size", posixTerminalSize, 0, "Return the size of the terminal window as (columns, lines)."},
    {"device_encoding", posixDeviceEncoding, 0, "Return a string describing the encoding of a terminal's file descriptor."},
    {"WIFEXITED", posixWIFEXITED, 0, "Return True if the process returning status exited via the exit() system call."},
    {"WEXITSTATUS", posixWEXITSTATUS, 0, "Return the process return code from status."},
    {"WIFSIGNALED", posixWIFSIGNALED, 0, "Return True if the process returning status was terminated by a signal."},
    {"WTERMSIG", posixWTERMSIG, 0, "Return the signal that terminated the process that provided the status value."},
    {"WIFSTOPPED", posixWIFSTOPPED, 0, "Return True if the process returning status was stopped."},
    {"WSTOPSIG", posixWSTOPSIG, 0, "Return the signal that stopped the process that provided the status value."},
    {"WIFCONTINUED", posixWIFCONTINUED, 0, "Return True if a particular process was continued from a job control stop."},
    {"WCOREDUMP", posixWCOREDUMP, 0, "Return True if the process returning status was dumped to a core file."},
    {"waitstatus_to_exitcode", posixWaitstatusToExitcode, 0, "Convert a wait status to an exit code."},
    {"wait", posixWait, 0, "Wait for completion of a child process."},
    {"register_at_fork", posixRegisterAtFork, 0, "Register callables to be called when forking a new process."},
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
    static const struct {
        const char* name;
        int64_t value;
    } kConstants[] = {
        {"F_OK", 0},     {"R_OK", 4},     {"W_OK", 2},  {"X_OK", 1},      {"SEEK_SET", 0},
        {"SEEK_CUR", 1}, {"SEEK_END", 2}, {"EX_OK", 0}, {"WNOHANG", 1}, {"WUNTRACED", 2},
    };
    for (const auto& c : kConstants) {
        if (!moduleAddInt(m.get(), c.name, c.value)) return nullptr;
    }
    StructSeqType* seqTypes[] = {&StatResultType, &TerminalSizeType, &UnameResultType,
                                 &TimesResultType};
    const char* seqNames[] = {"stat_result", "terminal_size", "uname_result", "times_result"};
    for (int i = 0; i < 4; i++) {
        if (!structSeqReady(seqTypes[i]) ||
            !moduleAddObject(m.get(), seqNames[i], newRef(asObject(&seqTypes[i]->type)))) {
            return nullptr;
        }
    }
    if (!typeReady(&DirEntryType) || !typeReady(&ScandirIteratorType) ||
        !moduleAddObject(m.get(), "DirEntry", newRef(asObject(&DirEntryType))) ||
        !moduleAddObject(m.get(), "error", newRef(asObject(&ExcOSError))) ||
        !moduleAddObject(m.get(), "environ", environDict())) {
        return nullptr;
    }
    // What os.py's supports_fd / supports_follow_symlinks are built from: only the forms this
    // module implements (no dir_fd support, so none of the *at() names).
    static const char* const kHave[] = {"HAVE_FCHMOD", "HAVE_FCHOWN", "HAVE_FTRUNCATE",
                                        "HAVE_LCHOWN"};
    Ref<> have = Ref<>::steal(listNew(0));
    if (!have) return nullptr;
    for (const char* name : kHave) {
        Ref<> n = Ref<>::steal(strFromAscii(name));
        if (!n || listAppend(have.get(), n.get()) < 0) return nullptr;
    }
    if (!moduleAddObject(m.get(), "_have_functions", have.release())) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
