z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, +z, z * 1j, z / 2, z + 1, 1 - z, z ** 2, z ** 0.5, 2 ** z if False else "", z == 3 + 4j, z != 3)
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex("-1.5e3-2j"), complex(" 3j "), complex("(1+2j)"), complex(1j, 1j), complex("inf"), complex("nan+nanj"))
for bad in ["1+", "j1", "1 + 2j", "", "(1+2j", None, "1+2j)"]:
    try:
        print(complex(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
for v in [0j, -0j, 1j, -1j, 1 + 0j, -1 - 0j, complex(0, -0.0), complex(-0.0, 0), 1e20j, 1.5 + 2.5j, complex(float("inf"), float("nan")), 1e-10 + 1e10j]:
    print(repr(v), str(v), hash(v) == hash(v))
try:
    1j // 2
except TypeError as e:
    print(e)
try:
    1j % 2
except TypeError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
try:
    1j < 2j
except TypeError as e:
    print(e)
try:
    int(1j)
except TypeError as e:
    print(e)
try:
    float(1j)
except TypeError as e:
    print(e)
print(0j ** 0, 0 ** 0j if False else "", (1 + 1j) ** 2, (2 + 0j) ** 10, 1j ** 2, (1j) ** -1, hash(1 + 0j) == hash(1), 1 + 0j == 1, complex(True), bool(0j), bool(1j))
try:
    0j ** -1
except ZeroDivisionError as e:
    print(e)
print(format(1 + 2j, ""), format(1 + 2j, ".1f"), format(1.5j, "e"), format(-1 - 1j, "+.2f"), format(1 + 2j, ">20"), format(1 + 2j, "^20.3g"), "%s" % (1j,), f"{2j:g}")
try:
    format(1j, "d")
except ValueError as e:
    print(e)
try:
    format(1j, "010")
except ValueError as e:
    print(e)
class C:
    def __complex__(self): return 5j
print(complex(C()), (1j).__class__.__name__, complex.__name__, (2 + 3j).__reduce__ if False else "")
