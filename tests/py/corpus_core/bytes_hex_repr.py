for data in [b"", b"\x00", b"\xff\x00\x7f", bytes(range(0, 256, 17)), b"hello"]:
    print(data.hex(), data.hex(" "), data.hex(":", 2), data.hex("-", -2), bytearray(data).hex(), memoryview(data).hex(), repr(data), repr(bytearray(data)))
for s in ["", "00", "ff 00", "  ab  cd  ", "AbCd", "0a0B"]:
    print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
for bad in ["0", "zz", "0 0", "0x00", "\u00e9", "a b"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(e)
for sep in ["", "ab", "é", 1]:
    try:
        print(b"abc".hex(sep))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(b"'\"'"), repr(b"\\"), repr(b"\t\n\r\x0b\x0c"), repr(bytes([7, 8, 27, 127, 128])), str(b"x"), ascii(b"y"))
