def f(a): pass
tests = [
    "f(*1)", "f(**1)", "f(**{'a':1}, **{'a':2})", "print(*None)", "{**1}", "[*1]",
    "(*1,)", "{*1}", "a, b = 1", "a, b = [1]", "a, b = (1, 2, 3)", "a, *b, c = (1,)", "raise 1",
    "raise ValueError from 1", "del undefined_x", "import nonexist_mod", 
"f(1, 2)", "f()", "f(b=1)", "f(1, a=2)", "len(**{'x': 1})",
    "int(*[1], **{'base': 10, 'x': 2})", "1 + 'a'", "-'a'", "~1.5", "not_defined()", "[].nope",
    "{}['k']", "[][0]", "(lambda: (yield))().send(1)", "f(**{1: 2})",
    "sum(x for x in 1)", "iter(5)", "next(iter([]))", "class X(1): pass", "class Y(metaclass=5): pass",
    "def g(): yield\nx=g(); next(x); next(x)",
    "assert False, 'msg'", "assert 1 == 2",
]
for t in tests:
    try:
        exec(t, {"f": f})
    except BaseException as e:
        print(type(e).__name__ + ":", e)
    else:
        print("no error:", t)
