def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("neg", a):
            return -evaluate(a, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, else_):
            return evaluate(then if evaluate(cond, env) else else_, env)
        case [op, *args]:
            raise ValueError(f"unknown op {op!r} with {len(args)} args")
        case _:
            raise TypeError(f"bad expression {expr!r}")
env = {"x": 3}
print(evaluate(("+", 1, ("*", "x", 4)), env))
print(evaluate(("let", "y", 10, ("+", "y", ("neg", "x"))), env))
print(evaluate(("if", 0, 1, ("*", 2.5, 2)), env))
for bad in [("pow", 2, 3), None]:
    try:
        evaluate(bad, env)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
