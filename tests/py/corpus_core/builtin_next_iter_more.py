it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "x"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
g = (i for i in range(2))
print(next(g), next(g), next(g, -1))
d = iter({"a": 1})
print(next(d), next(d, "done"))
class Counter:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration("finished")
        self.n -= 1
        return self.n
c = Counter(3)
print(list(c), next(c, "exhausted"))
try:
    next(Counter(0))
except StopIteration as e:
    print(e.args, e.value)
class NotIter:
    def __next__(self): return 1
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    next(NotIter.__new__(NotIter)) and print(next(NotIter()))
except TypeError as e:
    print(e)
print(list(iter([3, 4]).__iter__()), iter("ab").__next__(), type(iter(range(3))).__name__, type(iter([])).__name__, type(iter({})).__name__)
