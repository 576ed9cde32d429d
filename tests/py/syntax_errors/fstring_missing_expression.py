# f-strings whose replacement field has no expression before '!', ':' or '=': CPython's
# "expression required before" message; a plain empty field is "empty expression".
cases = ["f'{!r}'", "f'{ !r}'", "f'{!}'", "f'''{\t\f\r\n!a}'''", "f'{!'", "f'{!s:'", "f'{!x}'",
         "f'{ !xr}'", "f'{!x:}'", "f'{!x:a}'", "f'{:}'", "f'{ :!}'", "f'{:2}'",
         "f'''{\t\f\r\n:a}'''", "f'{:'", "f'{=}'", "f'{ =}'", "f'{ =:}'", "f'{   =!}'",
         "f'''{\t\f\r\n=}'''", "f'{='", "f'{}'", "f'{ }'", "f'x{  }y'"]
for c in cases:
    try:
        compile(c, "<s>", "eval")
    except SyntaxError as e:
        print(repr(c), e.msg)
print(f"{'ok'!r:>6}", f"{3=}", f"{ 3 = }")
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(eval(r"f'\{6*7}'"), eval(r"f'a\{{'"), eval(r"rf'\{6*7}'"), eval(r"f'\\{1}'"))
