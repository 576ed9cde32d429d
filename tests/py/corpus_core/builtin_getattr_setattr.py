class C:
    x = 1
    def m(self): return "m"
c = C()
print(getattr(c, "x"), getattr(c, "m")(), getattr(c, "y", None), getattr(C, "x"), hasattr(c, "m"), hasattr(c, "zz"), hasattr(C, "__init__"))
setattr(c, "y", 2); setattr(C, "z", 3); print(c.y, c.z, C.z, vars(c))
delattr(c, "y"); delattr(C, "z"); print(hasattr(c, "y"), hasattr(C, "z"))
setattr(c, "with space", 1); print(getattr(c, "with space"), vars(c))
for bad in [lambda: getattr(c, "nope"), lambda: getattr(c, 5), lambda: setattr(c, 5, 1), lambda: delattr(c, "nope"), lambda: setattr(1, "x", 1), lambda: setattr(int, "x", 1), lambda: delattr(int, "real"), lambda: getattr(c)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class S(str): pass
print(getattr(c, S("x")), hasattr(c, S("m")))
