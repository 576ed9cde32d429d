x = 1
def show():
    y = 2
    loc = locals()
    return sorted(loc), "x" in globals(), globals()["x"]
print(show())
g = globals()
g["dynamic"] = 42
print(dynamic, "dynamic" in dir())
def modify_locals():
    a = 1
    locals()["a"] = 99
    return a
print(modify_locals())
class C:
    cv = 1
    inner_locals = sorted(k for k in locals() if not k.startswith("__"))
print(C.inner_locals, sorted(k for k in vars(C) if not k.startswith("__")))
obj = C(); obj.iv = 2
print(vars(obj), obj.__dict__ is vars(obj))
vars(obj)["added"] = 3; print(obj.added)
import math
print("sqrt" in vars(math), vars(math)["pi"], sorted(k for k in dir(math) if k.startswith("is")))
del g["dynamic"]
try:
    dynamic
except NameError as e:
    print(e)
print(type(globals()).__name__, type(locals()).__name__, globals() is locals(), __name__, __doc__, __builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
def nested():
    z = 1
    def inner():
        return sorted(locals())
    w = 3
    return inner(), sorted(locals())
print(nested())
exec("q = 7"); print(q)
l = {}; exec("r = x + 1", globals(), l); print(l)
print(eval("x + 1"), eval("y", {"y": 5}), eval("abs(-3)", {}), eval("len", {"__builtins__": {"len": "custom"}}))
