m = __import__("pkg_helpers.util")
print(m.__name__)
m2 = __import__("pkg_helpers.util", fromlist=["double"])
print(m2.__name__, m2.double(5))
math_mod = __import__("math")
print(math_mod.sqrt(16))
def local_import():
    import pkg_helpers.sub.sibling as sib
    return sib.SIB
print(local_import(), "sib" in globals())
import sys
print("math" in sys.modules)
