class A:
    def f(self):
        return "A.f"
    @property
    def p(self):
        return "A.p"
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @property
    def p(self):
        return "B.p>" + super().p
print(B().f(), B().p)
b = B()
print(super(B, b).f(), super(B, B).f(b), super(B, b).p)
print(super(B, b).__thisclass__.__name__, super(B, b).__self__ is b, super(B, B).__self_class__.__name__)
try:
    super(B, b).nothing
except AttributeError as e:
    print("AttributeError:", e)
class C(B):
    def f(self):
        fns = [lambda: super(C, self).f()]
        return "C.f>" + fns[0]()
print(C().f())
