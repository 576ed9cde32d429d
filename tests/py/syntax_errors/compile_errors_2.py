snippets = [
    "x = )",
    "(]",
    "{)",
    "x = 1\n  y = 2",
    "if x:\npass",
    "def f():\n    return\n  x",
    "f'{'",
    "f'{}'",
    "f'{x!z}'",
    "b'é'",
    "'\\N{NOT A REAL NAME}'",
    "x = 1e",
    "x = 0b102",
    "x = 0o8",
    "x = 0x",
    "x = 1__0",
    "with a as 1: pass",
    "for 1 in x: pass",
    "import",
    "from x import",
    "from . import *\ndef f(): from x import *",
    "a = *b",
    "print(*)",
    "x = yield from",
    "match x:\n    case 1:\n    pass",
    "def f[T](): pass",
    "x = 5 5",
    "a.1",
    "assert(x, 'msg')" if False else "assert",
    "raise from e",
    "except: pass",
    "class",
    "pass pass",
    "(x for x in y) = 1",
    "[x for x in y] = 1",
    "x: int = 1 = 2",
    "def f(*): pass",
    "def f(**k, a): pass",
    "lambda: yield",
    "''.join(x for x in y for)",
]
for src in snippets:
    try:
        compile(src, "<t>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
    except ValueError as e:
        print(repr(src), "-> ValueError", e)
