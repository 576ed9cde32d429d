def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
print(a5(10), make_adder(-1)(1))
print(a5.__closure__[0].cell_contents, a5.__code__.co_freevars)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def shared():
    x = []
    def push(v):
        x.append(v)
    def get():
        return list(x)
    return push, get
push, get = shared()
push(1); push(2)
print(get())
def outer():
    v = "outer"
    def middle():
        def inner():
            return v
        return inner
    return middle()()
print(outer())
def rebind_after():
    def f():
        return val
    val = "bound later"
    return f()
print(rebind_after())
def unbound():
    def f():
        return val
    r = None
    try:
        f()
    except NameError as e:
        r = str(e)
    val = 1
    return r
print(unbound())
