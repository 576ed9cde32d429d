items = [b"", b"a", b"A", b"ab", b"b", b"\x00", b"\xff", b"a\x00"]
print(sorted(items))
print(b"abc" == b"abc", b"abc" != b"abd", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x7f")
print(b"a" == "a", b"a" == bytearray(b"a"), b"" == bytes(0))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"k" in {b"k"})
for i, byte in enumerate(b"hi!"):
    print(i, byte, chr(byte), type(byte).__name__)
print(list(reversed(b"abc")), sum(b"\x01\x02\x03"), max(b"hello"), sorted(b"cab"), bytes(sorted(b"cab")))
it = iter(b"xy")
print(next(it), next(it), next(it, None))
print(b"a" in b"cat", 97 in b"cat", b"" in b"x")
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError:", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
