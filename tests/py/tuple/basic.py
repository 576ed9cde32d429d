t = (1, "two", 3.0, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t + (6,), t * 2, (1,) * 0)
print(t.count(1), t.index(3.0), 1 in t, (4, 5) in t)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2, 3)), hash((-1, 0)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
mt = ([1],)
mt[0].append(2)
print(mt)
try:
    mt[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print(mt)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
a, *rest = t
print(a, rest)
print(type(()).__name__, tuple.__name__)
