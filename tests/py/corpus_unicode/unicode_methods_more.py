samples = ["Ǆemal", "ǅemal", "ǆemal", "ΣΊΣΥΦΟΣ", "straße", "ﬃ", "İi", "ıI", "Åström", "ÿ", "Ω", "ᾳ", "ŉ", "ǰ", "ﬆ", "Ⅸ", "ⓗⓔⓛⓛⓞ", "𝔘𝔫𝔦"]
for s in samples:
    print(s, s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), len(s.upper()), s.isupper(), s.islower(), s.istitle())
print("ΑΣ ΑΣ.".lower(), "ΑΣ".lower(), "Σ".lower(), "ΑΣΑ".lower(), "A\u03a3\u0301".lower())
for s in ["abc", "ABC", "ábc", "日本", "١٢٣", "a b", "\u2028", "\x00", "\u00ad", "\ufeff", "\U000e0041"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isprintable(), s.isspace(), s.isidentifier(), s.isascii())
print("über".center(10, "·"), "naïve café".split(), "日本語テキスト".find("テ"), "日本語".encode("utf-8").count(b"\xe6"), "àéîõü".index("î"), "ǅ".istitle())
print(sorted("бвгаё"), sorted(["Ärger", "Apfel", "Zebra", "ärger"]), max("aäz"), "a" < "ä" < "z" < "α" < "日")
print("x".join("日本"), "、".join(["一", "二"]), "日本語".replace("本", "ほん"), "abc日本".startswith("abc"), "日本".endswith("本"), "日本" * 3, "本" in "日本")
