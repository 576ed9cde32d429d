class P:
    __slots__ = ("a",)
    @property
    def ro(self):
        return "read-only"
p = P()
setattr(p, "a", 1)
print(getattr(p, "a"))
for name in ("ro", "b"):
    try:
        setattr(p, name, 2)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(P, 5, 1)
except TypeError as e:
    print("TypeError:", e)
def f():
    pass
setattr(f, "tag", "fn")
print(f.tag, getattr(f, "__name__"))
