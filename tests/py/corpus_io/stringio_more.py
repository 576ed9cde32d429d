import io
s = io.StringIO("héllo\nwörld\n")
print(s.read(3), s.tell(), s.readline(), s.read(), s.tell(), s.seek(0), s.readlines())
s = io.StringIO()
print(s.write("a\nb"), s.getvalue(), s.tell(), s.seek(1), s.write("Z"), s.getvalue(), s.read(), s.seek(0, 2), s.write("!"), s.getvalue())
for args in [(0, 1), (0, 2), (-1,), (0, 3)]:
    try:
        print(io.StringIO("abc").seek(*args))
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
s = io.StringIO("abcdef")
s.seek(3); s.truncate(); print(repr(s.getvalue()), s.tell())
s.truncate(1); print(repr(s.getvalue()), s.tell())
try:
    s.truncate(-1)
except ValueError as e:
    print(e)
print(io.StringIO("x\ny").readlines(), list(io.StringIO("")), io.StringIO("abc").read(-1), io.StringIO("abc").read(None), io.StringIO("abc").readline(1))
s = io.StringIO(initial_value="init", newline="\n"); print(s.getvalue(), s.line_buffering if hasattr(s, "line_buffering") else "")
print(io.StringIO("a\r\nb\rc", newline=None).read().encode(), io.StringIO("a\r\nb", newline="").readlines(), io.StringIO("a\nb", newline="\r\n").getvalue().encode())
b = io.BytesIO()
b.write(b"hello"); b.seek(0); print(b.read(2), b.read1(10), b.read())
b = io.BytesIO(b"0123456789")
print(b.seek(3), b.read(2), b.seek(-2, 1), b.read(1), b.seek(-1, 2), b.read(), b.seek(20), b.read(), b.tell())
b.write(b"X"); print(b.getvalue())
try:
    b.seek(0, 5)
except ValueError as e:
    print(e)
b.close()
for op in [lambda: b.read(), lambda: b.getvalue(), lambda: b.write(b"x"), lambda: b.seek(0), lambda: b.tell(), lambda: b.getbuffer()]:
    try:
        op()
    except ValueError as e:
        print(e)
with io.BytesIO(b"ctx") as bb:
    print(bb.read())
print(bb.closed)
bio = io.BytesIO(bytearray(b"mutable")); print(bio.read(3), bio.getvalue())
print(io.BytesIO(memoryview(b"mv")).read(), io.BytesIO(b"a\nb\n").readlines(), io.BytesIO(b"x").readable(), io.BytesIO().writable())
try:
    io.BytesIO("str")
except TypeError as e:
    print(e)
