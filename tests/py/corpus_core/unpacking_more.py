def f(*args, **kwargs): return args, kwargs
print(f(*[1, 2], *(3,), *"ab", *range(2), *{9: 0}))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(1, *[2], 3, *[4], k=1, **{"z": 0}))
a, *b = "xyz"; *c, d = [1]; e, *f2, g = range(6); print(a, b, c, d, e, f2, g)
[h, *i], j = [1, 2, 3], 4; print(h, i, j)
for (k, *rest) in [(1, 2, 3), (4,)]: print(k, rest)
first, second, *_ = "hello"; print(first, second)
print([*[1], *[2, 3]], (*"ab",), {*"aab"} == {"a", "b"}, {**dict(a=1), **dict(b=2)}, [*{1: 2}.items()])
x, y = y, x = 1, 2
print(x, y)
try:
    a, *b, c = (1,)
except ValueError as e:
    print(e)
try:
    exec("*a, *b = [1, 2]")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("a = *b")
except SyntaxError as e:
    print("SyntaxError", e.msg)
def g(a, b, c=3, *d, e, f=6, **g): return a, b, c, d, e, f, g
print(g(1, 2, e=5), g(1, 2, 3, 4, e=5, h=8), g(*[1, 2, 3, 4, 5], **{"e": 0, "f": 1, "x": 2}))
try:
    g(1, 2, 3, e=1, c=2)
except TypeError as e:
    print(e)
try:
    g(1, e=1)
except TypeError as e:
    print(e)
try:
    g(1, 2)
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
