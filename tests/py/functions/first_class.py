def square(x):
    return x * x
def cube(x):
    return x ** 3
funcs = [square, cube, abs, str]
print([f(-3) for f in funcs])
table = {f.__name__: f for f in funcs}
print(sorted(table), table["cube"](2))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(square, 3), apply_twice(lambda s: s + "!", "hi"))
def make_pipeline(*steps):
    def run(x):
        for s in steps:
            x = s(x)
        return x
    return run
p = make_pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
print(sorted([square, cube], key=lambda f: f(2)) == [square, cube], square == square, square != cube)
print(type(square).__name__, square.__class__ is type(lambda: 0), hasattr(square, "__call__"))
def noop():
    pass
noop.attr = [1]
print(noop.attr, noop.__dict__, "attr" in dir(noop))
