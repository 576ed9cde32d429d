s = "Grüße, 世界! 😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "utf-8-sig"]:
    b = s.encode(enc)
    print(enc, len(b), b[:12].hex(), b.decode(enc) == s)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("latin-1", "replace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, repr(e.object[e.start:e.end]))
bad = b"ok\xff\xfe\xc3"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, repr(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
print(b"\xed\xa0\x80".decode("utf-8", "replace"), repr("\udcff".encode("utf-8", "surrogateescape")))
print(bytes(range(256)).decode("latin-1")[200:210])
print(str(b"abc", "ascii"), str(bytearray(b"\xc3\xa9"), "utf-8"))
