class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), isinstance(p, tuple), p + (5,), type(p + (5,)).__name__)
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 2)]))
print(hash(p) == hash((3, 4)), {p: 1}[(3, 4)])
