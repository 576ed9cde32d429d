class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = injected + 1
print(A.x)
class B:
    print("body locals", sorted(k for k in locals()))
    y = 2
    print("after", sorted(k for k in locals()))
class C:
    def f(self): return __class__
print(C().f() is C)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class D: pass
print(D.decorated)
class E:
    __qualname__ = "Custom"
print(E.__qualname__)
import weakref
class S:
    __slots__ = ("a", "__weakref__")
s = S(); r = weakref.ref(s); print(r() is s)
class NS:
    __slots__ = ("a",)
try:
    weakref.ref(NS())
except TypeError as e:
    print(e)
class Abs:
    def __init_subclass__(cls, /, required=None, **kw):
        if required is None:
            raise TypeError(f"{cls.__name__} needs required")
try:
    class Bad(Abs): pass
except TypeError as e:
    print(e)
class Good(Abs, required=1): pass
print(Good.__name__)
print(type("X", (), {})().__class__.__name__, type.__call__(int, "5"), type.__new__(type, "Y", (), {}).__name__)
class WithNew:
    def __new__(cls, *args, **kwargs):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(WithNew(1, 2).args)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Parent:
    def __init__(self, x): self.x = x
class Child(Parent):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2); print(c.x, c.y, vars(c))
try:
    object.__init__(c, 1)
except TypeError as e:
    print(e)
try:
    Parent()
except TypeError as e:
    print(e)
try:
    Child(1, 2, 3)
except TypeError as e:
    print(e)
print(Child.__init__.__qualname__, Child.__mro__[-1], Parent.__subclasses__())
class Attrs:
    cls_attr = [1]
a1, a2 = Attrs(), Attrs()
a1.cls_attr.append(2); print(a2.cls_attr)
a1.cls_attr = [9]; print(a1.cls_attr, a2.cls_attr, Attrs.cls_attr)
class Str:
    def __init__(self): self.items = []
    def __iadd__(self, x): self.items.append(x); return self
    def __len__(self): return len(self.items)
s = Str(); s += 1; s += 2; print(len(s), s.items)
class Mixed:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
print(Mixed() == Mixed(), Mixed() != Mixed(), Mixed() == 1)
m = Mixed(); print(m == m, m != m)
