def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(f(1, 2, 3, e=5), f(1, 2, c=3, e=5), f(1, 2, 3, 4, e=5, f=7))
for call in [lambda: f(a=1, b=2, c=3, e=5), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def pos_only_kw(a, /, **kw):
    return a, kw
print(pos_only_kw(1, a=2))
def only_kw(*, x):
    return x
print(only_kw(x=3))
try:
    only_kw(3)
except TypeError as e:
    print("TypeError:", e)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames[:6], f.__name__, f.__qualname__)
def defaults_pos(a=1, /, b=2):
    return a, b
print(defaults_pos(), defaults_pos(5), defaults_pos(5, b=6))
