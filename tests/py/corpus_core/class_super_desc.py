class A:
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    def m(self): return "A.m"
class B(A):
    @classmethod
    def c(cls): return "B>" + super().c()
    def m(self):
        f = lambda: super(B, self).m()
        return "B>" + f()
    @staticmethod
    def s(): return "B>" + super(B, B).s()
print(B.c(), B().c(), B().m(), B.s())
def outside(self):
    return super().m()
B.out = outside
try:
    B().out()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)
class C:
    def m(self):
        del self
        try:
            return super().__repr__()
        except RuntimeError as e:
            return str(e)
print(C().m())
print(super(B, B()).m(), repr(super(B, B()))[:30], super(bool, True).__class__)
try:
    super(B, 1)
except TypeError as e:
    print(e)
class M(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        cls.tag = name
        return cls
class X(metaclass=M):
    def who(self): return super().__class__.__name__
print(X.tag, X().who(), type(X).__name__)
class P:
    def __init_subclass__(cls, **kw):
        print("P sub", cls.__name__, kw)
        super().__init_subclass__()
class Q(P, x=1): pass
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class O:
    a = D()
    b = D()
class Prop:
    def __init__(self): self._v = 0
    v = property(lambda self: self._v, lambda self, x: setattr(self, "_v", x), None, "doc v")
p = Prop(); p.v = 4; print(p.v, Prop.v.__doc__, Prop.v.fget.__name__, Prop.v.fset is not None, Prop.v.fdel)
try:
    del p.v
except AttributeError as e:
    print(e)
class Q2:
    @property
    def x(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fallback " + n
print(Q2().x)
class DataDesc:
    def __get__(self, i, o): return "data"
    def __set__(self, i, v): pass
class HasDD:
    d = DataDesc()
h = HasDD(); h.__dict__["d"] = "inst"; print(h.d)
class E:
    __slots__ = ()
try:
    E().x = 1
except AttributeError as e:
    print(e)
print(E.__slots__, hasattr(E(), "__dict__"))
class Base:
    def __repr__(self): return f"<{type(self).__name__}>"
class Derived(Base): pass
print(Derived(), [Derived()], str(Derived()))
class Attr:
    x = 1
a = Attr(); a.x = 2; print(a.x, Attr.x); del a.x; print(a.x)
try:
    del a.x
except AttributeError as e:
    print(e)
try:
    del Attr.y
except AttributeError as e:
    print(e)
print(Attr.__dict__.get("x"), "x" in vars(Attr), type(Attr.__dict__).__name__)
try:
    Attr.__dict__["z"] = 1
except TypeError as e:
    print(e)
class Dyn: pass
Dyn.meth = lambda self: "dyn"
print(Dyn().meth(), Dyn.meth.__name__)
d = Dyn(); d.meth = lambda: "inst"; print(d.meth())
