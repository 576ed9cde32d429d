n = 1000
print(n.to_bytes(2, "big"), n.to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\xe8\x03", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
try:
    (1000).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__name__, isinstance(True, int), issubclass(bool, int))
print((7).__add__(3), (7).__radd__(3), (7).__sub__(3), (7).__rsub__(3))
print((7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(2), (7).__pow__(2))
print((3).__eq__(3), (3).__eq__("3"), (3).__lt__(4.5))
print(int.__add__(2, 3), (2).__add__(2.5))
