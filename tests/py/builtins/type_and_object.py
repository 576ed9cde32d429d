print(type(1), type("s"), type([]), type(None), type(type), type(object), type(lambda: 0).__name__)
print(type(1) is int, type(True) is bool, type(1) == type(2))
X = type("X", (), {"v": 1})
print(X.__name__, X().v, X.__bases__, type(X))
try:
    type()
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__name__, object.__bases__, type(o).__mro__, str(o)[:14])
print(int.__mro__, bool.__mro__, type.__mro__)
print(isinstance(object, type), isinstance(type, object), type(type(type)))
print(type.__dict__["__name__"].__class__.__name__ if "__name__" in type.__dict__ else "")
