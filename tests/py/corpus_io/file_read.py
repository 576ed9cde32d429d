f = open("data/file1.txt")
print(type(f).__name__, f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable(), f.encoding.lower().replace("-", ""))
print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), repr(f.read(4)), repr(f.read()), repr(f.read()), repr(f.readline()))
f.close(); print(f.closed)
for op in [lambda: f.read(), lambda: f.readline(), lambda: f.write("x"), lambda: f.seek(0), lambda: f.tell(), lambda: iter(f), lambda: next(f), lambda: f.readlines(), lambda: f.fileno()]:
    try:
        op()
    except ValueError as e:
        print(e)
f.close()
with open("data/file1.txt") as f:
    print(f.readlines())
print(f.closed)
with open("data/file1.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open("data/file1.txt") as f:
    print(f.readlines(10), f.readlines(0)[:1])
with open("data/file1.txt", "r") as f:
    print(f.read(0), f.tell(), f.read(5), f.tell(), f.seek(0), f.read(3), f.seek(0, 2) > 0, repr(f.read()))
with open("data/crlf.txt") as f:
    print(repr(f.read()))
with open("data/crlf.txt", newline="") as f:
    print(repr(f.read()))
with open("data/crlf.txt", newline="") as f:
    print(f.readlines())
with open("data/crlf.txt", "rb") as f:
    print(f.read())
with open("data/utf8.txt", encoding="utf-8") as f:
    print(f.read())
with open("data/utf8.txt", encoding="latin-1") as f:
    print(ascii(f.read()))
with open("data/utf8.txt", encoding="ascii", errors="replace") as f:
    print(ascii(f.read()))
try:
    with open("data/utf8.txt", encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start)
with open("data/file1.txt") as f:
    print(next(f), f.readline(), end="")
print(repr(open("data/file1.txt").read(-1)[:5]), repr(open("data/file1.txt").read(None)[-4:]))
