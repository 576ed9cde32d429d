import weakref
class NoWeak:
    __slots__ = ("a",)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
class Weak:
    __slots__ = ("a", "__weakref__")
w = Weak()
r = weakref.ref(w)
print(r() is w)
class Defaults:
    __slots__ = ("a", "b")
    def __init__(self, a, b=10):
        self.a, self.b = a, b
    def __repr__(self):
        return f"Defaults({self.a}, {self.b})"
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    __hash__ = None
print(Defaults(1), Defaults(1) == Defaults(1, 10), [Defaults(i) for i in range(2)])
class Empty:
    __slots__ = ()
e = Empty()
try:
    e.x = 1
except AttributeError as err:
    print("AttributeError:", err)
print(object.__sizeof__(e) >= 0)
