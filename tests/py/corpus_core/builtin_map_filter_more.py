print(list(map(abs, [-1, 2, -3])), list(map(lambda x, y: x + y, "ab", "cd")), list(map(int, ["1", "2"])), list(map(len, [])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(str.isalpha, "a1b2")), list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x > 1, [])), list(filter(bool, (0, 2))))
m = map(str, [1, 2]); print(type(m).__name__, next(m), list(m), list(m))
f = filter(None, [1, 0, 2]); print(type(f).__name__, next(f), list(f))
for bad in [lambda: map(), lambda: map(abs), lambda: list(map(abs, 5)), lambda: filter(None), lambda: list(filter(None, 5)), lambda: list(map(None, [1]))]:
    try:
        bad()
    except TypeError as e:
        print(e)
def gen():
    yield 1
    raise ValueError("inside")
try:
    list(map(str, gen()))
except ValueError as e:
    print("propagated", e)
