b = b"abcdef"
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), len(m), m.readonly, m.nbytes, m.format, m.itemsize)
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
print(ba, mv.readonly)
mv[1:3] = b"EE"
print(ba)
print(mv == b"JEElo", bytes(mv[::2]))
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
with memoryview(b"xyz") as w:
    print(w.tobytes())
try:
    w.tobytes()
except ValueError as e:
    print("ValueError:", e)
