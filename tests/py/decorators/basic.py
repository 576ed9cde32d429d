def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        r = fn(*args, **kwargs)
        print(f"ret {r}")
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def deco_a(fn):
    print("applying a")
    return lambda: "a(" + fn() + ")"
def deco_b(fn):
    print("applying b")
    return lambda: "b(" + fn() + ")"
@deco_a
@deco_b
def base():
    return "base"
print(base())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry, one is not None)
@(lambda f: f.__name__.upper())
def weird(): pass
print(weird)
