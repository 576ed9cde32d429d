f = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
print(f(1), f(1, 5, 6, k=0, z=9), f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:3])
def g(a: int, /, b: str = "x", *, c: float = 1.0) -> None:
    """doc of g"""
print(g.__annotations__, g.__doc__, g.__defaults__, g.__kwdefaults__, g.__code__.co_posonlyargcount, g.__name__, g.__qualname__, g.__module__)
g.__doc__ = "changed"; g.custom = 5; print(g.__doc__, g.custom, g.__dict__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__code__.co_name, (lambda: 0).__qualname__, [lambda: 0][0].__name__)
def defaults_mutable(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_mutable(1), defaults_mutable(2), defaults_mutable(3, []))
def kwonly(*, a, b=2): return a + b
try:
    kwonly(1)
except TypeError as e:
    print(e)
print(kwonly(a=1), kwonly(b=5, a=1))
def many(a, b, c, d, e, f, g, h): return a + h
print(many(*range(8)), many(1, 2, 3, 4, 5, 6, 7, h=8))
try:
    many(1, 2)
except TypeError as e:
    print(e)
try:
    many(1, 2, 3, 4, 5, 6, 7, 8, 9)
except TypeError as e:
    print(e)
try:
    g()
except TypeError as e:
    print(e)
try:
    g(a=1)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(e)
compose = lambda *fs: lambda x: [x := fn(x) for fn in fs][-1]
print(compose(lambda v: v + 1, lambda v: v * 10)(2), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
print(callable(f), type(f).__name__, f == f, f != (lambda: 0), hash(f) == hash(f), repr(f).startswith("<function <lambda> at"))
