# SyntaxError locations found by CPython's test_exceptions (testSyntaxErrorOffset,
# test_error_offset_continuation_characters): a tokenizer error inside a multi-line f-string
# expression reports the line in the whole source, and a line continuation at the end of the
# input inside brackets is "'(' was never closed" (even after a generator argument and ',').
srcs = [
    "f'''\n            {\n            (123_a)\n            }'''",
    'f\'\'\'\n            {\n            f"""\n            {\n            (123_a)\n            }\n            """\n            }\'\'\'',
    "x = 1\ny = f'{123_a}'\n",
    "f'{1 +\n 0x}'",
    "x = 2\nf'''a\n{\n0b2}'''",
    "f'{a $ b}'",
    "\n\nf'{\n\n9abc}'",
    '"\\\n"(1 for c in I,\\\n\\',
    '(1,\\\n',
    'x = [1,\n2,\\\n',
    'x = 1 +\\\n',
    '(\\\n',
    'foo(\n  1,\\\n\\',
    'if x:\n    y = (1\\\n',
    'f(x for x in y, 1)',
    'f(1, x for x in y)',
]
for s in srcs:
    try:
        compile(s, '<fragment>', 'exec')
        print("compiled")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
