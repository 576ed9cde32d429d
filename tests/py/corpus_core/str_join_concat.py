print("".join([]), "-".join(["a"]), "-".join(("a", "b")), ", ".join(map(str, range(5))), "".join(reversed("abc")), "x".join("123"), "".join(c.upper() for c in "ab"), "".join({"k": 1}), "|".join(sorted({"b", "a"})))
for bad in [[1], ["a", None], [b"a"], "ab".encode()]:
    try:
        "-".join(bad)
    except TypeError as e:
        print(e)
s = ""
for i in range(5):
    s += str(i)
print(s, s * 2, "ab" + "cd" + "ef", "a" "b", ("a" "b" "c"), "%s%s" % ("x", "y"), str(1) + str(2.5) + str(None))
parts = ["α", "β", "😀", "x"]
print("".join(parts), len("".join(parts)), "->".join(parts).encode("utf-8"))
class S(str): pass
print(type("".join([S("a"), S("b")])).__name__, type(S("a") + "b").__name__, type("-".join([S("only")])).__name__)
print(b"".join([b"a", b"b"]), b",".join([bytearray(b"x"), memoryview(b"y")]), bytearray(b"-").join([b"1", b"2"]), type(bytearray(b"").join([])).__name__)
try:
    b"".join(["s"])
except TypeError as e:
    print(e)
