s = "hello world hello"
for args in [("l",), ("l", 3), ("l", -3), ("l", 100), ("l", -100), ("", 5), ("", 17), ("", 18), ("hello", 1, 100), ("o", None, 5), ("o", 2, None), ("xyz",)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
    try:
        print(s.index(*args), s.rindex(*args))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [(1,), ("a", "b"), ("a", 1.5), ()]:
    try:
        print(s.find(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.index("zz")
except ValueError as e:
    print(e)
try:
    s.rindex("zz")
except ValueError as e:
    print(e)
print("".find(""), "".find("", 1), "abc".count(""), "abc".count("", 1, 2))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("abc".replace("b", "x", -1), "abc".replace("b", "x", 0))
print("abc".startswith(("x", "a")), "abc".endswith(("c",), 0, 2), "abc".startswith("", 3), "abc".startswith("", 4))
try:
    "abc".startswith(["a"])
except Exception as e:
    print(type(e).__name__, e)
try:
    "abc".endswith(1)
except Exception as e:
    print(type(e).__name__, e)
print("abc".find("c", -1), "abc".find("a", -10, -2), "abcabc".rfind("abc", 0, 5))
print("x".join([]), "x".join(["a"]), ",".join("abc"))
try:
    ",".join(["a", 1])
except Exception as e:
    print(type(e).__name__, e)
try:
    ",".join(1)
except Exception as e:
    print(type(e).__name__, e)
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b ".split(), " a b ".split(None, 1), "a b".rsplit(None, 0))
print("a,b,c".rsplit(",", 1), "".split(), "".split(","), "abc".split("abc"))
try:
    "a".split("")
except Exception as e:
    print(type(e).__name__, e)
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h".splitlines(), "a\nb\n".splitlines(True), "".splitlines())
print("abc".partition("b"), "abc".partition("x"), "abcb".rpartition("b"), "abc".rpartition("x"))
try:
    "abc".partition("")
except Exception as e:
    print(type(e).__name__, e)
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(3), "a\tb".expandtabs(0), "ab\n\tc".expandtabs(4))
print("abc".center(8, "*"), "abc".center(2), "ab".center(5), "abc".ljust(6, "-"), "abc".rjust(6, "0"), "-12".zfill(6), "+x".zfill(4), "".zfill(3))
try:
    "abc".center(5, "ab")
except Exception as e:
    print(type(e).__name__, e)
print("  xx  ".strip(), "xxaxx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "abc".strip(None))
try:
    "a".strip(1)
except Exception as e:
    print(type(e).__name__, e)
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "HELLO".capitalize(), "hELLO wORLD".capitalize())
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"))
print("abc123".isalnum(), "".isalnum(), "123".isdigit(), "12.3".isdecimal(), "abc".isidentifier(), "1abc".isidentifier(), " ".isspace(), "".isspace(), "Abc Def".istitle(), "ABC".isupper(), "abc1".islower(), "\t".isprintable(), "abc".isascii())
