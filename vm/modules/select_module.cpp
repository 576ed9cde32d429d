// The select module: select(), poll objects and (on Linux) epoll objects, as selectors and
// asyncio use them. The waiting is native (_k_poll, _k_epoll_* over platform/'s pollFds and
// epoll calls); the argument handling and the poll/epoll classes are embedded Python.
// Long waits are cut into slices so that Ctrl-C raises KeyboardInterrupt promptly, as
// time.sleep does.
#include <cerrno>
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/gil.h"
#include "core/runtime.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "modules/signal_module.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"
#include "platform/platform.h"

namespace krait {

namespace {

using Args = Object* const*;

constexpr int kSliceMs = 50;

bool intArg(Object* o, int64_t* out) {
    if (!isInt(o)) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", o);
        return false;
    }
    return intAsInt64(o, out);
}

// Raises KeyboardInterrupt if Ctrl-C arrived; false then.
bool checkInterrupt() {
    return checkSignals();
}

// Runs wait(ms) in slices of at most kSliceMs until it reports something (> 0), fails (< 0,
// *err set; EINTR is retried) or the timeout (ms, < 0 forever) is spent. Returns the last
// result, or -2 with an exception set if interrupted.
template <class Wait> int slicedWait(int64_t timeoutMs, Wait wait, int* err) {
    double deadline = platform::monotonicTime() + static_cast<double>(timeoutMs) / 1000.0;
    for (;;) {
        int slice = kSliceMs;
        if (timeoutMs >= 0) {
            double left = (deadline - platform::monotonicTime()) * 1000.0;
            if (left < slice) slice = left <= 0 ? 0 : static_cast<int>(left + 0.999);
        }
        int r = wait(slice, err);
        if (r < 0 && *err != EINTR) return r;
        if (r > 0) return r;
        if (!checkInterrupt()) return -2;
        if (timeoutMs >= 0 && platform::monotonicTime() >= deadline) return 0;
        if (timeoutMs == 0) return 0;
    }
}

// _k_poll(list of (fd, events), timeout_ms) -> list of (fd, revents); timeout < 0 forever.
Object* kPoll(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_poll", nargs, 2, 2)) return nullptr;
    if (!isList(args[0])) return setError(&ExcTypeError, "_k_poll: list expected");
    int64_t timeout;
    if (!intArg(args[1], &timeout)) return nullptr;
    ssize n = listSize(args[0]);
    std::vector<platform::PollFd> fds(static_cast<size_t>(n));
    for (ssize i = 0; i < n; i++) {
        Object* pair = listItem(args[0], i);
        int64_t fd, ev;
        if (!isTuple(pair) || tupleSize(pair) != 2) {
            return setError(&ExcTypeError, "_k_poll: (fd, events) pairs expected");
        }
        if (!intArg(tupleItem(pair, 0), &fd) || !intArg(tupleItem(pair, 1), &ev)) return nullptr;
        fds[static_cast<size_t>(i)] = {static_cast<int>(fd), static_cast<short>(ev), 0};
    }
    int err = 0;
    int r = slicedWait(
        timeout,
        [&](int ms, int* e) {
            AllowThreads allow;
            return platform::pollFds(fds.data(), fds.size(), ms, e);
        },
        &err);
    if (r == -2) return nullptr;
    if (r < 0) return setErrorFromErrno(&ExcOSError, err);
    Ref<> out = Ref<>::steal(listNew(0));
    if (!out) return nullptr;
    for (const platform::PollFd& p : fds) {
        if (!p.revents) continue;
        Ref<> a = Ref<>::steal(intFromInt64(p.fd));
        Ref<> b = Ref<>::steal(intFromInt64(static_cast<uint16_t>(p.revents)));
        if (!a || !b) return nullptr;
        Ref<> t = Ref<>::steal(tuplePack({a.get(), b.get()}));
        if (!t || listAppend(out.get(), t.get()) < 0) return nullptr;
    }
    return out.release();
}

Object* kEpollCreate(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("_k_epoll_create", nargs, 0, 0)) return nullptr;
    int err = 0;
    int fd = platform::epollCreate(&err);
    if (fd < 0) return setErrorFromErrno(&ExcOSError, err);
    return intFromInt64(fd);
}

// _k_epoll_ctl(epfd, op, fd, events)
Object* kEpollCtl(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_epoll_ctl", nargs, 4, 4)) return nullptr;
    int64_t v[4];
    for (int i = 0; i < 4; i++) {
        if (!intArg(args[i], &v[i])) return nullptr;
    }
    int err = 0;
    if (!platform::epollControl(static_cast<int>(v[0]), static_cast<int>(v[1]),
                                static_cast<int>(v[2]), static_cast<uint32_t>(v[3]), &err)) {
        return setErrorFromErrno(&ExcOSError, err);
    }
    return newNone();
}

