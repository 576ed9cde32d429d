class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __add__(self, o):
        return Upper(str(self) + o)
u = Upper("abc")
print(u, type(u).__name__, u + "def", type(u + "def").__name__, type("x" + u).__name__)
print(u.lower(), type(u.lower()).__name__, u[0], type(u[0]).__name__, type(u * 2).__name__)
print(u == "ABC", "ABC" == u, hash(u) == hash("ABC"), {u: 1}["ABC"], f"{u}", "%s" % u, str(u) is not u)
class Tagged(str):
    tag = "t"
t = Tagged("val")
t2 = Tagged("val")
print(t.tag, t == t2, isinstance(t, str), len(t), t.startswith("v"), t.join(["a", "b"]))
