import re
tokens = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
print([m.groups() for m in tokens.finditer("x = 3.5 + y1*2")])
def tokenize(s):
    spec = [("NUM", r"\d+"), ("ID", r"[a-z]+"), ("OP", r"[+*/-]"), ("WS", r"\s+")]
    rx = "|".join(f"(?P<{n}>{p})" for n, p in spec)
    return [(m.lastgroup, m.group()) for m in re.finditer(rx, s) if m.lastgroup != "WS"]
print(tokenize("a + 12 * bc"))
print(re.sub(r"(?P<a>\w)(?P<b>\w)", r"\g<b>\g<a>", "abcd"), re.sub("", "-", "abc"))
print(re.findall(r"(\w+)=(\d+)", "a=1, bb=22, c=x"), re.search(r"^$", "a\n\nb", re.M).start())
print(re.compile(r"a|b").pattern, re.compile("x", re.I).flags & re.I == re.I)
print(re.match(r"(?:ab)+", "ababx").group(), re.match(r"(a)|(b)", "b").groups())
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"))
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e)
print(re.sub(r"x*", "-", "abxd"))
