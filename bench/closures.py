# Closures, nonlocal state, higher-order functions and comprehensions of every kind.
import sys


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def make_poly(coeffs):
    return lambda x: sum(c * x ** i for i, c in enumerate(coeffs))


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


def run(n):
    total = 0
    counter = make_counter(0)
    for i in range(n):
        counter()
        counter(i % 3)
    total += counter(0)

    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    f = compose(inc, dbl, inc, dbl)
    total += sum(f(i) for i in range(n // 4))

    poly = make_poly([3, 0, 2, 1])
    total += sum(map(poly, range(n // 20)))

    squares = [x * x for x in range(n // 4) if x & 1]
    table = {x: [y for y in range(x % 7)] for x in range(n // 40)}
    uniq = {x % 97 for x in squares}
    nested = [[i * j for j in range(12)] for i in range(n // 200)]
    flat = [v for row in nested for v in row if v % 5]
    total += len(squares) + sum(len(v) for v in table.values()) + sum(uniq) + sum(flat)

    @memoize
    def collatz(k):
        return 0 if k == 1 else 1 + collatz(k // 2 if k % 2 == 0 else 3 * k + 1)

    total += max(collatz(k) for k in range(1, n // 20))
    total += sum(filter(lambda v: v % 3 == 0, map(lambda v: v * 7, range(n // 10))))
    adders = [(lambda k: (lambda v: v + k))(k) for k in range(50)]
    for _ in range(n // 500):
        total += sum([a(1) for a in adders])
    return total


def main(reps):
    checksum = 0
    for r in range(reps):
        checksum += run(40000 + r)
    print(checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
