import sys
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "done"
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e:
            print(repr(e.__context__))
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
h()
def k():
    try:
        raise KeyError("x") from ValueError("cause")
    except KeyError as e:
        print(repr(e.__cause__), e.__suppress_context__)
    try:
        try:
            1/0
        except ZeroDivisionError:
            raise KeyError("y") from None
    except KeyError as e:
        print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
k()
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
for x in gen():
    print("got", x)
    break
print("after break")
def counter():
    count = 0
    while True:
        val = yield count
        if val is not None:
            count = val
        else:
            count += 1
c = counter()
print(next(c), next(c), c.send(10), next(c))
c.close()
print(c.gi_frame, c.gi_running)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

ff = fib(); print([next(ff) for _ in range(10)])
gexp = (x * x for x in range(5))
print(sum(gexp), list(gexp))
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def kw(a, *, b=2, **rest):
    return a, b, rest
print(kw(1), kw(1, b=3, c=4), kw(*[5], **{"b": 6}))
class A:
    x = 1
    def m(self):
        return [self.x + i for i in range(2)]
    y = [x for _ in range(2)] if False else None
print(A().m(), A.y)
def vars_test():
    a = 1
    b = 2
    return sorted(locals().items())
print(vars_test())
print(type(sys._getframe()).__name__, sys._getframe().f_code.co_name)
def depth():
    f = sys._getframe()
    n = 0
    while f:
        n += 1
        f = f.f_back
    return n
print(depth())
try:
    x = undefined_name
except NameError as e:
    print(e, e.name)
def unb():
    print(zz)
    zz = 1
try:
    unb()
except UnboundLocalError as e:
    print(e)
def cl():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(e)
    v = 1
cl()
