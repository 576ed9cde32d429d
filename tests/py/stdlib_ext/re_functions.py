# re: match/search/fullmatch/findall/finditer/sub/subn/split with groups, functions, flags.
import re

text = "John: 25, Mary: 31; bob: 7 -- alice:102"

m = re.match(r"(\w+): (\d+)", text)
print(m.group(), m.group(0), m.group(1, 2), m.groups(), m.span(), m.span(2), m.start(1), m.end(2))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re.pattern, m.string == text)
print(re.match(r"\d+", text))
print(re.search(r"(\w+):\s*(\d+)$", text).groups())
print(re.fullmatch(r"\w+", "abc123"), re.fullmatch(r"\w+", "abc 123"))
print(re.findall(r"\d+", text))
print(re.findall(r"(\w+):\s*(\d+)", text))
print(re.findall(r"(\w)(\w)?", "abc"))
print(re.findall(r"", "ab"))
print([m.span() for m in re.finditer(r"\b\w", text)])
print([(m.group("name"), int(m["age"])) for m in re.finditer(r"(?P<name>\w+):\s*(?P<age>\d+)", text)])

# named groups
m = re.search(r"(?P<first>\w+)\s(?P<last>\w+)(?P<opt>!)?", "Grace Hopper")
print(m.groupdict(), m.groupdict("-"), m["first"], m.group("last", 1))
print(m.lastgroup, m.lastindex, m.start("opt"), m.span("opt"))
print(re.compile(r"(?P<a>x)(?P<b>y)(z)").groupindex, re.compile(r"(a)(b)(c)").groups)
print(re.sub(r"(?P<w>\w+)@(?P<d>\w+)", r"\g<d> at \g<w> (\g<0>)", "me@host you@there"))
print(re.match(r"(?P<x>a)(?P=x)", "aa").group())

# sub with functions and group references
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), text))
print(re.sub(r"(\w+): (\d+)", r"\2=\1", text))
print(re.sub(r"a", "-", "banana", count=2), re.subn(r"a", "-", "banana"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"(a)|b", r"[\1]", "abab"))
print(re.sub("\\s+", " ", "a \t\n b  c"), re.sub(r"(?m)^", "> ", "one\ntwo"))
print(re.sub(r"\w", lambda m: m.group().upper(), "hello world", 3))
print(repr(re.sub(r"(\w+)", r"\n\t\\\1", "ab")))

# split
print(re.split(r"[,;]\s*", text))
print(re.split(r"([,;])", "a,b;c"))
print(re.split(r"\s*", "a b  c"))
print(re.split(r"x", "axbxc", maxsplit=1), re.split(r"(x)|(y)", "axbyc"))
print(re.split(r"\b", "hi there"))

# flags
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"A.C", "abc\nA\nC aXc", re.I | re.S))
print(re.search(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", "call 555-1234 now", re.X).groups())
print(re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
print(re.match(r"(?i)hello", "HeLLo").group(), re.match(r"(?i:a)b", "Ab"), re.match(r"(?i:a)b", "AB"))
print(re.compile("x", re.I | re.M).flags, re.I | re.M, repr(re.I | re.M), re.I.value)
print(re.compile(r"\d", re.ASCII).flags, re.compile(rb"\d").flags)

# compiled pattern methods with pos/endpos
p = re.compile(r"\d+")
print(p.search("ab12cd345", 4), p.match("ab12", 2), p.findall("1 22 333", 2, 6), p.fullmatch("a12b", 1, 3))
print(p.sub("#", "a1b22"), p.split("a1b22c"), p.pattern, repr(p))
print(repr(re.compile(r"a\nb", re.I)), repr(re.compile(b"ab")))
print(p == re.compile(r"\d+"), hash(p) == hash(re.compile(r"\d+")))
print(repr(re.match(r"\w+", "hello world")))

# escape
print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m-n#o&p~q"), re.escape(b"a.b"), repr(re.escape("\t\n")))
print(re.match(re.escape("1+1=2"), "1+1=2").group())

# lookarounds, non-greedy, backrefs, conditionals, atomic-free
print(re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"(?<=\$)\d+", "$10 $20 30"))
print(re.findall(r"(?<!\d)\d{2}(?!\d)", "1 12 123 45"), re.search(r"<.+?>", "<a><b>").group())
print(re.match(r"(\w)\1", "aab"), re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group())
print(re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaaaa"), re.findall(r"[^\W\d]+", "ab1_c2"))
print(re.match(r"[\u00e0-\u00ff]+", "éèà!").group(), re.findall(r"[a-c-]", "a-d"), re.findall(r"\S+", " x y "))
print(re.match(r"(?s).*", "a\nb").group() == "a\nb", re.match(r".*", "a\nb").group())
print(re.search(r"\Bb\B", "abc").span(), re.search(r"\Aab\Z", "ab").group())

# bytes patterns
print(re.findall(rb"\d+", b"a1 b22"), re.sub(rb"a", b"b", b"aaa"), re.match(rb"(?P<x>.)", b"z").groupdict())

# Match objects
m = re.match(r"(a)(b)?", "a")
print(m.groups(), m.groups(0), m.group(2), m.span(2), m.expand(r"\1-\g<1>"), bool(m))
try:
    m.group(3)
except IndexError as e:
    print("IndexError:", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)
print(re.match("a", "a")[0], re.match("(?P<n>a)", "a")["n"])

# purge / cache and the template function are harmless
re.purge()
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError:", e)
