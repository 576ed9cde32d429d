# heapq: every function, including merge/nlargest/nsmallest with key and reverse, and errors.
import heapq
import random

rng = random.Random(7)
data = [rng.randrange(100) for _ in range(30)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

h = data[:]
heapq.heapify(h)
print(h)
print(heapq.heappushpop(h, 50), heapq.heappushpop(h, -1), h[:5])
print(heapq.heapreplace(h, 1000), h[:5])
print(heapq.heappushpop([], 5))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

# stability and tuples
items = [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (3, "a")]
h = []
for it in items:
    heapq.heappush(h, it)
print([heapq.heappop(h) for _ in range(len(h))])

# heap order equal keys (depends on exact sift algorithm)
class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
h = []
for i, k in enumerate([5, 1, 5, 1, 3, 1, 5, 3]):
    heapq.heappush(h, Item(k, "abcdefgh"[i]))
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = [Item(k, "abcdefghij"[i]) for i, k in enumerate([2, 2, 1, 2, 1, 1, 2, 0, 0, 2])]
heapq.heapify(h)
print(h)

# nlargest / nsmallest
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, words, key=len))
print(heapq.nlargest(1, words, key=str.upper), heapq.nsmallest(1, words), heapq.nlargest(0, words))
print(heapq.nlargest(100, [3, 1, 2]), heapq.nsmallest(2, iter([5, 4, 3, 2])), heapq.nsmallest(-1, [1]))
print(heapq.nsmallest(3, [(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
print(heapq.nlargest(3, [1, 1.0, True, 0.5], key=lambda x: x))
print(heapq.nlargest(2, {"a": 3, "b": 1, "c": 2}.items(), key=lambda kv: kv[1]))

# merge
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, "x"), (2, "y")], [(1, "a"), (3, "b")], key=lambda t: t[0])))
print(list(heapq.merge("ace", "bdf")), list(heapq.merge([3, 2, 1], [4], key=lambda x: -x)))
m = heapq.merge(iter(range(0, 10, 3)), iter(range(1, 10, 3)))
print(next(m), next(m), list(m))

# heap of mixed types raises
try:
    heapq.heapify([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heappush((1,), 2)
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heapify(None)
except TypeError as e:
    print("TypeError:", e)

# private helpers used by other modules
h = [5, 3, 8, 1, 9]
heapq._heapify_max(h)
print(h, heapq._heappop_max(h), h)
h = [1, 2, 3]
print(heapq._heapreplace_max([9, 5, 4], 1))
print(heapq.__all__)

# heapsort of many random values matches sorted()
vals = [rng.random() for _ in range(500)]
h = []
for v in vals:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(500)] == sorted(vals))
