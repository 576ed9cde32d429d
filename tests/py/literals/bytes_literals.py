b = b"hello\x00world"
print(b, len(b), b[0], b[5], b[-1])
print(b'\t\n\r\\', b"'", b'"', b'\'"')
print(bytes(3), bytes([65, 66]), b'a' * 3)
print(list(b'abc'), b'abc'[1:], b'xyz'[::-1])
print(b'\x80\xfe'.hex(), bytes.fromhex('de ad be ef'))
print(repr(b'\x7f'), repr(b'\x1b[0m'))
print(type(b'').__name__, b'' == bytes(), b'a' < b'b', b'ab' < b'b')
