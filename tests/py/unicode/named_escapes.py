# \N{...} escapes in str literals (names, aliases, case-insensitive, algorithmic names; named
# sequences and unknown names are SyntaxErrors), in the unicode_escape codec, and the
# namereplace error handler.
import codecs

print(ascii("\N{LATIN SMALL LETTER E WITH ACUTE}\N{SNAKE}\N{EM DASH}\N{NO-BREAK SPACE}"))
print(ascii("\N{latin small letter a}\N{Greek Small Letter Alpha}\N{BYTE ORDER MARK}\N{NUL}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GAG}\N{CJK COMPATIBILITY IDEOGRAPH-F900}"))
print(ascii("\N{TIBETAN MARK TSA -PHRU}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}\N{LINE FEED}"))
print(ascii(f"x\N{BULLET}{1 + 1}\N{bullet}"), ascii(rf"\N{{BULLET}}"), ascii(r"\N{BULLET}"))
print(ascii(b"\N{BULLET}"), ascii("\N{SPACE}" * 3), len("\N{GRINNING FACE}"))
print(ascii("a\N{COMBINING ACUTE ACCENT}"), "\N{DIGIT ONE}\N{DIGIT TWO}" == "12")

srcs = [r'"\N{foo}"', r'"\N{latin small letter a}"', r'"ab\N"', r'"\N{"', r'"\N{}"', r'"x\N{SPACE"',
        r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"',
        r'f"\N{foo}"', r'f"{1}\N{nope}"', r'"\N{HANGUL SYLLABLE hAN}"', r'"\N {SPACE}"',
        r'"\N{EM}"', r'"\N{END OF MEDIUM}"', r'"\N{' + 'A' * 300 + '}"', r'"\N{SPACE}\N{bad}"',
        r'"\N{' + '\xe9' + '}"', r'"ok" "\N{nope}"']
for src in srcs:
    try:
        r = eval(compile(src + "\n", "<s>", "eval"))
    except SyntaxError as e:
        print(src[:30], "SyntaxError", e.msg, e.lineno, e.offset)
    else:
        print(src[:30], ascii(r))

for data in [rb"\N{SPACE}", rb"a\N{foo}b", rb"\N", rb"\N{SPACE", rb"\N{}", rb"\N{latin small letter a}",
             rb"x\N{KEYCAP NUMBER SIGN}", rb"\N{BYTE ORDER MARK}\n\t\x41"]:
    for name in ("unicode_escape", "raw_unicode_escape"):
        try:
            print(name, ascii(codecs.decode(data, name)))
        except UnicodeDecodeError as e:
            print(name, "UnicodeDecodeError", e)
    for errors in ("replace", "ignore", "backslashreplace"):
        try:
            print(errors, ascii(codecs.decode(data, "unicode_escape", errors)))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError", e)
print(ascii(b"\\N{EURO SIGN}".decode("unicode_escape")), ascii("\\N{snake}".encode().decode("unicode-escape")))

s = "a\xe9\u20ac\U0001F600\ud800\U000E0080\x7f\xa0\uac00\u4e00\U0002F800\uffff"
for enc in ("ascii", "latin-1"):
    print(enc, s.encode(enc, "namereplace"))
print(codecs.lookup_error("namereplace")(UnicodeEncodeError("ascii", "x\u00e9\u3042y", 1, 3, "r")))
try:
    codecs.lookup_error("namereplace")(UnicodeDecodeError("ascii", b"\xff", 0, 1, "r"))
except TypeError as e:
    print("TypeError", e)
# Every character of a range through namereplace and back through unicode_escape.
text = "".join(map(chr, range(0x2600, 0x2700)))
esc = text.encode("ascii", "namereplace")
print(len(esc), esc[:80], esc.decode("unicode_escape") == text)
text = "".join(map(chr, range(0xA0, 0x3000, 7)))
esc = text.encode("ascii", "namereplace")
print(len(esc), esc.decode("unicode_escape") == text)
