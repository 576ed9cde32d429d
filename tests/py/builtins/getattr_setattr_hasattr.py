class C:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
c = C()
print(getattr(c, "inst"), getattr(c, "cls_attr"), getattr(c, "nope", None), getattr(C, "cls_attr"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
setattr(c, "new", 42)
print(c.new, hasattr(c, "new"), hasattr(c, "zzz"), hasattr(C, "new"))
delattr(c, "new")
print(hasattr(c, "new"))
try:
    delattr(c, "new")
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "with space", 1)
print(getattr(c, "with space"), sorted(vars(c)))
class Raises:
    @property
    def bad(self):
        raise ValueError("not attribute error")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
print(getattr([], "append").__name__, getattr(1, "real"), getattr("s", "upper")())
