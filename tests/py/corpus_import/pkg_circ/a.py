print("a start")
from pkg_circ import b
A_VAL = "a"
def use_b(): return b.B_VAL
print("a end")
