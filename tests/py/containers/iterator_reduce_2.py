# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
r = iter(range(2, 20, 3)); next(r); next(r)
print(r.__reduce__()[1:], list(r), r.__reduce__()[1:])
r = iter(range(5)); r.__setstate__(3); print(list(r))
r = iter(range(10)); f, a, i = r.__reduce__(); r2 = f(*a); r2.__setstate__(i); print(list(r2))
d = {1: 2, 3: 4, 5: 6}; it = iter(d); next(it); print(it.__reduce__()[1], list(it))
it = iter(d.items()); print(it.__reduce__()[1]); it = reversed(d.values()); next(it); print(it.__reduce__()[1])
s = {1, 2, 3}; it = iter(s); next(it); print(it.__reduce__()[1], list(it), it.__reduce__()[1])
