def outer(a):
    b = a * 2
    def inner(c):
        return a + b + c
    return inner
f = outer(1)
print(f.__code__.co_freevars, outer.__code__.co_cellvars, f(10))
print([c.cell_contents for c in f.__closure__])
print(outer.__closure__, (lambda: 0).__closure__)
def g():
    x = 1
    def h():
        return x
    x = 2
    return h
print(g()(), g().__closure__[0].cell_contents)
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
i = counter()
i(); i()
print(i.__closure__[0].cell_contents)
i.__closure__[0].cell_contents = 100
print(i())
