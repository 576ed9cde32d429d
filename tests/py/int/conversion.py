print(int("42"), int("  -17  "), int("+5"), int("1_000"), int("0"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 2), int("777", 8))
print(int(3.9), int(-3.9), int(True), int(1e20))
for bad in ["", "1.5", "abc", "0x", "1__0", "_1", "12 3"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
print(int(), int("١٢٣"), int(" 0b11 ", 0))
class HasIndex:
    def __index__(self):
        return 7
class HasInt:
    def __int__(self):
        return 8
print(int(HasInt()), bin(HasIndex()), [0, 1, 2, 3, 4, 5, 6, 7][HasIndex()])
