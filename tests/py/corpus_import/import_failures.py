import sys
try:
    import pkg_init_err
except ImportError as e:
    print(type(e).__name__, e)
print("pkg_init_err" in sys.modules)
try:
    import pkg_init_err
except ImportError as e:
    print("again:", e)
try:
    from pkg_init_err import anything
except ImportError as e:
    print("from:", e)
import pkg_cycle2
print(pkg_cycle2.first.F, pkg_cycle2.first.use(), pkg_cycle2.second.use())
print(sorted(k for k in sys.modules if k.startswith("pkg_cycle2")))
try:
    import sys.nothing
except ModuleNotFoundError as e:
    print(e)
try:
    from sys import nothing_here
except ImportError as e:
    print(e)
try:
    import pkg_star.sub.deeper
except ModuleNotFoundError as e:
    print(e)
m = __import__("pkg_star.sub", fromlist=["exported"])
print(m.__name__, m.exported)
print(__import__("pkg_star").__name__, __import__("pkg_star.sub").__name__)
