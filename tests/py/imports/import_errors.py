import sys
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import pkg_helpers.no_such_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from pkg_helpers import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
try:
    from pkg_helpers.util import missing_attr
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import pkg_helpers.raises
except ValueError as e:
    print("ValueError:", e)
print("pkg_helpers.raises" in sys.modules)
try:
    import pkg_helpers.raises
except ValueError as e:
    print("second attempt re-executes:", e)
print(issubclass(ModuleNotFoundError, ImportError))
