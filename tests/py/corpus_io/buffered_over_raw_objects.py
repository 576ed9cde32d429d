# io.BufferedReader/Writer/Random/RWPair over any raw stream object (BytesIO, FileIO, a
# RawIOBase subclass), and TextIOWrapper over any buffered object, as CPython's _io.
import io
import os
import tempfile


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# ---- BufferedReader over BytesIO ----
data = b"first line\nsecond line\r\nthird\n" + b"x" * 20000 + b"\nlast"
r = io.BufferedReader(io.BytesIO(data))
print(r.readline(), r.read(6), r.read1(4), r.peek(1)[:1])
print(r.tell(), r.readable(), r.writable(), r.seekable())
print(r.seek(0), r.readline(), r.tell())
print(r.seek(-4, 2), r.read())
r.seek(0)
print([len(line) for line in r])
print(r.read(), r.read(5))
print(r.closed, r.raw.closed)
r.close()
print(r.closed, r.raw.closed)
show("read after close:", lambda: r.read())
print(r.close())
print(repr(io.BufferedReader(io.BytesIO(b""))))

buf = bytearray(7)
r = io.BufferedReader(io.BytesIO(b"abcdefghij"), buffer_size=4)
print(r.readinto(buf), bytes(buf), r.readinto(buf), bytes(buf))

# ---- a RawIOBase subclass: only readinto/write ----
class Source(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.calls = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        b[:len(c)] = c
        return len(c)

src = Source([b"ab", b"cd\nef", b"", b"never"])
r = io.BufferedReader(src)
print(r.readline(), r.read(), src.calls > 0)

class Sink(io.RawIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

sink = Sink()
w = io.BufferedWriter(sink)
print(w.write(b"hello "), w.write(bytearray(b"world")), sink.parts)
w.flush()
print(sink.parts)
w.write(b"!")
w.close()
print(sink.parts, sink.closed, w.closed)

class HalfSink(Sink):
    def write(self, b):
        n = max(1, len(b) // 2)
        self.parts.append(bytes(b[:n]))
        return n

hs = HalfSink()
w = io.BufferedWriter(hs)
w.write(b"0123456789")
w.flush()
print(b"".join(hs.parts), len(hs.parts) > 1)

class BadRaw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        return len(b) + 5

show("bad readinto:", lambda: io.BufferedReader(BadRaw()).read(3))

# ---- constructor checks ----
show("not readable:", lambda: io.BufferedReader(Sink()))
show("not writable:", lambda: io.BufferedWriter(Source([])))
show("not seekable:", lambda: io.BufferedRandom(Sink()))
show("buffer size:", lambda: io.BufferedReader(io.BytesIO(), buffer_size=0))
show("no raw:", lambda: io.BufferedReader())

# ---- BufferedWriter / BufferedRandom over BytesIO ----
bio = io.BytesIO()
w = io.BufferedWriter(bio)
w.write(b"abc")
print(bio.getvalue(), w.tell())
w.flush()
print(bio.getvalue(), w.raw is bio)
w.write(b"def")
del w   # the finalizer flushes and closes the raw stream
print(bio.closed)

bio = io.BytesIO(b"0123456789")
rw = io.BufferedRandom(bio)
print(rw.read(3), rw.tell())
rw.write(b"XY")
print(rw.tell(), rw.read(2))
rw.seek(0)
print(rw.read())
rw.seek(2)
rw.write(b"__")
rw.flush()
print(bio.getvalue())
print(rw.truncate(4), bio.getvalue())
rw.close()

# ---- BufferedRWPair ----
out = io.BytesIO()
pair = io.BufferedRWPair(io.BytesIO(b"request\nbody"), out)
print(pair.readline(), pair.write(b"response"), out.getvalue())
pair.flush()
print(out.getvalue(), pair.readable(), pair.writable(), pair.seekable(), pair.closed)
print(pair.read())
pair.close()
print(pair.closed, out.closed)

# ---- detach ----
bio = io.BytesIO(b"detach me")
r = io.BufferedReader(bio)
print(r.read(2))
raw = r.detach()
print(raw is bio, raw.closed)
show("after detach:", lambda: r.read())
show("raw after detach:", lambda: r.raw)

# ---- TextIOWrapper over BytesIO and other buffered objects ----
bio = io.BytesIO("héllo\nwörld\r\nthird\rend".encode("utf-8"))
t = io.TextIOWrapper(bio, encoding="utf-8")
print(t.buffer is bio, t.encoding, t.readable(), t.writable(), t.seekable())
print(repr(t.readline()), repr(t.readline()), t.readlines(), t.newlines)
t.seek(0)
print(repr(t.read(3)), repr(t.read()))

t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii", newline="")
print(list(t))

bio = io.BytesIO()
t = io.TextIOWrapper(bio, encoding="utf-8", newline="\r\n")
t.write("one\ntwo\n")
print(bio.getvalue())
t.flush()
print(bio.getvalue(), t.tell())
t.write("ünï\n")
t.flush()
print(bio.getvalue())
b = t.detach()
print(b is bio, b.closed, bio.getvalue())
show("text after detach:", lambda: t.read())
show("closed after detach:", lambda: t.closed)

bio = io.BytesIO()
t = io.TextIOWrapper(bio, encoding="utf-16")
t.write("wide\n")
t.flush()
print(bio.getvalue())
t.seek(0)
print(repr(t.read()))
t.close()
print(bio.closed, t.closed)

t = io.TextIOWrapper(io.BufferedReader(Source([b"from ", b"raw\nsource\n"])), encoding="ascii")
print(t.readlines())

t = io.TextIOWrapper(io.BufferedRWPair(io.BytesIO(b"in\n"), io.BytesIO()), encoding="utf-8",
                     line_buffering=True)
print(repr(t.readline()), t.write("out\n"))

class OnlyRead(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def read(self, n=-1):
        n = len(self.data) if n is None or n < 0 else min(n, 3)
        r, self.data = self.data[:n], self.data[n:]
        return r

print(io.TextIOWrapper(OnlyRead(b"chunks of three\nbytes"), encoding="ascii").read())

# ---- real files through explicit layers ----
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "f.bin")
    with io.BufferedWriter(io.FileIO(path, "w")) as w:
        w.write(b"line 1\nline 2\n")
        print(os.path.basename(w.name), w.mode, type(w.raw).__name__)
    with io.BufferedReader(io.FileIO(path)) as r:
        print(r.read(), os.path.basename(repr(r).split("'")[1]))
    with io.TextIOWrapper(io.BufferedReader(io.FileIO(path)), encoding="utf-8") as t:
        print(t.readlines(), os.path.basename(t.name))
    print(r.closed, r.raw.closed)

print(io.__all__ == [n for n in io.__all__ if hasattr(io, n)], len(io.__all__))
