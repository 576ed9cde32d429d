import math as real_math
value = "pkg_shadow.math sees real pi %.2f" % real_math.pi
