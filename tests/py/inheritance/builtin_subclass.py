class MyList(list):
    def sum(self):
        return sum(self)
    def append(self, v):
        super().append(v * 10)
m = MyList([1, 2])
m.append(3)
print(m, m.sum(), type(m).__name__, type(m + [1]).__name__, type(m[:1]).__name__, len(m))
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)
    def __repr__(self):
        return f"MyInt({int(self)})"
x = MyInt(5)
print(x + 1, 1 + x, x * 2, type(x * 2).__name__, x == 5, hash(x) == hash(5))
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = MyDict(a=1)
print(d["A"], d.get("A"), "A" in d)
class Str2(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip())
s = Str2("  pad  ")
print(repr(s), s.upper(), type(s.upper()).__name__)
class Exc(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise Exc(7)
except ValueError as e:
    print(e, e.code, e.args, type(e).__mro__[1].__name__)
class F(float):
    pass
print(F(1.5) + 1, type(F(2.0) * 2).__name__, repr(F(0.1)))
