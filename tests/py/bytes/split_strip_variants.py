data = b"  key1=val1; key2 = val2 ;key3=  "
pairs = [p.strip() for p in data.split(b";")]
print(pairs)
print([tuple(x.strip() for x in p.split(b"=", 1)) for p in pairs])
print(b"a,b,,c,".split(b","), b"a,b,,c,".rsplit(b",", 2), b"   ".split(), b"".split(b","))
print(b"line1\nline2\r\nline3".splitlines(keepends=True), b"\n".splitlines())
print(b"xxhixx".lstrip(b"x"), b"xxhixx".rstrip(b"x"), b"\t\n hi \x0b".strip())
print(b"abc".partition(b"z"), b"a.b.c".rpartition(b"."), b"hello".center(11, b"-"))
print(b"Hello World".title(), b"hello world".capitalize(), b"MiXeD".swapcase(), b"abc".isascii())
print(b"%b" % b"fmt", b"a\tb".expandtabs(2), b"x".rjust(3, b"0"), b"12".zfill(5), b"-1".zfill(4))