// _k_epoll_wait(epfd, maxevents, timeout_ms) -> list of (fd, events)
Object* kEpollWait(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_epoll_wait", nargs, 3, 3)) return nullptr;
    int64_t epfd, maxev, timeout;
    if (!intArg(args[0], &epfd) || !intArg(args[1], &maxev) || !intArg(args[2], &timeout)) {
        return nullptr;
    }
    if (maxev < 1) maxev = 1;
    std::vector<platform::EpollEvent> evs(static_cast<size_t>(maxev));
    int err = 0;
    int r = slicedWait(
        timeout,
        [&](int ms, int* e) {
            AllowThreads allow;
            return platform::epollWait(static_cast<int>(epfd), evs.data(),
                                       static_cast<int>(maxev), ms, e);
        },
        &err);
    if (r == -2) return nullptr;
    if (r < 0) return setErrorFromErrno(&ExcOSError, err);
    Ref<> out = Ref<>::steal(listNew(0));
    if (!out) return nullptr;
    for (int i = 0; i < r; i++) {
        Ref<> a = Ref<>::steal(intFromInt64(evs[static_cast<size_t>(i)].fd));
        Ref<> b = Ref<>::steal(intFromInt64(evs[static_cast<size_t>(i)].events));
        if (!a || !b) return nullptr;
        Ref<> t = Ref<>::steal(tuplePack({a.get(), b.get()}));
        if (!t || listAppend(out.get(), t.get()) < 0) return nullptr;
    }
    return out.release();
}

Object* kClose(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_close", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    int err = 0;
    if (!platform::closeFd(static_cast<int>(fd), &err)) return setErrorFromErrno(&ExcOSError, err);
    return newNone();
}

