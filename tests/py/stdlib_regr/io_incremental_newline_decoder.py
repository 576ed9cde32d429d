# io.IncrementalNewlineDecoder (doctest and TextIOWrapper-like readers use it): universal
# newlines with and without translation, a '\r' held back across chunks, `newlines`,
# getstate/setstate/reset with and without a wrapped decoder, and its errors.
import _io
import codecs
import io

print(io.IncrementalNewlineDecoder is _io.IncrementalNewlineDecoder)
for translate in (True, False):
    d = io.IncrementalNewlineDecoder(None, translate)
    out = []
    for chunk in ["a\r", "\nb\r", "c\n", "d\r", ""]:
        out.append(d.decode(chunk))
        print(repr(d.newlines), d.getstate())
    out.append(d.decode("", final=True))
    print(translate, out)
    d.reset()
    print(d.newlines, d.getstate(), repr(d.decode("x\r", True)))

dec = codecs.getincrementaldecoder("utf-8")()
d = io.IncrementalNewlineDecoder(dec, translate=True)
data = "é\r\nü\rz\n".encode()
print([d.decode(data[i:i + 1]) for i in range(len(data))], d.newlines)
d2 = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), True)
print(repr(d2.decode(b"ab\xc3")), d2.getstate())
d2.decode(b"\xa9\r")
state = d2.getstate()
print(state)
d3 = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), True)
d3.setstate(state)
print(repr(d3.decode(b"\nz", True)))
print(repr(io.IncrementalNewlineDecoder(None, True).decode("a\r\nb\rc\n", True)))

for f in [lambda: io.IncrementalNewlineDecoder(None, True).decode(b"x"),
          lambda: io.IncrementalNewlineDecoder(None),
          lambda: io.IncrementalNewlineDecoder(None, True).setstate(5)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)


class Sub(io.IncrementalNewlineDecoder):
    pass


s = Sub(None, False)
s.extra = 1
print(repr(s.decode("q\r\n", True)), s.newlines, s.extra)
