# timeout: 120
# unicodedata.name over every code point (counts, lengths and samples per 4096-block), lookup
# round trips on a sample, aliases, named sequences, algorithmic names and lookup errors.
import unicodedata as ud

named = []
for block in range(0, 0x110000, 0x1000):
    n = total = 0
    samples = []
    for c in range(block, block + 0x1000):
        nm = ud.name(chr(c), None)
        if nm is None:
            continue
        n += 1
        total += len(nm)
        named.append((c, nm))
        if c % 251 == 0:
            samples.append("%04X=%s" % (c, nm))
    if n:
        print("%05X" % block, n, total, samples)
print("named", len(named))

bad = 0
checked = 0
for i, (c, nm) in enumerate(named):
    if i % 13 == 0 or nm.startswith(("HANGUL SYLLABLE", "CJK")) and i % 997 == 0:
        checked += 1
        algorithmic = nm.startswith(("HANGUL SYLLABLE", "CJK UNIFIED"))
        if ud.lookup(nm) != chr(c) or not algorithmic and ud.lookup(nm.lower()) != chr(c):
            bad += 1
            print("bad round trip", hex(c), nm)
print("round trips", checked, bad)

def t(*names):
    for name in names:
        try:
            r = ud.lookup(name)
        except KeyError as e:
            print("KeyError", e)
        else:
            print(name, "->", ascii(r))

# Aliases (all kinds) and named sequences.
t("BYTE ORDER MARK", "NUL", "NULL", "LINE FEED", "LF", "ZWNBSP", "VS1", "LATIN CAPITAL LETTER GHA",
  "HANGUL JONGSEONG YESIEUNG-KIYEOK", "TIBETAN MARK BKA- SHOG GI MGO RGYAN", "FVS1", "EM",
  "END OF MEDIUM", "SUNDANESE LETTER ARCHAIC I", "byte order mark", "ESCAPE", "ESC", "DEL",
  "KEYCAP NUMBER SIGN", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
  "TAMIL CONSONANT KSS", "latin small letter r with fishhook and middle tilde",
  "GEORGIAN LETTER U-BRJGU", "TAMIL SYLLABLE SSAU")
# Algorithmic names.
t("CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
  "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-2A6DF",
  "CJK UNIFIED IDEOGRAPH-2B739", "CJK UNIFIED IDEOGRAPH-3134A", "CJK UNIFIED IDEOGRAPH-3134B",
  "CJK UNIFIED IDEOGRAPH-31350", "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-100000",
  "cjk unified ideograph-4E00", "CJK COMPATIBILITY IDEOGRAPH-F900",
  "cjk compatibility ideograph-2f800", "CJK COMPATIBILITY IDEOGRAPH-F8FF",
  "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170", "TANGUT COMPONENT-001",
  "TANGUT IDEOGRAPH-17000", "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE HIH",
  "HANGUL SYLLABLE A", "HANGUL SYLLABLE BBYAE", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GA ",
  "HANGUL SYLLABLE hAN", "hangul syllable ga", "HANGUL SYLLABLE GGGG", "HANGUL SYLLABLE YI")
# Malformed and unknown names.
t("", " ", "LATIN SMALL LETTER E  WITH ACUTE", "LATIN SMALL LETTER E WITH ACUTE ",
  " LATIN SMALL LETTER E WITH ACUTE", "LATIN-SMALL LETTER A", "TIBETAN MARK TSA -PHRU",
  "TIBETAN MARK TSA-PHRU", "x" * 256, "x" * 257, "SPACE" * 60, "a\x00b", "\xe9", "NO-BREAK SPACE",
  "NO BREAK SPACE", "GREEK SMALL LETTER ALPHA-", "-", "--", "HYPHEN-MINUS", "EURO SIGN")
print(ascii(ud.lookup(b"LATIN SMALL LETTER A")), ascii(ud.lookup(b"snake")))
for bad in (5, bytearray(b"A"), memoryview(b"A"), None):
    try:
        ud.lookup(bad)
    except TypeError as e:
        print("TypeError", e)
for args in ((), ("A", "B")):
    try:
        ud.lookup(*args)
    except TypeError as e:
        print("TypeError", e)
for c in "\x00\x1f\x7f\x9f\ud800\ue000\U000F0000\ufdd0\U000E0080\u0378\U0002B739\U00031350\ua7c0":
    print("%04X" % ord(c), ud.name(c, "-"))
