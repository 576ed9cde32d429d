import math
vals = [0.1] * 10 + [1e16, -1e16] + [1e-16] * 5
print(sum(vals), math.fsum(vals), sum(sorted(vals)), sum(reversed(vals)))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]), math.fsum([]), math.fsum([float("inf"), 1]), math.fsum(i / 7 for i in range(100)))
print(0.1 + 0.2, 0.1 + 0.2 - 0.3, (0.1 + 0.2) * 10, 1 - 0.9, 0.3 * 3, 4.35 * 100, 1.1 * 1.1, 2.675 * 100, 1 / 49 * 49, 3 * (1 / 3))
total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total, repr(total), math.log(1000) + 0.5772156649015329)
print(sum([True, 0.5]), sum([1, 2], 0.0), type(sum([1, 2], 0.0)).__name__, sum([0.5, 0.25], 1j))
