class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return cls.__name__
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def greet(self):
        return "child+" + super().greet() + "+" + super(Child, self).greet()
    @classmethod
    def make(cls):
        return "child:" + super().make()
c = Child(1, 2)
print(c.x, c.y, c.greet(), Child.make())
class GrandChild(Child):
    def greet(self):
        return "gc->" + super(Child, self).greet()
print(GrandChild(0, 0).greet())
sp = super(Child, c)
print(type(sp).__name__, sp.greet())
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)
class WithStatic(Base):
    @staticmethod
    def s():
        try:
            return super().greet()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(WithStatic.s())
class Cooperative:
    def __init__(self, **kw):
        print("Cooperative end", sorted(kw))
class Left(Cooperative):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)
class Right(Cooperative):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)
class Both(Left, Right):
    pass
Both(left=1, right=2, extra=3)
