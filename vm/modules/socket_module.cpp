// The _socket module (what Lib/socket.py builds on): socket objects, socketpair, name and
// address helpers. The system calls are native functions named _k_* over platform/'s socket
// layer (POSIX natively; under Emscripten, socketpair is emulated with pipes, see
// platform/platform_net.cpp); the socket type and the argument handling are embedded Python.
// Timeouts work as in CPython: a socket with a timeout is non-blocking underneath and each
// operation first waits (in slices, so Ctrl-C is seen) for the fd to become ready.
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
#include "objects/bytes.h"
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

bool intArg(Object* o, int64_t* out) {
    if (!isInt(o)) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", o);
        return false;
    }
    return intAsInt64(o, out);
}

bool intArgs(Args args, size_t n, int64_t* out) {
    for (size_t i = 0; i < n; i++) {
        if (!intArg(args[i], &out[i])) return false;
    }
    return true;
}

Object* oserror(int err) { return setErrorFromErrno(&ExcOSError, err); }

// (family, host, port, flowinfo, scope_id, path bytes) -> SocketAddress
bool addressArg(Object* o, platform::SocketAddress* out) {
    if (!isTuple(o) || tupleSize(o) != 6) {
        setError(&ExcTypeError, "_socket: internal address tuple expected");
        return false;
    }
    int64_t family, port, flow, scope;
    if (!intArg(tupleItem(o, 0), &family) || !intArg(tupleItem(o, 2), &port) ||
        !intArg(tupleItem(o, 3), &flow) || !intArg(tupleItem(o, 4), &scope)) {
        return false;
    }
    Object* host = tupleItem(o, 1);
    Object* path = tupleItem(o, 5);
    if (!isStr(host) || !isBytes(path)) {
        setError(&ExcTypeError, "_socket: internal address tuple expected");
        return false;
    }
    out->family = static_cast<int>(family);
    out->host = std::string(strView(host));
    out->port = static_cast<int>(port);
    out->flowInfo = static_cast<uint32_t>(flow);
    out->scopeId = static_cast<uint32_t>(scope);
    out->path = std::string(bytesView(path));
    return true;
}

Object* addressTuple(const platform::SocketAddress& a) {
    Ref<> family = Ref<>::steal(intFromInt64(a.family));
    Ref<> host = Ref<>::steal(strFromUtf8(a.host));
    Ref<> port = Ref<>::steal(intFromInt64(a.port));
    Ref<> flow = Ref<>::steal(intFromInt64(a.flowInfo));
    Ref<> scope = Ref<>::steal(intFromInt64(a.scopeId));
    Ref<> path = Ref<>::steal(bytesFromStd(a.path));
    if (!family || !host || !port || !flow || !scope || !path) return nullptr;
    return tuplePack({family.get(), host.get(), port.get(), flow.get(), scope.get(), path.get()});
}

bool checkInterrupt() {
    return checkSignals();
}

// _k_socket(family, type, proto) -> fd
Object* kSocket(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_socket", nargs, 3, 3)) return nullptr;
    int64_t v[3];
    if (!intArgs(args, 3, v)) return nullptr;
    int err = 0;
    int fd = platform::socketCreate(static_cast<int>(v[0]), static_cast<int>(v[1]),
                                    static_cast<int>(v[2]), &err);
    if (fd < 0) return oserror(err);
    return intFromInt64(fd);
}

// _k_socketpair(family, type, proto) -> (fd0, fd1)
Object* kSocketpair(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_socketpair", nargs, 3, 3)) return nullptr;
    int64_t v[3];
    if (!intArgs(args, 3, v)) return nullptr;
    int fds[2];
    int err = 0;
    if (!platform::socketPair(static_cast<int>(v[0]), static_cast<int>(v[1]),
                              static_cast<int>(v[2]), fds, &err)) {
        return oserror(err);
    }
    Ref<> a = Ref<>::steal(intFromInt64(fds[0]));
    Ref<> b = Ref<>::steal(intFromInt64(fds[1]));
    if (!a || !b) return nullptr;
    return tuplePack({a.get(), b.get()});
}

Object* kClose(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_close", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    int err = 0;
    // As CPython: ECONNRESET on close is not an error.
    if (!platform::closeSocket(static_cast<int>(fd), &err) && err != ECONNRESET) {
        return oserror(err);
    }
    return newNone();
}

