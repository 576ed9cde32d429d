# Generator pipelines, yield from, generator expressions and closures.
import sys


def naturals(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def chained(limit):
    yield from squares(evens(naturals(limit)))
    yield from (x + 1 for x in range(limit // 10))


def tree(depth):
    if depth == 0:
        yield depth
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def main(n):
    total = 0
    for _ in range(n):
        total += sum(chained(20000))
        total += sum(tree(12))
        adders = make_adders(100)
        total += sum(f(1) for f in adders)
        total += sum([x * 2 for x in range(1000) if x % 3])
    print(total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
