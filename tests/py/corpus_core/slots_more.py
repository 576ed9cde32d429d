class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, P.__slots__, hasattr(p, "__dict__"), type(P.x).__name__, P.x.__name__ if hasattr(P.x, "__name__") else "")
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
p.x = 10; print(p.x)
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2); q.z = 3; print(q.x, q.y, q.z, Q.__slots__)
try:
    q.w = 1
except AttributeError as e:
    print(e)
class R(P): pass
r = R(1, 2); r.anything = 1; print(r.anything, r.__dict__)
class StrSlot:
    __slots__ = "single"
s = StrSlot(); s.single = 5; print(s.single, StrSlot.__slots__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.b = 2; print(w.a, w.b, w.__dict__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print(e)
for bad in ['class B1:\n    __slots__ = ("a", "a")', 'class B2:\n    __slots__ = ("__dict__", "__dict__")', 'class B3:\n    __slots__ = (1,)', 'class B4:\n    __slots__ = ("a",)\n    a = 5', 'class B5(int):\n    __slots__ = ("x",)']:
    try:
        exec(bad)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import sys
class Slots2:
    __slots__ = ("a", "b")
print(sys.getsizeof(Slots2()) > 0, "a" in dir(Slots2()), sorted(set(dir(Slots2())) - set(dir(object))))
