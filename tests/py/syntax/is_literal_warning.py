# "is"/"is not" with a literal operand: the compiler issues SyntaxWarning (through the
# warnings module, so filters apply); None/True/False/... and names are fine.
import warnings


def check(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<check>", "exec")
    print(repr(src), [(w.category.__name__, str(w.message), w.lineno) for w in caught])


check("x is 1")
check("x is not 'a'")
check("b'x' is y")
check("x is 1.5 or x is 2j")
check("x is ()")
check("x is (1, 2)")
check("x is -1")
check("x is None")
check("x is not True")
check("x is ...")
check("x is y")
check("x is [1]")          # a list display is not a literal constant
check("a < 1 is b")        # the chain pairs (a, 1) and (1, b)
check("a is b < 1")        # only '<' touches the literal: no warning
check("\n\nif x is 3:\n    pass")
check("def f():\n    return [y for y in z if y is not 0]")

# a filter turning the warning into an error makes it a SyntaxError
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("pass\nx is 5", "<err>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

# ignored warnings leave compilation alone
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    exec("v = 7\nprint(v is 7)")
print(len(caught))

# this file's own literal comparison is reported on stderr at compile time
n = 300
print(n is 300)
