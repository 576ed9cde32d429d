# select and socket on a socketpair: readiness, blocking modes, timeouts, errors, helpers.
import errno
import select
import selectors
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto, type(a).__name__)
print(a.gettimeout(), a.getblocking())
print(repr(a.family), repr(a.type))

r, w, x = select.select([a, b], [], [], 0)
print("nothing readable:", r, x)
r, w, x = select.select([], [a.fileno()], [], 0)
print("writable:", w == [a.fileno()])
print(a.send(b"hello"))
r, w, x = select.select([a, b], [], [], 1.0)
print("readable:", [s is b for s in r])
print(b.recv(3), b.recv(10))

# poll
p = select.poll()
p.register(b, select.POLLIN)
print(p.poll(0))
a.sendall(b"x" * 10)
print([(fd == b.fileno(), ev & select.POLLIN != 0) for fd, ev in p.poll(1000)])
p.modify(b, select.POLLIN | select.POLLPRI)
p.unregister(b)
try:
    p.unregister(b)
except KeyError as e:
    print("KeyError", e.args[0] == b.fileno())
print(len(b.recv(100)))

# selectors (DefaultSelector picks the best available; the others must work too)
for cls in [selectors.DefaultSelector, selectors.PollSelector, selectors.SelectSelector]:
    sel = cls()
    key = sel.register(b, selectors.EVENT_READ, data="b-data")
    print(key.events, key.data, key.fd == b.fileno())
    print(sel.select(0))
    a.send(b"!")
    events = sel.select(1)
    print([(k.data, m) for k, m in events])
    print(b.recv(1))
    sel.modify(b, selectors.EVENT_READ, data="new-data")
    a.send(b"?")
    print([(k.data, m) for k, m in sel.select(1)], b.recv(1))
    sel.unregister(b)
    try:
        sel.get_key(b)
    except KeyError:
        print("unregistered")
    sel.close()

# non-blocking and timeouts
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", type(e).__mro__[1].__name__)
b.settimeout(0.05)
print(b.gettimeout())
try:
    b.recv(10)
except socket.timeout as e:
    print("timeout:", e, socket.timeout is TimeoutError)
b.settimeout(None)
print(b.gettimeout(), b.getblocking())
for bad in [-1, "x"]:
    try:
        b.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# recv_into, sendall with memoryview, shutdown
buf = bytearray(6)
a.sendall(memoryview(b"abcdef"))
print(b.recv_into(buf), buf)
a.shutdown(socket.SHUT_WR)
print(b.recv(10))

# with-statement closes; fileno -1 after close; operations on a closed socket
with socket.socketpair()[0] as s:
    fd = s.fileno()
    print(fd >= 0)
print(s.fileno(), repr(s)[:20])
try:
    s.send(b"x")
except OSError as e:
    print("OSError:", e.errno == errno.EBADF, e.strerror)
a.close()
b.close()
print(a.fileno(), b._closed)

# module helpers
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_aton("1.2.3"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\x00" * 15 + b"\x01"))
print(socket.inet_ntop(socket.AF_INET, b"\xc0\xa8\x00\x01"), socket.inet_pton(socket.AF_INET, "10.0.0.1"))
for call in [lambda: socket.inet_aton("1.2.3.256"), lambda: socket.inet_ntoa(b"12"),
             lambda: socket.inet_pton(socket.AF_INET, "x"), lambda: socket.htons(-1),
             lambda: socket.inet_ntop(socket.AF_INET, b"123")]:
    try:
        call()
    except (OSError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(isinstance(socket.gethostname(), str), socket.getdefaulttimeout())
print(socket.AddressFamily.AF_INET.name, socket.SocketKind.SOCK_STREAM.name, int(socket.SHUT_RDWR))
print(issubclass(socket.gaierror, OSError), socket.error is OSError)

# select argument errors
for args in [([-1], [], []), (["x"], [], []), ([], [], [], -1), ([], [], [], "1"), (1, [], [])]:
    try:
        select.select(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
