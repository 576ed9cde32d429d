a = range(0, 3)
b = range(0, 3, 1)
print(a == b, hash(a) == hash(b), a is b)
print(range(0) == range(2, 2), range(0, 1, 2) == range(0, 1, 3), range(0, 2, 2) == range(0, 1, 5))
d = {range(3): "three"}
print(d[range(0, 3)])
print(range(3) != [0, 1, 2], list(range(3)) == [0, 1, 2], range(3) == tuple(range(3)))
try:
    range(3) < range(4)
except TypeError as e:
    print("TypeError:", e)
print(repr(range(-2, 2)), str(range(0, 6, 2)), range(5).start, range(5).step)
