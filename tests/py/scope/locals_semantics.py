def f():
    a = 1
    l = locals()
    l["b"] = 2
    try:
        return a, b
    except NameError as e:
        return "NameError: " + str(e)
print(f())
def g():
    x = 1
    exec("x = 2")
    return x
print(g())
def h():
    exec("y = 5")
    return locals().get("y")
print(h())
def k():
    ns = {}
    exec("z = 7", globals(), ns)
    return ns["z"]
print(k())
def params(a, *args, b=2, **kw):
    return sorted(locals())
print(params(1))
print(type(vars()).__name__, vars() is globals())
