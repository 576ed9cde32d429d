strs = ["\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é\u0100\u07ff\u0800", "\ud7ff\ue000\ufffd\uffff", "\U00010000\U0001f600\U0010ffff", "\u200b\u200e\u2028\u2029", "\t\n\r\x0b\x0c", "'\"\\"]
for s in strs:
    print(repr(s), ascii(s), len(s), [hex(ord(c)) for c in s])
print(repr("\ud800"), repr("\udfff"), ascii("\udc80"), len("\ud83d\ude00"), "\ud83d\ude00" == "😀")
print("\x41\u0042\U00000043\103", "\N{LATIN SMALL LETTER A}" if True else "", "a\
b", "\a\b\f\v".encode())
print(b"\\xe9\\u00e9\\n".decode("unicode_escape"), "é\n\t".encode("unicode_escape"), "😀".encode("unicode_escape"), "\x00".encode("unicode_escape"), b"\\N{SNOWMAN}".decode("unicode_escape"))
print(b"\\u00e9".decode("raw_unicode_escape"), "é\\".encode("raw_unicode_escape"), "😀".encode("raw_unicode_escape"))
for bad in [b"\\x4", b"\\u12", b"\\U110000", b"\\U00110000", b"\\xzz", b"ab\\u00g1", b"\\N{NOPE}"]:
    try:
        bad.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print(bad, e.reason, e.start, e.end)
print(repr(chr(0x85)), repr(chr(0xa0)), repr(chr(0x2000)), repr(chr(0xe0001)), repr(chr(0x10fffd)), repr(chr(0x3000)), repr(chr(0x1680)))
print(str("é".encode()), str(b"\xc3\xa9", "utf-8"), repr("é".encode("utf-16-be")), "é".encode("utf-32-be"))
