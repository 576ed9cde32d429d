import re
log = "2024-01-15 ERROR disk full\n2024-01-16 INFO ok\n2024-01-17 ERROR cpu hot\n"
pat = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) (?P<msg>.*)$", re.MULTILINE)
for m in pat.finditer(log):
    if m["level"] == "ERROR":
        print(m["date"], m.group("msg"), m.span("msg"))
print(pat.groups, sorted(pat.groupindex.items()))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", log.splitlines()[0]))
print(re.findall(r"[aeiou]", "Education", re.I), re.findall(r"^\w+", "one\ntwo", re.M), re.findall(r"^\w+", "one\ntwo"))
verbose = re.compile(r"""
    (\d+)   # number
    \s*
    ([a-z]+) # unit
""", re.X)
print(verbose.findall("10 kg 5m 3  cm"))
m = re.match(r"(\w+) (\w+)", "hello world extra")
print(m.expand(r"\2 \1"), m.string, m.re.pattern, m.pos, m.endpos, m.lastindex)
