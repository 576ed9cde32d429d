import array, struct
a = array.array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, len(a), a[1], a[-1], a[1:3], a.typecode, a.itemsize)
print(a.pop(), a.pop(0), a.index(3), a.count(3), a.tolist(), list(a))
a.remove(3); a.reverse(); print(a)
try:
    a.append(1.5)
except TypeError as e:
    print(e)
try:
    a.append(2**63)
except OverflowError as e:
    print(e)
try:
    array.array("q", [1]).index(5)
except ValueError as e:
    print(e)
try:
    array.array("z")
except ValueError as e:
    print(e)
b = array.array("b", [1, -1]); print(b, b.tobytes(), array.array("B", b"xy"), array.array("d", [1.5]), array.array("f", [0.1])[0], array.array("u", "hi"))
try:
    array.array("B", [256])
except OverflowError as e:
    print(e)
print(array.array("H", b"\x01\x00\x02\x00"), array.array("i") == array.array("i"), array.array("i", [1]) + array.array("i", [2]), array.array("b", [1]) * 3)
c = array.array("l"); c.frombytes(struct.pack("2l", 7, 8)); print(c)
print(repr(array.array("i")), repr(array.array("d", [1.0, 2.5])), array.array("i", range(3))[::-1])
print(struct.pack("<i", 1), struct.pack(">h", -2), struct.pack("<Q", 2**64 - 1), struct.pack("!f", 1.5), struct.pack("<d", -0.0), struct.pack("3s", b"abcd"), struct.pack("<?", 5), struct.pack("<bxh", 1, 2))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.calcsize("<ihq"), struct.calcsize("ihq"), struct.calcsize("@bi"), struct.unpack("<5s", b"hello"), struct.unpack("<e", b"\x00\x3c"))
for args in [("<b", 200), ("<B", -1), ("<i", "x"), ("<H", 1.0), ("zz", 1), ("<i",), ("<ii", 1)]:
    try:
        print(struct.pack(*args))
    except struct.error as e:
        print("error", e)
    except Exception as e:
        print(type(e).__name__, e)
try:
    struct.unpack("<i", b"\x00")
except struct.error as e:
    print(e)
print(struct.unpack_from("<h", b"\x00\x01\x00", 1), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
buf = bytearray(8); struct.pack_into("<hh", buf, 2, 1, -1); print(buf)
s = struct.Struct("<if"); print(s.size, s.format, s.pack(1, 2.0), s.unpack(s.pack(3, 0.5)))
