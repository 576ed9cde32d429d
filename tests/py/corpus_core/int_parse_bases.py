cases = [("0", 0), ("00", 0), ("0_0", 0), ("10", 0), ("0x10", 0), ("0X1f", 0), ("0o17", 0), ("0b101", 0), ("-0x10", 0), (" +0b1 ", 0), ("010", 0), ("0x", 16), ("0x1g", 16), ("1_2_3", 10), ("1__2", 10), ("_1", 10), ("1_", 10), ("z", 36), ("Z", 36), ("zz", 36), ("10", 2), ("2", 2), ("777", 8), ("8", 8), ("ff", 16), ("0xff", 16), ("0b11", 2), ("0o7", 8), ("0b11", 16), ("  12  ", 10), ("\t-7\n", 10), ("+", 10), ("-", 10), ("", 10), ("1 2", 10), ("١٢", 10), ("１２", 10), ("12", 1), ("12", 37), ("12", -1), ("12", 2**70)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except (ValueError, OverflowError) as e:
        print(repr(s), b, type(e).__name__, e)
for v in ["1" * 100, "-" + "9" * 50, "0x" + "f" * 30]:
    print(int(v, 0) % 1000003)
print(int(b"  42 "), int(bytearray(b"-7")), int("1e3".split("e")[0]), int(" 0b101 ", 2) if False else int("101", 2))
for bad in [b"\xff", "4.5", "1e5", "0.0", "inf"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(b"12", 16)
except Exception as e:
    print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(e)
print(int("ff", base=16))
try:
    int(x=5)
except TypeError as e:
    print(e)
