s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(" ", 2))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\n\ny".splitlines(True))
print("a\x0bb\x0cc\x1cd\x85e\u2028f".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("-".join("abc"), "::".join(["x", "y"]), "ab".join("123"))
for bad in [""]:
    try:
        "abc".split(bad)
    except ValueError as e:
        print("ValueError:", e)
print("a1b2c3".split("1"), "aaa".split("a"), "abcabc".split("bc", 1))
print("\t a \t b \n".split(), " x ".rsplit())
