import pkg_getattr
print(pkg_getattr.lazy, dir(pkg_getattr))
from pkg_getattr import lazy
print(lazy)
try:
    pkg_getattr.other
except AttributeError as e:
    print(e)
try:
    from pkg_getattr import other
except ImportError as e:
    print(type(e).__name__, e)
import pkg_rel
print(pkg_rel.top, pkg_rel.helper.who(), pkg_rel.inner.sibling.SIB, sorted(k for k in vars(pkg_rel) if not k.startswith("__")))
try:
    import pkg_rel.too_far
except ImportError as e:
    print(type(e).__name__, e)
import sys
print([m for m in sorted(sys.modules) if m.startswith("pkg_")])
mod = sys.modules["pkg_rel.inner.helper"]
print(mod.__name__, mod.__package__, mod.__spec__.name, mod.__spec__.parent, mod.__spec__.origin.endswith("helper.py"), mod.__spec__.submodule_search_locations, pkg_rel.__spec__.submodule_search_locations is not None)
del sys.modules["pkg_rel.sibling"]
import pkg_rel.sibling as s2
print(s2 is not pkg_rel.inner.sibling, s2.SIB)
import importlib
m1 = importlib.import_module("pkg_rel.sibling")
m1.SIB = "changed"
m2 = importlib.reload(m1)
print(m2 is m1, m2.SIB)
print(type(sys.modules).__name__, "builtins" in sys.modules, sys.modules["__main__"].__name__, __import__("sys") is sys)
try:
    __import__("")
except ValueError as e:
    print(e)
try:
    importlib.import_module(".sibling")
except TypeError as e:
    print(e)
try:
    __import__("pkg_rel", level=-1)
except ValueError as e:
    print(e)
