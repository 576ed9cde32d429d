# dict details from CPython's test_dict: setdefault hashes and compares once, update from a
# dict mutated by key comparisons raises RuntimeError, dict(**mapping) needs string keys.
class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)


h1 = Hashed()
y = {h1: 5}
h2 = Hashed()
print(y.setdefault(h2, []), h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
print(y.setdefault(h2, "other"), h2.hash_count)


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict((i, 0) for i in range(1, 1337))
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("RuntimeError", e)


class Custom(dict):
    pass


for invalid in ({1: 2}, Custom({1: 2})):
    for f in (lambda: dict(**invalid), lambda: {}.update(**invalid)):
        try:
            f()
        except TypeError as e:
            print("TypeError", e)
print(dict(**{"a": 1}, b=2), dict({"x": 1}, **Custom(y=2)))


class LyingTuple(tuple):
    def __iter__(self):
        yield 1


class LyingList(list):
    def __iter__(self):
        yield 1


print(tuple(LyingTuple((2,))), tuple(LyingList([2])), list(LyingList([2])), list(LyingTuple((2,))))
