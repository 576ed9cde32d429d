a, b, c = [1, 2, 3]
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)
(a, b), (c, d) = "xy", [3, 4]
print(a, b, c, d)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
print([*range(3), *"ab"], {**{"a": 1}, **{"b": 2}}, (*[1, 2],), {*[1, 1, 2]})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
d = {"a": 1}
x, = d
print(x)
[m, n] = (7, 8)
print(m, n)
a = b = *c, = [1, 2]
print(a, b, c)
