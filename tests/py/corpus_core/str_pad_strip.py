for s in ["", "a", "ab", "abc", "日本"]:
    for w in [-1, 0, 1, 4, 7]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, ".")), repr(s.zfill(w)))
for s in ["  x  ", "\t\nx\r ", "xxyxx", "", "   ", "\u3000x\u3000", "abcba"]:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("ab")), repr(s.strip("")))
for bad in [lambda: "a".center(5, ""), lambda: "a".ljust(5, "ab"), lambda: "a".rjust("5"), lambda: "a".zfill(None), lambda: "a".strip(5), lambda: "a".center()]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
print("-5".zfill(4), "+5".zfill(4), "--5".zfill(5), "5-".zfill(4), "".zfill(2), b"-5".zfill(4), bytearray(b"7").zfill(3))
print("abc".removeprefix(""), "abc".removesuffix(""), "aaa".removeprefix("a"), "abc".removesuffix("abc"), b"abc".removeprefix(b"a"), bytearray(b"abc").removesuffix(b"c"))
try:
    "abc".removeprefix(1)
except TypeError as e:
    print(e)
