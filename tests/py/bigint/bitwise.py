a = (1 << 130) - 1
b = 0x123456789ABCDEF0123456789ABCDEF
print(a & b, a | b, a ^ b)
print(~a, -a & b, -a | b, -a ^ -b)
print(a >> 64, a << 64, -a >> 65, (-a) >> 200)
print((1 << 1000) >> 999, hex(1 << 100), bin(-(1 << 70)))
print(a.bit_length(), (-a).bit_length(), a.bit_count())
print(b.to_bytes(16, "big").hex(), int.from_bytes(b"\xff" * 20, "little", signed=True))
print((-(1 << 100)).to_bytes(14, "big", signed=True).hex())
print(oct(b), format(b, "X"), format(a, "_x"))
