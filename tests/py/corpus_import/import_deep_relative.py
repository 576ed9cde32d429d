import pkg_deep.l1.l2.l3 as l3
print(l3.LEVEL, l3.up2, l3.up3, l3.SIB, l3.__package__, l3.__name__)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_deep")))
import pkg_deep
print(pkg_deep.l1.l2.l3 is l3, pkg_deep.l1.l2.l2sib.mine, pkg_deep.l1.LEVEL)
from pkg_deep.l1 import l2
print(l2.LEVEL, hasattr(l2, "l3"), hasattr(l2, "nothing"))
from pkg_all_sub import *
print(sorted(k for k in dir() if k in ("a_mod", "b_mod", "c_mod", "VALUE")), a_mod.NAME, b_mod.NAME, "pkg_all_sub.c_mod" in sys.modules)
import pkg_all_sub.c_mod
from pkg_all_sub import c_mod
print(c_mod.NAME, pkg_all_sub.c_mod is c_mod)
