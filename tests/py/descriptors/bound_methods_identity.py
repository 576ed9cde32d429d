class A:
    def m(self):
        return id(self) == id(a)
a = A()
m1 = a.m
m2 = a.m
print(m1 == m2, m1 is m2, m1(), m1.__self__ is a, m1.__func__ is A.m)
print(hash(m1) == hash(m2))
b = A()
print(a.m == b.m, A.m == A.m)
f = A.m
print(f(a), f.__get__(a)(), type(f.__get__(a)).__name__)
class B:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
    def m(self):
        pass
x, y = B(), B()
print(x.m == y.m)
