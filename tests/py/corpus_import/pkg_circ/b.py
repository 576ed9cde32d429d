print("b start")
import pkg_circ.a
B_VAL = "b"
try:
    print(pkg_circ.a.A_VAL)
except AttributeError as e:
    print("AttributeError", e)
print("b end")
