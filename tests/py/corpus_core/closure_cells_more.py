def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
early, late = make_adders()
print([f(10) for f in early], [f(10) for f in late])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter(); inc(); inc(); print(get(), inc.__closure__[0].cell_contents, get.__closure__[0] is inc.__closure__[0])
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())
def shadow():
    x = "outer"
    def f():
        x = "inner"
        return x
    return f(), x
print(shadow())
def cell_del():
    x = 1
    def g(): return x
    del x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
cell_del()
def loop_closures():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    i = 99
    return [f() for f in fs]
print(loop_closures())
def gen_closure():
    v = 0
    def g():
        nonlocal v
        while True:
            v += 1
            yield v
    return g(), lambda: v
it, peek = gen_closure(); next(it); next(it); print(peek())
x = "global"
def read_global(): return x
def write_global():
    global x
    x = "changed"
print(read_global()); write_global(); print(read_global(), x)
def class_in_func():
    y = 5
    class C:
        z = y * 2
        def m(self): return y + self.z
    return C().m()
print(class_in_func())
import types
c = types.CellType(5); print(c.cell_contents)
e = types.CellType()
try:
    e.cell_contents
except ValueError as ex:
    print(ex)
print((lambda: 0).__closure__, counter.__code__.co_cellvars, inc.__code__.co_freevars)
