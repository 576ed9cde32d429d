small = [0, 1, -1, 7, -7, 2 ** 30 - 1, 2 ** 31, -(2 ** 31), 2 ** 32 + 1]
big = [2 ** 62, -(2 ** 63), 2 ** 64 + 3, 10 ** 25, -(10 ** 25) - 1, 3 ** 100]
for a in small[:5]:
    for b in big[:4]:
        print(a + b, a - b, a * b, b // (a or 1), b % (a or 1), a < b, a == b)
for a in big:
    print(a, -a, abs(a), a >> 3, a << 3, a & 0xFFFF, a | 1, a ^ -1, bool(a), a.bit_length())
print(sum(big), max(big), min(big), sorted(big)[2])
