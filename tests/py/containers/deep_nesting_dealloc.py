# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
x = None
for i in range(200000):
    x = {"k": x}
del x
t = ()
for i in range(200000):
    t = (t, i)
del t
f = frozenset()
for i in range(100000):
    f = frozenset([f])
del f
class L(list): pass
y = L()
for i in range(100000):
    y = L([y])
del y
z = []
for i in range(100000):
    z = [iter(z)]
del z
print("done")
