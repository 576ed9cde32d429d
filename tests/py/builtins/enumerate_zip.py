print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, None), type(e).__name__)
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(3), range(3))))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1], [1, 2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))
it = iter(range(10))
print(list(zip(it, it)))
consumed = []
def gen(name, n):
    for i in range(n):
        consumed.append((name, i))
        yield i
list(zip(gen("a", 3), gen("b", 1)))
print(consumed)
