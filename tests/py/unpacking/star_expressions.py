a, *b, c, d = range(7)
print(a, b, c, d)
*a, = "xyz"
print(a)
first, *_, last = [1, 2, 3, 4]
print(first, last, _)
print(*[1, 2], *[3], sep=",")
print([*"ab", *range(2), *{"k": 1}], (*(), *()), {*(), *[1]})
d = {**{}, "a": 1, **{"b": 2}, "a": 3}
print(d)
def f(a, b, c, d):
    return a, b, c, d
print(f(*[1, 2], *(3,), 4), f(1, *[2, 3], d=4), f(**{"d": 1, "c": 2}, a=3, b=4))
for x, *rest in [(1, 2, 3), (4,), "ab"]:
    print(x, rest)
try:
    exec("*a = [1]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("a, *b, *c = [1, 2, 3]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
