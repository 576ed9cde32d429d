print(sorted({x % 5 for x in range(20)}), {x: x ** 2 for x in range(4)})
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10)), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(dict((k, v) for k, v in zip("ab", "xy")), sorted(set(c for c in "hello")))
print({(a, b): a * b for a in range(2) for b in range(2)})
print(list(x for x in range(10) if x > 6), tuple(i for i in "ab"))
def first_n(it, n):
    return [next(it) for _ in range(n)]
print(first_n(iter(range(100)), 3))
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
