import _string, string
print(type(_string.formatter_parser('a')).__name__, type(_string.formatter_field_name_split('a')[1]).__name__)
for s in ['a.', 'a[', 'a[]', 'a]b', 'a[0]x', '0.x[1]', '', '.a', '[0]', '01', ' 1', '1_0', '-1', '\u0661', 'a.b.c[x][2]']:
    try:
        f, it = _string.formatter_field_name_split(s); print(repr(s), repr(f), end=' ')
        for x in it: print(x, end=' ')
        print()
    except Exception as e: print(type(e).__name__, e)
for s in ['a{0}b{', 'x}', '{!r}', '{0!}', '{0!rr}', '{:{}}', '{0[}', '{{}}', 'a{0.x!s:>{1}}b', '{ }', '}}{{', '{0:', '{0!r:}', 'plain', '', '\u00e9{\u4e2d}\U0001f600']:
    it = _string.formatter_parser(s)
    try:
        for x in it: print(x, end=' ')
        print()
    except Exception as e: print(type(e).__name__, e)
for bad in [1, None]:
    for f in (_string.formatter_parser, _string.formatter_field_name_split):
        try: f(bad)
        except Exception as e: print(type(e).__name__, e)
it = _string.formatter_parser('a{'); print(iter(it) is it)
fmt = string.Formatter()
print(fmt.format("{0} {name!r:>8} {1[k]} {2.real:.2f}", 1, {"k": "v"}, 3.14159, name="x"))
print(fmt.vformat("{a.imag}{b[0]}", (), {"a": 2j, "b": [9]}))
print(list(fmt.parse("x{0:>{w}}y{{z}}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{a} {0} {missing}", "zed", a="hi"))
try: fmt.format("{0")
except ValueError as e: print(e)
try: fmt.format("{} {0}", 1)
except ValueError as e: print(e)
print(string.Template("$a ${b}").substitute(a=1, b=2))
for f in ["{0[5]x}", "{0[0]x}", "{0.real}", "{0[0]}"]:
    try: print(f.format([1]))
    except Exception as e: print(type(e).__name__, e)
