import pkg_circ.a
print(pkg_circ.a.use_b(), pkg_circ.b.B_VAL)
try:
    import pkg_circ.c
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("pkg_circ.c" in sys.modules, "pkg_circ.d" in sys.modules)
