print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance(1, (str, (bytes, (int,)))), isinstance("s", str | None), isinstance(None, int | None), isinstance([], list | tuple))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(list, list), issubclass(type, object), issubclass(object, type), issubclass(int | str, object) if False else "", issubclass(bool, int | str))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, [int]), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, list[int]), lambda: issubclass(list, list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
print(type(1) is int, type(True) is bool, type(type) is type, type(None).__name__, type(1)(5), type("x")(3), type([])("ab"), type(1.5).__name__, type(int).__name__)
T = type("T", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(T.__name__, T().f(), T.__bases__, T.__module__ if hasattr(T, "__module__") else "", isinstance(T(), T))
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
try:
    type("X")
except TypeError as e:
    print(e)
print(callable(T), callable(T()), callable(len), callable("s"), callable(type), callable(lambda: 0), callable(print.__call__))
print(id(T) == id(T), id([]) is not None, vars(T)["a"], sorted(k for k in vars(T()) ), dir(T())[-2:])
class WithDir:
    def __dir__(self): return ["z", "a", "m"]
print(dir(WithDir()))
import sys
print(type(sys) .__name__, type(sys.stdout).__name__, type(print).__name__, type([].append).__name__, type(str.upper).__name__, type(int.from_bytes).__name__, type((1).bit_length).__name__)