// _k_send(fd, data, flags) -> count
Object* kSend(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_send", nargs, 3, 3)) return nullptr;
    int64_t fd, flags;
    if (!intArg(args[0], &fd) || !intArg(args[2], &flags)) return nullptr;
    std::string_view data;
    if (!getBytesView(args[1], &data)) {
        return setError(&ExcTypeError, "a bytes-like object is required, not '%T'", args[1]);
    }
    int err = 0;
    std::string copy;   // only immutable bytes may be read without the GIL
    if (args[1]->type != &BytesType) {
        copy.assign(data);
        data = copy;
    }
    int64_t n;
    {
        AllowThreads allow;
        n = platform::socketSend(static_cast<int>(fd), data.data(), data.size(),
                                 static_cast<int>(flags), &err);
    }
    if (n < 0) return oserror(err);
    return intFromInt64(n);
}

// _k_recv(fd, n, flags) -> bytes
Object* kRecv(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_recv", nargs, 3, 3)) return nullptr;
    int64_t v[3];
    if (!intArgs(args, 3, v)) return nullptr;
    std::string buf(static_cast<size_t>(v[1]), '\0');
    int err = 0;
    int64_t n;
    {
        AllowThreads allow;
        n = platform::socketRecv(static_cast<int>(v[0]), buf.data(), buf.size(),
                                 static_cast<int>(v[2]), &err);
    }
    if (n < 0) return oserror(err);
    buf.resize(static_cast<size_t>(n));
    return bytesFromStd(buf);
}

// _k_sendto(fd, data, flags, address) -> count
Object* kSendto(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_sendto", nargs, 4, 4)) return nullptr;
    int64_t fd, flags;
    if (!intArg(args[0], &fd) || !intArg(args[2], &flags)) return nullptr;
    std::string_view data;
    if (!getBytesView(args[1], &data)) {
        return setError(&ExcTypeError, "a bytes-like object is required, not '%T'", args[1]);
    }
    platform::SocketAddress to;
    if (!addressArg(args[3], &to)) return nullptr;
    int err = 0;
    std::string copy;
    if (args[1]->type != &BytesType) {
        copy.assign(data);
        data = copy;
    }
    int64_t n;
    {
        AllowThreads allow;
        n = platform::socketSendTo(static_cast<int>(fd), data.data(), data.size(),
                                   static_cast<int>(flags), to, &err);
    }
    if (n < 0) return oserror(err);
    return intFromInt64(n);
}

// _k_recvfrom(fd, n, flags) -> (bytes, address)
Object* kRecvfrom(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_recvfrom", nargs, 3, 3)) return nullptr;
    int64_t v[3];
    if (!intArgs(args, 3, v)) return nullptr;
    std::string buf(static_cast<size_t>(v[1]), '\0');
    platform::SocketAddress from;
    int err = 0;
    int64_t n;
    {
        AllowThreads allow;
        n = platform::socketRecvFrom(static_cast<int>(v[0]), buf.data(), buf.size(),
                                     static_cast<int>(v[2]), &from, &err);
    }
    if (n < 0) return oserror(err);
    buf.resize(static_cast<size_t>(n));
    Ref<> data = Ref<>::steal(bytesFromStd(buf));
    Ref<> addr = Ref<>::steal(addressTuple(from));
    if (!data || !addr) return nullptr;
    return tuplePack({data.get(), addr.get()});
}

Object* kSetblocking(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_setblocking", nargs, 2, 2)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    int err = 0;
    if (!platform::setNonBlocking(static_cast<int>(fd), !isTrueNoErr(args[1]), &err)) {
        return oserror(err);
    }
    return newNone();
}

// _k_wait(fd, for_write, timeout_seconds) -> True if ready, False on timeout
Object* kWait(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_wait", nargs, 3, 3)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    bool forWrite = isTrueNoErr(args[1]) != 0;
    double timeout = asDouble(args[2]);
    if (timeout == -1.0 && errOccurred()) return nullptr;
    double deadline = platform::monotonicTime() + timeout;
    for (;;) {
        double left = deadline - platform::monotonicTime();
        if (left < 0) left = 0;
        int err = 0;
        int r;
        {
            AllowThreads allow;
            r = platform::waitFd(static_cast<int>(fd), forWrite, left < 0.05 ? left : 0.05, &err);
        }
        if (r < 0 && err != EINTR) return oserror(err);
        if (r > 0) return newBool(true);
        if (!checkInterrupt()) return nullptr;
        if (platform::monotonicTime() >= deadline) return newBool(false);
    }
}

