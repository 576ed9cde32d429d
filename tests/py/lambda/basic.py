sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, sorted(k)))(1, z=2))
print(sq.__name__, (lambda: 0).__qualname__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 3 == 0, range(15))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(4))
print((lambda x: (lambda y: x + y))(10)(5))
cond = lambda n: "neg" if n < 0 else "pos"
print(cond(-1), cond(1))
kw = lambda *, k: k
print(kw(k=9))
Y = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
print(Y(lambda fact: lambda n: 1 if n == 0 else n * fact(n - 1))(10))
