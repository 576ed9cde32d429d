print(list(range(-10, -20, -3)), list(range(10, 0)), list(range(0, -5, -1)))
r = range(5, -5, -2)
print(r, list(r), len(r), r[0], r[-1], r.index(1), 3 in r, 2 in r)
print(range(2 ** 100, 2 ** 100 + 3)[1], 2 ** 100 + 2 in range(2 ** 100, 2 ** 100 + 3))
print(range(0, 10, 3) == range(0, 11, 3), range(0, 10, 3) == range(0, 12, 3), hash(range(0)) == hash(range(1, 1)))
print(range(10)[::-1], range(10)[-3:-1], range(1, 10, 2)[::2], range(10)[5:100])
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(10)[Idx()], list(range(1, Idx())))
try:
    range(5)["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
print(list(range(True, 3)), range(0, 5).count(10), range(3).__reversed__().__class__.__name__)
print(sorted(range(3), reverse=True), min(range(5, 0, -1)), any(range(1)), all(range(1, 4)))
