import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"K{self.n}"
wv = weakref.WeakValueDictionary()
objs = [K(i) for i in range(4)]
for o in objs:
    wv[o.n] = o
print(sorted(wv.keys()))
del objs[1]
print(sorted(wv.keys()))
objs.clear()
print(sorted(wv.keys()), len(wv))
wk = weakref.WeakKeyDictionary()
a, b = K("a"), K("b")
wk[a] = 1
wk[b] = 2
print(len(wk), wk[a])
del a
print(len(wk), list(wk.values()))
ws = weakref.WeakSet()
x, y = K("x"), K("y")
ws.add(x)
ws.add(y)
print(len(ws), x in ws)
del x
print(len(ws), sorted(repr(v) for v in ws))
class Holder:
    def method(self):
        return "bound"
h = Holder()
wm = weakref.WeakMethod(h.method)
print(wm()())
del h
print(wm())
