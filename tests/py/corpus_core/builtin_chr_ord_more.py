for i in [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x7ff, 0x800, 0xd800, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(i)
    print(i, repr(c), ord(c) == i, len(c), c.isprintable())
for bad in [-1, 0x110000, 2**63, 1.0, "a", None]:
    try:
        chr(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
for bad in ["", "ab", b"", b"ab", 65, None, bytearray(b"xy")]:
    try:
        print(ord(bad))
    except TypeError as e:
        print(repr(bad), e)
print(ord(b"\xff"), ord(bytearray(b"A")), ord("\U0001f600"), [ord(c) for c in "Aé€"])
