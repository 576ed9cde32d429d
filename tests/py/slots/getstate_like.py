class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def as_tuple(self):
        return tuple(getattr(self, s) for s in self.__slots__)
    def __eq__(self, o):
        return self.as_tuple() == o.as_tuple()
    def __hash__(self):
        return hash(self.as_tuple())
p = P(1, 2)
print(p.as_tuple(), p == P(1, 2), len({p, P(1, 2), P(2, 1)}))
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
for s in P.__slots__:
    setattr(q, s, 0)
print(q.as_tuple())
print(dir(p).count("x"), "x" in dir(P))
