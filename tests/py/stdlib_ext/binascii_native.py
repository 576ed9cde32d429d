# binascii in C++: every function's results (hex with separators, base64 strict mode and
# newline, uu, quoted-printable, crc32/crc_hqx), round trips over all byte values, argument
# conversions and the error paths (binascii.Error, TypeError, ValueError, OverflowError).
import binascii as b
import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

data = bytes(range(256)) + b"The quick brown fox" * 3
# Round trips over every byte value and every length up to 50.
for n in range(51):
    chunk = data[n * 3:n * 3 + n]
    assert b.unhexlify(b.hexlify(chunk)) == chunk
    assert b.a2b_base64(b.b2a_base64(chunk)) == chunk
    assert b.a2b_base64(b.b2a_base64(chunk, newline=False), strict_mode=True) == chunk
    assert b.a2b_qp(b.b2a_qp(chunk)) == chunk or b"\r" in chunk or b"\n" in chunk, chunk
    assert b.a2b_qp(b.b2a_qp(chunk, istext=False)) == chunk
    if n <= 45:
        assert b.a2b_uu(b.b2a_uu(chunk)) == chunk
        assert b.a2b_uu(b.b2a_uu(chunk, backtick=True)) == chunk
print("round trips ok")
print(b.b2a_base64(data).decode()[:80], len(b.b2a_base64(data)))
print(b.crc32(data), b.crc32(data[100:], b.crc32(data[:100])), b.crc_hqx(data, 0),
      b.crc_hqx(data[7:], b.crc_hqx(data[:7], 0xffff)))
