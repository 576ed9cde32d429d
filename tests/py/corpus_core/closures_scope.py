def make_counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = make_counter(); print(c(), c(), c(5), c.__closure__[0].cell_contents, c.__code__.co_freevars)
fs = [lambda: i for i in range(3)]; print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]; print([f() for f in fs2])
x = "global"
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()
def g():
    global newglobal
    newglobal = 5
g(); print(newglobal)
class K:
    a = 1
    b = [a * 2 for _ in range(2)] if False else 2
    def m(self):
        try:
            return a
        except NameError as e:
            return str(e)
print(K().m(), K.b)
class K2:
    v = 10
    lst = [v for _ in range(1)] if False else None
    try:
        comp = [v for _ in range(1)]
    except NameError as e:
        comp = str(e)
print(K2.comp)
def comp_scope():
    i = "outer i"
    [i for i in range(3)]
    return i
print(comp_scope())
print([(x, y) for x in range(3) if x for y in range(x)], {x: x * x for x in range(3)}, {x % 2 for x in range(5)})
print([y := 5, y ** 2], y)
def walrus():
    data = [1, 2, 3]
    if (n := len(data)) > 2:
        return n
print(walrus(), [z for x in range(3) if (z := x * 2) > 1], z)
def deep():
    a = 1
    def l1():
        def l2():
            nonlocal a
            a += 1
            return a
        return l2()
    return l1(), a
print(deep())
def shadow(len=len):
    return len("abc")
print(shadow())
def defaults(a, b=[], *args, c, d=4, **kw):
    b.append(1)
    return a, b, args, c, d, kw
print(defaults(1, c=3), defaults(1, c=3), defaults(1, 2, 3, c=0, e=5) if False else defaults(1, [], 3, c=0, e=5))
try:
    defaults(1)
except TypeError as e:
    print(e)
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, 3), posonly(1, 2, c=3))
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print(e)
for call in [lambda: defaults(), lambda: posonly(1), lambda: (lambda: 0)(1), lambda: (lambda a: 0)(a=1, b=2), lambda: (lambda a: 0)(1, a=1), lambda: (lambda *, k: 0)(1), lambda: (lambda **k: 0)(1), lambda: defaults(1, c=1, a=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
def star(*a, **k): return a, k
print(star(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}), star(*"ab"))
try:
    star(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
try:
    star(*1)
except TypeError as e:
    print(e)
try:
    star(**1)
except TypeError as e:
    print(e)
def annotated(a: int, b: "str" = "x") -> list: pass
print(annotated.__annotations__, annotated.__defaults__)
lam = lambda x, *y, z=3, **w: (x, y, z, w)
print(lam(1, 2, z=4, q=5), lam.__name__, (lambda: 0).__qualname__)
def rec(n): return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))
def gen_closure():
    vals = []
    for i in range(3):
        def f(i=i): return i
        vals.append(f)
    return [v() for v in vals]
print(gen_closure())
def nonlocal_in_loop():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5): add(i)
    return total
print(nonlocal_in_loop())
def del_local():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(del_local())
try:
    del undefined_global_x
except NameError as e:
    print(e)
