a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "hi"
print(s, t)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
def f():
    return 1, 2, 3
u, v, w = f()
print(u + v + w)
# assignment order of targets
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append((k, v))
r1 = Rec()
r1[0] = r1[1] = "val"
print(log)
x = y = z = 0
x += 1
print(x, y, z)
