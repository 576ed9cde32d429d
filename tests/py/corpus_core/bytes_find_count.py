b = b"abracadabra"
for sub in [b"a", b"abra", b"", b"z", 97, 122, bytearray(b"ca"), memoryview(b"da")]:
    print(sub if not isinstance(sub, memoryview) else "mv", b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 3), b.rfind(sub, 0, 5), b.startswith(b"ab"), sub in b if not isinstance(sub, int) else (sub in b))
for args in [(b"a", -3), (b"a", 100), (b"a", -100, -5), (b"", 11), (b"", 12), (b"bra", 1, 4)]:
    print(args, b.find(*args), b.rfind(*args), b.count(*args))
for bad in [("a",), (256,), (-1,), ([97],), (None,)]:
    for m in ["find", "count", "index"]:
        try:
            getattr(b, m)(*bad)
        except Exception as e:
            print(m, type(e).__name__, e)
print(b.index(b"c"), b.rindex(b"a"), bytearray(b).index(b"d"), b.replace(b"a", b"A", 2), b.replace(b"", b"-", 3), b.upper().lower() == b)
try:
    b.rindex(b"zz")
except ValueError as e:
    print(e)
print(b"abc".startswith((b"x", b"a")), b"abc".endswith(b"bc", 1), b"abc".startswith(b"", 3), bytearray(b"x").endswith(bytearray(b"x")))
try:
    b"abc".startswith("a")
except TypeError as e:
    print(e)
