# Specialized calls: Python functions with exact arguments, defaults and keywords, bound
# methods, builtins, len/isinstance/type/str, list.append and class instantiation, with the
# callee changed mid-loop.
def f(a, b):
    return a + b


def g(a, b=10, *, c=100):
    return a + b + c


def loop_f(n):
    s = 0
    for i in range(n):
        s += f(i, 1)
    return s


print(loop_f(300))
f.__code__ = (lambda a, b: a * b).__code__
print(loop_f(300))
f.__defaults__ = (5,)
print(loop_f(300))


def loop_g(n):
    s = 0
    for i in range(n):
        s += g(i) + g(i, 2) + g(i, c=1) + g(a=i, b=1, c=2)
    return s


print(loop_g(300))
g.__defaults__ = (0,)
g.__kwdefaults__ = {"c": 0}
print(loop_g(300))

try:
    for i in range(200):
        f(i) if i > 150 else f(i, i)
except TypeError as e:
    print("TypeError", e)


class A:
    def __init__(self, x):
        self.x = x

    def m(self, y):
        return self.x + y

    @staticmethod
    def st(y):
        return y * 2

    @classmethod
    def cm(cls, y):
        return cls.__name__ + str(y)


a = A(3)
tot = 0
names = []
for i in range(300):
    tot += a.m(i) + A.st(i) + A(i).x
    bm = a.m
    tot += bm(1)
    names.append(A.cm(i % 3))
    if i == 150:
        A.m = lambda self, y: -y
print(tot, names[-3:])


# class instantiation: __init__ replaced, __new__ added, class gets a metaclass-free subclass
class B:
    def __init__(self, v):
        self.v = v


objs = []
for i in range(300):
    if i == 100:
        B.__init__ = lambda self, v: setattr(self, "v", v * 10)
    if i == 200:
        B.__new__ = lambda cls, v: object.__new__(cls)
    objs.append(B(i).v)
print(objs[99], objs[100], objs[199], objs[200], objs[299])


class BadInit:
    def __init__(self):
        return 5


for i in range(100):
    try:
        BadInit()
    except TypeError as e:
        last = str(e)
print(last)

# builtins
out = []
for i in range(300):
    s = str(i)
    out.append((len(s), isinstance(s, str), type(s).__name__, str(i * 2)))
    if i == 200:
        len = lambda x: -1   # noqa: E731
print(out[199], out[201])
del len

lst = []
for i in range(300):
    lst.append(i)


class MyList(list):
    def append(self, x):
        super().append(x * 2)


ml = MyList()
for i in range(300):
    (lst if i < 150 else ml).append(i)
print(len(lst), sum(lst), len(ml), ml[:3])

# builtin functions and method descriptors with keywords
data = [3, 1, 2]
res = []
for i in range(200):
    res.append(sorted(data, reverse=(i % 2 == 0)))
    res.append(max(data, key=lambda x: -x))
    res.append(",".join(["a", "b"]))
    res.append(int("ff", base=16))
    res.append("abc".startswith("a"))
print(res[-10:])

try:
    for i in range(200):
        [].append(1, 2) if i == 150 else [].append(1)
except TypeError as e:
    print(e)

try:
    for i in range(200):
        len(5) if i == 180 else len("x")
except TypeError as e:
    print(e)

try:
    for i in range(200):
        isinstance(1, 5) if i == 180 else isinstance(1, int)
except TypeError as e:
    print(e)


# Deep recursion still works with specialized calls
import sys

sys.setrecursionlimit(200000)


def depth(n):
    return 0 if n == 0 else depth(n - 1) + 1


print(depth(150000))
sys.setrecursionlimit(1000)


def boom(n):
    return boom(n + 1)


try:
    boom(0)
except RecursionError as e:
    print("RecursionError", e)
