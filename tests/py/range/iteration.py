it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
total = 0
for i in range(1, 1001):
    total += i
print(total)
for i in range(10, 0, -3):
    print(i, end=",")
print()
print([i * j for i in range(1, 4) for j in range(i)])
r = range(2, 20, 3)
print([r[i] for i in range(len(r))], list(enumerate(r))[:2])
print(list(zip(range(3), range(10, 13))), list(range(-5, -15, -5)))
print(type(iter(range(3))).__name__)