Object* kBind(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_bind", nargs, 2, 2)) return nullptr;
    int64_t fd;
    platform::SocketAddress a;
    if (!intArg(args[0], &fd) || !addressArg(args[1], &a)) return nullptr;
    int err = 0;
    if (!platform::socketBind(static_cast<int>(fd), a, &err)) return oserror(err);
    return newNone();
}

Object* kListen(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_listen", nargs, 2, 2)) return nullptr;
    int64_t v[2];
    if (!intArgs(args, 2, v)) return nullptr;
    int err = 0;
    if (!platform::socketListen(static_cast<int>(v[0]), static_cast<int>(v[1]), &err)) {
        return oserror(err);
    }
    return newNone();
}

// _k_accept(fd) -> (newfd, address)
Object* kAccept(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_accept", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    platform::SocketAddress peer;
    int err = 0;
    int r;
    {
        AllowThreads allow;
        r = platform::socketAccept(static_cast<int>(fd), &peer, &err);
    }
    if (r < 0) return oserror(err);
    Ref<> nfd = Ref<>::steal(intFromInt64(r));
    Ref<> addr = Ref<>::steal(addressTuple(peer));
    if (!nfd || !addr) return nullptr;
    return tuplePack({nfd.get(), addr.get()});
}

// _k_connect(fd, address) -> 0 or the errno of the failure (connect_ex semantics)
Object* kConnect(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_connect", nargs, 2, 2)) return nullptr;
    int64_t fd;
    platform::SocketAddress a;
    if (!intArg(args[0], &fd) || !addressArg(args[1], &a)) return nullptr;
    int err = 0;
    bool ok;
    {
        AllowThreads allow;
        ok = platform::socketConnect(static_cast<int>(fd), a, &err);
    }
    if (!ok) return intFromInt64(err);
    return intFromInt64(0);
}

Object* kGetsockname(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_getsockname", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    platform::SocketAddress a;
    int err = 0;
    if (!platform::socketName(static_cast<int>(fd), &a, &err)) return oserror(err);
    return addressTuple(a);
}

Object* kGetpeername(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_getpeername", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    platform::SocketAddress a;
    int err = 0;
    if (!platform::peerName(static_cast<int>(fd), &a, &err)) return oserror(err);
    return addressTuple(a);
}

Object* kShutdown(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_shutdown", nargs, 2, 2)) return nullptr;
    int64_t v[2];
    if (!intArgs(args, 2, v)) return nullptr;
    int err = 0;
    if (!platform::socketShutdown(static_cast<int>(v[0]), static_cast<int>(v[1]), &err)) {
        return oserror(err);
    }
    return newNone();
}

// _k_getsockopt(fd, level, name, buflen) -> int (buflen 0) or bytes
Object* kGetsockopt(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_getsockopt", nargs, 4, 4)) return nullptr;
    int64_t v[4];
    if (!intArgs(args, 4, v)) return nullptr;
    int err = 0;
    if (v[3] == 0) {
        int value = 0;
        if (!platform::getSocketOption(static_cast<int>(v[0]), static_cast<int>(v[1]),
                                       static_cast<int>(v[2]), &value, &err)) {
            return oserror(err);
        }
        return intFromInt64(value);
    }
    if (v[3] < 0 || v[3] > 1024) return setError(&ExcOSError, "getsockopt buflen out of range");
    std::string out;
    if (!platform::getSocketOptionBytes(static_cast<int>(v[0]), static_cast<int>(v[1]),
                                        static_cast<int>(v[2]), static_cast<size_t>(v[3]), &out,
                                        &err)) {
        return oserror(err);
    }
    return bytesFromStd(out);
}

// _k_setsockopt(fd, level, name, value: int or bytes)
Object* kSetsockopt(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_setsockopt", nargs, 4, 4)) return nullptr;
    int64_t v[3];
    if (!intArgs(args, 3, v)) return nullptr;
    int err = 0;
    bool ok;
    if (isInt(args[3])) {
        int64_t x;
        if (!intAsInt64(args[3], &x)) return nullptr;
        int value = static_cast<int>(x);
        ok = platform::setSocketOption(static_cast<int>(v[0]), static_cast<int>(v[1]),
                                       static_cast<int>(v[2]), &value, sizeof value, &err);
    } else {
        std::string_view data;
        if (!getBytesView(args[3], &data)) {
            return setError(&ExcTypeError, "a bytes-like object is required, not '%T'", args[3]);
        }
        ok = platform::setSocketOption(static_cast<int>(v[0]), static_cast<int>(v[1]),
                                       static_cast<int>(v[2]), data.data(), data.size(), &err);
    }
    if (!ok) return oserror(err);
    return newNone();
}

