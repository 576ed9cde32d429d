a = "é"
b = "e\u0301"
print(a == b, len(a), len(b), a.encode(), b.encode(), sorted([a, b]))
print(b.upper(), len(b.upper()), b[::-1] == "\u0301e", b.isalpha(), "\u0301".isalpha(), "\u0301".isprintable())
flags = "🇺🇸🇫🇷"
print(len(flags), [hex(ord(c)) for c in flags], flags[:2])
family = "👨\u200d👩\u200d👧"
print(len(family), family.split("\u200d"), len(family.encode("utf-8")))
print("ﬁ".upper(), "ﬁ".lower(), "ﬁ".casefold(), "Ǆ".lower(), "ǆ".upper(), "ǆ".title())
print("𝒜".isalpha(), "𝒜".isupper(), "𝟙".isdigit(), "𝟙".isdecimal(), int("𝟙𝟚"))
print("\u00a0".isspace(), "\u200b".isspace(), "\u2009".isspace(), " \u00a0x\u2003".split())
