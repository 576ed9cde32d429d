import io, array
f = open("data/file1.txt", "rb")
b = bytearray(5)
print(f.readinto(b), b, f.readinto(memoryview(b)[1:3]), b)
a = array.array("b", [0, 0, 0])
print(f.readinto(a), a)
try:
    f.readinto(b"immutable")
except TypeError as e:
    print(e)
try:
    f.readinto(memoryview(b"ro"))
except TypeError as e:
    print(e)
print(f.seek(0), f.readinto(bytearray(0)), f.read1(3), f.tell())
f.close()
bio = io.BytesIO(b"abcdef")
m = bytearray(4)
print(bio.readinto(memoryview(m)[:2]), m, bio.readinto(m), m, bio.readinto(m))
with open("data/file1.txt") as f:
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    print(f.seek(0, 1), f.seek(0, 2), f.tell(), repr(f.read()))
with open("data/file1.txt", "rb") as f:
    print(f.seek(-3, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2), f.tell())
with open("data/file1.txt") as f:
    print(repr(f.readline(5)), repr(f.readline(100)), repr(f.readline(-1)), repr(f.readline()))
fn = "tmp_rw_test.txt"
with open(fn, "w+") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.readlines())
    f.seek(0, 2)
    f.write("ghi")
    f.seek(0)
    print(repr(f.read()))
with open(fn, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(3)))
    f.write("APP")
    f.seek(0)
    print(repr(f.read()))
with open(fn, "rb+") as f:
    f.write(b"XY")
    print(f.read(2), f.tell())
print(repr(open(fn).read()))
import os
os.remove(fn)
f = open("data/file1.txt")
print(f.__enter__() is f, f.__exit__(None, None, None), f.closed, repr(f))
f2 = open("data/file1.txt", "rb"); print(repr(f2)); f2.close()
print(type(iter(open("data/file1.txt"))).__name__, repr(next(open("data/file1.txt"))), len(list(open("data/file1.txt", "rb"))))
