class A: pass
class B:
    def __repr__(self): return "B-repr"
class C:
    def __str__(self): return "C-str"
class D:
    def __repr__(self): return "D-repr"
    def __str__(self): return "D-str"
    def __format__(self, spec): return "D-format" + spec
for o in [B(), C(), D()]:
    print(str(o) if not isinstance(o, C) else str(o), repr(o) if not isinstance(o, C) else "C-default-repr", "%s" % o, "{}".format(o), f"{o}", [o] if not isinstance(o, C) else "")
print(repr(A()).startswith("<__main__.A object at 0x"), (lambda a: str(a) == repr(a))(A()) or "id differs", format(D(), "x"), "{0!r} {0!s}".format(D()), f"{D()!r:>10}|")
class E(Exception):
    def __str__(self): return "E-str"
print(str(E("x")), repr(E("x")), E("x").args)
class N(int):
    def __repr__(self): return "N!"
print(N(5), str(N(5)), repr(N(5)), [N(5)], f"{N(5)}", "%d %s %r" % (N(5), N(5), N(5)))
