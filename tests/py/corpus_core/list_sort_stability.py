data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[1], reverse=True), sorted(data, reverse=True))
l = list(data); l.sort(key=lambda t: t[0]); l.sort(key=lambda t: t[1]); print(l)
nums = [3, -1, 2, -3, 1, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda x: (x % 2, x)), max(nums, key=abs), min(nums, key=abs))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted([3.5, 1, 2.25, True, 0]), sorted([[3], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("hello"), sorted({3: "a", 1: "b"}.items()))
import functools
def cmp(a, b): return (a > b) - (a < b)
print(sorted([5, 2, 8], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
for bad in [[1, "a"], [None, 1], [{1}, {2}, {1, 2}], [1j, 2j]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print(e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), sorted([K(3), K(1)], reverse=True), max([K(1), K(5)]), min([K(4), K(2)]))
r = list(range(100)); r.sort(reverse=True); print(r[:5]); r.sort(key=lambda x: x % 10); print(r[:12])
