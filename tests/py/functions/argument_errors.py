def f(a, b, /, c, *, d):
    pass
def g(x, y=1, *args, z, **kw):
    pass
def h():
    pass
calls = [
    lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, d=5), lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, c=3, d=4, e=5),
    lambda: g(), lambda: g(1), lambda: g(1, x=2, z=3), lambda: h(1), lambda: h(a=1), lambda: f(),
    lambda: (lambda a, b: 0)(1), lambda: (lambda: 0)(**{"q": 1}), lambda: g(1, 2, 3, z=1, y=5),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
class M:
    def meth(self, a):
        pass
for c in [lambda: M().meth(), lambda: M().meth(1, 2), lambda: M.meth(), lambda: M().meth(b=1)]:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
