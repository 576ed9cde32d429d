s = "αβγδε😀日本ζ"
print(len(s), s[::-1], s[1:-1:2], s[-3:], s[100:], s[-100:2], s[5], s[5:7], s[::3], s[2::-1])
for i in range(-len(s), len(s)):
    assert s[i] == s[i % len(s)]
print([s[i:i + 3] for i in range(0, len(s), 3)], list(s[4:7]), s.find("😀"), s.index("日"), s.rfind("ζ"), s.count("δε"), s.split("😀"), s.partition("日本"))
try:
    s[len(s)]
except IndexError as e:
    print(e)
print(s.encode("utf-8")[:6], len(s.encode("utf-8")), s.encode("utf-16-le")[10:14].hex(), "".join(sorted(s)), max(s), min(s))
b = s.encode("utf-8")
print(b[:2].decode(), b[:3].decode("utf-8", "replace"), b[-4:].decode("utf-8", "ignore"), len(b.decode("latin-1")))
