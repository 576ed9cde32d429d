class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    __slots__ = ()
c = C()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"))
try:
    c.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in B.__dict__ if not k.startswith("__")), sorted(k for k in A.__dict__ if not k.startswith("__")))
class WithProp:
    __slots__ = ("_v",)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
w = WithProp()
w.v = 5
print(w.v)
class M1:
    __slots__ = ()
class M2:
    __slots__ = ()
class Both(M1, M2):
    __slots__ = ("x",)
print(Both().__class__.__name__)
class S1:
    __slots__ = ("p",)
class S2:
    __slots__ = ("q",)
try:
    class Bad(S1, S2):
        pass
except TypeError as e:
    print("TypeError:", e)
