# Incremental decoders from the codec registry fed byte by byte (a character split across
# chunks is held back until complete), codec functions used as class attributes (they must
# not bind like methods), and errors for truncated input at the end.
import codecs

text = "aé€𝄞z\r\n"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "latin-1", "ascii"]:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = "az\r\n".encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b"", final=True))
    print(enc, parts)
    print(enc, "".join(codecs.iterdecode([data[:3], data[3:]], enc)))

print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False), codecs.utf_8_decode(b"ab\xe2\x82"))
print(codecs.utf_8_decode(b"\xf0\x9d", None, False))
for bad in [b"\xe0\x80", b"ab\xff"]:
    try:
        print(codecs.utf_8_decode(bad, "strict", False))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.reason, e.start, e.end)
print(codecs.utf_16_le_decode(b"a\x00\x3d\xd8", "strict", False))
print(codecs.utf_16_le_decode(b"a\x00b", "strict", False))
d = codecs.getincrementaldecoder("utf-8")()
d.decode(b"\xe2\x82")
try:
    d.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("final:", e.reason)


class MyCodec:
    encode = codecs.utf_8_encode
    decode = codecs.utf_8_decode


c = MyCodec()
print(c.encode("hé"), c.decode(b"h\xc3\xa9"), MyCodec.decode(b"x"))
