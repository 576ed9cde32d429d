class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(3)))
class Reiter:
    def __iter__(self):
        yield from ("x", "y")
r = Reiter()
print(list(r), list(r), "y" in r, dict.fromkeys(r))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next(5)
except TypeError as e:
    print("TypeError:", e)
class LegacyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return chr(65 + i)
print(list(LegacyGetitem()), "B" in LegacyGetitem())
class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(Rev())))
a, b, c = Countdown(3)
print(a, b, c)
try:
    x, y = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
class LenHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        return 100
print(list(LenHint()))
