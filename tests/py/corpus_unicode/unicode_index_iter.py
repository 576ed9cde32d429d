s = "aé日😀b"
print(len(s), [c for c in s], [ord(c) for c in s], list(enumerate(s)), s[0], s[1], s[2], s[3], s[4], s[-1], s[-2])
print(s[1:4], s[::-1], s[::2], s[3:], s[:3], s[-3:-1], s.index("😀"), s.find("b"), s.rfind("é"), "😀" in s, "日😀" in s, s.count("😀"))
for i in range(len(s)):
    print(i, s[i], s[i:i + 2], hex(ord(s[i])), len(s[i].encode()), s[i].isalpha())
print(s.encode("utf-8"), s.encode("utf-16-le").hex(), len(s.encode("utf-32-le")), s.encode("utf-8").decode("utf-8") == s)
print(sorted(s), max(s), min(s), "".join(reversed(s)), s * 2, s + s[::-1], s.replace("日", "月"), s.split("日"), s.partition("😀"))
print(str(s), repr(s), ascii(s), "%s|%r|%a" % (s, s, s), "{}".format(s), f"{s!r:>12}", format(s, "^11"))
it = iter(s)
print(next(it), next(it), list(it))
print(chr(0xe9) == "é", "\xe9" == "é", "\u00e9" == "é", "\U000000e9" == "é", "e\u0301" == "é", len("e\u0301"))
print([c.upper() for c in "ßﬃŉ"], [len(c.upper()) for c in "ßﬃŉ"], "ǰ".upper(), "ΐ".upper().encode("unicode_escape") if False else "")
