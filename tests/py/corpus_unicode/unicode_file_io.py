with open("data/utf8.txt", encoding="utf-8") as f:
    lines = f.readlines()
print(lines, [len(l) for l in lines])
with open("data/utf8.txt", "rb") as f:
    raw = f.read()
print(len(raw), raw.decode("utf-8") == "".join(lines), raw[:6])
with open("data/utf8.txt", encoding="utf-8") as f:
    print(repr(f.read(4)), f.tell() > 0, repr(f.read(2)))
with open("data/utf16.txt", "rb") as f:
    print(repr(f.read().decode("utf-16")))
fn = "tmp_unicode_out.txt"
for enc in ["utf-8", "latin-1", "utf-8-sig", "ascii"]:
    text = "hello" if enc == "ascii" else "héllo wörld" if enc == "latin-1" else "héllo 日本 😀"
    with open(fn, "w", encoding=enc) as f:
        f.write(text)
    with open(fn, "rb") as f:
        data = f.read()
    with open(fn, encoding=enc) as f:
        back = f.read()
    print(enc, len(data), data[:8], back == text)
with open(fn, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("snow ☃ é")
print(open(fn, "rb").read())
with open(fn, "w", encoding="utf-8") as f:
    f.write("bad \udcff?") if False else f.write("ok")
try:
    with open(fn, "w", encoding="utf-8") as f:
        f.write("lone \ud800 surrogate")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start)
with open(fn, "wb") as f:
    f.write(b"ok\xffbad\n")
with open(fn, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(fn, encoding="utf-8", errors="surrogateescape") as f:
    print(ascii(f.read()))
with open(fn, encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
import os
os.remove(fn)
