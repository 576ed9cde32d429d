# Specialized float arithmetic may store its result into an operand only the stack holds:
# objects other names, containers or closures refer to must keep their values, and results
# must be the values CPython computes (loops run long enough to specialize).
import sys


class F(float):
    pass


def chain(n):
    out = []
    x = 1.25
    y = -3.5
    for i in range(n):
        t = x * y + (x - y) * (x + y) - x / y
        keep = x + 0.5
        out.append(keep)
        u = (keep * 2.0) - keep ** 2.0 + t
        out.append(u)
        x += 0.125
    return out


def shared(n):
    vals = [0.5, 1.5, 2.5]
    res = []
    for i in range(n):
        a = vals[i % 3]
        b = vals[(i + 1) % 3]
        c = a * b - a
        d = (a + b) / (b - a)
        res.append((c, d, a, b))
    return vals, res


def mixed(n):
    r = []
    for i in range(n):
        r.append((i * 0.5) + i)
        r.append(i + (i * 0.25))
        r.append((i + 0.5) * 3 - 1)
        r.append(2 ** (i * 0.01))
    return r


def subclass(n):
    r = []
    f = F(2.5)
    for i in range(n):
        g = (f * 2.0) + F(1.0)
        r.append(type(g).__name__)
        r.append(g)
    return r


def identity(n):
    # The result object of an expression chain is a fresh value each time.
    seen = []
    x = 3.0
    for i in range(n):
        z = (x * 2.0) * 1.0
        seen.append(z)
    return len(seen), all(v == 6.0 for v in seen), len({id(v) for v in seen}) == len(seen)


def closure_keep(n):
    cells = []
    for i in range(n):
        v = i * 1.5
        cells.append(lambda v=v: v)
        w = v * 2.0 + 1.0
        cells.append(lambda w=w: w)
    return [c() for c in cells]


c = chain(200)
print(c[:6], c[-4:], sum(c))
vals, res = shared(200)
print(vals, res[:4], res[-2:])
m = mixed(100)
print(m[:8], sum(m))
print(subclass(50)[:4])
print(identity(100))
k = closure_keep(60)
print(k[:6], sum(k))
nan = float('nan')
inf = float('inf')
r = []
for i in range(60):
    r.append((inf - inf, inf * 0.0, nan + 1.0, -0.0 * 1.0, 1e308 * 10.0, -(1.0 - 1.0)))
print(r[0], r[-1])
print(sys.getrefcount(vals[0]) > 1)
