b = b"hello world"
print(b.find(b"o"), b.find(111), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.count(108), b.find(b"o", -3))
for bad in [("x",), (256,), (-1,), (1.5,)]:
    try:
        print(b.find(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    b.index(b"z")
except ValueError as e:
    print(e)
print(b.split(), b.split(b"o"), b.rsplit(b"o", 1), b.partition(b" "), b.rpartition(b"l"), b.upper(), b.title(), b.capitalize(), b.swapcase())
print(b.replace(b"l", b"L", 2), b.startswith(b"he"), b.endswith((b"x", b"ld")), b.strip(b"hd"), b"  x ".strip(), b.center(15, b"*"), b.ljust(13, b"."), b.zfill(14))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(":", -3), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
for bad in ["zz", "a", "0 1"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(e)
print(b"a,b".split(b","), b"".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"-".join([]), b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"\t ".isspace(), b"Ab".istitle())
try:
    b"".join([b"a", "b"])
except TypeError as e:
    print(e)
print(b[0], b[-1], b[1:3], b[::-1], b[::3], list(b"ab"), bytes(3), bytes([1, 2, 255]), bytes("é", "utf-8"), bytes(b"x"), bytes(range(3)), bytes(bytearray(b"q")))
for bad in [([256],), ([-1],), ("abc",), (1.5,), (-1,), (["a"],), ("x", "nope")]:
    try:
        print(bytes(*bad))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(b"\x00\n\t'\"\\\x7f\x80"), repr(b"'"), repr(b"'\""), str(b"ab"), b"ab" + b"cd", b"ab" * 2, b"a" in b"ab", 97 in b"ab", b"ab" < b"b", b"ab" == bytearray(b"ab"))
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    "a" in b"ab"
except TypeError as e:
    print(e)
try:
    300 in b"ab"
except ValueError as e:
    print(e)
print(b"abc".decode(), b"\xff".decode("latin-1"), b"\xffa".decode("utf-8", "replace"), b"\xffa".decode("utf-8", "ignore"), b"\xffa".decode("utf-8", "backslashreplace"), b"a\xe9".decode("utf-8", errors="surrogateescape").encode("utf-8", "surrogateescape"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.start, e.end, e.reason, e.encoding)
try:
    b"\xe9a".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print(b"a\tb".expandtabs(4), b"AbC".lower(), b"abc".translate(None, b"b"), b"abc".translate(bytes.maketrans(b"a", b"z")), bytes.maketrans(b"", b"")[:5])
print(b"ab\ncd\r\n".splitlines(), b"ab\ncd\r\n".splitlines(keepends=True), b"xxaxx".removeprefix(b"xx"), b"abc".isascii(), b"a".isalnum())
print(hash(b"abc") == hash(b"abc"), bytes.fromhex("00ff").hex(), b"%b" % b"x", b"abc".rjust(5), b"ab".count(b""), b"abc".rindex(b"c"))
