class A:
    cls_attr = 1
    def method(self): pass
a = A(); a.inst = 2
print(vars(a), sorted(k for k in vars(A) if not k.startswith("__")), "inst" in dir(a), "cls_attr" in dir(a), "method" in dir(A), dir(a) == sorted(dir(a)))
import math
print([n for n in dir(math) if n.startswith("c")], "__name__" in dir(math), vars(math)["__name__"])
print(sorted(set(dir(1)) & {"real", "imag", "bit_length"}), "append" in dir([]), "keys" in dir({}), "__len__" in dir(""))
class D:
    def __dir__(self): return ["b", "a", "a"]
print(dir(D()))
for bad in [1, "s", [1]]:
    try:
        vars(bad)
    except TypeError as e:
        print(e)
print(sorted(vars(type("T", (), {"x": 1}))), type(vars(A)).__name__)
