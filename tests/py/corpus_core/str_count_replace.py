s = "aaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count(""), s.count("", 2), s.count("a", 1, 3), s.count("a", -2), s.count("b"), "".count(""), "".count("a"))
print(s.replace("a", "b"), s.replace("aa", "b"), s.replace("a", ""), s.replace("", "-"), "".replace("", "x"), "abc".replace("", "", 5), s.replace("a", "bb", 2), s.replace("x", "y"), "aXbXc".replace("X", "\n"))
print("abcabc".replace("bc", "BC", -5), "ab".replace("ab", "ab" * 3), "mississippi".replace("ss", "s"), "日本日本".replace("日", "月", 1), "é".replace("é", "e\u0301"))
print(b"aaaa".count(b"aa"), b"aaaa".replace(b"a", b"bb", 3), bytearray(b"xyx").replace(b"x", b""), b"".replace(b"", b"z"))
for bad in [lambda: s.replace(1, "a"), lambda: s.replace("a"), lambda: s.count(), lambda: s.count(None), lambda: s.replace("a", "b", "c")]:
    try:
        bad()
    except TypeError as e:
        print(e)
