print(bytes(), bytes(4), bytes([1, 2, 255]), bytes(range(65, 70)), bytes("é", "utf-8"), bytes(b"copy"))
print(bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes((x * 2 for x in range(3))))
for bad in [[256], [-1], "str"]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
b = b"abcdef"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], len(b), b + b"gh", b * 2, b"b" in b, 99 in b, b"z" not in b)
print(b == bytearray(b"abcdef"), b == "abcdef", b < b"abd", sorted([b"b", b"a", b"ab"]))
print(hash(b"abc") == hash(b"abc"), list(b"hi"), [x for x in b"\x00\x01"], max(b"az"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b + "s"
except TypeError as e:
    print("TypeError:", e)
print(bytes.fromhex(""), b"%d-%s" % (1, b"x"), b"x".__len__())
