b = b"Hello, World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b", "), b.split(), b"a b  c".split(), b.partition(b","), b.rpartition(b"o"))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(b""))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 1), b.startswith(b"He"), b.endswith((b"x", b"ld")))
print(b"  pad ".strip(), b"xxhixx".strip(b"x"), b"ab".center(6, b"*"), b"7".zfill(3), b"a".ljust(3) + b"|")
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b"abc".hex(), b"abc".hex(":"), bytes.fromhex("61 62"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xffab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"))
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" ".isspace(), b"AB".isupper(), b"Ab Cd".istitle())
print(b"a\nb\r\nc".splitlines(), b"tab\tx".expandtabs(4), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
print(b"abcdef".removeprefix(b"ab"), b"abcdef".removesuffix(b"ef"), b"x".isascii())
try:
    b"x".join(["s"])
except TypeError as e:
    print("TypeError:", e)
