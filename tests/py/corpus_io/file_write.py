import os
fn = "tmp_write_test.txt"
with open(fn, "w") as f:
    print(f.write("hello\n"), f.write("wörld\n"), f.tell() > 0, f.mode, f.writable(), f.readable())
    f.writelines(["a\n", "b\n"])
    print("printed", 1, file=f)
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(open(fn).read()))
with open(fn, "a") as f:
    print(f.write("appended\n"), f.tell())
print(open(fn).readlines()[-1])
with open(fn, "r+") as f:
    print(f.read(5)); f.seek(0); f.write("HELLO"); f.seek(0); print(f.readline())
with open(fn, "w+") as f:
    f.write("new content"); f.seek(0); print(f.read(), f.tell())
with open(fn, "wb") as f:
    print(f.write(b"\x00\x01bytes"), f.write(bytearray(b"ba")), f.write(memoryview(b"mv")), f.tell())
    try:
        f.write("str")
    except TypeError as e:
        print(e)
print(open(fn, "rb").read())
with open(fn, "ab") as f:
    f.write(b"+")
print(open(fn, "rb").read(), os.path.getsize(fn), os.stat(fn).st_size)
with open(fn, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(e)
    try:
        f.write(5)
    except TypeError as e:
        print(e)
try:
    open(fn, "x")
except FileExistsError as e:
    import errno
    print(type(e).__name__, e.errno == errno.EEXIST)
with open(fn, "w", encoding="ascii", errors="replace") as f:
    f.write("café\n")
print(open(fn, "rb").read())
try:
    with open(fn, "w", encoding="ascii") as f:
        f.write("café")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open(fn, "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(fn, "rb").read())
f = open(fn, "w"); f.write("unflushed"); f.close(); print(open(fn).read())
f = open(fn, "rb"); print(f.fileno() > 2, f.isatty(), f.truncate if False else ""); f.close()
with open(fn, "r+b") as f:
    f.truncate(3); print(f.read())
os.remove(fn); print(os.path.exists(fn))
try:
    os.remove(fn)
except FileNotFoundError as e:
    print(e.strerror, e.filename)
