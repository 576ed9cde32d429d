class A:
    x = "A"
    def who(self):
        return "A"
class B(A):
    pass
class C(A):
    x = "C"
    def who(self):
        return "C"
class D(B, C):
    pass
print(D.x, D().who(), [k.__name__ for k in D.__mro__])
class E(C, B):
    pass
print(E.x, [k.__name__ for k in E.__mro__])
class Counter:
    def __init__(self):
        self.log = []
class L1(Counter):
    def __init__(self):
        super().__init__()
        self.log.append("L1")
class L2(Counter):
    def __init__(self):
        super().__init__()
        self.log.append("L2")
class Bottom(L1, L2):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")
print(Bottom().log)
print(hasattr(D, "mro"), D.mro() == list(D.__mro__))
