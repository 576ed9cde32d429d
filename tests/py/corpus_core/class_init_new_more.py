class A:
    def __new__(cls, *args, **kwargs):
        print("A.__new__", cls.__name__, args, kwargs)
        return super().__new__(cls)
    def __init__(self, x=0, **kw):
        print("A.__init__", x, kw)
        self.x = x
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
b = B(1, 2); print(b.x, b.y, type(b).__name__)
class Immutable(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def __init__(self, a, b): print("init sees", self)
print(Immutable(1, 2))
class NewOnly:
    def __new__(cls, v):
        inst = object.__new__(cls)
        inst.v = v * 2
        return inst
print(NewOnly(4).v)
class ReturnOther:
    def __new__(cls): return [1, 2]
    def __init__(self): print("never called")
print(ReturnOther())
class InitArgs:
    pass
for args in [(1,), (), ]:
    try:
        InitArgs(*args)
        print("ok", args)
    except TypeError as e:
        print(e)
try:
    InitArgs(a=1)
except TypeError as e:
    print(e)
class CustomInitOnly:
    def __init__(self): pass
try:
    CustomInitOnly(1)
except TypeError as e:
    print(e)
class CustomNewOnly:
    def __new__(cls): return super().__new__(cls)
try:
    CustomNewOnly(1)
except TypeError as e:
    print(e)
class Factory:
    registry = {}
    def __init_subclass__(cls, key, **kw):
        super().__init_subclass__(**kw)
        Factory.registry[key] = cls
    @classmethod
    def create(cls, key): return cls.registry[key]()
class One(Factory, key="one"): pass
class Two(Factory, key="two"): pass
print(sorted(Factory.registry), type(Factory.create("two")).__name__)
print(object.__new__(One).__class__.__name__, type.__call__(One).__class__.__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
print(int.__new__(int, "7"), str.__new__(str, 5), float.__new__(float, "1.5"), tuple.__new__(tuple, [1]), list.__new__(list, [1]))
