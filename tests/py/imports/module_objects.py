import sys
import math
print(type(math).__name__, math.__name__, "sqrt" in dir(math))
mod_type = type(sys)
m = mod_type("made_up", "docstring here")
m.x = 5
print(m.__name__, m.__doc__, m.x, repr(m))
print(sorted(k for k in vars(m)))
import pkg_helpers
pkg_helpers.added = "set from outside"
import pkg_helpers as again
print(again.added)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict builtins")
print(sys.modules[__name__] is not None, __spec__ is None or True)
