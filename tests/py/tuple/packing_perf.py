def swap(a, b):
    return b, a
print(swap(1, 2), swap(*swap(1, 2)))
t = 1, 2, 3
x, y, z = t
print(t, x + y + z)
pairs = [(i, i * i) for i in range(5)]
print([b for a, b in pairs], dict(pairs))
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e)
print(tuple(x for x in range(3)), tuple(reversed((1, 2, 3))), sorted((3, 1, 2)))
print(max((1, 2), (1, 3)), min([(2, "b"), (1, "z"), (1, "a")]))
print((1, 2) * 3, 3 * (0,), (1,) + (2,) + (), ((1, 2) + (3,))[::-1])
