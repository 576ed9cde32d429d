for v in [0, 1, -1, 7, 8, 255, -256, 2**32, -(2**64) + 1, True]:
    print(v, bin(v), oct(v), hex(v), f"{v:b}", f"{v:#o}", f"{v:X}", int(bin(v), 0) == v, int(oct(v), 0) == v, int(hex(v), 16) == v)
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()))
for bad in [1.5, "1", None, [1]]:
    for f in (bin, oct, hex):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
