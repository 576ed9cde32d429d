x = "before"
res = [x for x in range(3)]
print(x, res)
def f():
    items = [1, 2, 3]
    return [items for items in range(2)], items
print(f())
t = [(i, j) for i in range(2) for j in range(i, 2)]
print(t)
s = {i for i in "hello"}
print(sorted(s), "i" in dir())
d = {k: None for k in range(2)}
print(d, "k" in dir())
