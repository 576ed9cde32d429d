print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(map(str, range(3))), list(map(len, ["a", "bb"])), list(map(int, "123")))
m = map(lambda x: x * 2, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
f = filter(lambda x: x > 1, iter([0, 1, 2, 3]))
print(type(f).__name__, list(f))
try:
    map()
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
