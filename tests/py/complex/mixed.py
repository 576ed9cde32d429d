import math
print(1 + 2j + 3.5, (1 + 2j) * True, 2 - (1 + 1j))
print(isinstance(1j, complex), type(1j + 1).__name__, (1j).real, (1j).imag)
print([c.real for c in [1 + 2j, 3j, 4]], sorted([3j, 1j, 2j], key=abs))
print(abs(3 + 4j), abs(-5j), abs(complex(float("inf"), 1)))
print(sum([1j, 2j, 3]), (1 + 1j) ** 0, 1j ** -1)
print(complex(1, 2) == complex(1.0, 2.0), (1 + 0j) == 1.0, {1 + 0j: "a"}.get(1))
for bad in [("a",), ("1", 2)]:
    try:
        complex(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(complex(1e16, 1e-16)), repr(complex(123.0, 0)))
print(math.sqrt(abs(-4j)))
