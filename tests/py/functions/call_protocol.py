THREE, ABC = 3, "abc"
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)
a = Adder(3)
print(a(1), a(1, twice=True), callable(a), callable(Adder), callable(3))
try:
    THREE()
except TypeError as e:
    print("TypeError:", e)
try:
    ABC()
except TypeError as e:
    print("TypeError:", e)
def apply(fn, *args, **kw):
    return fn(*args, **kw)
print(apply(max, 1, 5, 2), apply(sorted, [3, 1], reverse=True), apply(a, 10))
m = [].append
m(1)
print(type(m).__name__)
bound = "abc".upper
print(bound(), bound.__self__, bound.__name__)
class K:
    def meth(self, x):
        return (type(self).__name__, x)
k = K()
print(k.meth(1), K.meth(k, 2), K.meth.__name__, k.meth.__func__ is K.meth)
try:
    K.meth(3)
except TypeError as e:
    print("TypeError:", e)
