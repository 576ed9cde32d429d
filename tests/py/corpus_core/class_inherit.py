class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def who(self): return "D" + super().who()
    def chain(self): return ["D"] + super().chain()
print(D().who(), D().chain(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(super(B, D()).who(), super(D, D()).chain())
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
try:
    class Y(int, str): pass
except TypeError as e:
    print(e)
try:
    class Z(bool): pass
except TypeError as e:
    print(e)
print(issubclass(D, A), issubclass(D, (int, C)), isinstance(D(), B), isinstance(1, (str, (int,))), issubclass(bool, int), isinstance(True, int | str))
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
print(D.__bases__, A.__bases__, D.__base__, type(D), type(type), object.__bases__, B.__subclasses__())
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, MyInt("12", 8) if False else MyInt("12"), isinstance(m, int), m == 5, hash(m) == hash(5))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", type(s + "x").__name__, type(s[0]).__name__, s == "hi", repr(s), str(s), type(str(s)).__name__)
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
ml = MyList([1, 2]); ml.append(3)
print(ml, len(ml), ml.extra, type(ml[:1]).__name__, type(ml + [1]).__name__, ml == [1, 2, 3])
class MyDict(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 10
md = MyDict(a=1)
print(md["a"], md.get("a"), dict(md), {**md})
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class Child(Base, tag="t1"): pass
class GrandChild(Child): pass
print(Child.tag, GrandChild.tag)
try:
    class Bad(Base, nope=1): pass
except TypeError as e:
    print(e)
class CG:
    def __class_getitem__(cls, item): return f"CG[{item}]"
print(CG[int], CG[1, 2], list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__, list[int]([1]))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
    def __repr__(cls): return f"<M {cls.__name__}>"
class WithMeta(metaclass=Meta):
    def __init__(self, *a): self.a = a
w = WithMeta(1, 2)
print(WithMeta.added, w.a, WithMeta, type(WithMeta).__name__, isinstance(WithMeta, Meta))
T = type("T", (A,), {"x": 1, "who": lambda self: "T"})
print(T().who(), T.x, T.__name__, T.__mro__[1].__name__)
try:
    type("T", 1, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
class Abstractish:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, x): self.x = x
print(Abstractish(3).x)
class NewReturnsOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NewReturnsOther())
try:
    object.__new__(1)
except TypeError as e:
    print(e)
try:
    A(1)
except TypeError as e:
    print(e)
class InitRet:
    def __init__(self): return 1
try:
    InitRet()
except TypeError as e:
    print(e)