// _k_kind(fd) -> (family, type, proto)
Object* kKind(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_kind", nargs, 1, 1)) return nullptr;
    int64_t fd;
    if (!intArg(args[0], &fd)) return nullptr;
    int family = 0, type = 0, proto = 0, err = 0;
    if (!platform::socketKind(static_cast<int>(fd), &family, &type, &proto, &err)) {
        return oserror(err);
    }
    Ref<> a = Ref<>::steal(intFromInt64(family));
    Ref<> b = Ref<>::steal(intFromInt64(type));
    Ref<> c = Ref<>::steal(intFromInt64(proto));
    if (!a || !b || !c) return nullptr;
    return tuplePack({a.get(), b.get(), c.get()});
}

Object* kGethostname(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("gethostname", nargs, 0, 0)) return nullptr;
    std::string name;
    int err = 0;
    if (!platform::hostName(&name, &err)) return oserror(err);
    return strFromUtf8(name);
}

// _k_pton(family, text) -> bytes or None if not an address
Object* kPton(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_pton", nargs, 2, 2)) return nullptr;
    int64_t family;
    if (!intArg(args[0], &family)) return nullptr;
    if (!isStr(args[1])) return setError(&ExcTypeError, "str expected");
    std::string out;
    if (!platform::addressToBinary(static_cast<int>(family), std::string(strView(args[1])), &out)) {
        return newNone();
    }
    return bytesFromStd(out);
}

// _k_ntop(family, packed) -> str or None if invalid
Object* kNtop(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_ntop", nargs, 2, 2)) return nullptr;
    int64_t family;
    if (!intArg(args[0], &family)) return nullptr;
    std::string_view data;
    if (!getBytesView(args[1], &data)) {
        return setError(&ExcTypeError, "a bytes-like object is required, not '%T'", args[1]);
    }
    std::string out;
    if (!platform::addressToText(static_cast<int>(family), std::string(data), &out)) {
        return newNone();
    }
    return strFromUtf8(out);
}

