z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z - 1j, z * z, z / 2, z / (1 + 1j), z ** 2, (1j) ** 2, 1j * 1j)
print(complex(1, 2), complex("3+4j"), complex("-1.5j"), complex(2), complex(), complex("1e3-2j"))
print(repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(complex(1, -0.0)), 2j, -2j, (0.5 + 0j))
print(z == 3 + 4j, z != 3, complex(3, 0) == 3, hash(complex(3, 0)) == hash(3))
print(hash(1 + 2j), hash(2j))
try:
    z < z
except TypeError as e:
    print("TypeError:", e)
try:
    z / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+2")
except ValueError as e:
    print("ValueError:", e)
print(complex(1e300, 1e300) * 10, (1 + 2j).__abs__())
print(format(z, ""), format(1.5 - 2.25j, ".2f"), format(z, "^20"), f"{z:+.1e}")
print(pow(1 + 1j, 3), (2 + 0j) ** 0.5, 0j ** 0)
print(complex("inf+nanj"), complex(float("inf"), 1))
