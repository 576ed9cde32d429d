# SyntaxErrors of CPython's invalid_comprehension and invalid_group rules and of walrus in a
# comprehension's iterable (also inside lambdas and nested comprehensions there), with their
# locations; the generic errors stay where CPython's first pass stops.
cases = [
    "[i := 0, j := 1 for i, j in [(1, 2), (3, 4)]]", "[a, b for a, b in c]", "{a, b for a in c}",
    "[a, b := 1 for a in c]", "[*a, b for a in c]", "[a, for x in y]", "{a, b, for x in y}",
    "[a, b, for x in y]", "[a, b for 1 in y]", "[a, b for x in]", "[a, b async for x in y]",
    "(a, b for x in y)", "{a: 1, b for x in y}", "[a, b for x in y if]",
    "f'{*a}'", "f'{**a}'", "f'{*a, b}'", "x = (**a)", "(**a, b)", "(** a + 1)", "(**)",
    "[i for i in (lambda:(j := range(5)))()]",
    "[i for i in [j for j in range(5) if (j := True)]]",
    "[i for i in [(j := True) for j in range(5)]]",
    "[i for i in range(3) for j in (lambda: (k := 1))()]",
    "[(lambda: (k := 1))() for i in range(3)]",
]
for src in cases:
    try:
        compile(src, "?", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
