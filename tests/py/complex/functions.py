z = complex(3, -4)
print(z.real, z.imag, abs(z), z.conjugate(), z * z.conjugate(), (z * z.conjugate()).real)
print(complex(2.5), complex(real=1, imag=2), complex(1j, 1j), complex(1 + 2j))
print(divmod(5, 2) if True else None)
for bad in [lambda: z // 2, lambda: z % 2, lambda: divmod(z, 1), lambda: int(z), lambda: float(z), lambda: round(z)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(0j == 0, 1j != 1, (1 + 0j) == True, complex("  (1+2j) "), complex("1J"))
print(repr(1e300j * 1e10), repr(complex(float("nan"), 0)), repr(-0j), repr(0j * -1))
print(sum([1 + 1j] * 3), [abs(c) for c in (1j, -1j, 3 + 4j)])
