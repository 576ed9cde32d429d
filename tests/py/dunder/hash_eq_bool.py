class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v
    def __hash__(self):
        return hash(self.v)
print(K(1) == K(1), len({K(1), K(1), K(2)}), {K(3): "x"}[K(3)])
class EqNoHash:
    def __eq__(self, o):
        return True
print(EqNoHash.__hash__ is None)
class Inherit(K):
    pass
print(hash(Inherit(5)) == hash(5))
class InheritEq(K):
    def __eq__(self, o):
        return False
print(InheritEq.__hash__ is None)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class Truthy:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
print([bool(Truthy(x)) for x in (True, False)], Truthy(False) or "fallback")
class LenZero:
    def __len__(self):
        return 0
print(bool(LenZero()), not LenZero())
