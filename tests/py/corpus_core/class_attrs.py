class G:
    a = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
g = G()
print(g.a, g.xy, getattr(g, "xz"), hasattr(g, "q"), getattr(g, "q", "dflt"))
try:
    g.q
except AttributeError as e:
    print(e)
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback-" + name
ga = GA(); ga.real = 1
print(ga.secret, ga.real, ga.other)
class SA:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k):
        print("del", k)
        object.__delattr__(self, k)
sa = SA(); sa.v = 5; print(sa.v); del sa.v; print(hasattr(sa, "v"))
try:
    del sa.nothere
except AttributeError as e:
    print(e)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "doc of x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("neg")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting")
    @property
    def ro(self): return 1
p = P(); p.x = 5; print(p.x, P.x.__doc__, type(P.x).__name__)
try:
    p.x = -1
except ValueError as e:
    print(e)
del p.x
try:
    p.ro = 2
except AttributeError as e:
    print(e)
try:
    del p.ro
except AttributeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, inst, owner=None):
        if inst is None: return self
        return ("get", self.name)
    def __set__(self, inst, v): inst.__dict__["_" + self.name] = v
class ND:
    def __get__(self, inst, owner): return "nd"
class U:
    d = Desc()
    n = ND()
u = U(); u.d = 3; print(u.d, u.__dict__, U.d.name, u.n)
u.n = "shadow"; print(u.n, U.n)
class CM:
    count = 0
    @classmethod
    def make(cls, *a): return cls, a
    @staticmethod
    def st(x): return x * 2
print(CM.make(1), CM().make(2), CM.st(3), CM().st(4), type(CM.__dict__["make"]).__name__, CM.__dict__["st"].__func__(5))
class Obj: pass
o = Obj()
o.a = 1
print(vars(o), o.__dict__, Obj.__name__, Obj.__qualname__, Obj.__module__, type(o).__name__)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    o.missing
except AttributeError as e:
    print(e)
try:
    Obj.missing
except AttributeError as e:
    print(e)
try:
    (1).x
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    "".join = 1
except AttributeError as e:
    print(e)
try:
    setattr(o, 1, 2)
except TypeError as e:
    print(e)
try:
    getattr(o, 1)
except TypeError as e:
    print(e)
try:
    vars(1)
except TypeError as e:
    print(e)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m.__name__)
def f(): pass
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__doc__, f.__module__)
class WithDoc:
    "class doc"
print(WithDoc.__doc__, WithDoc().__doc__, Obj.__doc__)
bm = CM().make
print(bm.__self__.__class__.__name__ if False else bm.__func__.__name__, callable(bm), callable(1), callable(Obj))
