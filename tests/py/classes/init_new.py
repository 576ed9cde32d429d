class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, v):
        print("init", v)
        self.v = v
a = A(5)
print(a.v)
class NotInstance:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotInstance())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        self.key = key
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(1)
except TypeError as e:
    print("TypeError:", e)
class TakesNoArgs:
    pass
try:
    TakesNoArgs(1)
except TypeError as e:
    print("TypeError:", e)
print(type(object()).__name__, object.__init__ is not None)
