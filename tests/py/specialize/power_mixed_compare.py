# Specialized ** (float base, int ** int) and float comparisons with an int operand: every
# guard of the fast forms (zero base with a negative exponent, negative base with a fractional
# exponent, overflow, inf/nan, big ints, ints beyond 2**53) must give CPython's result or error.
import math


def pow_loop(pairs):
    out = []
    for a, b in pairs:
        try:
            r = a ** b
        except (ZeroDivisionError, OverflowError) as e:
            r = type(e).__name__ + ": " + str(e)
        out.append(r)
    return out


warm = [(1.5, 2)] * 30 + [(2.0, 0.5)] * 30
cases = [(2.0, 10), (2.0, -2), (0.5, 0.5), (-2.0, 3), (-2.0, 2.0), (-8.0, 1 / 3), (0.0, 0),
         (0.0, 5), (-0.0, 3), (-0.0, 0.5), (0.0, -1), (0.0, -1.5), (10.0, 400), (10.0, -400),
         (1e308, 2), (float("inf"), 2), (float("-inf"), 3), (float("nan"), 0), (1.0, float("nan")),
         (2.0, float("inf")), (0.5, float("-inf")), (2.0, 2**60), (1.0, 2**70), (-1.0, 2**53 + 1),
         (3.0, True), (4.0, 0.5), (2.5, 3.0)]
res = pow_loop(warm + cases)
for (a, b), r in zip(cases, res[len(warm):]):
    print(repr(a), repr(b), repr(r))


def int_pow_loop(pairs):
    out = []
    for a, b in pairs:
        out.append(a ** b)
    return out


ipairs = [(3, 4)] * 30 + [(2, 62), (2, 63), (2, 64), (-2, 63), (-2, 64), (-3, 39), (-3, 40),
                          (7, 0), (0, 0), (0, 7), (-1, 2**40 + 1), (1, 2**50), (10, 18),
                          (10, 19), (2, -1), (-2, -3), (5, True), (2**62, 1), (2**62, 2)]
for (a, b), r in zip(ipairs[30:], int_pow_loop(ipairs)[30:]):
    print(a, b, repr(r))


def inplace_pow(x, n):
    for _ in range(n):
        x **= 1
    y = 1.0001
    for _ in range(n):
        y **= 2
        if y > 1e6:
            y = 1.0001
    return x, y


print(inplace_pow(3, 50), inplace_pow(2.5, 50))


def compare_loop(pairs):
    out = []
    for a, b in pairs:
        out.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
        if a < b:
            out.append("lt")
        elif a == b:
            out.append("eq")
        else:
            out.append("gt")
    return out


big = 2**53
cwarm = [(1.5, 2)] * 30 + [(3, 2.5)] * 30
ccases = [(1, 1.0), (1.0, 1), (-0.0, 0), (0, -0.0), (float("nan"), 1), (1, float("nan")),
          (float("inf"), 2**52), (-(2**53), float("-inf")), (float(big), big), (big, float(big)),
          (float(big), big + 1), (big + 1, float(big)), (float(big), -(big + 1)),
          (-(big + 1), float(-big)), (2**63 - 1, 9.223372036854776e18),
          (9.223372036854776e18, 2**63 - 1), (2**64, 1.8446744073709552e19),
          (1.8446744073709552e19, 2**64 + 1), (True, 1.0), (0.5, False), (3, 3), (2.5, 2.5)]
res = compare_loop(cwarm + ccases)
for (a, b), i in zip(ccases, range(len(cwarm), len(cwarm) + len(ccases))):
    print(repr(a), repr(b), res[2 * i], res[2 * i + 1])
print(math.isnan(float("nan") ** 1.0))
