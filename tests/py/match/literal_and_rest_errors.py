# Pattern syntax errors: complex literals need a real and an imaginary part (CPython checks the
# real part first), and **_ is not a capture target in mapping patterns.
for body in ["{**_}", "0j+0j", "{0j+0j: _}", "{0j+0: _}", "-0j+1j", "1+1", "1-1", "-1+2j", "-1j", "{**rest, 'a': 1}", "{'a': 1, **_}", "0j-0j", "1.5+2.5j", "(0j+0j)"]:
    src = "match x:\n    case %s:\n        pass\n" % body
    try:
        compile(src, "?", "exec")
        print("ok", body)
    except SyntaxError as e:
        print(body, '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