const MethodDef kSelectNatives[] = {
    {"_k_poll", kPoll, 0, nullptr},
    {"_k_epoll_create", kEpollCreate, 0, nullptr},
    {"_k_epoll_ctl", kEpollCtl, 0, nullptr},
    {"_k_epoll_wait", kEpollWait, 0, nullptr},
    {"_k_close", kClose, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const char kSelectSource[] = R"PY(
error = OSError
PIPE_BUF = 4096

def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            meth = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd

def _ceil_ms(seconds):
    ms = seconds * 1000
    i = int(ms)
    return i + 1 if i < ms else i

def _timeout_ms(timeout, scale):
    # timeout in seconds (scale 1000) or milliseconds (scale 1); None or negative: forever.
    if timeout is None:
        return -1
    if not isinstance(timeout, (int, float)):
        if hasattr(type(timeout), '__index__'):
            timeout = type(timeout).__index__(timeout)
        elif hasattr(type(timeout), '__float__'):
            timeout = float(timeout)
        else:
            raise TypeError("timeout must be an integer or None")
    if timeout != timeout:
        raise ValueError("Invalid value NaN (not a number)")
    if timeout < 0:
        return -1
    ms = _ceil_ms(timeout * scale / 1000)
    if ms > 2147483647:
        raise OverflowError("timeout is too large")
    return ms

def select(rlist, wlist, xlist, timeout=None, /):
    if timeout is None:
        ms = -1
    else:
        if not isinstance(timeout, (int, float)):
            if hasattr(type(timeout), '__float__') or hasattr(type(timeout), '__index__'):
                timeout = float(timeout)
            else:
                raise TypeError("timeout must be a float or None")
        if timeout != timeout:
            raise ValueError("Invalid value NaN (not a number)")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
        ms = _ceil_ms(timeout)
        if ms > 2147483647:
            raise OverflowError("timeout doesn't fit into C timeval")
    lists = []
    for seq in (rlist, wlist, xlist):
        try:
            items = list(seq)
        except TypeError:
            raise TypeError("arguments 1-3 must be sequences") from None
        lists.append([(_fileno(o), o) for o in items])
    events = {}
    for (fd, _), bit in [(p, POLLIN) for p in lists[0]] + [(p, POLLOUT) for p in lists[1]] + \
            [(p, POLLPRI) for p in lists[2]]:
        events[fd] = events.get(fd, 0) | bit
    ready = dict(_k_poll(list(events.items()), ms))
    for fd, rev in ready.items():
        if rev & POLLNVAL:
            raise OSError(9, 'Bad file descriptor')
    r = [o for fd, o in lists[0] if ready.get(fd, 0) & (POLLIN | POLLHUP | POLLERR)]
    w = [o for fd, o in lists[1] if ready.get(fd, 0) & (POLLOUT | POLLERR)]
    x = [o for fd, o in lists[2] if ready.get(fd, 0) & POLLPRI]
    return r, w, x

# A builtin function is not bound when stored as a class attribute (selectors.SelectSelector
# does `_select = select.select`); a callable staticmethod behaves the same.
select = staticmethod(select)

class poll:
    # select.poll() is a function in CPython; a class works the same for callers (and, unlike
    # a Python function, is not bound when stored as a class attribute, as selectors does).
    __slots__ = ('_fds', '_polling')

    def __init__(self):
        self._fds = {}
        self._polling = False

    def register(self, fd, eventmask=None, /):
        fd = _fileno(fd)
        if eventmask is None:
            eventmask = POLLIN | POLLPRI | POLLOUT
        if not isinstance(eventmask, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(eventmask).__name__)
        if eventmask < 0 or eventmask > 0xffff:
            raise OverflowError("Python int too large for C unsigned short")
        self._fds[fd] = eventmask

    def modify(self, fd, eventmask, /):
        fd = _fileno(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self.register(fd, eventmask)

    def unregister(self, fd, /):
        fd = _fileno(fd)
        del self._fds[fd]

    def poll(self, timeout=None, /):
        ms = _timeout_ms(timeout, 1)
        if self._polling:
            raise RuntimeError("concurrent poll() invocation")
        self._polling = True
        try:
            return _k_poll(list(self._fds.items()), ms)
        finally:
            self._polling = False

poll.__module__ = 'select'

if _HAVE_EPOLL:
    class epoll:
        __slots__ = ('_epfd', '__weakref__')

        def __new__(cls, sizehint=-1, flags=0):
            if not isinstance(sizehint, int) or not isinstance(flags, int):
                raise TypeError("an integer is required")
            if sizehint == 0 or sizehint < -1:
                raise ValueError("negative sizehint")
            self = object.__new__(cls)
            self._epfd = _k_epoll_create()
            return self

        @classmethod
        def fromfd(cls, fd, /):
            self = object.__new__(cls)
            self._epfd = fd
            return self

        def _check(self):
            if self._epfd < 0:
                raise ValueError("I/O operation on closed epoll object")

        @property
        def closed(self):
            return self._epfd < 0

        def fileno(self):
            self._check()
            return self._epfd

        def close(self):
            if self._epfd >= 0:
                fd, self._epfd = self._epfd, -1
                _k_close(fd)

        def register(self, fd, eventmask=None):
            self._check()
            if eventmask is None:
                eventmask = EPOLLIN | EPOLLPRI | EPOLLOUT
            _k_epoll_ctl(self._epfd, 1, _fileno(fd), eventmask & 0xffffffff)

        def modify(self, fd, eventmask):
            self._check()
            _k_epoll_ctl(self._epfd, 3, _fileno(fd), eventmask & 0xffffffff)

        def unregister(self, fd):
            self._check()
            _k_epoll_ctl(self._epfd, 2, _fileno(fd), 0)

        def poll(self, timeout=None, maxevents=-1):
            self._check()
            ms = _timeout_ms(timeout, 1000)
            if not isinstance(maxevents, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(maxevents).__name__)
            if maxevents == -1:
                maxevents = 1023
            elif maxevents < 1:
                raise ValueError("maxevents must be greater than 0, got %d" % maxevents)
            return _k_epoll_wait(self._epfd, maxevents, ms)

        def __enter__(self):
            self._check()
            return self

        def __exit__(self, *args):
            self.close()

        def __del__(self):
            self.close()

    epoll.__module__ = 'select'
del _HAVE_EPOLL
)PY";

}  // namespace

Object* createSelectModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("select"));
    if (!m || !moduleAddFunctions(m.get(), kSelectNatives)) return nullptr;
    for (const platform::NamedConstant* c = platform::pollConstants(); c->name; c++) {
        if (!moduleAddInt(m.get(), c->name, c->value)) return nullptr;
    }
    bool epoll = platform::epollAvailable();
    if (epoll) {
        for (const platform::NamedConstant* c = platform::epollConstants(); c->name; c++) {
            if (!moduleAddInt(m.get(), c->name, c->value)) return nullptr;
        }
    }
    if (!moduleAddObject(m.get(), "_HAVE_EPOLL", newBool(epoll))) return nullptr;
    if (!runEmbeddedSource(m.get(), "<krait select>", kSelectSource)) return nullptr;
    return m.release();
}

}  // namespace krait
