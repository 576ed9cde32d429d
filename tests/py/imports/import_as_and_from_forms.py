import pkg_helpers.util as U, pkg_helpers.star as S
from pkg_helpers.util import (
    double,
    CONSTANT as K,
)
from pkg_helpers import (util, star)
print(U is util, S is star, double(K), star.public_a)
import sys as system, math as m
print(system.version_info[0], m.floor(2.5))
def local():
    from pkg_helpers.util import Helper
    return Helper().greet()
print(local())
print("Helper" in globals(), "double" in globals())
try:
    from pkg_helpers.util import *
    print(sorted(n for n in ("double", "CONSTANT", "Helper") if n in globals()))
except SyntaxError as e:
    print("SyntaxError", e)
