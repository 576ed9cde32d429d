buf = bytearray(b"hello world")
view = memoryview(buf)
view[0:5] = b"HELLO"
print(buf)
view.release()
buf.extend(b"!!")
print(buf)
buf.extend(b"?")
print(buf)
mv = memoryview(buf)
try:
    buf.extend(b"x")
except BufferError as e:
    print("BufferError:", e)
mv.release()
buf.extend(b"x")
print(buf)
print(bytes(buf[:5]), buf.decode("ascii"), buf.upper(), buf.count(b"l"), buf.rfind(b"o"))
print(buf.split(b" "), buf.startswith(b"HELLO"), buf.isalpha())
