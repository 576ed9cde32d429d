b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), len(m), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes)
m[0] = 65; m[1:3] = b"XY"; print(b)
try:
    m[0] = 256
except ValueError as e:
    print(e)
try:
    m[1:3] = b"abc"
except ValueError as e:
    print(e)
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print(e)
try:
    m[10]
except IndexError as e:
    print(e)
mm = m[::2]; print(mm.tolist(), bytes(mm), mm.contiguous if hasattr(mm, "contiguous") else "")
print(m == b"AXYdef", m == memoryview(b"AXYdef"), bytes(m[::-1]), m.hex(), list(m[2:4]), m.obj is b)
try:
    memoryview("str")
except TypeError as e:
    print(e)
try:
    hash(m)
except ValueError as e:
    print(e)
print(hash(memoryview(b"abc")) == hash(b"abc"))
mv = memoryview(b"\x01\x00\x02\x00")
c = mv.cast("H"); print(c.tolist(), c.format, c.itemsize, len(c), c[1])
m.release()
try:
    m[0]
except ValueError as e:
    print(e)
with memoryview(b"xyz") as q:
    print(q.tobytes())
print(repr(q)[:20])
import array
a = array.array("i", [1, 2, 3])
am = memoryview(a); print(am.format, am.itemsize, am.tolist(), am[1])
am[1] = 20; print(a)
print(bytes(memoryview(b"abc")[1:]), bytearray(memoryview(b"q")), b"".join([memoryview(b"a")]))
