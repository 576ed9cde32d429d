import ast
t = ast.parse("x = 1 + 2\nprint(x * 3)")
print(ast.dump(t))
code = compile(t, "<ast>", "exec")
exec(code)
print(ast.literal_eval("[1, (2, 3), {'a': -4.5}, None, b'x']"))
e = ast.parse("a * 2", mode="eval")
print(eval(compile(e, "<e>", "eval"), {"a": 21}))
try:
    compile(e, "<e>", "exec")
except TypeError as ex:
    print("TypeError", ex)
print(ast.unparse(ast.parse("def f(a, *, b=2): return a if b else -a")))
# compile() of a hand-built tree
m = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name(id='print', ctx=ast.Load()),
              args=[ast.Constant(value='built')], keywords=[]))], type_ignores=[])
ast.fix_missing_locations(m)
exec(compile(m, "<built>", "exec"))
print(type(compile("1", "<s>", "eval", ast.PyCF_ONLY_AST)).__name__)
print(compile(t, "<ast>", "exec", ast.PyCF_ONLY_AST) is t)
