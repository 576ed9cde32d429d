class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
print(s.a, hasattr(s, "__dict__"), S.a.__class__.__name__)
try:
    s.c = 1
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
del s.a
try:
    del s.a
except AttributeError as e:
    print(e)
class S2(S):
    __slots__ = ["c"]
s2 = S2(); s2.c = 3; s2.a = 4; print(s2.c, s2.a)
class S3(S): pass
s3 = S3(); s3.z = 1; print(s3.__dict__)
class SD:
    __slots__ = ("__dict__", "x")
sd = SD(); sd.x = 1; sd.y = 2; print(sd.__dict__)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        if not isinstance(other, Eq): return NotImplemented
        return self.v == other.v
print(Eq(1) == Eq(1), Eq(1) == 1, Eq(1) != Eq(2), Eq(1) in [Eq(1)], [Eq(1)].count(Eq(1)), [Eq(1)].index(Eq(1)))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(1)]), min(Cmp(3), Cmp(1)))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
class Ctx:
    def __enter__(self):
        print("enter"); return "val"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return t is KeyError
with Ctx() as c:
    print(c)
with Ctx():
    raise KeyError("swallowed")
try:
    with Ctx():
        raise ValueError("passes")
except ValueError as e:
    print("caught", e)
with Ctx() as a, Ctx() as b:
    print(a, b)
class NoEnter: pass
try:
    with NoEnter(): pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), [x for x in It()], 2 in It(), max(It()), tuple(It()), dict.fromkeys(It()))
class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OldIter()), 10 in OldIter(), list(iter(OldIter())), list(reversed([1, 2])))
class BadIter:
    def __iter__(self): return 1
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class Rev:
    def __len__(self): return 2
    def __getitem__(self, i): return "ab"[i]
print(list(reversed(Rev())))
class RevM:
    def __reversed__(self): return iter("zyx")
print(list(reversed(RevM())))
try:
    reversed(1)
except TypeError as e:
    print(e)
class Cnt:
    instances = 0
    def __init__(self):
        Cnt.instances += 1
        self.id = Cnt.instances
    def __del__(self):
        print("del", self.id)
c1 = Cnt(); c2 = Cnt(); del c1; print("after del"); c2 = None; print("end")
