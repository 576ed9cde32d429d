import unicodedata
pairs = [("é", "e\u0301"), ("Å", "A\u030a"), ("ﬁ", "fi"), ("①", "1"), ("Ω", "Ω"), ("ｱ", "ア"), ("ḱṷṓn", "ḱṷṓn")]
for a, b in pairs:
    print(repr(a), repr(b), a == b, [unicodedata.normalize(f, a) == unicodedata.normalize(f, b) for f in ["NFC", "NFD", "NFKC", "NFKD"]], len(unicodedata.normalize("NFD", a)))
for ch in "aé€😀1①\u0301 \t":
    print(repr(ch), unicodedata.category(ch), unicodedata.name(ch, "?"), unicodedata.bidirectional(ch), unicodedata.combining(ch), unicodedata.east_asian_width(ch), unicodedata.decimal(ch, None), unicodedata.numeric(ch, None))
print(unicodedata.lookup("SNOWMAN"), unicodedata.lookup("LATIN SMALL LETTER A WITH ACUTE"), "\N{EURO SIGN}", unicodedata.unidata_version)
try:
    unicodedata.lookup("NOT A REAL NAME")
except KeyError as e:
    print(repr(e))
try:
    unicodedata.name("\x00")
except ValueError as e:
    print(e)
print(sorted(["e\u0301", "é", "f", "e"]), "café".encode("utf-8"), unicodedata.normalize("NFD", "café").encode("utf-8"), unicodedata.is_normalized("NFC", "é") if hasattr(unicodedata, "is_normalized") else "")
