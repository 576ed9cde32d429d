data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
big = [(i * 7919) % 101 for i in range(300)]
s = sorted(big)
print(s[:10], s[-10:], s == sorted(s), len(s))
recs = [(i % 5, i) for i in range(30)]
out = sorted(recs, key=lambda r: r[0])
print(all(out[i][1] < out[i + 1][1] for i in range(len(out) - 1) if out[i][0] == out[i + 1][0]))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([K(3), K(1), K(2)]), min([K(3), K(1)]), max([K(3), K(1)]))
l = [3, 1, 2]
print(l.sort(), l)
