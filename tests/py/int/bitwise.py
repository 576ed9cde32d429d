for a in (0, 1, 5, -1, -6, 255):
    print(a, a & 3, a | 8, a ^ 12, ~a, a << 3, a >> 1)
print(-1 >> 100, 1 << 100, -8 >> 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (1 << 70).bit_length())
print((255).bit_count(), (-7).bit_count())
print(bin(-5), hex(-255), oct(-8))
print(0b1111 & -0b1, 12 & -12, -12 | 5)
