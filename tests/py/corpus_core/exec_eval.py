g = {"x": 1}
exec("y = x + 1", g); print(g["y"], "__builtins__" in g)
l = {}
exec("z = 5\ndef f(): return z", g, l); print(l["z"], sorted(l))
print(eval("1 + 2"), eval("x * 10", {"x": 3}), eval("a + b", {"a": 1}, {"b": 2}), eval("  7  "), eval(b"8"))
for src in ["1 +", "x = ", "def", "(", "1 2", "return 5", "break", "  x"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    eval("x = 1")
except SyntaxError as e:
    print(e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
c = compile("a = 1\nb = a + 1", "<s>", "exec"); ns = {}; exec(c, ns); print(ns["b"], c.co_filename, type(c).__name__)
c2 = compile("3 * 4", "<e>", "eval"); print(eval(c2))
c3 = compile("5 + 5\n", "<i>", "single"); exec(c3)
try:
    compile("1", "<x>", "bad")
except ValueError as e:
    print(e)
try:
    compile("1+", "fname.py", "eval")
except SyntaxError as e:
    print(e.filename, e.msg, e.lineno)
try:
    eval(1)
except TypeError as e:
    print(e)
try:
    exec("raise ValueError('inner')")
except ValueError as e:
    print(e)
def f():
    a = 1
    b = 2
    return sorted(locals().items())
print(f())
def g2():
    exec("q = 99")
    return "q" in locals()
print(g2())
print(eval("[i for i in range(3)]"), eval("lambda: 5")(), eval("(lambda x: x * 2)(4)"))
print(eval("__name__"), eval("__name__", {}), eval("__name__", {"__name__": "n"}))
glob = {}
exec("import math\nr = math.sqrt(16)", glob); print(glob["r"])
exec("def h(): return 'h'", glob); print(glob["h"](), glob["h"].__module__ if "__name__" in glob else None)
print(type(globals()).__name__, "__name__" in globals(), globals()["__name__"])
src = "for i in range(3):\n    print(i, end=' ')\nprint()"
exec(src)
exec(compile("print('compiled')", "<string>", "exec"))
print(eval("1 if True else 2"), eval("{1: 2}"), eval("...", {}), eval("None"))
