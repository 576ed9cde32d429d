vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, 10**30, -10**30 - 7]
for a in vals:
    row = []
    for b in [3, -3, 2**65 + 1, -(2**64) - 3]:
        row.append((a // b, a % b, divmod(a, b), a & b, a | b, a ^ b))
    print(a, row)
for a in vals:
    print(a, -a, ~a, abs(a), a << 3, a >> 3, a >> 100, a << 70, bool(a), a.bit_length(), a.bit_count(), str(a), hex(a), oct(a), bin(a))
for a, b in [(1, 0), (0, 0), (10**20, 0)]:
    for op in ["//", "%", "divmod", "/"]:
        try:
            if op == "divmod":
                divmod(a, b)
            else:
                eval(f"{a} {op} {b}")
        except ZeroDivisionError as e:
            print(op, e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
print(2 ** 100, 2 ** -1, (-2) ** 3, (-8) ** (1/3) if False else 0, 0 ** 0, pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 7), pow(2, 100, -7), pow(10**20, 10**5, 10**9 + 7))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 4), (0, -1)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(7 / 2, -7 / 2, 10**20 / 10**10, 1 / 3, 2**1000 / 2**999, 10**400 // 10**399)
try:
    print(10**400 / 1)
except OverflowError as e:
    print(e)
print(int("12"), int(" -12 "), int("0x1f", 16), int("0x1f", 0), int("1_000"), int("z", 36), int("0b101", 0), int("0o17", 0), int(3.9), int(-3.9), int(True), int("٣"), int(b"12"), int("10", base=2))
for bad in [("",), ("1.5",), ("0x",), ("1__0",), ("_1",), ("12", 1), ("12", 37), ("08", 0), (None,), ([],), (float("inf"),), (float("nan"),), ("9", 8), (1, 10), ("abc",)]:
    try:
        print(int(*bad))
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes([1, 2], "big"), int.from_bytes(b"", "big"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"), (0).to_bytes(0, "big"), (5).to_bytes())
for args, kw in [((1, "big"), {}), ((256, 1, "big"), {}), ((-1, 1, "big"), {}), ((128, 1, "big"), {"signed": True}), ((1, 1, "middle"), {})]:
    try:
        v, *rest = args
        print(v.to_bytes(*rest, **kw) if len(rest) else v.to_bytes(**kw))
    except Exception as e:
        print(type(e).__name__, e)
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, int.__name__, (-5).__abs__(), (3).__rpow__(2))
print(round(12345, -2), round(15, -1), round(25, -1), round(-25, -1), round(5, 2), round(10**20 + 5, -1))
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -10**400 < float("-inf"), 1 < float("nan"))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(10**30), hash(1.0) == hash(1), hash(2**64) == hash(float(2**64)))
print(True + True, True * 3, -True, ~True, True & 3, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__, 3 // True)
print(int.__add__(1, 2), (1).__add__(1.0), (1).__truediv__(2), (4).__floordiv__(2), (2).__lshift__(2), (7).__mod__(-2), (5).__neg__(), (5).__invert__())
print(format(2**100, ","), str(-10**50), repr(10**19), int(str(7**300)) == 7**300, len(str(3**5000)), int("1" * 500) % 97)
