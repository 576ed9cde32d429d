import io
s = io.StringIO("one\ntwo\r\nthree\rfour")
print(list(s))
s.seek(0); print(s.readline(), s.readline(2), s.readline(), s.readlines())
s = io.StringIO("x\ny\n")
for i, line in enumerate(s):
    print(i, repr(line))
print(repr(s.read()), s.tell())
b = io.BytesIO(b"one\ntwo\n\nlast")
print([l for l in b], b.tell())
b.seek(0); print(b.readline(), b.readline(1), b.readline(100), b.readlines())
w = io.StringIO(); w.writelines(["a", "b\n", "c"]); print(repr(w.getvalue()), w.tell(), w.seek(0), list(w))
