def abstract(fn):
    fn.__isabstract__ = True
    return fn
class AbstractMeta(type):
    def __call__(cls, *a, **k):
        missing = sorted(name for name in dir(cls) if getattr(getattr(cls, name), "__isabstract__", False))
        if missing:
            raise TypeError(f"Can't instantiate {cls.__name__} with abstract methods {', '.join(missing)}")
        return super().__call__(*a, **k)
class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self):
        pass
    @abstract
    def name(self):
        pass
class Half(Shape):
    def area(self):
        return 1
class Full(Half):
    def name(self):
        return "full"
for cls in (Shape, Half, Full):
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.area(), obj.name())
    except TypeError as e:
        print("TypeError:", e)
