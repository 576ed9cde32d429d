class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by_meta = True
        return inst
    def __len__(cls): return len(cls.__dict__)
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __iter__(cls): return iter(["m1", "m2"])
    def __contains__(cls, x): return x == "in"
    def __repr__(cls): return f"<class {cls.__name__} via Registry>"
class Base(metaclass=Registry, flag=1):
    def __init__(self, v=0): self.v = v
class Child(Base): pass
print(Registry.classes, Base.kw, Child.kw, Base(5).created_by_meta, Child().v, Base[3], list(Child), "in" in Base, "out" in Base, repr(Child), type(Child).__name__, len(Base) > 0)
print(isinstance(Child, Registry), issubclass(Registry, type), Child.__class__ is Registry, type(Base()) is Base)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Bad(A1, A2): pass
except TypeError as e:
    print(e)
class M3(M1): pass
class C3(A1, metaclass=M3): pass
print(type(C3).__name__)
def fn_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class FM(metaclass=fn_meta): pass
print(FM.made_by, type(FM).__name__)
class AttrMeta(type):
    def __getattr__(cls, name): return f"meta attr {name}"
    def __setattr__(cls, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
class AM(metaclass=AttrMeta):
    real = 1
AM.x = 5
print(AM.real, AM.x, AM.undefined)
class Sing(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Sing): pass
print(S() is S())
print(type.__prepare__("X", ()), type(type.__prepare__("X", ())).__name__)
