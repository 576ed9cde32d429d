r = range(10 ** 18)
print(r[-1], r[10 ** 17], (10 ** 18 - 1) in r, r.index(5), r.count(10 ** 17))
r2 = range(-10 ** 20, 10 ** 20, 10 ** 19)
print(r2[0], r2[-1], r2[5], 0 in r2, 5 in r2, r2.index(0))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2 ** 64)[2 ** 63], range(2 ** 64).stop)
it = iter(range(2 ** 62, 2 ** 62 + 2))
print(next(it), next(it), next(it, "end"))
