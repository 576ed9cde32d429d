for enc in ["ascii", "latin-1", "utf-8", "utf-16", "utf-32", "cp1252", "utf-8-sig", "iso-8859-15", "UTF8", "Latin1", "u8"]:
    for s in ["abc", "é", "€", "😀"]:
        try:
            b = s.encode(enc)
            print(enc, repr(s), b, b.decode(enc) == s)
        except UnicodeEncodeError as e:
            print(enc, repr(s), type(e).__name__, e.encoding, e.start, e.end, e.reason)
for handler in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]:
    try:
        print(handler, "aé€😀\udc80".encode("ascii", handler))
    except Exception as e:
        print(handler, type(e).__name__, e)
for handler in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(handler, ascii(b"a\xe9\xff\xc3\xa9\xe2\x82".decode("utf-8", handler)))
    except Exception as e:
        print(handler, type(e).__name__, e)
for bad in [b"\x80", b"\xc3", b"\xc3\x28", b"\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xfe", b"ab\xffcd"]:
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(bad, e.start, e.end, e.reason, str(e))
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800", "\udcff".encode("utf-8", "surrogateescape"))
try:
    "x".encode("utf-8", "nosuchhandler")
except Exception as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "nosuchhandler")
except LookupError as e:
    print(type(e).__name__, e)
import codecs
print(codecs.lookup("UTF-8").name, codecs.lookup("latin1").name, codecs.encode("abc", "rot13") if False else "", codecs.decode(b"\xe9", "latin-1"), codecs.utf_8_decode(b"\xc3\xa9abc\xc3", "strict", False))
def handler(err):
    return ("?" * (err.end - err.start), err.end)
codecs.register_error("myqm", handler)
print("aéb".encode("ascii", "myqm"), b"a\xffb".decode("ascii", "myqm"))
print(b"\xef\xbb\xbfabc".decode("utf-8-sig"), "x".encode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8"), "€".encode("cp1252"), b"\x80".decode("cp1252"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e)
print(str(b"abc", encoding="ascii"), str(b"a\xff", "ascii", "ignore"), bytes("€", "utf-8"), bytearray("é", "latin-1"), "é".encode(encoding="utf-8", errors="strict"))
try:
    b"abc".decode("rot13")
except LookupError as e:
    print(type(e).__name__, e)
