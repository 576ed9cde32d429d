for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**63, -2**63, 2**64 - 1]:
    for order in ["big", "little"]:
        for signed in [False, True]:
            for length in [1, 2, 8, 9]:
                try:
                    b = v.to_bytes(length, order, signed=signed)
                    back = int.from_bytes(b, order, signed=signed)
                    print(v, order, signed, length, b.hex(), back == v)
                except OverflowError as e:
                    print(v, order, signed, length, "OverflowError", e)
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(bytearray(b"\x01\x02"), "little"), int.from_bytes([255, 0], "little"), int.from_bytes(iter([1, 0]), "big"), int.from_bytes(b"\x00" * 20, "big"))
print((1).to_bytes(), (255).to_bytes(1), int.from_bytes(b"\x05"), (258).to_bytes(2, byteorder="little"))
for bad in [lambda: (1).to_bytes(1, "middle"), lambda: int.from_bytes(b"x", "sideways"), lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("str", "big"), lambda: int.from_bytes([256], "big"), lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class MyInt(int): pass
r = MyInt.from_bytes(b"\x01", "big"); print(r, type(r).__name__)
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