// _k_getaddrinfo(host or None, port or None, family, type, proto, flags)
//   -> list of (family, type, proto, canonname, address) or (code, message) on failure
Object* kGetaddrinfo(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_getaddrinfo", nargs, 6, 6)) return nullptr;
    std::string host, port;
    bool hasHost = !isNone(args[0]), hasPort = !isNone(args[1]);
    if (hasHost) {
        if (!isStr(args[0])) return setError(&ExcTypeError, "str expected");
        host = std::string(strView(args[0]));
    }
    if (hasPort) {
        if (!isStr(args[1])) return setError(&ExcTypeError, "str expected");
        port = std::string(strView(args[1]));
    }
    int64_t v[4];
    if (!intArgs(args + 2, 4, v)) return nullptr;
    std::vector<platform::AddressInfo> infos;
    int err = 0;
    int code = platform::resolveAddress(hasHost ? host.c_str() : nullptr,
                                        hasPort ? port.c_str() : nullptr, static_cast<int>(v[0]),
                                        static_cast<int>(v[1]), static_cast<int>(v[2]),
                                        static_cast<int>(v[3]), &infos, &err);
    if (code != 0) {
        Ref<> c = Ref<>::steal(intFromInt64(code));
        Ref<> msg = Ref<>::steal(strFromUtf8(platform::resolveErrorString(code)));
        Ref<> e = Ref<>::steal(intFromInt64(err));
        if (!c || !msg || !e) return nullptr;
        return tuplePack({c.get(), msg.get(), e.get()});
    }
    Ref<> out = Ref<>::steal(listNew(0));
    if (!out) return nullptr;
    for (const platform::AddressInfo& i : infos) {
        Ref<> f = Ref<>::steal(intFromInt64(i.family));
        Ref<> t = Ref<>::steal(intFromInt64(i.type));
        Ref<> p = Ref<>::steal(intFromInt64(i.proto));
        Ref<> cn = Ref<>::steal(strFromUtf8(i.canonName));
        Ref<> a = Ref<>::steal(addressTuple(i.addr));
        if (!f || !t || !p || !cn || !a) return nullptr;
        Ref<> row = Ref<>::steal(tuplePack({f.get(), t.get(), p.get(), cn.get(), a.get()}));
        if (!row || listAppend(out.get(), row.get()) < 0) return nullptr;
    }
    return out.release();
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

const MethodDef kSocketNatives[] = {
    {"_k_socket", kSocket, 0, nullptr},
    {"_k_socketpair", kSocketpair, 0, nullptr},
    {"_k_close", kClose, 0, nullptr},
    {"_k_send", kSend, 0, nullptr},
    {"_k_recv", kRecv, 0, nullptr},
    {"_k_sendto", kSendto, 0, nullptr},
    {"_k_recvfrom", kRecvfrom, 0, nullptr},
    {"_k_setblocking", kSetblocking, 0, nullptr},
    {"_k_wait", kWait, 0, nullptr},
    {"_k_bind", kBind, 0, nullptr},
    {"_k_listen", kListen, 0, nullptr},
    {"_k_accept", kAccept, 0, nullptr},
    {"_k_connect", kConnect, 0, nullptr},
    {"_k_getsockname", kGetsockname, 0, nullptr},
    {"_k_getpeername", kGetpeername, 0, nullptr},
    {"_k_shutdown", kShutdown, 0, nullptr},
    {"_k_getsockopt", kGetsockopt, 0, nullptr},
    {"_k_setsockopt", kSetsockopt, 0, nullptr},
    {"_k_kind", kKind, 0, nullptr},
    {"_k_pton", kPton, 0, nullptr},
    {"_k_ntop", kNtop, 0, nullptr},
    {"_k_getaddrinfo", kGetaddrinfo, 0, nullptr},
    {"gethostname", kGethostname, 0, "Return the current host name."},
    {"dup", kDup, 0, "Duplicate an integer socket file descriptor."},
    {nullptr, nullptr, 0, nullptr},
};

const char kSocketSource[] = R"PY(
import errno as _errno
error = OSError
timeout = TimeoutError

class herror(OSError):
    pass

class gaierror(OSError):
    pass

herror.__module__ = gaierror.__module__ = 'socket'
has_ipv6 = True
_defaulttimeout = None
_TYPE_MASK = ~(globals().get('SOCK_NONBLOCK', 0) | globals().get('SOCK_CLOEXEC', 0))

def getdefaulttimeout():
    return _defaulttimeout

def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, float):
        if not hasattr(type(value), '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__)
        value = type(value).__index__(value)
    value = float(value)
    if value != value:
        raise ValueError("Invalid value NaN (not a number)")
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value

def setdefaulttimeout(timeout, /):
    global _defaulttimeout
    _defaulttimeout = _check_timeout(timeout)

def _int(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return value.__index__()

def _encode_host(host):
    if isinstance(host, str):
        try:
            host.encode('ascii')
        except UnicodeEncodeError:
            host = host.encode('idna').decode('ascii')
        return host
    if isinstance(host, (bytes, bytearray)):
        return bytes(host).decode('ascii')
    raise TypeError("str, bytes or bytearray expected, not %s" % type(host).__name__)

def _resolve(host, family):
    # A host name or numeric address to numeric text of the given family.
    host = _encode_host(host)
    if host == '':
        return '0.0.0.0' if family == AF_INET else '::'
    if host == '<broadcast>':
        return '255.255.255.255'
    if _k_pton(family, host.split('%')[0]) is not None:
        return host.split('%')[0]
    res = _k_getaddrinfo(host, None, family, 0, 0, 0)
    if isinstance(res, tuple):
        raise gaierror(res[0], res[1])
    return res[0][4][1]

_AF_UNIX = globals().get('AF_UNIX')  # None on WASI

def _to_address(family, address, what):
    if family == _AF_UNIX:
        if isinstance(address, str):
            path = address.encode('utf-8', 'surrogateescape')
        elif isinstance(address, (bytes, bytearray, memoryview)):
            path = bytes(address)
        else:
            import os
            try:
                path = os.fsencode(address)
            except TypeError:
                raise TypeError("%s(): AF_UNIX address must be str or bytes, not %s"
                                % (what, type(address).__name__)) from None
        return (family, '', 0, 0, 0, path)
    if family == AF_INET:
        if not isinstance(address, tuple) or len(address) != 2:
            raise TypeError("%s(): AF_INET address must be tuple, not %s"
                            % (what, type(address).__name__))
        host, port = address
        port = _int(port)
        if not 0 <= port <= 65535:
            raise OverflowError("%s(): port must be 0-65535." % what)
        return (family, _resolve(host, family), port, 0, 0, b'')
    if family == AF_INET6:
        if not isinstance(address, tuple) or not 2 <= len(address) <= 4:
            raise TypeError("%s(): AF_INET6 address must be tuple, not %s"
                            % (what, type(address).__name__))
        host, port, flow, scope = (tuple(address) + (0, 0))[:4]
        port = _int(port)
        if not 0 <= port <= 65535:
            raise OverflowError("%s(): port must be 0-65535." % what)
        return (family, _resolve(host, family), port, _int(flow), _int(scope), b'')
    raise OSError(_errno.EAFNOSUPPORT, 'Address family not supported by protocol')

def _from_address(addr):
    family, host, port, flow, scope, path = addr
    if family == AF_INET:
        return (host, port)
    if family == AF_INET6:
        return (host, port, flow, scope)
    if family == _AF_UNIX:
        if path[:1] == b'\0':
            return path
        import os
        return os.fsdecode(path)
    return (family, path)

class socket:
    __slots__ = ('_fd', '_family', '_type', '_proto', '_timeout')

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        self._fd = -1
        if family is None: family = -1
        if type is None: type = -1
        if proto is None: proto = -1
        family, type, proto = _int(family), _int(type), _int(proto)
        if fileno is None:
            if family == -1: family = AF_INET
            if type == -1: type = SOCK_STREAM
            if proto == -1: proto = 0
            fd = _k_socket(family, type, proto)
        else:
            if isinstance(fileno, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            fd = _int(fileno)
            if fd < 0:
                raise ValueError("negative file descriptor")
            if family == -1 or type == -1 or proto == -1:
                f, t, p = _k_kind(fd)
                if family == -1: family = f
                if type == -1: type = t
                if proto == -1: proto = p
        self._fd = fd
        self._family = family
        self._type = type & _TYPE_MASK
        self._proto = proto
        self._timeout = _defaulttimeout
        nonblock = globals().get('SOCK_NONBLOCK', 0)
        if nonblock and type & nonblock:
            self._timeout = 0.0
        if self._timeout is not None:
            _k_setblocking(fd, False)

    family = property(lambda self: self._family, doc="the socket family")
    type = property(lambda self: self._type, doc="the socket type")
    proto = property(lambda self: self._proto, doc="the socket protocol")
    timeout = property(lambda self: self._timeout, doc="the socket timeout")

    def _check(self):
        if self._fd < 0:
            raise OSError(_errno.EBADF, 'Bad file descriptor')
        return self._fd

    def fileno(self):
        return self._fd

    def close(self):
        fd, self._fd = self._fd, -1
        if fd >= 0:
            _k_close(fd)

    def detach(self):
        fd, self._fd = self._fd, -1
        return fd

    # (The closer is bound as a default: module globals may be gone at interpreter exit.)
    def __del__(self, _close=_k_close):
        fd, self._fd = self._fd, -1
        if fd >= 0:
            try:
                _close(fd)
            except OSError:
                pass

    def __repr__(self):
        return "<socket object, fd=%d, family=%d, type=%d, proto=%d>" % (
            self._fd, self._family, self._type, self._proto)

    def settimeout(self, value, /):
        value = _check_timeout(value)
        self._timeout = value
        if self._fd >= 0:
            _k_setblocking(self._fd, value is None)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag, /):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        self._check()
        return self._timeout != 0.0

    # Waits for readiness when the socket has a timeout; raises TimeoutError on expiry.
    def _wait(self, for_write):
        t = self._timeout
        if t is not None and t > 0 and not _k_wait(self._fd, for_write, t):
            raise TimeoutError('timed out')

    def _io(self, for_write, func, *args):
        fd = self._check()
        t = self._timeout
        if t is None or t == 0:
            return func(fd, *args)
        while True:
            self._wait(for_write)
            try:
                return func(fd, *args)
            except BlockingIOError:
                continue

    def recv(self, bufsize, flags=0, /):
        bufsize = _int(bufsize)
        if bufsize < 0:
            raise ValueError("negative buffersize in recv")
        return self._io(False, _k_recv, bufsize, _int(flags))

    def recv_into(self, buffer, nbytes=0, flags=0):
        nbytes = _int(nbytes)
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        mv = memoryview(buffer)
        if mv.readonly:
            raise TypeError("recv_into() argument 'buffer' must be read-write bytes-like "
                            "object, not %s" % type(buffer).__name__)
        size = mv.nbytes
        if nbytes == 0:
            nbytes = size
        elif nbytes > size:
            raise ValueError("buffer too small for requested bytes")
        data = self._io(False, _k_recv, nbytes, _int(flags))
        mv[:len(data)] = data
        return len(data)

    def recvfrom(self, bufsize, flags=0, /):
        bufsize = _int(bufsize)
        if bufsize < 0:
            raise ValueError("negative buffersize in recvfrom")
        data, addr = self._io(False, _k_recvfrom, bufsize, _int(flags))
        return data, _from_address(addr)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        mv = memoryview(buffer)
        data, addr = self.recvfrom(nbytes or mv.nbytes, flags)
        mv[:len(data)] = data
        return len(data), addr

    def send(self, data, flags=0, /):
        return self._io(True, _k_send, data, _int(flags))

    def sendall(self, data, flags=0, /):
        view = memoryview(data)
        if view.itemsize != 1 or view.ndim != 1:
            view = memoryview(view.tobytes())
        total = len(view)
        sent = 0
        while sent < total:
            try:
                sent += self._io(True, _k_send, view[sent:], _int(flags))
            except InterruptedError:
                continue
        return None

    def sendto(self, data, flags_or_address, address=None, /):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = _int(flags_or_address)
        addr = _to_address(self._family, address, 'sendto')
        return self._io(True, _k_sendto, data, flags, addr)

    def bind(self, address, /):
        _k_bind(self._check(), _to_address(self._family, address, 'bind'))

    def listen(self, backlog=128, /):
        backlog = _int(backlog)
        _k_listen(self._check(), backlog if backlog >= 0 else 0)

    def _accept(self):
        fd, addr = self._io(False, _k_accept)
        return fd, _from_address(addr)

    def connect_ex(self, address, /):
        fd = self._check()
        err = _k_connect(fd, _to_address(self._family, address, 'connect'))
        t = self._timeout
        if err == _errno.EINPROGRESS and t is not None and t > 0:   # EINPROGRESS: wait for the outcome
            if not _k_wait(fd, True, t):
                return _errno.EAGAIN   # as CPython reports a connect timeout from connect_ex
            err = _k_getsockopt(fd, SOL_SOCKET, SO_ERROR, 0)
        return err

    def connect(self, address, /):
        fd = self._check()
        err = _k_connect(fd, _to_address(self._family, address, 'connect'))
        t = self._timeout
        if err == _errno.EINPROGRESS and t is not None and t > 0:
            if not _k_wait(fd, True, t):
                raise TimeoutError('timed out')
            err = _k_getsockopt(fd, SOL_SOCKET, SO_ERROR, 0)
        if err:
            import os
            raise OSError(err, os.strerror(err))

    def getsockname(self):
        return _from_address(_k_getsockname(self._check()))

    def getpeername(self):
        return _from_address(_k_getpeername(self._check()))

    def shutdown(self, how, /):
        _k_shutdown(self._check(), _int(how))

    def getsockopt(self, level, optname, buflen=0, /):
        return _k_getsockopt(self._check(), _int(level), _int(optname), _int(buflen))

    def setsockopt(self, level, optname, value, optlen=None, /):
        if value is None:
            value = b'\0' * _int(optlen)
        elif not isinstance(value, int):
            value = bytes(value)
        _k_setsockopt(self._check(), _int(level), _int(optname), value)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

socket.__module__ = '_socket'
SocketType = socket

if 'AF_UNIX' in globals():  # WASI has no AF_UNIX: socket.py then defines its own
    def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0, /):
        a, b = _k_socketpair(_int(family), _int(type), _int(proto))
        s1 = socket(family, type, proto, a)
        s2 = socket(family, type, proto, b)
        return s1, s2

def close(fd, /):
    _k_close(_int(fd))

def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if host is not None:
        host = _encode_host(host)
    if isinstance(port, int):
        port = str(port)
    elif isinstance(port, (bytes, bytearray)):
        port = bytes(port).decode('ascii')
    elif port is not None and not isinstance(port, str):
        raise OSError("Int or String expected")
    res = _k_getaddrinfo(host, port, _int(family), _int(type), _int(proto), _int(flags))
    if isinstance(res, tuple):
        raise gaierror(res[0], res[1])
    return [(f, t, p, c, _from_address(a)) for f, t, p, c, a in res]

def getnameinfo(sockaddr, flags, /):
    if not isinstance(sockaddr, tuple) or len(sockaddr) < 2:
        raise TypeError("getnameinfo() argument 1 must be a tuple")
    host, port = sockaddr[0], sockaddr[1]
    return (host, str(port))

def gethostbyname(hostname, /):
    return _resolve(hostname, AF_INET)

def gethostbyname_ex(hostname, /):
    return (hostname, [], [gethostbyname(hostname)])

def gethostbyaddr(ip_address, /):
    return (ip_address, [], [ip_address])

def getservbyname(servicename, protocolname=None, /):
    known = {'http': 80, 'https': 443, 'ftp': 21, 'ssh': 22, 'smtp': 25, 'domain': 53,
             'telnet': 23, 'pop3': 110, 'imap': 143}
    if servicename in known:
        return known[servicename]
    raise OSError("service/proto not found")

def getprotobyname(protocolname, /):
    known = {'ip': 0, 'icmp': 1, 'tcp': 6, 'udp': 17, 'ipv6': 41}
    if protocolname in known:
        return known[protocolname]
    raise OSError("protocol not found")

def _u16(x):
    x = _int(x)
    if x < 0:
        raise OverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer"
                            % 'htons')
    if x > 0xffff:
        raise OverflowError("%s: Python int too large to convert to C 16-bit unsigned integer"
                            % 'htons')
    return x

