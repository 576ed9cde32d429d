class Name(str):
    def __new__(cls, v): return super().__new__(cls, v.strip().title())
    def initials(self): return "".join(w[0] for w in self.split())
    def __repr__(self): return f"Name({str.__repr__(self)})"
n = Name("  ada lovelace ")
print(n, repr(n), n.initials(), len(n), n.upper(), type(n.upper()).__name__, n[0], type(n[0]).__name__, n[:3], type(n[:3]).__name__, n + "!", type(n + "!").__name__, n * 2, type(n * 2).__name__)
print(n == "Ada Lovelace", hash(n) == hash("Ada Lovelace"), {n: 1}["Ada Lovelace"], n in ["Ada Lovelace"], isinstance(n, str), str(n), type(str(n)).__name__, f"{n}", "%s" % n, format(n, ">15"))
print(sorted([Name("b"), Name("a")]), max(Name("x"), "y"), "Ada" in n, n.split(), [type(p).__name__ for p in n.split()], n.replace("A", "a"), type(n.strip()).__name__, type(n.join(["1", "2"])).__name__)
class Lower(str):
    def __eq__(self, o): return str.lower(self) == str.lower(o)
    __hash__ = str.__hash__
print(Lower("ABC") == "abc", "abc" == Lower("ABC"), Lower("x") != "X")
class B(bytes):
    def hexed(self): return self.hex()
b = B(b"\x01\x02")
print(b, b.hexed(), type(b + b"x").__name__, type(b[:1]).__name__, b[0], bytes(b), type(bytes(b)).__name__, B(3), B([65]), B("é", "utf-8"))
