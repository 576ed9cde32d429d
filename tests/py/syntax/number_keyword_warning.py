# SyntaxWarning of the tokenizer for a number directly followed by a keyword (CPython's
# verify_end_of_number, test_grammar test_end_of_numerical_literals); an error filter makes it
# a SyntaxError at the number; ast.parse warns too.
import warnings
for num in "0xf", "0o7", "0b1", "9", "0", "1.", "1e3", "1j":
    for tmpl in ("{}and x", "{}or x", "{}in x", "{}not in x", "{}if x else y", "x if {}else y", "[{}for x in ()]", "{}spam", "{}is x"):
        src = tmpl.format(num)
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                compile(src, "<t>", "eval")
                res = "ok"
            except SyntaxError as e:
                res = "SyntaxError %s %s %s" % (e.msg, e.lineno, e.offset)
        print(repr(src), res, [(x.category.__name__, str(x.message), x.lineno) for x in w])
        with warnings.catch_warnings():
            warnings.simplefilter("error", SyntaxWarning)
            try:
                compile(src, "<t>", "eval")
            except SyntaxError as e:
                print("  as error:", e.msg, e.lineno, e.offset, repr(e.text))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x = 1\ny = [0x1for x in ()]\n", "<file>", "exec")
    import ast
    ast.parse("z = 1if 1else 2")
print([(str(x.message), x.filename, x.lineno) for x in w])
