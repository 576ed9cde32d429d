import sys, os
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here, type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
extra = os.path.join(here, "helpers_mod")
sys.path.append(extra)
import plain
print(plain.a, plain.__name__, plain.f())
sys.path.remove(extra)
del sys.modules["plain"]
try:
    import plain
except ImportError as e:
    print(type(e).__name__, e)
sys.path.insert(0, os.path.join(here, "pkg_rel"))
import sibling
print(sibling.SIB, sibling.__file__.endswith("sibling.py"))
print(type(sys.meta_path).__name__, len(sys.meta_path) > 0, type(sys.path_hooks).__name__, isinstance(sys.path_importer_cache, dict))
print(__name__, sys.modules[__name__].__name__, "__main__" in sys.modules, sys.modules["__main__"].__file__.endswith("import_sys_path.py"))
