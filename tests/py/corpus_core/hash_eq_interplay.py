class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq.__hash__ is None, OnlyEq(1) == OnlyEq(1))
try:
    {OnlyEq(1)}
except TypeError as e:
    print(e)
class EqHash(OnlyEq):
    def __hash__(self): return hash(self.v)
s = {EqHash(1), EqHash(1), EqHash(2)}; print(len(s), EqHash(1) in s, EqHash(3) in s)
d = {EqHash(5): "five"}; print(d[EqHash(5)], d.get(EqHash(6)))
class Inherit(EqHash): pass
print(hash(Inherit(7)) == hash(7), Inherit(7) == EqHash(7))
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
cs = {Collide(i) for i in range(5)}; print(len(cs), sorted(cs, key=lambda c: c.v), Collide(3) in cs)
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = NeverEq(); print(n == n, n in [n], n in {n}, [n].count(n), [n].index(n) if n in [n] else -1)
class Counter:
    calls = 0
    def __hash__(self):
        Counter.calls += 1
        return 1
c = Counter(); d = {c: 1}; d[c]; c in d; print(Counter.calls)
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b"}, {True: "x"}.get(1), hash("") == hash(""), hash(frozenset()) == hash(frozenset()))
class HashReturnsBig:
    def __hash__(self): return 2**70
print(hash(HashReturnsBig()) == hash(2**70))
class BadHash:
    def __hash__(self): return 1.5
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print(e)
print(isinstance(Unhash(), __import__("collections.abc").abc.Hashable), isinstance(EqHash(1), __import__("collections.abc").abc.Hashable))
