for v, spec in [(255, "x"), (255, "#X"), (255, "08b"), (-255, "+o"), (3.14159, ".2f"), ("s", "^5"), ([1], ""), (None, ""), (True, "d"), (True, ""), (1e10, "g"), (10**20, ","), (0.5, "%"), ("x", "<3"), (b"b", ""), (1 + 2j, ".1f"), (range(2), "")]:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except (TypeError, ValueError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
print(format(3), format("a"), format(1.5), format(None), format([]), format(object.__new__(object), "")[:8])
for bad in [(object(), "x"), ([], "d"), ("s", "d"), (1, "s"), (1.5, "d"), (None, "x")]:
    try:
        format(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at ")[0])
print(bin(0), bin(1), bin(-1), oct(0), hex(0), hex(2**64), hex(-2**64), bin(True), oct(False))
print(chr(65), chr(0), repr(chr(127)), chr(0x1F600), ord("\n"), ord("€"), ord("\U0010ffff"), [chr(i) for i in range(97, 100)])
print(ascii("plain"), ascii("tab\t"), ascii("é😀"), ascii(["é", 1]), ascii({"k": "ü"}), repr("é😀"), str("é"))
print(divmod(10, 3), divmod(-10, 3), divmod(10.5, 3), divmod(-10.5, -3), pow(2, 8), pow(2.0, -1), pow(-2, 2), pow(9, 0.5), round(2.567, 2), round(1234, -2), abs(-7.5), abs(-0))
print(hash("a") == hash("a"), id(1) == id(1), len([1, 2]), len(range(0, 10, 3)), len(b"abc"), len({"a": 1}), len("😀"), sorted({3, 1, 2}), sum(range(4)), min([4, 2]), max("abc"))
