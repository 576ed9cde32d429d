# exec/compile/eval/ast.parse of bytes honour the coding cookie (decoding with the codec);
# of str they ignore it. Error messages as CPython's.
import ast

def show(label, fn):
    try:
        print(label, "->", fn())
    except SyntaxError as e:
        print(label, "->", type(e).__name__, e.msg, e.lineno)

ns = {}
exec(b"# coding: koi8-r\nx = '\xc1\xc2\xd7'\n", ns)
print(ns["x"], [hex(ord(c)) for c in ns["x"]])
exec(b"# -*- coding: iso8859-7 -*-\n\xe1 = 5\n", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(eval(b"# coding: cp1252\n'\x80 \x99'"))
code = compile(b"#!/bin/sh\n# coding=cp1251\ny = '\xcf\xf0\xe8'\n", "<cp1251>", "exec")
exec(code, ns)
print(ns["y"])
show("str ignores cookie", lambda: eval(compile("# coding: koi8-r\n'\u0430'", "s", "eval")))
show("unknown", lambda: exec(b"# coding: no-such-codec\nx = 1\n"))
show("bom+koi8", lambda: exec(b"\xef\xbb\xbf# coding: koi8-r\nx = 1\n"))
show("bom+latin1", lambda: exec(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n"))
show("bom+utf8", lambda: exec(b"\xef\xbb\xbf# coding: utf-8\nx = 1\n") or "ok")
show("cookie on line 3 ignored", lambda: exec(b"x = 1\ny = 2\n# coding: koi8-r\nz = '\xd0\xb0'\n", ns) or ns["z"])
show("line 2 after code ignored", lambda: exec(b"x = 1\n# coding: koi8-r\nz = '\xd0\xb1'\n", ns) or ns["z"])
print(ast.dump(ast.parse(b"# coding: cp1251\ns = '\xcf'")))
print(ast.literal_eval(b"# coding: koi8-r\n'\xc1'".decode("latin-1")))
