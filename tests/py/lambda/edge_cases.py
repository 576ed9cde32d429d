f = lambda: None
print(f(), f.__name__, f.__code__.co_argcount, f.__defaults__)
g = lambda a, /, b, *args, c=3, **kw: (a, b, args, c, kw)
print(g(1, 2), g(1, b=2, c=4, d=5), g(1, 2, 3, 4))
try:
    g(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
h = lambda x: (lambda y: (lambda z: x + y + z))
print(h(1)(2)(3))
print((lambda *a: a)(), (lambda **k: k)(), (lambda x=[]: x)() is (lambda x=[]: x)())
gen_lambda = lambda: (yield 1)
gl = gen_lambda()
print(type(gl).__name__, next(gl))
recursive = lambda n: 1 if n <= 1 else n * recursive(n - 1)
print(recursive(10))
print([(lambda: i)() for i in range(3)])
