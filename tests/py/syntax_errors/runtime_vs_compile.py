def check(src):
    try:
        code = compile(src, "<t>", "exec")
    except SyntaxError as e:
        return f"compile-time {type(e).__name__}: {e.msg}"
    try:
        exec(code, {})
    except Exception as e:
        return f"run-time {type(e).__name__}: {e}"
    return "ok"
for src in ["x = undefined", "1/0", "def f():\n    return undefined\n", "def f():\n    x += 1\nf()",
            "class C:\n    def m(self):\n        return __class__\nC().m()", "del x", "import nonexistent_mod_q",
            "'a' + 1", "x: int", "x: int = 'not checked'", "print(x := 1, x)", "nonlocal_x = 1",
            "def f():\n    global g\n    g = 1\nf()\nprint(g)", "assert 1, 'fine'", "raise SystemError('se')" if False else "pass",
            "def f(*, a): pass\nf(1)", "for x in 5: pass", "while 0: break\nelse: pass"]:
    print(repr(src)[:40], "->", check(src))
