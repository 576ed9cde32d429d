class A:
    cls_attr = 1
    def method(self):
        pass
a = A()
a.inst = 2
d = dir(a)
print("cls_attr" in d, "inst" in d, "method" in d, "__init__" in d, d == sorted(d))
print([n for n in dir(A) if not n.startswith("__")])
delattr(a, "inst")
print("inst" in dir(a))
try:
    delattr(a, "cls_attr")
except AttributeError as e:
    print("AttributeError:", e)
delattr(A, "cls_attr")
print(hasattr(a, "cls_attr"))
import sys
print("argv" in dir(sys), "path" in dir(sys))
print(dir(1) == dir(int), "__add__" in dir(1), "bit_length" in dir(int))
m = type(sys)("m")
m.z = 1
print([n for n in dir(m) if not n.startswith("__")])
