r = range(10)
print(r, list(r), len(r), r[3], r[-1], r[2:5], r[::-2], r[::3], list(r[::-3]))
print(list(range(5, 0, -1)), list(range(0, 10, 3)), list(range(0)), list(range(5, 5)), list(range(-3, 3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1) == range(0, 1))
print(5 in r, 10 in r, -1 in r, 5.0 in r, "x" in r, r.index(7), r.count(3))
big = range(0, 10 ** 20, 7)
print(big[10 ** 18], 10 ** 19 in big, big[-1])
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(50)
except ValueError as e:
    print("ValueError:", e)
print(r.start, r.stop, r.step, range(3, 1).start, hash(range(3)) == hash(range(0, 3, 1)))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)), bool(range(0)))
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(10)[slice(-3, None)], range(0, -10, -1)[1:4])
