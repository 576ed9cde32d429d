s = "a\U0001F600b\U00010348c"
print(len(s), [hex(ord(c)) for c in s], s[1], s[3], s[-2], s[1:4], s.find("c"), s.encode("utf-16-le").hex(), len(s.encode("utf-16-le")))
print(s.upper(), s[::-1] == "c\U00010348b\U0001F600a", list(s), "\U0001F600" in s, s.index("\U00010348"), s.replace("\U0001F600", "X"))
sur = "\ud83d\ude00"
print(len(sur), sur == "\U0001F600", ascii(sur), sur.encode("utf-16", "surrogatepass")[:2] in (b"\xff\xfe", b"\xfe\xff"))
print(ascii("\ud83d\ude00".encode("utf-16-le", "surrogatepass").decode("utf-16-le")))
print(chr(0xd800).isprintable(), "\ud800".isalpha(), repr(chr(0xdfff)), chr(0x10ffff).isprintable(), len(chr(0xffff) + chr(0x10000)))
print(sorted(["\U0001F600", "\uffff", "a", "\U00010000"]) == ["a", "\uffff", "\U00010000", "\U0001F600"], "\U0001F600" > "\uffff")
print(b"\xf0\x9f\x98\x80".decode(), b"\xf0\x9f\x98".decode("utf-8", "replace"), b"\xf0\x9f\x98\x80".decode("utf-16-le", "replace") if False else "")
print("%c" % 0x1F600, "{:c}".format(0x1F600), chr(128512), "x".join("\U0001F600\U0001F601"))
print(str("\U0001F600".encode("utf-32-be")), "\U0001F600".encode("unicode_escape"), b"\\U0001f600".decode("unicode_escape"), "é\n".encode("unicode_escape"), b"\\xe9".decode("unicode_escape"), "é".encode("raw_unicode_escape"))
for i in [0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff]:
    c = chr(i)
    print(hex(i), len(c.encode()), c.encode().hex(), c.encode("utf-8").decode() == c)
print("\U0001F600".isidentifier(), "a\U0001D400".isidentifier(), "\U0001D400".isalpha(), "\U0001D7CE".isdigit(), int("\U0001D7CE\U0001D7CF"))
