class A:
    val = "A.val"
    @classmethod
    def get(cls):
        return cls.val
class B(A):
    pass
class C(B):
    val = "C.val"
print(A.get(), B.get(), C.get())
B.val = "B.val"
print(A.get(), B.get(), C.get())
del B.val
print(B.get())
class Reg:
    registry = []
    def __init_subclass__(cls):
        cls.registry = cls.registry + [cls.__name__]
class R1(Reg): pass
class R2(R1): pass
class R3(Reg): pass
print(Reg.registry, R1.registry, R2.registry, R3.registry)
try:
    del A.val
    A.get()
except AttributeError as e:
    print("AttributeError:", e)
