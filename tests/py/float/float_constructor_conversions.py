# float() conversions: memoryview and bytearray subclasses parse like bytes, bytes text is
# ASCII only, keywords are accepted by subclasses with their own __init__, and __float__
# returning a float subclass warns.
import warnings


class BA(bytearray):
    pass


print(float(memoryview(b"1.5")), float(BA(b" 2.25 ")), float(memoryview(b"x3.5y")[1:-1]))
for bad in [b"123\xa0", b"\xa0 1", bytearray(b"1\xa0"), BA(b""), "1\xa0x"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", e)
print(float("\xa01.5\u2003"), float(b"  -0.5\n"))
try:
    float(memoryview(b"1e"))
except ValueError as e:
    print("ValueError", str(e).startswith("could not convert string to float: <memory at"))


class F(float):
    def __init__(self, value, tag=None):
        self.tag = tag


f = F(2.5, tag="t")
print(f, f.tag)
try:
    float(x=1.0)
except TypeError as e:
    print("TypeError", e)


class G(float):
    pass


try:
    G(x=1.0)
except TypeError as e:
    print("TypeError", e)


class Sub(float):
    pass


class Fl:
    def __float__(self):
        return Sub(1.25)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = float(Fl())
print(r, type(r).__name__, [(x.category.__name__, str(x.message)[:40]) for x in w])
