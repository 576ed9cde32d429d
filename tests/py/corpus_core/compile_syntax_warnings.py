# The compiler's SyntaxWarnings for likely mistakes (CPython's check_compare, check_caller,
# check_subscripter, check_index and the parenthesised assert): message, line and the
# "error" filter turning them into SyntaxErrors.
import warnings

SOURCES = [
    "v is 7", "v is not 'txt'", "3 is v", "v is -2", "v is ()", "v is (4, 5)", "v is b''",
    "v is True", "v is None", "v is ...", "v is (w,)", "v is 2 + 3", "p < q is 'z'",
    "7()", "(8, 9)()", "[0]()", "{}()", "{k: 1 for k in w}()", "[k for k in w]()",
    "{5}()", "{k for k in w}()", "(k for k in w)()", "'s'()", "b's'()", "f'{w}'()",
    "None()", "...()", "False()", "2.5()", "3j()", "(-4)()", "(6 * 7)()", "(1 / 0)()",
    "v.attr()", "(lambda: 0)()",
    "4[0]", "2.5[0]", "3j[0]", "None[0]", "...[0]", "True[0]", "{6}[0]", "{k for k in w}[0]",
    "(k for k in w)[0]", "(lambda: 0)[0]", "(5, 6)[0]", "'xy'[0]", "{1: 2}[0]",
    "[1, 2]['k']", "(1, 2)[0.5]", "'abc'[(0, 1)]", "b'ab'['k']", "[k for k in w][{0}]",
    "f'{w}'[[0]]", "'ab'[1:2]", "'ab'[w]", "'ab'[-1]", "'ab'[True]", "{1: 2}['k']",
    "[1, 2][-1.5]", "w['k']", "(1, 2)[w, 'k']",
    "{8}[0] = 1", "del {8}[0]",
    "assert (v, 'message')", "assert ()", "assert v, 'message'",
    "if v is 1:\n    pass", "while 9 is not v:\n    break", "r = 1 if v is 'a' else 2",
]

for src in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<snippet>", "exec")
        except SyntaxError as e:
            print(repr(src), "SyntaxError:", e)
            continue
    # A while loop's condition may be checked more than once: report distinct messages.
    seen = []
    for w in caught:
        item = (w.category.__name__, str(w.message), w.filename, w.lineno)
        if item not in seen:
            seen.append(item)
    print(repr(src), seen)

# An "error" filter turns the warning into a SyntaxError at the offending expression.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["\n\n  (1, 2)(3)", "x = 1\nprint(x is 5)", "v = {3}[0]", "assert (1, 2)"]:
        try:
            compile(src.lstrip(" "), "<err>", "exec")
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.lineno, e.offset)

# Code that runs still warns once per compilation (here through exec).
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ns = {}
    exec("def f(x):\n    return x is 300\nr = f(None)", ns)
    print(ns["r"], [str(w.message) for w in caught])

# The main script's own warnings go to stderr before it runs.
count = 0
if count is 0:
    print("count is zero")
