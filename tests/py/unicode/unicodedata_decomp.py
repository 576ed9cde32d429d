# unicodedata.decomposition for every code point (only non-empty ones printed, in blocks), and the
# error behaviour of the property functions.
import unicodedata as ud

count = 0
digest = 0
for c in range(0x110000):
    d = ud.decomposition(chr(c))
    if d:
        count += 1
        digest = (digest * 31 + sum(map(ord, d)) * 7 + len(d) + c) % (1 << 61)
        if c % 7 == 0 or d.startswith("<") and c % 3 == 0:
            print("%04X %s" % (c, d))
print("decompositions", count, digest)

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

for f in (ud.category, ud.bidirectional, ud.combining, ud.mirrored, ud.east_asian_width,
          ud.decomposition):
    t(f, "ab"); t(f, 5); t(f); t(f, "a", "b"); t(f, "")
for f in (ud.decimal, ud.digit, ud.numeric, ud.name):
    t(f, "ab"); t(f, 5); t(f); t(f, "a", 1, 2); t(f, "\uffff"); t(f, "\uffff", "dflt")
    t(f, "x", None); t(f, chr=5)
t(ud.numeric, "\u00bd"); t(ud.numeric, "\u4e07"); t(ud.numeric, "\U0001F10C")
t(ud.decimal, "\u0663"); t(ud.digit, "\u00b2"); t(ud.decimal, "\u00b2")
t(ud.numeric, "\u2189"); t(ud.numeric, "\U00012432"); t(ud.numeric, "\u0f33")
print(ud.unidata_version, type(ud.unidata_version).__name__)
print(type(ud.UCD).__name__, ud.UCD.__name__, ud.UCD.__module__, type(ud.ucd_3_2_0) is ud.UCD)
t(ud.UCD)
print(ud.ucd_3_2_0.unidata_version)
u = ud.ucd_3_2_0
for c in "a\u0221\u0236\u20ac\u0560\U0001F600\u4e00\u9fa6\uac00\u1e9b":
    print("%04X" % ord(c), u.category(c), repr(u.bidirectional(c)), u.combining(c),
          u.mirrored(c), u.east_asian_width(c), repr(u.decomposition(c)), u.name(c, None),
          u.decimal(c, None), u.numeric(c, None))
t(u.lookup, "LATIN SMALL LETTER A"); t(u.lookup, "LATIN SMALL LETTER D WITH CURL")
t(u.lookup, "BYTE ORDER MARK"); t(u.lookup, "KEYCAP NUMBER SIGN"); t(u.lookup, "latin small letter b")
print(u.normalize("NFKC", "\u2126\u00c5\uff21\u0221"), u.is_normalized("NFC", "\u00c5"))
print([hex(ord(c)) for c in u.normalize("NFC", "\U0002F868\U0002F874\uf951")])
print([hex(ord(c)) for c in ud.normalize("NFC", "\U0002F868\U0002F874\uf951")])