def htons(x, /):
    x = _u16(x)
    return ((x & 0xff) << 8) | (x >> 8)

ntohs = htons

def htonl(x, /):
    x = _int(x)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xffffffff:
        raise OverflowError("int larger than 32 bits")
    return int.from_bytes(x.to_bytes(4, 'little'), 'big')

ntohl = htonl

def inet_aton(ip_string, /):
    if not isinstance(ip_string, str):
        raise TypeError("inet_aton() argument 1 must be str, not %s" % type(ip_string).__name__)
    parts = ip_string.split('.')
    try:
        if not 1 <= len(parts) <= 4 or any(p == '' for p in parts):
            raise ValueError
        nums = [int(p, 0) if not p.startswith('0') or p == '0' or p.lower().startswith('0x')
                else int(p, 8) for p in parts]
        last = nums.pop()
        if any(not 0 <= n <= 255 for n in nums) or last < 0 or \
                last >= 1 << (8 * (4 - len(nums))):
            raise ValueError
        value = 0
        for n in nums:
            value = (value << 8) | n
        value = (value << (8 * (4 - len(nums)))) | last
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None
    return value.to_bytes(4, 'big')

def inet_ntoa(packed_ip, /):
    packed = bytes(packed_ip)
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return '.'.join(str(b) for b in packed)

