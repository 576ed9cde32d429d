# open()/TextIOWrapper with codecs of the registry (cp1252, koi8-r, utf-16/32, ...): read,
# readline, iteration, newline modes, errors, tell/seek, append without a second BOM;
# io.FileIO constructed directly; tokenize.open and linecache on a koi8-r source.
import os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
for enc in ["cp1252", "koi8-r", "utf-16", "utf-16-le", "utf-32", "cp1251", "iso8859-15", "mac-roman", "cp437"]:
    text = "Line one €\r\nsecond: Привет ça\nthird\rend"
    try:
        with open(p, "w", encoding=enc, newline="") as f:
            n = f.write(text)
    except UnicodeEncodeError as e:
        print(enc, "encode error", e.reason)
        text = "Line one\r\nsecond ascii\nthird\rend"
        with open(p, "w", encoding=enc, newline="") as f:
            n = f.write(text)
    with open(p, "rb") as f:
        raw = f.read()
    print(enc, n, len(raw), raw[:12])
    with open(p, encoding=enc) as f:
        print(repr(f.read()), f.newlines)
    with open(p, encoding=enc, newline="") as f:
        print([l for l in f])
    with open(p, encoding=enc) as f:
        print(repr(f.readline()), repr(f.read(5)), repr(f.readline(3)))
    with open(p, encoding=enc, errors="replace") as f:
        print(f.encoding, f.errors, len(f.readlines()))
with open(p, "w", encoding="utf-16") as f:
    f.write("abc\n")
with open(p, "a", encoding="utf-16") as f:
    f.write("def\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-16") as f:
    print(f.read())
with open(p, "w", encoding="cp1252") as f:
    f.write("héllo\nwörld\n")
with open(p, encoding="cp1252") as f:
    print(f.readline(), f.tell())
    f.seek(0)
    print(f.read())
try:
    open(p, encoding="rot13")
except LookupError as e:
    print(e)
try:
    open(p, encoding="nonesuch")
except LookupError as e:
    print(e)
with open(p, "w", encoding="ascii", errors="strict") as f:
    pass
with open(p, "wb") as f:
    f.write(b"\x81\x8d\x8f")
try:
    with open(p, encoding="cp1252") as f:
        f.read()
except UnicodeDecodeError as e:
    print("decode error", e.encoding, e.start, e.end, e.reason)
with open(p, encoding="cp1252", errors="replace") as f:
    print(ascii(f.read()))
w = io.TextIOWrapper(io.FileIO(p, "w"), encoding="cp1251")
w.write("Тест")
w.close()
print(open(p, "rb").read(), open(p, encoding="cp1251").read())
import tokenize
with open(p, "wb") as f:
    f.write("# coding: koi8-r\nx = 'Ёлка'\n".encode("koi8-r"))
with tokenize.open(p) as f:
    print(f.encoding, f.read())
import linecache
print(linecache.getline(p, 2))
for bad in ["rw", "wt", "", "rr", "r++", "rbb"]:
    try:
        io.FileIO(p, bad)
    except ValueError as e:
        print(repr(bad), e)
f = io.FileIO(p, "w")
print(f.mode, f.write(b"ab"), f.closefd, f.readable(), f.writable())
f.close()
with io.FileIO(p) as f:
    print(f.mode, f.read(), f.closed)
print(f.closed)
