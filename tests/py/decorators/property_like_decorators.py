class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        print("computing", self.name)
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val
class Data:
    def __init__(self, n):
        self.n = n
    @cached
    def total(self):
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, type(Data.total).__name__)
def validate(*types):
    def deco(fn):
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return w
    return deco
@validate(int, str)
def rep(n, s):
    return s * n
print(rep(3, "ab"))
try:
    rep("3", "ab")
except TypeError as e:
    print("TypeError:", e)
