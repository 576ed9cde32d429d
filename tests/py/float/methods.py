print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1e300).is_integer())
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print(float.fromhex("0x1.fffffffffffffp+1023"), (1.0).hex())
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.__name__)
print(float("1e5"), float(" 12.5\n"), float("-.5"), float("1_000.5"), float(7), float(True))
for bad in ["", "abc", "1.2.3", "1e", "0x10", "1__0"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print("OverflowError:", e)
print(float.__getformat__("double"))
class F:
    def __float__(self):
        return 4.25
print(float(F()), (4.0).__trunc__(), (4.7).__floor__(), (4.2).__ceil__(), (4.5).__round__())
print(int(2.9999999999999999), int(-0.5), int(1e18))
