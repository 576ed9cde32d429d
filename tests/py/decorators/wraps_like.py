def my_wraps(src):
    def deco(dst):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(dst, attr, getattr(src, attr))
        dst.__wrapped__ = src
        dst.__dict__.update(src.__dict__)
        return dst
    return deco
def logged(fn):
    @my_wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@logged
def documented(x):
    """Doc string."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__(5), documented.__qualname__)
class C:
    @staticmethod
    @logged
    def s(x):
        return -x
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    @logged
    def p(self):
        return "prop"
print(C.s(3), C().s(4), C.c(), C().p)
