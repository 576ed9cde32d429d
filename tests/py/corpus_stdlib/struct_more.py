import struct
for fmt in ["<bhiq", ">BHIQ", "!f", "<d", "<?", "<3s", "<5p", "<c", "@i", "=h", "<e", "<2h3x", "<0s"]:
    size = struct.calcsize(fmt)
    print(fmt, size)
vals = struct.pack("<bhiq", -1, -2, -3, -4); print(vals.hex(), struct.unpack("<bhiq", vals))
vals = struct.pack(">BHIQ", 1, 2, 3, 4); print(vals.hex(), struct.unpack(">BHIQ", vals))
print(struct.pack("!f", 3.14).hex(), struct.unpack("!f", struct.pack("!f", 3.14))[0], struct.pack("<d", 1 / 3).hex(), struct.pack("<?", 0), struct.pack("<?", "x"), struct.pack("<3s", b"abcdef"), struct.pack("<3s", b"a"), struct.pack("<c", b"z"))
print(struct.unpack("<5p", struct.pack("<5p", b"hi")), struct.pack("<5p", b"toolongvalue"), struct.unpack("<?", b"\x02"), struct.unpack("<e", struct.pack("<e", 0.1)))
s = struct.Struct(">hh")
print(s.format, s.size, s.pack(1, -1), s.unpack(b"\x00\x01\xff\xff"), list(s.iter_unpack(b"\x00\x01\x00\x02\x00\x03\x00\x04")), s.unpack_from(b"xx\x00\x05\x00\x06", 2))
buf = bytearray(10); s.pack_into(buf, 4, 7, 8); print(buf)
try:
    s.pack_into(buf, 9, 1, 1)
except struct.error as e:
    print(e)
try:
    s.unpack_from(b"\x00", 0)
except struct.error as e:
    print(e)
try:
    struct.unpack(">h", b"\x00\x00\x00")
except struct.error as e:
    print(e)
try:
    struct.pack("<3s", "str")
except struct.error as e:
    print(e)
try:
    struct.calcsize("<z")
except struct.error as e:
    print(e)
print(struct.pack("<4B", *b"abcd"), struct.unpack("<4B", b"wxyz"), struct.pack("<2I", 1, 2) == struct.pack("<I", 1) + struct.pack("<I", 2), struct.unpack("<q", struct.pack("<Q", 2**64 - 1)))
