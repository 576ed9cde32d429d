s = "Ünïcödé Têxt"
print(s.lower(), s.upper(), s.title(), s.swapcase(), s.casefold(), s.center(20, "*"), s.ljust(15, "."), s.rjust(15, "·"), s.zfill(16))
print(s.find("ö"), s.index("T"), s.count("ê"), s.startswith("Ü"), s.endswith("xt"), s.split("ö"), s.replace("é", "e"), s.strip("Üt"), s.isalpha(), s.replace(" ", "").isalpha(), s.encode("latin-1"), s.encode("ascii", "replace"))
print("%-14s|%14s|" % (s, s), "{:^16}".format(s), f"{s!a}", s.translate({ord("ü"): "ue", ord("Ü"): "Ue", ord("ö"): "oe"}), s.expandtabs(), s.splitlines(), s.partition(" "))
print(sorted(s.split()), s.split()[::-1], " ".join(w[::-1] for w in s.split()), [c for c in s if not c.isascii()], sum(1 for c in s if c.isupper()))
