texts = ["", "ascii", "latin é", "greek αβγ", "cjk 日本語", "emoji 😀👍🏽", "mixed a\u0301\u200d", "\x00\x7f\x80\xff", "\ud7ff\ue000\uffff", "\U0010ffff"]
for t in texts:
    row = []
    for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig"]:
        b = t.encode(enc)
        row.append((len(b), b.decode(enc) == t))
    print(repr(t), len(t), row)
print("é".encode("latin-1"), "é".encode("cp1252"), b"\xe9".decode("latin-1"), "ab".encode("ascii"), "€".encode("utf-8").hex(), "€".encode("utf-16-le").hex())
for t, enc in [("é", "ascii"), ("€", "latin-1"), ("日", "cp1252"), ("\ud800", "utf-8"), ("\ud800", "utf-16")]:
    try:
        t.encode(enc)
    except UnicodeEncodeError as e:
        print(repr(t), enc, e.reason, e.start, e.end)
for b, enc in [(b"\xff", "utf-8"), (b"\x00", "utf-16"), (b"\x00\x00\x00", "utf-32"), (b"\x80", "ascii"), (b"\x00\xd8", "utf-16-le"), (b"\xed\xa0\x80", "utf-8")]:
    try:
        print(repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(b, enc, e.reason, e.start, e.end)
