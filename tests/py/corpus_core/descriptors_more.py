class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)
class P:
    x = Typed(int)
    y = Typed(str)
p = P(); p.x = 5; p.y = "s"
print(p.x, p.y, P.x.name, type(P.__dict__["x"]).__name__)
try:
    p.x = "bad"
except TypeError as e:
    print(e)
del p.x; print(p.x)
class NonData:
    def __get__(self, obj, objtype=None): return "from descriptor"
class Q:
    nd = NonData()
q = Q(); print(q.nd); q.nd = "instance"; print(q.nd, Q.nd); del q.nd; print(q.nd)
class OnlySet:
    def __set__(self, obj, v): obj.__dict__["got"] = v
class R:
    d = OnlySet()
r = R(); r.d = 3; print(r.got, type(r.d).__name__ if not isinstance(r.d, int) else r.d)
class Method:
    def f(self): return "f"
m = Method()
bound = Method.__dict__["f"].__get__(m, Method)
print(bound(), Method.__dict__["f"].__get__(None, Method) is Method.__dict__["f"], type(bound).__name__)
sm = staticmethod(lambda: "static"); cm = classmethod(lambda cls: cls.__name__)
class S:
    a = sm
    b = cm
print(S.a(), S().a(), S.b(), S().b(), sm.__func__(), isinstance(S.__dict__["b"], classmethod))
class Prop:
    def __init__(self): self._v = 1
    def getv(self): return self._v
    def setv(self, v): self._v = v * 10
    v = property(getv, setv, doc="v doc")
    ro = property(getv)
pr = Prop(); pr.v = 2; print(pr.v, Prop.v.__doc__, Prop.ro.fset)
try:
    pr.ro = 1
except AttributeError as e:
    print(e)
p2 = Prop.v.setter(lambda self, v: setattr(self, "_v", -v))
class Prop2(Prop):
    v = p2
x = Prop2(); x.v = 3; print(x.v)
print(property().fget, property(None, None, None, "d").__doc__)
try:
    property()(1)
except TypeError as e:
    print(e)
