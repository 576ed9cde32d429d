for v in [0, 1, -1, 10, 255, -256, 2 ** 64, -(2 ** 100) + 1]:
    print(v, bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()))
for f in (bin, hex, oct):
    try:
        f(1.5)
    except TypeError as e:
        print("TypeError:", e)
print(int(bin(12345), 2), int(hex(12345), 16), int(oct(12345), 8))
