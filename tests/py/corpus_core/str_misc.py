s = "abcdefghij"
print(s[::2], s[::-1], s[-3:], s[:-3], s[100:], s[-100:2], s[5:2], s[5:2:-1], s[::-3], s[1:8:3])
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[1.0]
except TypeError as e:
    print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
try:
    s[0] = "x"
except TypeError as e:
    print(e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "a" + "b")
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
print("a" < "b", "a" < "ab", "B" < "a", "" < "a", "abc" == "abc", "a" != "a")
try:
    "a" < 1
except TypeError as e:
    print(e)
print("b" in "abc", "" in "abc", "abc" in "abc", "abcd" in "abc")
try:
    1 in "abc"
except TypeError as e:
    print(e)
print(str(), str(1), str(b"x"), str(b"x", "ascii"), str(b"\xff", "utf-8", "replace"), str(object=5), repr(str(1.5)))
try:
    str(1, "utf-8")
except TypeError as e:
    print(e)
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\\\x00\x7f\x80\xff\u0100\U0001f600"), ascii("é\U0001f600"))
print(len("abc"), min("bca"), max("bca"), sorted("bca"), list("ab"), tuple("ab"), "abc".__len__())
print("%s|%r|%a" % ("é", "é", "é"))
print(ord("a"), chr(97), chr(0x10ffff) == "\U0010ffff")
for bad in [(-1,), (0x110000,), ("a",)]:
    try:
        chr(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in ["", "ab", 1, b"ab"]:
    try:
        ord(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")))
print("abc".translate({97: "X", 98: None, 99: 100}), "abc".translate(str.maketrans("ab", "xy")), str.maketrans("a", "b", "c"), str.maketrans({"a": 1}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print(e)
print("Straße".upper(), "ǅ".lower(), "ǅ".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ß".casefold(), "ΣΑΣ".lower())
print(hash("abc") == hash("abc"), "abc".encode(), "é".encode("latin-1"), "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "x".encode("nope")
except LookupError as e:
    print(e)
print(str.__name__, type("") is str, isinstance("", str), "abc".__contains__("b"), "abc".__getitem__(1))
x = "abc"
x += "d"
print(x, x.__add__("e"), x.__mul__(2), x.__rmul__(2), "a".__mod__(()), NotImplemented is "a".__add__(1))
