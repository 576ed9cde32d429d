def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(c=0, a=1), f(*[1, 2, 3]), f(**{"a": 4, "c": 6}))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
print(f.__defaults__, mutable_default.__defaults__)
def evaluated_once(x=print("defaults evaluated") or 5):
    return x
print(evaluated_once(), evaluated_once())
f.__defaults__ = (20, 30)
print(f(1))
def kwdef(*, k=1, m):
    return k, m
print(kwdef(m=2), kwdef.__kwdefaults__)
for call in [lambda: f(), lambda: f(1, 2, 3, 4), lambda: f(1, a=1), lambda: f(1, d=1), lambda: kwdef()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
