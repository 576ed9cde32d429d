print(bytes(), bytes(0), bytes(3), bytes([]), bytes([0, 255]), bytes(range(3)), bytes(b"x"), bytes(bytearray(b"y")), bytes(memoryview(b"z")), bytes("é", "utf-8"), bytes("a", encoding="ascii"), bytes("é", "ascii", "replace"), bytes((65, 66)), bytes(iter([67])))
class WithBytes:
    def __bytes__(self): return b"custom"
class WithIndex:
    def __index__(self): return 2
print(bytes(WithBytes()), bytes(WithIndex()), bytearray(WithIndex()), bytes.fromhex("ff"), bytes([True, False]))
for bad in [(-1,), ([256],), ([-1],), (["a"],), ("str",), (1.5,), (None,), ("x", 5), (b"x", "utf-8"), ([1], "utf-8")]:
    try:
        print(bytes(*bad))
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
class BadBytes:
    def __bytes__(self): return "not bytes"
try:
    bytes(BadBytes())
except TypeError as e:
    print(e)
print(bytearray(), bytearray(2), bytearray(b"ab"), bytearray("é", "utf-8"), bytearray([1, 2]), bytearray(range(2)), bytes(10) == bytearray(10), b"\x00" * 3 == bytes(3))
