class A:
    @staticmethod
    def s(*args):
        return args
    @classmethod
    def c(cls, *args):
        return cls.__name__, args
class B(A):
    pass
print(A.s(1), A().s(1), B.c(2), B().c(3), A.c())
sm = staticmethod(len)
print(sm.__func__("abc"), callable(sm), sm("xy"))
cm = classmethod(lambda cls: cls)
class C:
    get = cm
print(C.get() is C, C().get() is C)
print(A.__dict__["s"].__wrapped__ is A.__dict__["s"].__func__ if hasattr(A.__dict__["s"], "__wrapped__") else "nowrap")
print(isinstance(A.__dict__["c"], classmethod), isinstance(A.s, staticmethod), type(A.c).__name__)
class D:
    @property
    def p(self):
        return "p"
    @p.setter
    def p(self, v):
        print("setting", v)
d = D()
d.p = 3
print(d.p, D.p.fset is not None, D.p.fdel)
print(property().fget, property(doc="d").__doc__)
