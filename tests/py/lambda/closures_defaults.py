fns = [lambda x, i=i: x + i for i in range(4)]
print([f(100) for f in fns])
fns2 = [lambda x: x + i for i in range(4)]
print([f(100) for f in fns2])
def mk(n):
    return lambda: n
print([mk(i)() for i in range(3)])
table = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print({k: v(7, 3) for k, v in sorted(table.items())})
counter = [0]
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
