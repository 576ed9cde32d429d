# unicodedata.ucd_3_2_0 through its real users: stringprep's tables and the idna codec.
import stringprep
import unicodedata

print("bücher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"))
print("ＡＢＣ.ｄｅ".encode("idna"), "ﬁ.com".encode("idna"), "Straße.de".encode("idna"))
print("παράδειγμα.δοκιμή".encode("idna"), "例え.テスト".encode("idna"))
print(b"xn--hxajbheg2az3al.xn--jxalpdlp".decode("idna"))
for bad in ("a\u200eb.com", "x" * 64 + ".com"):
    try:
        print(bad.encode("idna"))
    except UnicodeError as e:
        print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)
try:
    b"xn--a-\xff".decode("idna")
except UnicodeError as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__)
try:
    "x".encode("base64")
except LookupError as e:
    print("LookupError", e)
try:
    b"x".decode("rot13")
except LookupError as e:
    print("LookupError", e)
print("caf\xe9".encode("cp1252"), b"caf\xe9".decode("cp1252"))
# Table membership over the BMP (counts and first members), which rests on ucd_3_2_0. Not
# c12 and d2: they depend on category/bidi values that changed after 3.2 for characters 3.2
# already had (U+180E, ...), which Krait's ucd_3_2_0 does not track (no 3.2 data files).
for name in ("in_table_a1", "in_table_b1", "in_table_c11", "in_table_c21",
             "in_table_c22", "in_table_c3", "in_table_c4", "in_table_c5", "in_table_c6",
             "in_table_c7", "in_table_c8", "in_table_c9", "in_table_d1"):
    f = getattr(stringprep, name)
    members = [c for c in range(0x10000) if f(chr(c))]
    print(name, len(members), [hex(c) for c in members[:5]])
changed = [c for c in range(0x3000) if stringprep.map_table_b2(chr(c)) != chr(c)]
print("b2", len(changed), [stringprep.map_table_b2(chr(c)) for c in changed[:20]])
print(sum(1 for c in range(0x10000) if unicodedata.ucd_3_2_0.category(chr(c)) == "Cn"))
