s = "\ud800\udc00"
print(len(s), repr(s), s == "\U00010000", [hex(ord(c)) for c in s])
try:
    s.encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end)
print(s.encode("utf-8", "surrogatepass"), s.encode("utf-8", "replace"), s.encode("utf-8", "backslashreplace"))
print(s.encode("utf-16", "surrogatepass")[2:], "\U00010000".encode("utf-16-le"))
print(b"\xf0\x90\x80\x80".decode(), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
raw = b"abc\x80\xffdef"
dec = raw.decode("utf-8", "surrogateescape")
print(repr(dec), dec.encode("utf-8", "surrogateescape") == raw)
print("\udcff".isprintable(), "\ud83d".isalpha(), ascii("\udc80"))
