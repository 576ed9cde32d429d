print(bool(), bool(0), bool(5), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-0.0), bool(1e-300))
print(callable(len), callable(lambda: 0), callable(int), callable("s"), callable(None), callable(print))
class C:
    def m(self):
        pass
    def __call__(self):
        pass
class D:
    pass
print(callable(C), callable(C()), callable(D()), callable(C().m), callable(C.m))
d = D()
d.__call__ = lambda: 1
print(callable(d))
