class Base:
    """Base doc"""
    x = 1
class Derived(Base):
    y = 2
    def method(self):
        pass
d = Derived()
print(Derived.__name__, Derived.__qualname__, Derived.__module__, Derived.__doc__, Base.__doc__)
print(Derived.__bases__, Derived.__base__, Derived.__mro__, d.__class__, type(d).__class__)
print(sorted(k for k in Derived.__dict__ if not k.startswith("__")), "__dict__" in dir(d), d.__dict__)
print(Derived.method.__qualname__, Derived.method.__name__, Derived.method.__module__)
def outer():
    class Local:
        def m(self):
            pass
    return Local
L = outer()
print(L.__qualname__, L.m.__qualname__)
d.__class__ = Base
print(type(d).__name__, isinstance(d, Derived))
try:
    d.__class__ = int
except TypeError as e:
    print("TypeError:", e)
print(Derived.__subclasses__(), Base.__subclasses__()[0].__name__)
print(type(Derived.__dict__).__name__)
try:
    Derived.__dict__["z"] = 1
except TypeError as e:
    print("TypeError:", e)
