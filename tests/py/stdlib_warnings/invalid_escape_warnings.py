# Invalid escape sequences in str/bytes/f-string literals: DeprecationWarnings at compile
# time (one per literal piece), and SyntaxErrors at the string token under an "error" filter.
import warnings
def run(src, mode='eval'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = eval(src) if mode == 'eval' else compile(src, '<t>', 'exec')
        except SyntaxError as e:
            print('SE', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
            r = None
    for x in w:
        print(' W', x.category.__name__, x.message, x.filename, x.lineno)
    return r
print(repr(run(r"'\d'")))
print(repr(run(r"b'\d'")))
print(repr(run(r"'\400'")))
print(repr(run(r"b'\777'")))
print(repr(run(r"'a\qb\zc'")))
print(repr(run(r"'\d' '\e' b''" if False else r"'\d' '\e'")))
print(repr(run("'''\n\\z'''")))
print(repr(run(r"f'\d{1}\w'")))
print(repr(run(r"f'\{1}'")))
print(repr(run(r"f'{1:\d}'")))
print(repr(run("x = 1\ny = '\\d'\n", 'exec')))
print(repr(run(r"'\é'")))
print(repr(run(r"b'\u1234'")))
print(repr(run(r"b'\N{x}'")))
print(repr(run("0 if 1else 0")))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for src in [r"'\d'", "'''\n\\z'''", "x = 1;  y = 'ab\\q' + 'c'", r"b'\400'", r"f'\{x}'", r"f'ab\w{1}'"]:
        try:
            compile(src, '<e>', 'exec')
        except SyntaxError as e:
            print('SE', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
import ast
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    ast.parse(r"'\d'")
print(len(w), w[0].category.__name__ if w else None)
