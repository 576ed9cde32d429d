try:
    compile("a = 1\nb = (2 +\nc = 3\n", "myfile.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.filename, repr(e.text), e.end_lineno, e.end_offset)
    print(str(e))
    print(e.args[0], type(e.args[1]).__name__)
try:
    eval("1 2")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.filename, repr(e.text))
try:
    exec("def f():\n  x = 1\n    y = 2")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, isinstance(e, SyntaxError))
try:
    exec("if 1:\n\tx = 1\n        y = 2")
except (TabError, IndentationError) as e:
    print(type(e).__name__, e.msg, e.lineno)
e = SyntaxError("custom", ("f.py", 3, 4, "text line", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
print(str(SyntaxError("m")), repr(SyntaxError("m")))
try:
    compile("x = 1", "<s>", "badmode")
except ValueError as e:
    print("ValueError:", e)
try:
    compile("\x00", "<s>", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
