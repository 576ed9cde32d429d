class Verbose:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access via " + objtype.__name__
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__[self.name]
class C:
    a = Verbose()
    b = Verbose()
c = C()
print(C.a, c.a)
c.a = 5
print(c.a, c.__dict__)
del c.a
print(c.a)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class D:
    x = NonData()
d = D()
print(d.x)
d.__dict__["x"] = "from instance"
print(d.x)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        pass
class E:
    y = DataDesc()
e = E()
e.__dict__["y"] = "instance"
print(e.y)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, obj, t=None):
        return getattr(obj, self.attr)
    def __set__(self, obj, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.attr[1:]} must be {self.kind.__name__}")
        setattr(obj, self.attr, v)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, n, a):
        self.name, self.age = n, a
p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
