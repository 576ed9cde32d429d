class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v % 3)
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
d = {}
d[Key(1)] = "one"
d[Key(4)] = "four"
print(d[Key(4)])
print(Key(7) in d)
class Unhash:
    __hash__ = None
try:
    {Unhash(): 1}
except TypeError as e:
    print("TypeError:", e)
class Always:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return True
m = {Always(): "a"}
m[Always()] = "b"
print(len(m), list(m.values()))
nan = float("nan")
n = {nan: 1}
n[nan] = 2
n[float("nan")] = 3
print(len(n), sorted(n.values()))
