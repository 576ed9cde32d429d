class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(2, 1) in s, sorted(s, key=lambda p: (p.x, p.y)))
class NoEqHash:
    pass
a, b = NoEqHash(), NoEqHash()
print(len({a, b, a}))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
print({1, 1.0, True}, {0, False, 0.0}, len({1, "1"}))
