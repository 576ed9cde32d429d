print(bytearray(), bytearray(0), bytearray(3), bytearray(b"x"), bytearray([1, 255]), bytearray(range(3)), bytearray("hé", "utf-8"))
print(bytearray(iter([65, 66])), bytearray(bytearray(b"copy")), bytearray(memoryview(b"mv")))
for bad, exc in [([256], ValueError), ("s", TypeError), (-1, ValueError), (1.5, TypeError)]:
    try:
        bytearray(bad)
    except exc as e:
        print(exc.__name__, e)
print(bytearray.fromhex("01 0203"), bytearray(b"\x00\xff").hex(), bytearray(b"abc").hex("-"))
a = bytearray(b"abc")
b = bytearray(a)
b[0] = 0
print(a, b, a is b, type(a).__name__, repr(bytearray(b"q")))
