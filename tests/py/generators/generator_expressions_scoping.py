x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def f():
    y = 1
    gen = (y * i for i in range(3))
    y = 100
    return list(gen)
print(f())
h = (i for i in range(x))
x = 2
print(len(list(h)))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
nested = (list(j for j in range(i)) for i in range(4))
print(list(nested))
