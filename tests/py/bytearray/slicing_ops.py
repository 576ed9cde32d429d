ba = bytearray(range(10))
print(ba[2:5], ba[::-1], ba[::3], ba[-3:], list(ba[1:3]))
ba[2:5] = b""
print(ba)
ba[0:0] = b"\xff\xfe"
print(ba)
ba[1] = 0x41
print(ba, ba[1], ba.find(0x41), ba.index(b"\x41"), 0x41 in ba, b"\x41\x00" in ba)
x = bytearray(b"abc") * 2
x += b"!"
print(x, x * 0, bytearray(b"xy") + bytearray(b"z"), bytearray(b"ab") == b"ab")
print(bytearray(b"b") > b"a", sorted([bytearray(b"b"), b"a"]))
y = bytearray(5)
y[1:4] = [1, 2, 3]
print(y, len(y))
try:
    y[0:2] = [300]
except ValueError as e:
    print("ValueError:", e)
try:
    y[0:2] = "str"
except TypeError as e:
    print("TypeError:", e)
