import io
class MyIO(io.IOBase):
    def __init__(self): self.out = []
    def write(self, buf):
        self.out.append(buf)
        return len(buf)
m = MyIO()
print("hello", 42, file=m)
m.writelines(["a", "b"])
print(m.out, m.closed, m.readable(), m.writable(), m.seekable(), m.isatty())
for name in ["fileno", "seek", "truncate", "tell"]:
    try:
        getattr(m, name)()
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e)
    except TypeError as e:
        print(name, "TypeError")
with m as ctx:
    print(ctx is m)
print(m.closed)
try:
    m.flush()
except ValueError as e:
    print(e)
try:
    with m:
        pass
except ValueError as e:
    print(e)
m.close()
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
r = Raw(b"line1\nline2\nend")
print(r.read(3), r.readline(), r.readlines(), r.read(), r.readall())
r2 = Raw(b"x\ny\n")
print(list(r2), Raw(b"abc").read(), Raw(b"").read(5), isinstance(r2, io.IOBase), isinstance(r2, io.RawIOBase))
class Buf(io.BufferedIOBase):
    def read(self, n=-1): return b"xyz"[:n] if n >= 0 else b"xyz"
b = bytearray(2)
print(Buf().readinto(b), b)
for name in ["read1", "write", "detach"]:
    try:
        getattr(Buf(), name)(b"") if name != "detach" else Buf().detach()
    except io.UnsupportedOperation as e:
        print(name, e)
class Txt(io.TextIOBase):
    pass
t = Txt()
print(t.encoding, t.newlines, t.errors)
for name in ["read", "readline", "write"]:
    try:
        getattr(t, name)() if name != "write" else t.write("x")
    except io.UnsupportedOperation as e:
        print(name, e)
print(io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase, io.open is open, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(open("data/file1.txt"), io.TextIOBase), isinstance(open("data/file1.txt", "rb"), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
