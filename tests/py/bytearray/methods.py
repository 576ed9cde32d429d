ba = bytearray(b"  Mixed Case  ")
print(ba.strip(), ba.upper(), ba.lower(), ba.split(), ba.find(b"C"), ba.count(b" "))
print(type(ba.strip()).__name__, type(ba[1:3]).__name__, type(ba + b"x").__name__, type(b"x" + ba).__name__)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray.fromhex("ff00"), bytearray(b"ab").hex())
print(bytearray(b"abc") == b"abc", bytearray(b"a") < b"b", bytearray(b"xyz").decode())
c = bytearray(b"abc")
d = c.copy()
d[0] = 0
print(c, d, c.replace(b"b", b"BB"), c.startswith(b"a"), c.index(b"c"), c.isalpha())
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError:", e)
print(bytearray(b"a,b").split(b","), bytearray(b"-").join([b"1", bytearray(b"2")]))
print(repr(bytearray(b"\x00'\"")), str(bytearray()))
