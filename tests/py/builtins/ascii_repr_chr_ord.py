print(ascii("héllo"), ascii("日本"), ascii("\U0001F600"), ascii([1, "é"]), ascii("plain"), ascii(b"\xff"))
print(repr("x"), repr(1.0), repr([None]), repr(print)[:20])
print(chr(65), chr(0x263A), chr(0x1F600), chr(0), repr(chr(127)), chr(0x10FFFF) == "\U0010FFFF")
print(ord("A"), ord("é"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: ord(""), lambda: ord("ab"), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([chr(c) for c in range(97, 103)], "".join(map(chr, [72, 105])))
