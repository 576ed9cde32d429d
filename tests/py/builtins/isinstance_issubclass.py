print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), isinstance(1, (str, (float, int))))
print(isinstance("s", object), isinstance(None, type(None)), isinstance(int, type), isinstance([], list | tuple))
print(issubclass(int, (str, object)), issubclass(bool, int | str), issubclass(type, object), issubclass(object, type))
print(isinstance(1, ()), issubclass(int, ()))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (A,)), issubclass(A, B))
for bad in [lambda: isinstance(1, "int"), lambda: issubclass("int", int), lambda: issubclass(int, 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(type(int | str).__name__, int | str, (int | None))
