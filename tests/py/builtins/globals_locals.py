gv = "global value"
g = globals()
print(g["gv"], g["__name__"], "gv" in g, type(g).__name__)
g["injected"] = 123
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g2():
    x = 1
    loc = locals()
    x = 2
    return loc["x"], locals()["x"]
print(g2())
class C:
    y = 5
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
print(locals() is globals())
def closure():
    v = 1
    def inner():
        return sorted(locals())
    def inner2():
        v
        return sorted(locals())
    return inner(), inner2()
print(closure())
