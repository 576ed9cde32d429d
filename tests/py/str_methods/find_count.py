s = "the quick brown fox jumps over the lazy dog the end"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("the", 0, 20))
print(s.index("fox"), s.rindex("o"), s.count("the"), s.count("o"), s.count(""), "aaaa".count("aa"))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("end"), s.endswith("the", 0, 34))
print(s.startswith("quick", 4), "abc".find(""), "abc".find("", 10), "abc".rfind(""))
print("abc".find("c", -1), "abc".count("a", 1), "héllo".find("l"), "😀x😀".rfind("😀"))
print(s.replace("the", "THE"), s.replace("the", "a", 2), "aaa".replace("", "-"), "abc".replace("b", ""))
