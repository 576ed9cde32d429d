class R:
    def __init__(self, name):
        self.name = name
    def __radd__(self, o):
        return f"radd({o}, {self.name})"
    def __rsub__(self, o):
        return f"rsub({o}, {self.name})"
    def __rtruediv__(self, o):
        return f"rtruediv({o}, {self.name})"
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"
    def __rpow__(self, o):
        return "rpow"
    def __rlshift__(self, o):
        return "rlshift"
    def __rrshift__(self, o):
        return "rrshift"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"
    def __rmatmul__(self, o):
        return "rmatmul"
    def __rdivmod__(self, o):
        return "rdivmod"
r = R("r")
print(1 + r, 1 - r, 1 / r, 1 // r, 1 % r, 2 ** r, 1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, divmod(1, r))
print("s" + r, [1] + r)
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print("TypeError:", e)
try:
    1 @ NI()
except TypeError as e:
    print("TypeError:", e)
