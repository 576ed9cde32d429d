import pkg_version as pv, helpers_mod.plain as hp
from pkg_version import api as a1, __version__ as ver
from helpers_mod.plain import (a,
                               f as ff,
                               K)
from helpers_mod import plain, counter as cnt
print(pv.__name__, hp.__name__, a1(), ver, a, ff(), K.__name__, plain is hp, cnt.COUNT)
import helpers_mod.plain
print(helpers_mod.plain is hp, "helpers_mod" in dir(), "pv" in dir())
def local_import():
    from pkg_version import core
    import pkg_version.core as c2
    return core is c2, "core" in locals()
print(local_import(), "core" in dir())
class Holder:
    import pkg_version as inside
    from helpers_mod.plain import a as class_a
print(Holder.inside.__name__, Holder.class_a)
