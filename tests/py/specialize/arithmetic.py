# Specialized BINARY_OP / COMPARE_OP forms: overflow into big ints, type changes at a site,
# NaN comparisons, str concatenation and the fused compare-and-jump.
import math


def add_loop(a, step, n):
    for _ in range(n):
        a = a + step
    return a


print(add_loop(0, 1, 300))
print(add_loop(2**62, 2**60, 300))        # overflows int64 mid-loop
print(add_loop(0.5, 0.25, 300))
print(add_loop("", "ab", 5))
print(add_loop(0, 1.5, 300))              # int + float mix after warm-up
print(add_loop(True, 1, 300))             # bool is not an exact int


def mixed(values):
    out = []
    for a, b in values:
        out.append((a - b, a * b, a + b))
    return out


vals = [(i, i + 1) for i in range(100)] + [(2**63 - 1, -1), (-2**63, 1), (3.5, 2), (2, 3.5),
                                            (1.5, 2.5), (2**40, 2**40), ("x", 3)]
try:
    r = mixed(vals)
except TypeError as e:
    print("TypeError", e)
r = mixed(vals[:-1])
print(r[-7:])


def divs(values):
    out = []
    for a, b in values:
        try:
            out.append(a / b)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


print(divs([(1.0, 2.0)] * 100 + [(1.0, 0.0), (3, 2), (1.0, -0.0)])[-3:])


def compares(pairs):
    out = []
    for a, b in pairs:
        out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
        if a < b:
            out.append("lt")
        if not (a == b):
            out.append("ne")
    return out


nan = float("nan")
pairs = [(i, 50) for i in range(100)] + [(nan, 1.0), (1.0, nan), (nan, nan), (2**64, 1),
                                         (1, 2**64), (1.0, 1), ("a", "b"), ("b", "b")]
print(compares(pairs)[-30:])
fpairs = [(float(i), 50.0) for i in range(100)] + [(nan, nan), (math.inf, 1.0), (1, 2)]
print(compares(fpairs)[-12:])
spairs = [(str(i), "50") for i in range(100)] + [("x", "x")]
print(compares(spairs)[-8:])
try:
    compares(spairs + [("x", 1)])
except TypeError as e:
    print("TypeError", e)


class MyInt(int):
    def __lt__(self, other):
        return "custom"


print(compares([(1, 2)] * 100 + [(MyInt(5), 3)])[-3:])


# s += t with a local (in-place concatenation form)
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


print(len(build(1000)), build(30))


def build_shared(n):
    s = "start"
    keep = s
    for i in range(n):
        s += "x"
        if i == 50:
            keep = s
    return len(s), len(keep), keep[-3:]


print(build_shared(200))


# Unary/inplace ops on ints and floats
def inplace(n):
    a, b, c = 0, 1.0, 1
    for i in range(n):
        a += i
        b *= 1.0001
        c *= 3
        c -= 1
    return a, round(b, 6), c % 1000003


print(inplace(300))


# Mixed int/float operands at one site, int // % & | ^ with zero divisors and negatives,
# true division of large ints.
def mixed_site(pairs):
    out = []
    for a, b in pairs:
        out.append((a + b, a - b, a * b))
        try:
            out.append(a / b)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


seq = [(1.5, 2), (3, 0.25), (2, 3), (2.0, 0.5), (-7, 2.0), (2**62, 1.5), (2**53 + 1, 3),
       (2**60, 2**59 + 1), (1, 0), (1.0, 0), (0, 0.0), (2**63 - 1, 2**63 - 1), (10**20, 3)]
print(mixed_site(seq * 20)[-len(seq) * 2:])


def int_other(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append((a // b, a % b, a & b, a | b, a ^ b))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


ip = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 0), (-2**63, -1), (2**63 - 1, -1),
      (2**70, 3), (-1, 2**64), (6, 4.0)]
try:
    print(int_other(ip * 20)[-len(ip):])
except TypeError as e:
    print("TypeError", e)
print(int_other(ip[:-1] * 20)[-len(ip) + 1:])
