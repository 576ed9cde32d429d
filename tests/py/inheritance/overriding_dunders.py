class Base:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
    def __eq__(self, o):
        return type(self) is type(o) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __add__(self, o):
        return type(self)(self.v + o.v)
    def __len__(self):
        return self.v
class Child(Base):
    def __add__(self, o):
        r = super().__add__(o)
        r.v *= 10
        return r
print(Base(1) + Base(2), Child(1) + Child(2), Base(1) == Child(1), Child(3) == Child(3))
print(len(Child(4)), bool(Child(0)), {Child(1), Child(1)})
class NoHashChild(Base):
    def __eq__(self, o):
        return True
print(NoHashChild.__hash__ is None)
class StrChild(Base):
    def __str__(self):
        return "str-override"
print(str(StrChild(1)), repr(StrChild(1)), [StrChild(2)])
