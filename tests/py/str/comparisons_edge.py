pairs = [("a", "b"), ("a", "a"), ("", "a"), ("abc", "ab"), ("Z", "a"), ("é", "f"), ("\uffff", "\U00010000"),
         ("a\x00", "a"), ("10", "9"), ("abc", "ABC")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x > y)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
print("a" == 1, "1" == 1, "a" != b"a")
print(sorted(["b", "B", "a", "A", "1", "_", " "]))
print(min("zyx", "abc", key=lambda s: s[::-1]), max(["aa", "b"], key=len))
