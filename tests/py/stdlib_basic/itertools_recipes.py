import itertools as it
import functools
def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return list(it.zip_longest(*args, fillvalue=fill))
print(grouper("ABCDEFG", 3, "x"))
def powerset(s):
    s = list(s)
    return list(it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1)))
print(powerset([1, 2, 3]))
def unique_everseen(iterable):
    seen = set()
    for x in iterable:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique_everseen("AAAABBBCCDAABBB")))
mul = lambda a, b: a * b
print(functools.reduce(mul, range(1, 6)), list(map(lambda t: t[1], [(1, "a"), (2, "b")])))
print(sorted([("a", 3), ("b", 1)], key=lambda t: t[1]), list(it.accumulate(range(1, 6), mul)))
