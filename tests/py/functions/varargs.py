def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(1, *[2, 3], b=4, **{"c": 5}))
def g(a, *rest, key="k", **extra):
    return a, rest, key, extra
print(g(1), g(1, 2, 3), g(1, key="x", z=0), g(*"abc", **{"key": 1, "q": 2}))
print(type(f(1)[0]).__name__)
def h(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
print(h(**d), d)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, **{"key": 1}, key=2)
except TypeError as e:
    print("TypeError:", e)
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
def unpack_gen(*a):
    return a
print(unpack_gen(*(i for i in range(4))), unpack_gen(*"xy", *[1]))
