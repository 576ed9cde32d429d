for src, mode in [("1 + 1", "eval"), ("x = 1", "eval"), ("x = 1", "exec"), ("x = 1\ny = 2", "single"),
                  ("if True:\n    pass\n", "single"), ("", "exec"), ("", "eval"), ("   ", "eval"), ("#c", "exec"),
                  ("lambda: 1", "eval"), ("yield 1", "eval"), ("def f():\n    pass", "eval"), ("a if b else c", "eval")]:
    try:
        code = compile(src, "<m>", mode)
        print(repr(src), mode, "ok", type(code).__name__)
    except SyntaxError as e:
        print(repr(src), mode, "SyntaxError", repr(e.msg), e.lineno, e.offset)
print(eval(compile("2 ** 8", "<e>", "eval")))
ns = {}
exec(compile("a = [i for i in range(3)]\nb = sum(a)", "<x>", "exec"), ns)
print(ns["a"], ns["b"])
code = compile("result = 6 * 7", "<s>", "exec")
exec(code, ns)
print(ns["result"], code.co_name, code.co_filename)
try:
    compile(123, "<x>", "exec")
except TypeError as e:
    print("TypeError:", e)
print(eval("1 +\\\n 2"), eval("(1 +\n 2)"))
