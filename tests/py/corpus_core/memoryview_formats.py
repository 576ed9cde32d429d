import array, sys
b = bytearray(range(16))
m = memoryview(b)
for fmt in ["B", "b", "c", "h", "H", "i", "I", "q", "Q", "f", "d", "?", "@i"]:
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.nbytes, c.shape, c.strides, c.readonly, c.tolist()[:4])
h = m.cast("h")
h[0] = -2; h[1] = 32767
print(b[:4], h[0], h[-1], h[1:3].tolist(), h[::2].tolist(), list(h[::-3]), h[2:4].tobytes())
for bad in [32768, -32769, 1.5, "x", None]:
    try:
        h[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ["x", "hh", "<h", "Z"]:
    try:
        m.cast(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    memoryview(bytearray(3)).cast("h")
except TypeError as e:
    print(e)
try:
    h.cast("i")
except TypeError as e:
    print(e)
try:
    m[::2].cast("h")
except TypeError as e:
    print(e)
try:
    hash(memoryview(b"abcd").cast("h"))
except ValueError as e:
    print(e)
print(h.cast("B").tolist()[:4], memoryview(b"\x00\x00\x80\x3f").cast("f")[0], memoryview(b"ab").cast("c")[1], memoryview(b"\x01\x00").cast("?").tolist())
print(memoryview(b"\x01\x00\x02\x00").cast("h") == memoryview(b"\x01\x00\x02\x00").cast("h"), memoryview(b"\x01\x00").cast("h") == b"\x01\x00", memoryview(b"\x01\x02").cast("b") == memoryview(b"\x01\x02"))
f = memoryview(bytearray(8)).cast("d"); f[0] = 2.5; f[0] = 3; print(f.tolist(), f.tobytes().hex())
h2 = memoryview(bytearray(4)).cast("h"); h2[0:2] = memoryview(b"\x05\x00\x06\x00").cast("h"); print(h2.tolist())
try:
    h2[0:2] = b"\x01\x02\x03\x04"
except ValueError as e:
    print(e)
a = array.array("i", [1, 2, 3])
am = memoryview(a)
print(am.format, am.itemsize, am.tolist(), am[1], am.nbytes, len(am), am.obj is a, am.readonly)
am[1] = 20; print(a, am[::2].tolist(), bytes(am[1:2]))
a[0] = 7; print(am[0])
print(bytes(array.array("h", [1, 2])), bytearray(array.array("b", [1, -1])), b"".join([array.array("B", [65, 66])]), memoryview(array.array("d", [0.5])).tolist())
print(memoryview(array.array("B", [1, 2])).cast("h").tolist() if sys.byteorder == "little" else [513])
ad = array.array("d", [1.0, 2.0]); md = memoryview(ad); md[1] = 9.5; print(ad, md.cast("B").nbytes)
print(array.array("f", [0.1, 1e40, -1e40]), array.array("i", b"\x01\x00\x00\x00"), array.array("u", "hé").tobytes() == "hé".encode("utf-32-le" if sys.byteorder == "little" else "utf-32-be"))
