print("main start")
import pkg_side_effects
print(pkg_side_effects.order)
import pkg_side_effects.first
print("no reload", pkg_side_effects.order)
import pkg_version
print(pkg_version.__version__, pkg_version.__author__, pkg_version.api(), pkg_version.core.api(), sorted(k for k in vars(pkg_version) if not k.startswith("__")))
import pkg_shadow
print(pkg_shadow.value)
import math
print(math.pi > 3, pkg_shadow.math.__name__, math.__name__)
print("main end")
