import math
print(math.fsum([1e-16] * 10 + [1.0]), sum([1e-16] * 10 + [1.0]))
print(math.prod(range(1, 11)), math.prod([0.5] * 4), math.prod([2, 3], start=10), math.prod(iter([])))
print(math.fsum([]), math.fsum(x / 7 for x in range(7)), math.fsum([1e308, 1e308, -1e308]) if False else "skip")
print(math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else 11)
print(math.dist((1, 2, 3), (4, 6, 3)), math.hypot(*range(5)))
print(math.gcd(*[12, 18, 24, 30]), math.lcm(*range(1, 11)))
print(math.comb(100, 50) % 10 ** 9, math.perm(10, 10), math.factorial(20) // math.factorial(18))
