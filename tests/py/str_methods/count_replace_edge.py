s = "aaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count(""), s.count("", 2), s.count("a", 1, 3), s.count("a", -2))
print(s.replace("a", "b", 0), s.replace("a", "b", -1), s.replace("aa", "b"), s.replace("", "_", 2), "".replace("", "x"))
print("abc".find("c", 1, 2), "abc".find("c", 1, 3), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2))
print("hello".startswith(("x", "he")), "hello".startswith("l", 2), "hello".endswith("l", 0, 4), "hello".startswith(""))
try:
    "hello".startswith(["he"])
except TypeError as e:
    print("TypeError:", e)
print("a b c".split(" ", 0), "a b c".split(" ", -1), "  a  ".split(" "), "a\tb\nc".split(None, 1))
print("x".join("abc"), "".join(["", ""]), "ab".join(["", "", ""]))
