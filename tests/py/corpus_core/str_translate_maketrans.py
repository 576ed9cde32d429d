t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdabcd".translate(t))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hello".translate({104: 72}), "hello".translate({}), "abc".translate({97: "αβ"}))
print(str.maketrans({"a": "1", "b": None, 99: "3"}), "abc".translate(str.maketrans({"a": "1", "b": None, 99: "3"})))
class Table:
    def __getitem__(self, k):
        if k == ord("x"): raise LookupError
        return k + 1
print("abcx".translate(Table()))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans("a", 1), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}), lambda: str.maketrans({1.5: "a"})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"abc".translate(bytes.maketrans(b"abc", b"ABC")), b"abc".translate(None, b"ac"), bytearray(b"aabb").translate(None, b"a"), bytes.maketrans(b"a", b"b")[97:99])
try:
    b"a".translate(b"short")
except ValueError as e:
    print(e)
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print(e)
