class K:
    def m(self):
        return "m"
f = K.__dict__["m"]
k = K()
bound = f.__get__(k, K)
print(bound(), type(bound).__name__, bound.__self__ is k, bound.__func__ is f)
print(f.__get__(None, K) is f)
def free(self):
    return "free on " + type(self).__name__
K.free = free
print(k.free())
k.inst_fn = free
try:
    k.inst_fn()
except TypeError as e:
    print("TypeError:", e)
print(k.inst_fn(k))
print(k.m == k.m, k.m is k.m, K.m is K.m)
class CM:
    @classmethod
    def c(cls):
        return cls.__name__
print(CM.__dict__["c"].__get__(None, CM)(), CM().c(), type(CM.c).__name__)
print(len.__self__ is not None, type(len).__name__, type([].append).__name__, type(str.upper).__name__)
print(type(object.__init__).__name__, type(str.__dict__["join"]).__name__, type(int.__add__).__name__)
