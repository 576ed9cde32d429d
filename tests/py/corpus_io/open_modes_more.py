import os
fn = "tmp_modes.txt"
with open(fn, "w") as f:
    print(f.mode, f.name, f.readable(), f.writable(), f.seekable(), f.closed, f.line_buffering, f.newlines)
    f.write("one\ntwo\n")
for mode in ["r", "rt", "rb", "r+", "r+b", "a", "ab", "a+", "w+", "wb+", "x"]:
    try:
        with open(fn, mode) as f:
            print(mode, type(f).__name__, f.mode, f.readable(), f.writable(), repr(f.read(3)) if f.readable() else "-")
    except Exception as e:
        print(mode, type(e).__name__, getattr(e, "strerror", None) or e)
with open(fn, "xb" if not os.path.exists(fn + "2") else "rb") if False else open(fn + "2", "x") as f:
    f.write("exclusive")
print(open(fn + "2").read())
os.remove(fn + "2")
with open(fn, "w") as f:
    f.write("abc")
with open(fn, "a") as f:
    print(f.tell())
    f.write("def")
with open(fn) as f:
    print(f.read())
with open(fn, "r+") as f:
    f.seek(1)
    f.write("X")
    f.seek(0)
    print(f.read())
with open(fn, "w") as f:
    pass
print(repr(open(fn).read()), os.path.getsize(fn))
with open(fn, mode="wb", buffering=0) as f:
    print(type(f).__name__, f.write(b"raw"))
with open(file=fn, mode="rb") as f:
    print(f.read())
fd = os.open(fn, os.O_RDONLY)
with open(fd, "rb", closefd=True) as f:
    print(f.read(), f.name == fd)
for bad in [("r", -2), ("r", "x")]:
    try:
        open(fn, bad[0], buffering=bad[1])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open(fn, "r", encoding="nonexistent-codec")
except LookupError as e:
    print(e)
try:
    open(fn, "r", newline="x")
except ValueError as e:
    print(e)
try:
    open(fn, "rb", newline="")
except ValueError as e:
    print(e)
try:
    open(fn, "rb", errors="strict")
except ValueError as e:
    print(e)
os.remove(fn)
