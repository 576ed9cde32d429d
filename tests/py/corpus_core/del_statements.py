a = 1
del a
try:
    a
except NameError as e:
    print(e)
l = [1, 2, 3, 4, 5]
del l[0], l[-1]
print(l)
del l[:]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
print(d)
class O: pass
o = O(); o.x = 1; o.y = 2
del o.x
print(vars(o))
try:
    del o.x
except AttributeError as e:
    print(e)
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
def f():
    v = 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
def g():
    global gv
    gv = 5
    del gv
g()
print("gv" in globals())
try:
    del undefined_name_xyz
except NameError as e:
    print(e)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
s = slice(0, 1)
ll = [9, 8]
del ll[s]
print(ll)
for i in range(3):
    pass
del i
print("i" in dir())
