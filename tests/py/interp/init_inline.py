class A:
    def __init__(self, x, y=2, *, z=3):
        self.s = x + y + z
print(A(1).s, A(1, 5, z=0).s)
try:
    A()
except TypeError as e:
    print(e)
class R:
    def __init__(self):
        return 5
try:
    R()
except TypeError as e:
    print(e)
class E:
    def __init__(self):
        raise ValueError("in init")
try:
    E()
except ValueError as e:
    print(e)
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
import sys
sys.setrecursionlimit(20000)
try:
    d = Deep(10000)
except RecursionError:
    print('recursion')
d = Deep(5000)
n = 0
while d:
    n += 1
    d = d.child
print(n)
class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
WithNew(4)
class Base:
    def __init__(self, v):
        self.v = v
class Sub(Base):
    def __init__(self, v):
        super().__init__(v * 2)
print(Sub(21).v)
class NoInit:
    pass
print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print(e)
class GenInit:
    def __init__(self):
        yield 1
try:
    GenInit()
except TypeError as e:
    print(e)
class Cap:
    def __init__(self):
        def f(): return self
        self.f = f
c = Cap(); print(c.f() is c)
class Cnt:
    count = 0
    def __init__(self):
        Cnt.count += 1
objs = [Cnt() for _ in range(5)]
print(Cnt.count, sys.getrefcount(objs[0]) > 0)
