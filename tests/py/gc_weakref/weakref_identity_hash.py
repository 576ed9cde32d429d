import weakref
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
a = K(1)
b = K(1)
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == rb, ra is rb, hash(ra) == hash(a), ra != weakref.ref(K(2)) if False else "skip")
d = {ra: "ra"}
print(d[rb])
del a
print(ra(), ra == rb, ra == ra)
try:
    print(hash(ra) is not None)
except TypeError as e:
    print("TypeError:", e)
c = K(3)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
class Sub(weakref.ref):
    def __new__(cls, ob, callback=None, extra=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
x = K(5)
s = Sub(x, None, "meta")
print(s().v, s.extra, isinstance(s, weakref.ref))
print(weakref.getweakrefs(x) == [s], weakref.getweakrefcount(x))
