# bytes/bytearray repetition: results, in place, negative counts, and sizes that cannot be
# allocated (MemoryError or OverflowError at once, never a hang).
import sys
for b in (b"abc", bytearray(b"abc")):
    print(b * 3, 3 * b, b * 0, b * -1, type(b * 2).__name__)
    for n in (sys.maxsize, sys.maxsize // 2, sys.maxsize // 3 + 1, 2 ** 62):
        try:
            c = b * n
            print("no error", len(c))
        except (OverflowError, MemoryError) as e:
            print(type(e).__name__ in ("OverflowError", "MemoryError"))
    try:
        b * (sys.maxsize + 1)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__)
    c = b
    c *= 4
    print(c, c is b)
    try:
        c *= sys.maxsize
    except (OverflowError, MemoryError):
        print("in-place too big", len(c))
ba = bytearray(b"xy")
ba *= 1
print(ba)
ba *= 0
print(ba, len(ba))
ba = bytearray(b"q")
ba *= 100000
print(len(ba), ba.count(b"q"))
m = memoryview(bytearray(b"ab"))
try:
    m.obj.__imul__(3)
except BufferError as e:
    print("BufferError", e)
print(bytearray(b"ab") * 5)
