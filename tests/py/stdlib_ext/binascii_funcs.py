# binascii: hexlify/unhexlify (sep), base64, crc32, crc_hqx, qp, uu and error messages.
import binascii

data = bytes(range(0, 256, 7)) + b"hello"
print(binascii.hexlify(data))
print(binascii.b2a_hex(b"\x01\xff"), binascii.hexlify(bytearray(b"ab")), binascii.hexlify(memoryview(b"cd")))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "_", -2), binascii.b2a_hex(b"abc", " ", 1))
print(binascii.unhexlify(b"48656c6C6f"), binascii.a2b_hex("00ff"), binascii.unhexlify(bytearray(b"41")))
print(binascii.hexlify(b""), binascii.unhexlify(""))
for bad in ["abc", "zz", "0g", b"1", "é0"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, repr(bad), e)
try:
    binascii.hexlify("str")
except TypeError as e:
    print("TypeError:", e)
try:
    binascii.hexlify(b"ab", "--")
except ValueError as e:
    print("ValueError:", e)

# base64
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", data]:
    enc = binascii.b2a_base64(s)
    print(enc, binascii.b2a_base64(s, newline=False), binascii.a2b_base64(enc) == s)
print(binascii.a2b_base64(b"Zm9v\nYmFy"), binascii.a2b_base64("Zm9vYg=="), binascii.a2b_base64(b"Zm9 vYg=="))
print(binascii.a2b_base64(b"Zm9vYg==garbage"), binascii.a2b_base64(b"!Zm9v!"))
for bad in [b"Zm9vY", b"Zm9vYg=", b"a", b"ab=c"]:
    try:
        print(repr(bad), binascii.a2b_base64(bad))
    except binascii.Error as e:
        print("Error", repr(bad), e)
for bad in [b"Zm9vYg==x", b"=Zm9v", b"Zm9v!"]:
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print("strict Error", repr(bad), e)
try:
    binascii.a2b_base64("é")
except ValueError as e:
    print("ValueError:", e)

# checksums
for s in [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", data]:
    print(binascii.crc32(s), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xFFFF))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
print(binascii.crc32(b"x", 0xFFFFFFFF), binascii.crc32(b"x", -1), binascii.crc32(b"x", 2 ** 40))
print(binascii.crc_hqx(b"abc", 0x12345), binascii.crc_hqx(b"", 0x1234))

# quoted-printable
print(binascii.b2a_qp(b"hello = world\t\nnon-ascii: \xe9\xff end  \n"))
print(binascii.b2a_qp(b"a b\n", quotetabs=True), binascii.b2a_qp(b"x" * 80), binascii.b2a_qp(b"a_b c", header=True))
print(binascii.a2b_qp(b"hello =3D world=\n next=E9"), binascii.a2b_qp(b"a_b", header=True))

# uu
enc = binascii.b2a_uu(b"Cat")
print(enc, binascii.a2b_uu(enc), binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"hi", backtick=True))
try:
    binascii.b2a_uu(b"x" * 46)
except binascii.Error as e:
    print("Error:", e)
print(binascii.Error.__mro__[1].__name__, binascii.Incomplete.__name__)
