print(float("1" + "0" * 400 + "e-400"), float("0." + "0" * 400 + "1e400"), float("1.000000000000000000000000000000000000001"), float("9" * 30), float("." + "9" * 40))
print(float("1e-324"), float("3e-324"), float("2.5e-324"), float("1.7976931348623157e+308"), float("1.79769313486231581e308"), float("0.000000000000000000000000000000000000000000001e45"))
print(float("123456789012345678901234567890e-20"), float("0e1000"), float("-0e-1000"), float("1e-4294967296"), float("1e4294967296"))
for x in [1e30, 1e100, -1e200, 2.0**100, 123456.789e10, 1.5e300]:
    print(int(x), x.as_integer_ratio()[1] == 1, x == int(x))
print([int(i) for i in (0.5, -0.5, 1.9999999999999998, -1e-300)], 1e-300 * 1e-300, -1e-300 * 1e-300)
import struct
for fmt in ["<f", "<d", "<e", ">f", "!d"]:
    for v in [0.0, -0.0, 1.5, 1e-40, 3.4e38, float("inf"), float("nan"), 0.1]:
        try:
            b = struct.pack(fmt, v)
            print(fmt, v, b.hex(), struct.unpack(fmt, b)[0])
        except (OverflowError, struct.error) as e:
            print(fmt, v, type(e).__name__, e)
try:
    struct.pack("<f", 1e39)
except OverflowError as e:
    print(e)
print(struct.pack("<e", 65504.0), struct.unpack("<e", b"\x00\x7c"))
try:
    struct.pack("<e", 65520.0)
except OverflowError as e:
    print(e)
print(hash(1.5), hash(-1.5), hash(1e300), hash(float("inf")), hash(1e-300), hash(0.1), hash(2.0**64), hash(-2.0**70))
print(max(1.5, float("nan")), max(float("nan"), 1.5), min([2.0, 1, 1.0]), max([1, 1.0]), sorted([1.0, 1, True, 0.5]))
print(pow(2.0, -1074), pow(2.0, 1023) * 1.5, pow(-2.0, 3), pow(-2.0, 0.5) if False else "", pow(0.0, 0.0), pow(float("inf"), 0), pow(float("nan"), 0), pow(1, float("nan")), pow(-1, float("inf")), pow(0.5, float("-inf")))
try:
    pow(-2.0, 0.5)
except ValueError as e:
    print("ValueError", e)
print((-2.0) ** 0.5, (-8) ** (1/3))
print(float("inf") - float("inf"), float("inf") * 0, 0 * float("-inf"), float("inf") / float("inf"), float("nan") + 1, -float("nan"))
try:
    float("inf") // 1
except Exception as e:
    print(type(e).__name__, e)
print(divmod(float("inf"), 1), divmod(1, float("inf")), divmod(-1, float("inf")), float("inf") % 1, 5 % float("inf"), -5 % float("inf"), 5 // float("inf"), -5 // float("inf"))
print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 10, 2.0 ** 1024 if False else "", 1.0 / 3.0 * 3.0 == 1.0)
try:
    2.0 ** 1024
except OverflowError as e:
    print(e)
try:
    math_exp = __import__("math").exp(710)
except OverflowError as e:
    print(e)
print(round(0.1 + 0.2, 15), round(2.675, 2), round(1.0000000000000002, 15), round(1e15 + 0.5), round(-1e15 - 0.5), round(4.5), round(5.5), round(0.5 + 1e-17))
print(round(123.456, 10), round(1e-320, 320) if False else "", round(5e-324, 323), round(1.5e-323, 323), round(0.0, 5), round(-0.0, 5), round(1e300, -299), round(1e300, -310))
