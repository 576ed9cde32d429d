# exec()/eval() of code objects with free variables: eval refuses them, exec needs a closure
# tuple of cells of the right length (3.11's closure= argument) and then runs the code.
def f(x):
    return lambda: print("x is", x)


g = f(3)
for fn in [lambda: eval(g.__code__), lambda: exec(g.__code__, {}),
           lambda: exec(g.__code__, {}, closure=()),
           lambda: exec(g.__code__, {}, closure=(1,)),
           lambda: exec("pass", {}, closure=g.__closure__),
           lambda: exec(compile("1", "s", "exec"), {}, closure=g.__closure__)]:
    try:
        print(fn())
    except TypeError as e:
        print("TypeError", e)
print(exec(g.__code__, {}, closure=g.__closure__))
print(exec(compile("y = 5", "s", "exec"), {}, closure=None))
