g = {}
exec("x = 1\ndef f(): return x\ny = f()", g)
print(g["y"], "__builtins__" in g)
l = {}
exec("a = 5\nb = a + 1", {}, l)
print(sorted(l.items()))
print(eval("1 + 2"), eval("z * 2", {"z": 21}))
def scope():
    q = 7
    return eval("q + 1"), eval("[q for _ in range(2)]") if False else None
print(scope())
class C:
    exec("inside = 3")
    print(sorted(k for k in locals() if not k.startswith("__")))
code = compile("print('compiled', w)", "<c>", "exec")
exec(code, {"w": 9})
ns = {}
exec("class K:\n    v = 1\n    def m(self): return self.v + 1", ns)
print(ns["K"]().m())
exec("import sys\nprint(sys._getframe().f_code.co_filename)")
def outer_locals():
    a = 1
    def inner():
        return a
    b = 2
    return sorted(locals())
print(outer_locals())
def gen_locals():
    x = 1
    yield locals()
print(next(gen_locals()))
import sys
def frame_chain():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno
print(frame_chain())
def modify_global():
    global GG
    GG = 10
modify_global(); print(GG)
del GG
try:
    print(GG)
except NameError as e:
    print(e)
