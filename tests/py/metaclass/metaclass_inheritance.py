class M(type):
    def hello(cls):
        return f"hello from {cls.__name__}"
class SubM(M):
    pass
class A(metaclass=M):
    pass
class B(A):
    pass
class C(metaclass=SubM):
    pass
class D(A, C):
    pass
print(type(A).__name__, type(B).__name__, type(C).__name__, type(D).__name__)
print(B.hello(), D.hello())
try:
    B().hello()
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(D, M), isinstance(D, SubM), isinstance(A, SubM))
print(M.__mro__, type(M))
