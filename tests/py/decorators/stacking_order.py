calls = []
def mark(name):
    calls.append(("factory", name))
    def deco(fn):
        calls.append(("apply", name))
        def w(*a):
            calls.append(("enter", name))
            r = fn(*a)
            calls.append(("exit", name))
            return r
        return w
    return deco
@mark("outer")
@mark("middle")
@mark("inner")
def target():
    calls.append(("body", None))
    return "result"
print(calls)
calls.clear()
print(target(), calls)
def param_deco(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: param_deco(f, prefix=prefix)
    return lambda *a: prefix + str(fn(*a))
@param_deco
def a():
    return 1
@param_deco(prefix="#")
def b():
    return 2
print(a(), b())
