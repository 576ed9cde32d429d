from pkg_star import *
print(sorted(k for k in dir() if not k.startswith("__")))
try:
    from pkg_star.sub import *
except AttributeError as e:
    print("AttributeError", e)
print("exported" in dir(), "not_exported" in dir())
def f():
    try:
        exec("from pkg_star import *")
        return "ok in exec"
    except SyntaxError as e:
        return "SyntaxError " + e.msg
print(f())
try:
    exec("def g():\n    from pkg_star import *\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
import pkg_star.sub as sub
print(sub.__all__, sub.exported)
