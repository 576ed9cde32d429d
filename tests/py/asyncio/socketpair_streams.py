# The selector event loop over real file descriptors: socketpair, loop.sock_* calls,
# add_reader/remove_reader, and asyncio streams (open_connection(sock=...)).
import asyncio
import socket


async def sock_calls():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    await loop.sock_sendall(a, b"ping")
    print(await loop.sock_recv(b, 100))

    # recv that has to wait for data sent later
    async def later():
        await asyncio.sleep(0.01)
        await loop.sock_sendall(b, b"late data")
    t = asyncio.create_task(later())
    print(await loop.sock_recv(a, 100))
    await t

    buf = bytearray(8)
    await loop.sock_sendall(a, b"into")
    n = await loop.sock_recv_into(b, buf)
    print(n, bytes(buf[:n]))

    # big payload in chunks
    payload = bytes(range(256)) * 2000
    async def reader():
        got = bytearray()
        while len(got) < len(payload):
            chunk = await loop.sock_recv(b, 65536)
            if not chunk:
                break
            got += chunk
        return bytes(got)
    rt = asyncio.create_task(reader())
    await loop.sock_sendall(a, payload)
    print(len(await rt) == len(payload), (await rt) == payload)

    # add_reader / remove_reader
    got = []
    ev = asyncio.Event()
    def on_readable():
        got.append(b.recv(100))
        ev.set()
    loop.add_reader(b.fileno(), on_readable)
    a.send(b"via add_reader")
    await ev.wait()
    print(got, loop.remove_reader(b.fileno()), loop.remove_reader(b.fileno()))

    a.close()
    print(await loop.sock_recv(b, 10))   # EOF after the peer closed
    b.close()


async def streams():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    w1.write(b"hello\nworld\n")
    await w1.drain()
    print(await r2.readline(), await r2.readuntil(b"\n"))
    w2.write(b"12345")
    await w2.drain()
    print(await r1.readexactly(3), await r1.read(2))
    w2.writelines([b"a", b"b", b"c\n"])
    print(await r1.readline())
    print(w1.can_write_eof(), w1.is_closing())
    w1.write(b"tail")
    w1.write_eof()
    print(await r2.read(), r2.at_eof())
    w1.close()
    await w1.wait_closed()
    print(w1.is_closing())
    try:
        await r1.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected)
    w2.close()
    await w2.wait_closed()


class EchoProtocol(asyncio.Protocol):
    def __init__(self, log):
        self.log = log

    def connection_made(self, transport):
        self.transport = transport
        self.log.append("made")

    def data_received(self, data):
        self.log.append(data)
        self.transport.write(data.upper())

    def eof_received(self):
        self.log.append("eof")

    def connection_lost(self, exc):
        self.log.append(("lost", exc))


async def protocols():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    log = []
    transport, proto = await loop.create_connection(lambda: EchoProtocol(log), sock=a)
    r, w = await asyncio.open_connection(sock=b)
    w.write(b"shout")
    await w.drain()
    print(await r.read(5))
    w.close()
    await w.wait_closed()
    await asyncio.sleep(0.01)
    transport.close()
    await asyncio.sleep(0)
    print(log)


async def main():
    await sock_calls()
    await streams()
    await protocols()

asyncio.run(main())
print("socket module:", socket.socketpair.__name__, isinstance(socket.AF_UNIX, int))
