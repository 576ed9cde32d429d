tests = ["", " ", "a", " a ", "a b", "a  b", "\ta\nb\r\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\xa0j\u2000k\u3000l", ",", ",,", "a,", ",a", "a,,b"]
for s in tests:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(","), s.rsplit(",", 1), s.split(",", 0), s.split(maxsplit=0))
for s in ["abcabc", "aaa", "abababa"]:
    for sep in ["a", "ab", "aa", "aba", "abc", "x"]:
        print(s, sep, s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1), s.count(sep), s.partition(sep), s.rpartition(sep))
print("a\nb\n\nc\n".splitlines(), "a\r\rb".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "no newline".splitlines(True), "x\r\n".splitlines(keepends=True))
print("1,2;3 4".replace(";", ",").replace(" ", ",").split(","), "k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "path/to/file.txt".rpartition("/")[2].rpartition(".")[0])
print(b"a b\tc".split(), b"a,b".split(b","), b" x ".split(None, 5), b"a\nb".splitlines(), bytearray(b"1 2").split())
try:
    "a".split(None, "x")
except TypeError as e:
    print(e)
try:
    "a".rsplit(1)
except TypeError as e:
    print(e)
