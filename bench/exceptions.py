# Exceptions in loops: raise/except of builtin and user exceptions, try/finally, with-statement
# context managers, exception chaining, and EAFP dict/attribute lookups.
import sys


class ParseError(Exception):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos


class Resource:
    opened = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, et, ev, tb):
        Resource.opened -= 1
        return et is KeyError


def parse_int(s, pos):
    try:
        return int(s)
    except ValueError:
        raise ParseError(pos, "bad int %r" % s) from None


def eafp_lookup(d, keys):
    hits = 0
    for k in keys:
        try:
            hits += d[k]
        except KeyError:
            hits -= 1
    return hits


def guarded_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0
    finally:
        pass


def run(n):
    tokens = [str(i) if i % 4 else "x%d" % i for i in range(n)]
    errors = 0
    total = 0
    for pos, t in enumerate(tokens):
        try:
            total += parse_int(t, pos)
        except ParseError as e:
            errors += 1
            total += e.pos % 7
    d = {i: i for i in range(0, n, 3)}
    total += eafp_lookup(d, range(n))
    total += sum(guarded_div(i, i % 5) for i in range(n))
    for i in range(n // 4):
        with Resource("r%d" % (i % 10)) as r:
            if i % 3 == 0:
                raise KeyError(r.name)
            total += len(r.name)
    obj = Resource("attr")
    for i in range(n // 4):
        try:
            total += obj.missing
        except AttributeError:
            total += 1
    for i in range(n // 8):
        try:
            try:
                raise ValueError(i)
            except ValueError as e:
                raise TypeError("wrapped") from e
        except TypeError as e:
            total += e.__cause__.args[0] & 3
    return total, errors, Resource.opened


def main(reps):
    results = None
    checksum = 0
    for r in range(reps):
        results = run(30000 + r)
        checksum += results[0] + results[1]
    print(checksum, results)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
