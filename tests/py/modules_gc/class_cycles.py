import gc, weakref
def f():
    class A:
        def m(self): return 1
        x = property(lambda self: 2)
    class B(A):
        __slots__ = ('q',)
    a = A(); a.self = a
    b = B(); b.q = b
    return weakref.ref(A), weakref.ref(B), weakref.ref(a)
for i in range(3):
    ra, rb, rinst = f()
    print(ra() is not None, rb() is not None)
    gc.collect()
    print(ra(), rb(), rinst())
class M(type):
    def __del__(cls): print("del", cls.__name__)
def g():
    class C(metaclass=M):
        def __del__(self): print("inst del", type(self).__name__)
    c = C(); c.c = c
g(); gc.collect(); print("end")
