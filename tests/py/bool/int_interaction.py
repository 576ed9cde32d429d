print(True == 1, False == 0, True is True, 1 == True, hash(True) == hash(1))
d = {1: "one"}
d[True] = "true"
print(d)
s = {0, False, 1, True}
print(s, len(s))
print([True, False].index(0), (1, 0).count(True), True in [1], 1.0 == True)
print(sum(x > 2 for x in range(6)), max(True, 0.5), min(False, -0.0))
print(int(True), float(True), complex(True), str(True), repr(False), bool("True"))
print(f"{True:>6}|{True:d}|{False:.2f}|{True!r}")
print(isinstance(True, int), type(True) == int, True.real, True.imag, True.numerator, True.denominator)
print(True.bit_length(), True.to_bytes(1, "big"), (True).__and__(False), True.conjugate())
print(bool.__new__(bool, 5), bool(x for x in []))
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
