class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {}
class Base(metaclass=Meta, flag=1):
    def hello(self):
        return "Base.hello"
class Child(Base):
    def hello(self):
        return "Child>" + super().hello()
print(Child().hello(), type(Child).__name__)
class P:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Q(P, tag="t"):
    pass
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class H:
    d = D()
class Cell:
    def who(self):
        return __class__.__name__
print(Cell().who())
def deco(f):
    def wrapper(*a, **k):
        print("calling", f.__name__)
        return f(*a, **k)
    return wrapper
@deco
def add(a, b=1):
    return a + b
print(add(2), add(2, b=5))
class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
p = Prop(); p.v = 4; print(p.v)
class S:
    @staticmethod
    def s(x): return x + 1
    @classmethod
    def c(cls): return cls.__name__
print(S.s(1), S().s(2), S.c(), S().c())
m = Child().hello
print(m.__self__.__class__.__name__, m.__func__.__name__, m == Child().hello, m == m)
print(repr(add)[:18], repr(m)[:30])
def outer():
    class Inner:
        def f(self): return "inner"
    return Inner
print(outer().__qualname__, outer().f.__qualname__)
x = 10
class Scope:
    x = 20
    y = [x for _ in range(1)]
    def get(self): return x
print(Scope.y, Scope().get())
def make():
    v = "free"
    class K:
        w = v
        def m(self): return v
    return K
print(make().w, make()().m())
class WithSlots:
    __slots__ = ("a",)
ws = WithSlots(); ws.a = 3; print(ws.a)
print(add.__code__.co_name, add.__closure__ is not None, add.__defaults__, add.__kwdefaults__)
def kwd(a, *, b=3): pass
print(kwd.__kwdefaults__, kwd.__defaults__, kwd.__name__, kwd.__qualname__, kwd.__module__)
def ann(a: int, b: "str" = "x") -> bool: pass
print(ann.__annotations__)
kwd.attr = 5
print(kwd.__dict__, kwd.attr)
