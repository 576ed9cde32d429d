# repr/str/%-formatting/format() of doubles drawn from random bit patterns (every exponent,
# subnormals included) and of awkward decimal cases, against CPython's dtoa digit by digit:
# shortest round-trip (repr), fixed ('f', %.Nf) and scientific ('e', 'g') precisions.
import math
import random
import struct

rng = random.Random(20261207)


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


values = []
for _ in range(1500):
    v = from_bits(rng.getrandbits(64))
    if math.isfinite(v):
        values.append(v)
for _ in range(500):
    values.append(rng.uniform(-1e6, 1e6))
    values.append(rng.randint(-10**6, 10**6) / 100)
    values.append(rng.random() * 10 ** rng.randint(-30, 30))
values += [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
           1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 0.125, 0.375,
           1e22, 1e23, 9007199254740993.0, 123456789012345680.0, 1e16, 1e-5, 1e-4, 0.001,
           2.0 ** -1074, 2.0 ** 1023, 2.675, 1.005, 0.045, 1e300 * 10.0]

out = []
for v in values:
    out.append(repr(v))
    out.append(str(v))
    out.append("%.2f|%.0f|%.6f|%e|%.3e|%g|%.12g|%r" % (v, v, v, v, v, v, v, v))
    out.append(format(v, ".1f") + "|" + format(v, ".17g") + "|" + format(v, "e") +
               "|" + format(v, "") + "|" + format(v, ".3") + "|" + f"{v:06.1f}|{v:,.2f}")
    if abs(v) < 1e50:
        out.append("%.30f" % v)
print(len(out))
for line in out:
    print(line)
for v in values[:200]:
    assert float(repr(v)) == v
print(round(2.675, 2), round(0.125, 2), round(1e300, 2), round(-0.5), round(123.456, -1))
