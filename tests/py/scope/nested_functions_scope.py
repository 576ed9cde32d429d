x = "global"
def a():
    x = "a"
    def b():
        def c():
            return x
        return c()
    return b()
print(a())
def shadow_param(x):
    def inner():
        return x
    x = x + "!"
    return inner()
print(shadow_param("p"))
def loop_closures():
    fns = {}
    for name in ["one", "two"]:
        def f(n=name):
            return n
        fns[name] = f
    return {k: v() for k, v in fns.items()}
print(loop_closures())
def uses_global_after_local_assignment():
    global x
    old = x
    x = "modified by function"
    return old
print(uses_global_after_local_assignment(), x)
def comprehension_sees_enclosing():
    base = 100
    return [base + i for i in range(3)]
print(comprehension_sees_enclosing())
def generator_scope():
    v = "gen enclosing"
    return list(v for _ in range(1))
print(generator_scope())
