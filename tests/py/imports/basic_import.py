import pkg_helpers
print(pkg_helpers.VERSION, pkg_helpers.pkg_func(), pkg_helpers.__name__, pkg_helpers.__package__)
import pkg_helpers.util
print(pkg_helpers.util.CONSTANT, pkg_helpers.util.double(4))
from pkg_helpers import util as u
print(u is pkg_helpers.util, u.Helper().greet())
from pkg_helpers.util import double, CONSTANT as C
print(double(C))
import pkg_helpers.util as alias
print(alias.__name__, alias.__file__.replace("\\", "/").rsplit("/", 2)[-2:])
print(type(pkg_helpers).__name__, hasattr(pkg_helpers, "__path__"), hasattr(u, "__path__"))
print(sorted(k for k in vars(u) if not k.startswith("__")))
