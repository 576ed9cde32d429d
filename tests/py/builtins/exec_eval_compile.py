print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("len(s)", {"s": "abc"}), eval(" 5 "))
ns = {}
exec("a = 5\ndef f(n):\n    return n + a\n", ns)
print(ns["a"], ns["f"](10), sorted(k for k in ns if k != "__builtins__"))
g, l = {"v": 1}, {}
exec("w = v + 1", g, l)
print(l, "w" in g)
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code), type(code).__name__, code.co_filename)
code2 = compile("for i in range(3): print('exec', i)", "<s>", "exec")
exec(code2)
single = compile("1 + 1", "<s>", "single")
exec(single)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_q")
except NameError as e:
    print("NameError:", e)
print(eval("__name__"), exec("pass"), eval("[i for i in range(3)]"))
def scoped():
    local_var = 7
    return eval("local_var + 1")
print(scoped())
print(eval("max", {"__builtins__": {"max": min}})([1, 2]))
r = {}
exec("import sys as _s\nres = _s.maxsize > 0", r)
print(r["res"])
