print("a=b=c".partition("="), "abc".partition("abc"), "abc".rpartition("a"), "".partition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
print(repr("a\tb".expandtabs(0)), repr("\t".expandtabs(3)), repr("ab\tc\n\td".expandtabs(4)), repr("x\r\ty".expandtabs(4)))
print("{:>5}".format("ab"), "ab".rjust(1), "abc".ljust(-1), "x".center(4, "é"))
print(" \t\n".isspace(), "".isspace(), "Ab1".isalnum(), "a b".isalnum(), "ⅷ".isalpha(), "Ⅷ".isupper())
print("%s" % "str".__class__.__name__, "abc".__len__(), "abc".__hash__() == hash("abc"))
print(str.lower("ABC"), str.join(",", ["a", "b"]), str.split("a b"))
