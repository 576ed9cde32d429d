s = "Python3.11 ünïcödé ☃ 𝔘"
print(len(s), s.upper(), s.lower(), s.split(), s.encode("utf-8")[-8:])
print(s[::2], s[-1], s[-3:], s[7:10], s.index("☃"), s.count("ï"))
print(s.replace("ü", "u").replace("ï", "i"), s.isascii(), s[:6].isascii())
print([c for c in s if ord(c) > 127], max(s), min(s))
print(s.center(30, "."), s.ljust(26, "_") + "|", s.zfill(25)[:6])
print(s.startswith("Py"), s.endswith("𝔘"), s.partition(" "), s.rsplit(" ", 1))