print(b.crc32(b""), b.crc32(b"", 5), b.crc32(memoryview(data)[3:9]), b.crc32(bytearray(b"x")))
print(b.b2a_qp(data[:128]).decode("latin-1"))
print(b.b2a_qp(data[:128], quotetabs=True, header=True).decode("latin-1"))
print(b.b2a_uu(data[:45]), b.b2a_uu(data[200:245], backtick=True))
print(b.hexlify(data[:20], "_", 3), b.hexlify(data[:20], b" ", -3), b.b2a_hex(data[:6], sep="|"))
t(lambda: b.hexlify(b'\x01\xab\xff'))
t(lambda: b.hexlify(b'\x01\xab\xff\x00\x10', '-'))
t(lambda: b.hexlify(b'\x01\xab\xff\x00\x10', b':', 2))
t(lambda: b.hexlify(b'\x01\xab\xff\x00\x10', ':', -2))
t(lambda: b.hexlify(b'\x01\xab\xff\x00\x10', ':', 0))
t(lambda: b.hexlify(b'\x01\xab\xff\x00\x10', ':', 10))
t(lambda: b.hexlify(b'', ':', 1))
t(lambda: b.hexlify(b'ab', '::'))
t(lambda: b.hexlify(b'ab', 'é'))
t(lambda: b.hexlify(b'ab', 1))
t(lambda: b.hexlify(b'ab', sep=None))
t(lambda: b.hexlify('ab'))
t(lambda: b.hexlify(data=b'ab', bytes_per_sep=1, sep='x'))
t(lambda: b.b2a_hex(memoryview(b'ab')))
t(lambda: b.unhexlify('0aFf'))
t(lambda: b.unhexlify(b'0aF'))
t(lambda: b.unhexlify(b'0g'))
t(lambda: b.unhexlify('é0'))
t(lambda: b.unhexlify(12))
t(lambda: b.unhexlify(bytearray(b'ab')))
t(lambda: b.a2b_hex(hexstr='ab'))
t(lambda: b.b2a_base64(b'abcd'))
t(lambda: b.b2a_base64(b'abcd', newline=False))
t(lambda: b.b2a_base64(b''))
t(lambda: b.b2a_base64('x'))
t(lambda: b.a2b_base64(b'YWJjZA==\n'))
t(lambda: b.a2b_base64('YWJjZA'))
t(lambda: b.a2b_base64('YWJjZ'))
t(lambda: b.a2b_base64('YW=JjZA=='))
t(lambda: b.a2b_base64('Y'))
t(lambda: b.a2b_base64('=YWJj', strict_mode=True))
t(lambda: b.a2b_base64('YWJj=', strict_mode=True))
t(lambda: b.a2b_base64('YW==x', strict_mode=True))
t(lambda: b.a2b_base64('YW=J', strict_mode=True))
t(lambda: b.a2b_base64('YW!J', strict_mode=True))
t(lambda: b.a2b_base64('YWJjZA==', strict_mode=True))
t(lambda: b.a2b_base64('', strict_mode=True))
t(lambda: b.a2b_base64('YWJjZ', strict_mode=True))
t(lambda: b.a2b_base64('Y', strict_mode=True))
t(lambda: b.a2b_base64(b'YW\nJj'))
t(lambda: b.a2b_base64('a\xe9'))
t(lambda: b.crc32(b'hello'))
t(lambda: b.crc32(b'hello', 123))
t(lambda: b.crc32(b'hello', -1))
t(lambda: b.crc32(b'hello', 2**40))
t(lambda: b.crc32('x'))
t(lambda: b.crc32(b'x', 1.5))
t(lambda: b.crc_hqx(b'hello', 0))
t(lambda: b.crc_hqx(b'hello', 0x12345))
t(lambda: b.crc_hqx(b'hello', -1))
t(lambda: b.crc_hqx(b'hello'))
t(lambda: b.b2a_uu(b'hello'))
t(lambda: b.b2a_uu(b'', backtick=True))
t(lambda: b.b2a_uu(b'\0\0\0', backtick=True))
t(lambda: b.b2a_uu(b'x'*46))
t(lambda: b.a2b_uu(b'%:&5L;&\\\n'))
t(lambda: b.a2b_uu(''))
t(lambda: b.a2b_uu(b'!'))
t(lambda: b.a2b_uu(b'%:&5L;&\\x'))
t(lambda: b.a2b_uu(b'%:&5L~&\\'))
t(lambda: b.a2b_uu(b'`'))
t(lambda: b.a2b_uu(b' '))
t(lambda: b.a2b_uu(b'\x7f'))
t(lambda: b.b2a_qp(b'hello=world\t\n \xff.\n'))
t(lambda: b.b2a_qp(b'a b_c', header=True))
t(lambda: b.b2a_qp(b'a\tb', quotetabs=True))
t(lambda: b.b2a_qp(b'line\r\nnext\n', istext=False))
t(lambda: b.b2a_qp(b'x'*100))
t(lambda: b.b2a_qp(b'.\n.'))
t(lambda: b.a2b_qp(b'hello=3Dworld=\r\nx=4'))
t(lambda: b.a2b_qp('a_b=5f', header=True))
t(lambda: b.a2b_qp(b'=', ))
t(lambda: b.a2b_qp(b'=4g=\n'))
t(lambda: b.a2b_qp(data=b'x', header=1))
t(lambda: b.Error.__mro__)
t(lambda: b.Incomplete.__mro__)
t(lambda: b.Error.__module__)
t(lambda: sorted(k for k in dir(b) if not k.startswith('__')))
t(lambda: b.a2b_base64(memoryview(b'YWJj')))
t(lambda: b.crc32(array.array('i', [1,2])))
t(lambda: b.hexlify(array.array('h', [1,2])))
t(lambda: b.a2b_base64(b'YWJj\x00ZA=='))
t(lambda: b.a2b_base64(b'YWJjZA=\n='))
t(lambda: b.a2b_base64(b'YWJjZA=\n=', strict_mode=True))
t(lambda: b.a2b_base64(b'YWJjZ\nA==', strict_mode=True))
t(lambda: b.a2b_base64(b'YWJjZA===', strict_mode=False))
t(lambda: b.a2b_base64(b'YWJjZA===', strict_mode=True))
t(lambda: b.a2b_base64(b'YWJjZA==YQ=='))
t(lambda: b.unhexlify())
t(lambda: b.a2b_uu())
t(lambda: b.a2b_hex(b'a', b'b'))
t(lambda: b.b2a_base64())
t(lambda: b.b2a_base64(b'', True))
t(lambda: b.b2a_base64(data=b''))
t(lambda: b.hexlify())
t(lambda: b.hexlify(b'', 'x', 1, 2))
t(lambda: b.crc32())
t(lambda: b.crc32(b'', 1, 2))
t(lambda: b.crc32(b'', crc=1))
t(lambda: b.b2a_qp())
t(lambda: b.b2a_qp(b'', 0, 0, 0, 0))
t(lambda: b.a2b_qp(b'', foo=1))
t(lambda: b.b2a_uu(b'', True))
t(lambda: b.hexlify(b'ab', [1]))
t(lambda: b.hexlify(b'ab', bytearray(b'x')))
t(lambda: b.hexlify(b'ab', '\u0100'))
t(lambda: b.hexlify(b'abc', ':', 2**70))
t(lambda: b.hexlify(b'abc', ':', 1.0))
t(lambda: b.crc32(b'', 2**70))
t(lambda: b.a2b_base64(b'', strict_mode=[]))
# Quoted-printable details: CRLF line ends, trailing blanks, soft breaks at column 76,
# leading dots, '=' escapes in the decoder.
for src in [b"a \r\nb\t\r\n", b"x" * 75 + b"=" + b"y" * 80, b" " * 80 + b"\n", b"tail \t",
            b"a\rb\nc\r\n", b".\r\n..", b"\x00\x7f\x80 ", b"caf\xc3\xa9 = ok\n" * 3,
            b"z" * 76 + b"\n" + b"w" * 77]:
    enc = b.b2a_qp(src)
    print(enc, b.b2a_qp(src, istext=False)[:40], b.a2b_qp(enc) == src)
for src in [b"=41=42=\n=43", b"a=\r\nb", b"a=\r  \nb", b"=4", b"=zz", b"==", b"x=", b"_=5F_",
            "=61", b"=\r"]:
    print(repr(src), b.a2b_qp(src), b.a2b_qp(src, header=True))
# uu lines with odd lengths and whitespace-only tails.
for line in [b" \n", b"!80``\n", b"\"86$`\n", b"#86)C\n  \n", b"$86)C9```\n"]:
    t(lambda: b.a2b_uu(line))
t(lambda: b.a2b_uu(b"#86)C\nx"))
