# The default methods io.IOBase/RawIOBase/BufferedIOBase/TextIOBase give Python subclasses
# (vm/modules/builtins_file.cpp): readline through read()/peek(), readlines(hint), writelines,
# iteration, the context manager, close()/flush() ordering, __del__, RawIOBase.read/readall
# through readinto(), BufferedIOBase.readinto through read().
import io, gc

class Raw(io.RawIOBase):
    def __init__(self, data, chunk=3):
        self.data = data
        self.pos = 0
        self.chunk = chunk
        self.calls = []
    def readable(self):
        return True
    def readinto(self, b):
        self.calls.append(len(b))
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

r = Raw(b'line one\nline two\nlast')
print(r.read(4), r.read(), r.calls[:3])
r = Raw(b'ab\ncd\nef')
print(r.readline(), r.readline(1), r.readline(None), list(r))
r = Raw(b'ab\ncd\nef\ngh\n')
print(r.readlines(3))
r = Raw(b'ab\ncd\nef\ngh\n')
print(r.readlines(2), r.readlines(), r.readlines())
r = Raw(b'xyz' * 5000)
print(len(r.readall()), r.read(5))

class NoneRaw(io.RawIOBase):
    def readinto(self, b):
        return None
print(NoneRaw().read(5), NoneRaw().readall())

class Peeker(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
        self.reads = []
    def peek(self, n=0):
        return self.data[:10]
    def read(self, n=-1):
        self.reads.append(n)
        if n is None or n < 0:
            n = len(self.data)
        out, self.data = self.data[:n], self.data[n:]
        return out
p = Peeker(b'hello\nworld\nand more')
print(p.readline(), p.reads, p.readline(3), p.reads)
buf = bytearray(4)
print(p.readinto(buf), buf, p.readinto1 if False else 'r1')
try:
    p.readinto(b'abc')
except TypeError as e:
    print('TypeError', e)

class Writer(io.IOBase):
    def __init__(self):
        self.out = []
        self.events = []
    def write(self, s):
        self.out.append(s)
        return len(s)
    def flush(self):
        self.events.append('flush')
        super().flush()
    def close(self):
        self.events.append('close')
        super().close()
w = Writer()
w.writelines(['a', 'b', 'c'])
with w as ww:
    print(ww is w, w.closed)
print(w.out, w.events, w.closed, '__IOBase_closed' in vars(w))
for f in (w.writelines, w.flush, w.__enter__, w.isatty, w.__iter__):
    try:
        f(['x']) if f == w.writelines else f()
    except ValueError as e:
        print('ValueError', e)
w.close()
print(w.events)

class BadFlush(io.IOBase):
    def flush(self):
        raise OSError('flush failed')
b = BadFlush()
try:
    b.close()
except OSError as e:
    print('OSError', e, b.closed)

b = io.IOBase()
for name in ('seek', 'truncate', 'fileno', 'tell'):
    try:
        getattr(b, name)()
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e)
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
for name in ('_checkReadable', '_checkWritable', '_checkSeekable'):
    try:
        getattr(b, name)()
    except io.UnsupportedOperation as e:
        print(name, e)
b._checkClosed()

for cls, names in ((io.BufferedIOBase, ('read', 'read1', 'write', 'detach')),
                   (io.TextIOBase, ('read', 'readline', 'write', 'detach'))):
    o = cls()
    for name in names:
        try:
            getattr(o, name)()
        except io.UnsupportedOperation as e:
            print(cls.__name__, name, e)
t = io.TextIOBase()
print(t.encoding, t.newlines, t.errors)
for name in ('readinto', 'write'):
    try:
        getattr(io.RawIOBase(), name)(bytearray(1))
    except NotImplementedError as e:
        print(name, 'NotImplementedError', repr(e))

class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''
print(list(Lines(['a\n', 'b\n'])), Lines(['x\n', 'y\n', 'z']).readlines(1))

class Finalized(io.IOBase):
    def close(self):
        print('close called, finalizing =', getattr(self, '_finalizing', None))
        super().close()
f = Finalized()
del f
gc.collect()
f = Finalized()
f.close()
del f
print('done')
