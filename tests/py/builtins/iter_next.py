it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(iter(it) is it, type(iter("")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
r = iter(range(3))
print(list(r), list(r))
d = iter({"a": 1, "b": 2})
print(next(d), list(d))
