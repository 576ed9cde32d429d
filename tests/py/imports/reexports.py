from pkg_helpers.reexport import exported, helper_const
print(exported(), helper_const)
import pkg_helpers.reexport as r
print(sorted(k for k in vars(r) if not k.startswith("__")))
from pkg_helpers.reexport import *
print(exported.__module__, helper_const)
print("impl" in dir(r), r.impl._private())
