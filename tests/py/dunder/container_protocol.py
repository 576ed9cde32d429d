class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("seq index")
        return i * i
s = Seq(5)
print(len(s), s[2], s[-1], s[1:4], list(s), 9 in s, 10 in s, list(reversed(s)), sorted(s, reverse=True))
for x in s:
    print(x, end=" ")
print()
class Map:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        print("delitem", k)
        del self.d[k]
    def __contains__(self, k):
        print("contains", k)
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d, key=repr))
m = Map()
m["a"] = 1
m[1, 2] = "tuple"
print(m["a"], m[1, 2], "a" in m, "z" in m, list(m))
del m["a"]
try:
    m["a"]
except KeyError as e:
    print("KeyError:", e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    1 in NoLen()
except TypeError as e:
    print("TypeError:", e)
