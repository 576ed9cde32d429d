class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive")
        setattr(obj, self.private, value)
class Rect:
    __slots__ = ("_w", "_h")
    w = Positive()
    h = Positive()
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
r = Rect(3, 4)
print(r.w, r.h, r.area, type(Rect.w).__name__)
try:
    r.h = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Rect(0, 1)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(r, "__dict__"), r._w)
