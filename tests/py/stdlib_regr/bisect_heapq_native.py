# The _bisect and _heapq accelerator modules: results, the order of __lt__ calls, key=,
# lo/hi, non-list sequences and CPython's error messages.
import _bisect
import _heapq
import bisect
import heapq

print(bisect.bisect_left is _bisect.bisect_left, heapq.heappush is _heapq.heappush)
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x, 2, 5),
          bisect.bisect_left(a, x, lo=3), bisect.bisect_right(a, x, hi=3))
words = ["apple", "fig", "banana", "kiwi"]
words.sort(key=len)
print(words, bisect.bisect_left(words, 4, key=len), bisect.bisect_right(words, 4, key=len))
bisect.insort(words, "plum", key=len)
bisect.insort_left(words, "date", key=len)
print(words)
r = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort_right(r, v)
    bisect.insort_left(r, v + 0.5)
print(r)


class Seq:
    def __init__(self, data):
        self.data = data
        self.inserted = []

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def insert(self, i, x):
        self.inserted.append((i, x))
        self.data.insert(i, x)


s = Seq([10, 20, 30])
bisect.insort(s, 25)
print(s.data, s.inserted, bisect.bisect(s, 20))

for call in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect_right(a),
             lambda: bisect.bisect(a, 1, 0, 99), lambda: bisect.insort(5, 1),
             lambda: bisect.bisect_left(a, 1, "x")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

log = []


class L:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "L(%d)" % self.v


h = []
for v in [7, 3, 9, 1, 5, 8, 2]:
    heapq.heappush(h, L(v))
print(h)
print(log)
log.clear()
print([heapq.heappop(h).v for _ in range(3)], log)
log.clear()
print(heapq.heappushpop(h, L(4)), heapq.heapreplace(h, L(6)), h, log)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 12, 11]
heapq.heapify(data)
print(data)
print([heapq.heappop(data) for _ in range(len(data))])
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)
print(heapq.nsmallest(3, [5, 2, 8, 1, 9]), heapq.nlargest(2, [5, 2, 8, 1, 9]),
      list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(heapq.heappushpop([], 3))

for call in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush((), 1), lambda: heapq.heapify(None),
             lambda: heapq.heappush([]), lambda: heapq.heappush([1, "a"], 2),
             lambda: heapq.heappop(h, 1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


class Shrink:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return False


hh = [Shrink(None) for _ in range(4)]
for x in hh:
    x.heap = hh
try:
    heapq.heappush(hh, Shrink(hh))
except RuntimeError as e:
    print("RuntimeError", e)
for call in [lambda: heapq.heapify([], 1), lambda: heapq.heapify(h=[]),
             lambda: heapq._heapify_max(1), lambda: heapq._heappop_max(()),
             lambda: heapq.heapreplace(1, 2), lambda: heapq._heapreplace_max((), 2),
             lambda: heapq.heappushpop((), 2), lambda: heapq.heappush([], x=1),
             lambda: heapq.heappop()]:
    try:
        call()
    except TypeError as e:
        print(e)
