samples = ["", "ascii", "Ünïcödé", "日本語テキスト", "emoji 😀🎉", "mixed a é 日 😀", "\x00\x7f\x80\xff"]
for s in samples:
    for enc in ("utf-8", "utf-16", "utf-32", "latin-1"):
        try:
            b = s.encode(enc)
            ok = b.decode(enc) == s
            print(enc, len(s), len(b), ok)
        except UnicodeEncodeError as e:
            print(enc, "UnicodeEncodeError", e.start, e.end)
print("x".encode() is not None, str("é".encode("utf-8"), "utf-8"), "é".encode().decode("latin-1"))
