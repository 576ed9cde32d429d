# int() conversions: the digit limit follows sys.set_int_max_str_digits (both directions,
# 0 = no limit), memoryview and bytearray subclasses parse like bytes, and the deprecated
# paths (__int__ returning an int subclass, __trunc__ delegation) warn.
import sys
import warnings

print(sys.get_int_max_str_digits())
big = "7" * 5000
try:
    int(big)
except ValueError as e:
    print("ValueError", str(e)[:60])
sys.set_int_max_str_digits(0)
print(len(str(int(big))))
sys.set_int_max_str_digits(1000)
for f in [lambda: int("1" * 1001), lambda: str(10 ** 1001), lambda: int("1" * 1001, 36)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", str(e)[:60])
print(int("1" * 1000) % 97, int("1" * 2000, 16) % 97, len(str(10 ** 999)))
sys.set_int_max_str_digits(4300)


class BA(bytearray):
    pass


print(int(memoryview(b"1234")), int(BA(b" 42 ")), int(memoryview(b"x12345y")[1:-1]))
for bad in [memoryview(b"12x"), BA(b"")]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)


class Sub(int):
    pass


class IntReturnsSub:
    def __int__(self):
        return Sub(7)


class Trunc:
    def __trunc__(self):
        return 9


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(int(IntReturnsSub()), type(int(IntReturnsSub())).__name__, int(Trunc()))
print([(x.category.__name__, str(x.message)[:45]) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        int(Trunc())
    except DeprecationWarning as e:
        print("DeprecationWarning", e)
for v in [bytearray(b"x"), b"y", BA(b"z")]:
    for base in [None, 16]:
        try:
            int(v) if base is None else int(v, base)
        except ValueError as e:
            print(e)
print(int(bytearray(b"ff"), 16), int(b"  -12 "), int(bytearray(b"0x1f"), 0))
