import io
s = io.StringIO()
print(s.write("hello"), s.write(" world"), s.tell(), s.getvalue(), s.read(), s.seek(0), s.read(5), s.readline(), repr(s.read()))
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.readlines(), s.readline() == "", list(io.StringIO("a\nb")), s.seekable(), s.readable(), s.writable())
s = io.StringIO("abcdef"); s.seek(2); s.write("XY"); print(s.getvalue(), s.tell()); s.seek(10); s.write("Z"); print(repr(s.getvalue()))
s.truncate(3); print(repr(s.getvalue()), s.tell())
s.close(); print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(e)
try:
    s.write("x")
except ValueError as e:
    print(e)
try:
    io.StringIO(b"x")
except TypeError as e:
    print(e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
t = io.StringIO("a\r\nb", newline=None); print(repr(t.read()))
t = io.StringIO("a\r\nb", newline=""); print(repr(t.read()))
b = io.BytesIO(b"abc")
print(b.read(1), b.read(), b.read(), b.tell(), b.seek(1), b.read1(1) if hasattr(b, "read1") else b.read(1), b.getvalue())
b = io.BytesIO(); print(b.write(b"12345"), b.seek(2), b.write(b"x"), b.getvalue(), b.tell(), b.seek(-1, 2), b.read(), b.seek(0), b.readline(), b.truncate(2), b.getvalue())
b = io.BytesIO(b"l1\nl2\n"); print(b.readlines(), io.BytesIO(b"x\ny").readline(), list(io.BytesIO(b"a\nb")))
try:
    io.BytesIO().write("s")
except TypeError as e:
    print(e)
try:
    io.BytesIO(b"").seek(-1)
except ValueError as e:
    print(e)
buf = bytearray(3); print(io.BytesIO(b"hello").readinto(buf), buf)
print(io.BytesIO(b"ab").getbuffer().tobytes(), bytes(io.BytesIO(b"xy").getbuffer()))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), issubclass(io.StringIO, io.IOBase), io.SEEK_END)
print("to", "stringio", file=(o := io.StringIO()), sep="_"); print(repr(o.getvalue()))
