ba = bytearray(b"0123456789")
ba[2:5] = b"ab"; print(ba)
ba[2:2] = b"XYZ"; print(ba)
ba[::3] = b"....."[:len(ba[::3])]; print(ba)
ba[-3:] = bytearray(b"!"); print(ba)
ba[1:3] = [65, 66, 67]; print(ba)
ba[0:1] = memoryview(b"mm"); print(ba)
del ba[::2]; print(ba)
del ba[-1]; print(ba)
ba.extend(range(3)); ba.extend(b"ok"); print(ba)
ba += b"++"; ba *= 2; print(ba, len(ba))
for bad in [lambda: ba.__setitem__(slice(0, 2), 5), lambda: ba.__setitem__(slice(0, 2), "ab"), lambda: ba.__setitem__(0, b"a"), lambda: ba.__setitem__(slice(None, None, 2), b"a"), lambda: ba.extend(5), lambda: ba.extend(["a"]), lambda: ba.insert(0, 300), lambda: ba.remove(b"a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(ba)
try:
    ba.append(1)
except BufferError as e:
    print(e)
m.release(); ba.append(1); print(ba[-3:])
b2 = bytearray(b"hello")
print(b2.pop(), b2.pop(0), b2, b2.copy() == b2, b2.copy() is b2, b2 * 0, bytearray(3) == b"\x00\x00\x00")
b2.reverse(); print(b2)
b2.clear(); print(b2, b2 == b"", bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"a b c").split(), bytearray(b"abc").upper(), bytearray(b"  x ").strip(), bytearray(b"x").join([b"a", b"b"]), type(bytearray(b"x").join([b"a"])).__name__)
