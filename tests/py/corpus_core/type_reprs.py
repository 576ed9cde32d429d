class A: pass
class B(A):
    class Inner: pass
print(A, B, B.Inner, type(A()), A.__class__, type(B.Inner()), int, type(1), type(int), object, type, NotImplemented, Ellipsis, None)
print(type(len), type([].append), type(A.__init__), type(object.__init__), type(str.join), type("".join), type(int.__add__), type((1).__add__), type(A().__init__))
print(str.__dict__["join"], dict.__dict__["fromkeys"], repr(int.__dict__["real"]), repr(type.__dict__["__name__"]))
import sys, math
print(repr(sys)[:17], repr(math)[:18], type(sys).__name__, type(sys))
print(repr(iter([])).split(" at ")[0], repr(iter(())).split(" at ")[0], repr(iter("")).split(" at ")[0], repr(iter({})).split(" at ")[0], repr(iter(range(1))).split(" at ")[0], repr(iter(set())).split(" at ")[0])
print(repr(map(str, [])).split(" at ")[0], repr(filter(None, [])).split(" at ")[0], repr(zip()).split(" at ")[0], repr(enumerate([])).split(" at ")[0], repr(reversed([])).split(" at ")[0])
def gen(): yield
print(repr(gen()).split(" at ")[0], repr(gen).split(" at ")[0], repr(lambda: 0).split(" at ")[0], repr(A().__init__).split(" at ")[0][:30])
print(repr({}.keys()), repr({1: 2}.items()), repr({"a": [1]}.values()), repr(frozenset()), repr(set()), repr(range(0, 5, 2)), repr(slice(None, 2)), repr(b""), repr(bytearray()))
print(type(A.__dict__), A.__dict__["__module__"], "__dict__" in A.__dict__, "__weakref__" in A.__dict__, sorted(k for k in B.__dict__))
print(int.__name__, int.__qualname__, int.__module__, A.__module__, len.__module__ if hasattr(len, "__module__") else "", len.__name__, len.__qualname__, [].append.__name__, [].append.__qualname__)
print(isinstance(A, type), isinstance(A(), object), type(A) is type, A.__base__ is object, B.__bases__, object.__base__, type.__base__)
print(repr(1.0), repr(True), repr(None), repr("s"), repr(b"b"), repr([1, "a", None]), repr((1,)), repr({"k": (1, 2)}), repr({1}), repr(-0.0), repr(1j), repr(-1j), repr(complex(1, -0.0)))
class WithSlots:
    __slots__ = ("x",)
print(type(WithSlots.__dict__["x"]).__name__, repr(WithSlots.x).split(" at ")[0])
class P:
    @property
    def p(self): return 1
print(type(P.p).__name__, type(P.__dict__["p"]), type(staticmethod(len)).__name__, type(classmethod(len)).__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, type(type.__dict__).__name__)
print(A.__name__, A().__class__.__name__, A.__qualname__, B.Inner.__qualname__, B.Inner.__module__)
