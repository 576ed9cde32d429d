vals = [0, 1, -1, 5, -5, 255, -256, 2**64 - 1, -2**64, 2**100 + 3, -(2**100) - 3]
for a in vals:
    print(a, [a & b for b in vals[:6]], [a | b for b in vals[:6]], [a ^ b for b in vals[:6]])
for a in vals:
    print(a, ~a, a >> 1, a >> 64, a >> 200, a << 0, a << 65, -a >> 3, (a << 5) >> 5 == a)
print(-1 >> 1000, 1 << 200 >> 199, (-8) >> 1, (-7) >> 1, -(7 >> 1), 7 & -8, -7 & 7, 0 ^ -1)
for bad in [lambda: 1 << -1, lambda: 1 >> -5, lambda: 1.0 << 1, lambda: 1 & 1.5, lambda: "a" | 1, lambda: 1 << 2**100]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(True & False, True | 2, True ^ True, type(True ^ False).__name__, type(True ^ 1).__name__, ~False, -True)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_count(), (-7).bit_count(), int.bit_length(1024))
print(bin(-10), oct(-10), hex(-10), format(-10, "b"), format(-10, "#x"), format(10, "08b"), format(-10, "08b"), f"{-255:#06x}")
