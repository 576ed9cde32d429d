print(all([True, 1, "x", [0]]), all([True, 0]), any([None, (), 0.0, 1]), any(iter([])), all(x > 0 for x in [1, 2]), any(c.isdigit() for c in "ab3"))
calls = []
def check(v):
    calls.append(v)
    return v
print(all(check(v) for v in [1, 0, 2]), calls)
calls.clear(); print(any(check(v) for v in [0, 3, 4]), calls)
print(sum([]), sum([], 10), sum([0.1, 0.2]), sum([1, 2.5, 3j]), sum(range(1, 101)), sum([[1], [2, 3]], []), sum((i for i in range(5)), start=100))
for bad in [lambda: all(5), lambda: any(None), lambda: sum(["a"]), lambda: sum([1], "")]:
    try:
        bad()
    except TypeError as e:
        print(e)
