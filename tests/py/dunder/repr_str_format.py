class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"P({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return f"P:{format(self.v, spec)}"
p = P(3.14159)
print(p, repr(p), str(p), [p], (p,), {"k": p}, f"{p}", f"{p!r}", f"{p:.2f}", format(p, ">8"), "%s %r" % (p, p))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class Bytesy:
    def __bytes__(self):
        return b"custom"
print(bytes(Bytesy()))
class StrSub(str):
    def __str__(self):
        return "overridden"
print(str(StrSub("x")), StrSub("x"), f"{StrSub('x')}")
