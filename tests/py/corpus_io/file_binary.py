with open("data/bin.dat", "rb") as f:
    print(type(f).__name__, f.mode, f.read(2), f.tell(), f.read(1), f.seek(-3, 2), f.read(), f.seek(1), f.read(2), f.seek(1, 1), f.read(1), f.read(), f.read(5))
with open("data/bin.dat", "rb") as f:
    b = bytearray(4); print(f.readinto(b), b, f.readline(), f.read())
with open("data/file1.txt", "rb") as f:
    print(f.readline(), f.readlines(), list(f))
with open("data/file1.txt", "rb") as f:
    print([l for l in f][:2])
with open("data/bin.dat", "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3), f.readall() if hasattr(f, "readall") else f.read())
try:
    open("data/bin.dat", "rb").read("x")
except TypeError as e:
    print(e)
try:
    open("data/bin.dat", "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open("data/bin.dat", "rt", buffering=0)
except ValueError as e:
    print(e)
for mode in ["rw", "x+r", "z", "rr", "", "b"]:
    try:
        open("data/bin.dat", mode)
    except ValueError as e:
        print(repr(mode), e)
try:
    open("data/no_such_file.txt")
except FileNotFoundError as e:
    import errno
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, str(e).split("] ")[1])
try:
    open("data")
except IsADirectoryError as e:
    print(type(e).__name__, e.strerror, e.filename)
try:
    open(1.5)
except TypeError as e:
    print(e)
with open("data/bin.dat", "rb") as f:
    try:
        f.seek(0, 5)
    except ValueError as e:
        print(e)
    try:
        f.seek(-100)
    except (ValueError, OSError) as e:
        print(type(e).__name__, getattr(e, "strerror", None) or e)
with open("data/file1.txt") as f:
    try:
        f.seek(2, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1, 2)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.write("x")
    except Exception as e:
        print(type(e).__name__, e)
