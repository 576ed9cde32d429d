vals = [1 + 2j, -1.5 - 0.5j, 3j, -0j, complex(1e300, 1e300), complex(0, -0.0), 2 + 0j]
for a in vals:
    row = []
    for b in [1j, 2, 0.5, -1 - 1j]:
        row.append((a + b, a - b, a * b, a / b))
    print(a, row)
print((1 + 2j) ** 2, (1 + 2j) ** -1, (2j) ** 0.5, 1j ** 1j, (1 + 1j) ** (1 - 1j), pow(1j, 2), 2 ** (1j), 0j ** 2)
print((3 + 4j).conjugate(), abs(3 + 4j), abs(complex(1e308, 1e308)), (1 + 2j).real, (1 + 2j).imag, complex(2).imag, (5j).__class__.__name__)
print(complex("1"), complex("1j"), complex("-1.5e-3+2J"), complex("  (3-4j)  "), complex(" 1 "), complex("infj"), complex("-nanj").imag != complex("-nanj").imag, complex(1, 2.5), complex(1j, 1), complex(real=1, imag=2))
for bad in ["1 + 1j", "1+1", "j", "1jj", "(1", ")", "1e", "--1"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for bad in [lambda: complex("1", "2"), lambda: complex(1, "2"), lambda: complex([]), lambda: (1j) > 0, lambda: int(1j), lambda: 1j % 1, lambda: divmod(1j, 1), lambda: 1j // 1, lambda: 1 / 0j, lambda: complex(1e400)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, 1j != 0, hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), {1: "a"}.get(1 + 0j))
print(repr(complex(-0.0, -0.0)), repr(complex(0.0, -0.0)), repr(-(0j)), repr(complex(1e-20, 1e20)), str(1e16j), repr(complex(float("inf"), -float("inf"))), repr(complex(float("nan"), 1)))
print(format(1 + 2j, ">15"), format(1.5 - 2.5j, "+.3e"), format(1j, ".0f"), format(123.456 + 789j, ",.1f"), format(1 + 1j, "g"), "{:^20.2f}".format(3 - 4j), f"{2+3j!r:>10}")
