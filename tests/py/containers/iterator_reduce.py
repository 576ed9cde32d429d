# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
it = iter([1, 2, 3]); next(it)
f, a, *st = it.__reduce__(); print(f.__name__, a, st)
it2 = f(*a); it2.__setstate__(*st); print(list(it2))
r = reversed([1, 2, 3]); next(r); print(r.__reduce__()[1:], list(r), r.__reduce__()[1])
t = iter((4, 5)); print(t.__reduce__()[1:]); list(t); print(t.__reduce__()[1:])
e = enumerate("ab", 3); next(e); fn, args = e.__reduce__(); print(fn.__name__, list(args[0]), args[1])
z = zip([1], [2], strict=True); print(z.__reduce__()[0].__name__, len(z.__reduce__()[1]), z.__reduce__()[2:])
m = map(abs, [-1]); print(m.__reduce__()[0].__name__, m.__reduce__()[1][0])
fl = filter(None, [0, 1]); print(fl.__reduce__()[0].__name__, fl.__reduce__()[1][0])
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
s = iter(S()); next(s); print(type(s.__reduce__()[1][0]).__name__, s.__reduce__()[2])
c = iter(lambda: 1, 2); print(c.__reduce__()[0].__name__, c.__reduce__()[1][1])
rv = reversed("abc"); next(rv); print(rv.__reduce__()[1:]); rv.__setstate__(0); print(list(rv))
l = iter([1, 2, 3]); l.__setstate__(10); print(list(l))
