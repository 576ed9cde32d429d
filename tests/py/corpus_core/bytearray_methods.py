ba = bytearray(b"hello")
ba.append(33); print(ba)
ba.extend(b" xy"); ba.extend([65, 66]); print(ba)
ba.insert(0, 62); ba.insert(-1, 60); ba.insert(100, 61); print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l")); print(ba)
try:
    ba.remove(200)
except ValueError as e:
    print(e)
for bad in [256, -1, "a", 1.5]:
    try:
        ba.append(bad)
    except Exception as e:
        print(type(e).__name__, e)
ba[0] = 90; ba[1:3] = b"QQQQ"; print(ba)
ba[::2] = bytes(len(ba[::2])); print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(e)
del ba[0]; del ba[::3]; print(ba)
ba.reverse(); print(ba)
ba.clear(); print(ba, len(ba))
try:
    ba.pop()
except IndexError as e:
    print(e)
c = bytearray(b"abc")
d = c.copy(); d[0] = 65; print(c, d, c * 2, c + b"x", b"x" + c, type(b"x" + c).__name__)
c *= 2; print(c)
c += b"!"; print(c)
print(bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray(b"a").upper(), bytearray(b" a ").strip(), bytearray(b"a,b").split(b","))
try:
    hash(bytearray())
except TypeError as e:
    print(e)
try:
    c[100] = 1
except IndexError as e:
    print(e)
try:
    c[0] = 256
except ValueError as e:
    print(e)
m = bytearray(b"abcdef")
m[2:4] = []; print(m)
m[1:1] = b"XYZ"; print(m)
m[-1] = ord("z"); print(m, m.find(b"Z"), m.hex(), m.decode(), repr(m), str(m))
print(bytearray.fromhex("41 42"), m.index(b"X"), m == b"aXYZbez", m.startswith(b"aX"), m.lstrip(b"a"), m.rfind(b"z"), m.isupper())
