# f(a = x for x in y) is the "Maybe you meant '==' or ':='" SyntaxError; duplicate ** keys name
# the key even when it is not a str.
for src in ["dict(a = i for i in range(10))", "f(x, a = i async for i in y)", "f(a.b=1)",
            "f(True=1)", "f(a=1 for x in y, b=2)"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
def f(**kw):
    return kw
for call in (lambda: f(**{1: 3}, **{1: 5}), lambda: f(**{"a": 1}, **{"a": 2}), lambda: f(**{1: 3})):
    try:
        call()
    except TypeError as e:
        print(str(e).replace(f.__qualname__, "f"))
