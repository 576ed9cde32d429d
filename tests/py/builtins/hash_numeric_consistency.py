import math
nums = [0, 1, -1, 2 ** 31, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61) - 3, 10 ** 20, 1.5, -0.25, 1e100, 2.0 ** 70]
for n in nums:
    f = float(n)
    same = f == n
    print(n, hash(n), same and hash(f) == hash(n), hash(complex(n, 0)) == hash(n))
print(hash(-1) == hash(-2), hash(math.inf), hash(-math.inf), hash(0.5), hash(1 / 3))
print(all(hash(i) == i for i in range(1000)), hash(2 ** 61 - 1), hash(-(2 ** 61 - 1)))
