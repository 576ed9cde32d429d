t = (1, "a", 2.5, None, (1, 2))
print(t[1:4], t[::-1], t[-1][0], len(t), t.count(1), t.index(2.5), t + (), t * 2, (), (1,) * 0, tuple(), tuple([1]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"), (1, [2]) == (1, [2]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
a, (b, c), *d = 1, (2, 3), 4, 5; print(a, b, c, d)
print(hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))), hash(()) == hash(()), {(1, 2): "x"}[(1, 2)])
try:
    hash(([],))
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    t[5]
except IndexError as e:
    print(e)
try:
    t.append(1)
except AttributeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
x = ([1],); x[0].append(2); print(x)
try:
    x[0] += [3]
except TypeError as e:
    print(e, x)
print(tuple(x for x in range(3)), (*range(2), *"ab"), type((1)).__name__, type((1,)).__name__, repr(((),)), repr((1, (2,))))
class P(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def total(self): return sum(self)
p = P(1, 2); print(p, p.total(), type(p).__name__, p + (3,), type(p + (3,)).__name__, p[0], isinstance(p, tuple))
