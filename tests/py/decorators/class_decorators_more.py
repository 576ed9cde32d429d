def auto_init(*fields):
    def deco(cls):
        def __init__(self, *args):
            for f, v in zip(fields, args):
                setattr(self, f, v)
        def __repr__(self):
            return cls.__name__ + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def __eq__(self, o):
            return type(o) is type(self) and all(getattr(self, f) == getattr(o, f) for f in fields)
        cls.__init__, cls.__repr__, cls.__eq__ = __init__, __repr__, __eq__
        cls.__hash__ = None
        return cls
    return deco
@auto_init("x", "y")
class Pt:
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Pt(3, -4)
print(p, p.norm(), p == Pt(3, -4), p == Pt(0, 0), Pt.__hash__)
def freeze(cls):
    orig_setattr = cls.__setattr__
    def __setattr__(self, k, v):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        orig_setattr(self, k, v)
    cls.__setattr__ = __setattr__
    orig_init = cls.__init__
    def __init__(self, *a, **k):
        orig_init(self, *a, **k)
        object.__setattr__(self, "_frozen", True)
    cls.__init__ = __init__
    return cls
@freeze
class Const:
    def __init__(self, v):
        self.v = v
c = Const(5)
print(c.v)
try:
    c.v = 6
except AttributeError as e:
    print("AttributeError:", e)
