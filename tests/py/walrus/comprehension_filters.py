import math
nums = [4, 9, 10, 16, 20, 25]
print([(n, r) for n in nums if (r := math.isqrt(n)) ** 2 == n])
words = ["apple", "kiwi", "banana", "fig"]
print({w: l for w in words if (l := len(w)) > 3})
print([s for w in words if (s := w[::-1]) < "m"])
vals = [1, 2, 3, 4]
print(sum(sq for v in vals if (sq := v * v) % 2 == 0), sq)
print(any((found := v) > 2 for v in vals), found)
print(all((last := v) < 3 for v in vals), last)