def inet_pton(address_family, ip_string, /):
    if not isinstance(ip_string, str):
        raise TypeError("inet_pton() argument 2 must be str, not %s" % type(ip_string).__name__)
    if address_family not in (AF_INET, AF_INET6):
        raise OSError(_errno.EAFNOSUPPORT, 'Address family not supported by protocol')
    r = _k_pton(address_family, ip_string)
    if r is None:
        raise OSError("illegal IP address string passed to inet_pton")
    return r

def inet_ntop(address_family, packed_ip, /):
    packed = bytes(packed_ip)
    if address_family == AF_INET:
        if len(packed) != 4:
            raise ValueError("invalid length of packed IP address string")
    elif address_family == AF_INET6:
        if len(packed) != 16:
            raise ValueError("invalid length of packed IP address string")
    else:
        raise ValueError("unknown address family %d" % address_family)
    return _k_ntop(address_family, packed)

def sethostname(name, /):
    raise PermissionError(_errno.EPERM, 'Operation not permitted')

def if_nameindex():
    return []

def if_nametoindex(oname, /):
    raise OSError("no interface with this name")

def if_indextoname(index, /):
    raise OSError(_errno.ENXIO, 'No such device or address')
)PY";

}  // namespace

Object* createSocketModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_socket"));
    if (!m || !moduleAddFunctions(m.get(), kSocketNatives)) return nullptr;
    for (const platform::NamedConstant* c = platform::socketConstants(); c->name; c++) {
        if (!moduleAddInt(m.get(), c->name, c->value)) return nullptr;
    }
    if (!runEmbeddedSource(m.get(), "<krait _socket>", kSocketSource)) return nullptr;
    return m.release();
}

}  // namespace krait
