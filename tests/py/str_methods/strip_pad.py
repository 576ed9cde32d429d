s = "  xx hello xx  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" x")))
print(repr("www.example.com".strip("cmowz.")), repr("\t\n x \r\n".strip()))
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abc".ljust(6, "-")), repr("abc".rjust(6)))
print(repr("abc".center(2)), "42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(5), "".zfill(2))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "12345\t6".expandtabs(3))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
try:
    "abc".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
