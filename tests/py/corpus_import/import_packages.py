import sys
import pkg_a
print(pkg_a.value, pkg_a.f1(), pkg_a.mod1.CONST, "pkg_a.mod1" in sys.modules, "pkg_a.mod2" in sys.modules)
import pkg_a.mod2
print(pkg_a.mod2.X, pkg_a.mod2.value, pkg_a.mod2.deep.name, pkg_a.mod2.deep.where(), pkg_a.sub.deep.v)
import pkg_a.sub.deep as dp
print(dp.name, dp is sys.modules["pkg_a.sub.deep"], pkg_a.sub.func1())
from pkg_a.sub import deep
print(deep is dp)
from pkg_a import mod1, mod2
print(mod1.func1(), mod2.X)
print(pkg_a.__name__, pkg_a.__package__, pkg_a.__path__[0].endswith("pkg_a"), pkg_a.__file__.endswith("__init__.py"), mod1.__package__, mod1.__file__.endswith("mod1.py"))
print(pkg_a.__spec__.name, mod1.__spec__.name, pkg_a.__spec__.parent, mod1.__spec__.parent, type(pkg_a).__name__, repr(pkg_a)[:22])
print(__name__, __package__, __spec__, __file__.endswith("import_packages.py"))
try:
    from pkg_a import nothere
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_a.nothere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import nosuchmodule_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from nosuchmodule_xyz import a
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg_a.mod1.func1
except ModuleNotFoundError as e:
    print(e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
