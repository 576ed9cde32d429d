import sys
import helpers_mod.counter
import helpers_mod.counter
from helpers_mod import counter
import helpers_mod.counter as c2
print(helpers_mod.counter.COUNT, counter is c2, sys.modules["helpers_mod.counter"] is counter)
del sys.modules["helpers_mod.counter"]
import helpers_mod.counter as c3
print(c3.COUNT, c3 is counter, helpers_mod.counter is c3)
import pkg_main_guard.runner as r
print(r.RAN_AS)
import pkg_sysmod
print(type(pkg_sysmod).__name__, pkg_sysmod.value, pkg_sysmod.anything)
from pkg_sysmod import value, other
print(value, other)
import helpers_mod.uses_builtins as ub
print(ub.get_len([1, 2]), ub.get_len2([1]))
import builtins
print(builtins.len is len, "len" in dir(builtins), type(__builtins__).__name__ in ("module", "dict"))
def scoped():
    import helpers_mod.plain as hp
    return hp.a
print(scoped(), "hp" in dir())
import importlib
m = importlib.import_module("helpers_mod.plain")
print(m is sys.modules["helpers_mod.plain"], importlib.import_module("math").sqrt(16))
try:
    importlib.import_module("helpers_mod.nope")
except ModuleNotFoundError as e:
    print(e.name, e)
