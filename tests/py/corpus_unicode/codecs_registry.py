for enc in ["cp1252", "CP-1252", "windows-1252", "iso8859_15", "latin9", "cp437", "koi8_r", "mac_roman", "cp850", "iso8859-2", "ascii", "unicode_escape", "raw_unicode_escape"]:
    for s in ["abc", "é€", "Привет", "\u2603", "x\ny"]:
        try:
            b = s.encode(enc)
            back = b.decode(enc)
            print(enc, repr(s), b, back == s)
        except UnicodeEncodeError as e:
            print(enc, repr(s), "UnicodeEncodeError", e.encoding, e.start, e.end, e.reason)
        except LookupError as e:
            print(enc, "LookupError", e)
print(b"\x80\x9f\xff".decode("cp1252", "replace"), b"\x81".decode("cp1252", "ignore"), "€x".encode("cp1252", "replace"), "\u2603".encode("cp1252", "xmlcharrefreplace"), "\u2603".encode("koi8_r", "backslashreplace"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "\u2603".encode("cp437")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(b"a\\nb\\x41\\u00e9".decode("unicode_escape"), "tab\t\u00e9\U0001f600".encode("unicode_escape"), "é".encode("raw_unicode_escape"), b"\\u00e9".decode("raw_unicode_escape"))
for bad in ["rot13", "base64", "hex", "no-such-codec"]:
    try:
        "abc".encode(bad)
    except LookupError as e:
        print("LookupError", e)
    try:
        b"abc".decode(bad)
    except LookupError as e:
        print("LookupError", e)
print(str(b"caf\xe9", "cp1252"), bytes("café", "cp1252"), bytearray("ü", "cp437"), "Ω".encode("cp1253") if True else "")
import codecs
print(codecs.encode("abc", "rot13"), codecs.decode(b"616263", "hex"), codecs.lookup("cp1252").name, codecs.getencoder("latin-1")("é"), codecs.lookup("UTF8").name)
