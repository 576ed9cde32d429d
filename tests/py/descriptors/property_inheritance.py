class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
class Child(Base):
    @Base.x.getter
    def x(self):
        return self._x * 100
c = Child()
c.x = 5
print(c.x, Base.x is not Child.x, Child.x.fset is Base.x.fset)
class ReadOnlyChild(Base):
    x = property(Base.x.fget)
r = ReadOnlyChild()
try:
    r.x = 3
except AttributeError as e:
    print("AttributeError:", e)
class Override(Base):
    x = 42
print(Override().x)
