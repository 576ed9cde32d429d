class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError as e:
    print("AttributeError:", e)
q.a = 5
del q.a
try:
    del q.a
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.__dict__["x"]).__name__)
class Sub(P):
    pass
s = Sub(1, 2)
s.extra = 3
print(s.extra, hasattr(s, "__dict__"))
class SubSlots(P):
    __slots__ = ("z",)
ss = SubSlots(1, 2)
ss.z = 3
print(ss.x, ss.z, hasattr(ss, "__dict__"))
try:
    ss.w = 1
except AttributeError as e:
    print("AttributeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
class Single:
    __slots__ = "only"
s1 = Single()
s1.only = "yes"
print(s1.only)
