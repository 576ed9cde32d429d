# io: a buffered file's raw (an _io.FileIO over the same fd), FileIO.name writable, and
# tempfile.TemporaryFile(), which sets file.raw.name.
import tempfile, io, os
f = tempfile.TemporaryFile()
print(type(f).__name__, type(f.raw).__name__, isinstance(f.name, int), f.mode, f.raw.mode, f.raw.closefd)
f.write(b'hello\nworld\n'); f.seek(0); print(f.read(), f.raw.name == f.name)
f.close(); print(f.closed, f.raw.closed)
with tempfile.TemporaryFile('w+', newline='') as t:
    t.write('a,b\r\nc,d\r\n'); t.seek(0); print(repr(t.read()), isinstance(t.name, int))
with tempfile.NamedTemporaryFile('w+') as t:
    t.write('x'); t.flush(); print(os.path.getsize(t.name), t.buffer.raw.name == t.name)
with open(__file__, 'rb') as fh:
    r = fh.raw
    print(type(r).__name__, r.name == __file__, r.readable(), r.writable(), r.seekable(), r.closed)
    try: r.name = 'other'
    except AttributeError as e: print('AE', e)
    print(fh.name, r.name)
print(r.closed)
