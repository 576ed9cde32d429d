class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name)
        return {"injected": "from prepare"}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class C(metaclass=OrderedMeta):
    z = 1
    a = 2
    def m(self): pass
print(C.order, C.injected)
class LoggingDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)
class LM(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return LoggingDict()
class D(metaclass=LM):
    first = 1
    second = 2
class AttrMeta(type):
    def __getattr__(cls, name):
        return f"meta-attr {name}"
    @property
    def shout(cls):
        return cls.__name__.upper()
    def meta_method(cls):
        return "meta method on " + cls.__name__
class E(metaclass=AttrMeta):
    pass
print(E.anything, E.shout, E.meta_method())
try:
    E().meta_method()
except AttributeError as e:
    print("AttributeError:", e)
print(type(type), type.__class__, type.__mro__, type(C).__mro__[1].__name__)
