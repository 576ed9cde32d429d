print(isinstance(None, object), isinstance(type, type), isinstance(object, object), isinstance(int, object))
print(isinstance(1, (int,) * 3), isinstance("x", ((int, float), (list, (str,)))), isinstance([], ()))
print(issubclass(ValueError, (KeyError, (Exception,))), issubclass(bool, (bool,)))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck called")
        return True
class Any(metaclass=Meta):
    pass
print(isinstance(1, Any), isinstance(Any(), Any))
class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(isinstance(f, int), isinstance(f, Fake), type(f).__name__)
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
