class A:
    def m(self): return "A.m"
class B(A): pass
b = B()
out = []
for i in range(6):
    if i == 1: B.m = lambda self: "B.m"
    if i == 2: b.m = lambda: "inst.m"
    if i == 3: del b.m
    if i == 4: del B.m
    if i == 5: A.m = lambda self: "A.m2"
    out.append(b.m())
print(out)
class P:
    def __init__(self): self.x = 1
p = P()
res = []
for i in range(5):
    if i == 1: P.x = property(lambda self: "prop")
    if i == 2: del P.x
    if i == 3: p.__dict__.clear()
    if i == 4: p.x = 9
    try:
        res.append(p.x)
    except AttributeError as e:
        res.append(str(e))
print(res)
class S:
    __slots__ = ("a", "b")
s = S()
vals = []
for i in range(4):
    s.a = i
    vals.append(s.a)
    try:
        vals.append(s.b)
    except AttributeError as e:
        vals.append("noattr")
    s.b = i * 10
print(vals)
class C1:
    def who(self): return "C1"
class C2:
    def who(self): return "C2"
objs = [C1(), C2(), C1(), C2()]
print([o.who() for o in objs])
o = C1()
r = []
for i in range(3):
    r.append(o.who())
    o.__class__ = C2
print(r)
class G:
    def __getattr__(self, n): return "dyn:" + n
g = G()
print([g.foo for _ in range(2)], g.__class__.__name__)
class St:
    pass
st = St()
for i in range(3):
    st.v = i
print(st.v, st.__dict__)
class Ro:
    @property
    def val(self): return 5
ro = Ro()
for i in range(2):
    try:
        ro.val = 3
    except AttributeError as e:
        print(e)
class Base:
    attr = "class-level"
x = Base()
seen = []
for i in range(3):
    seen.append(x.attr)
    if i == 0: x.attr = "instance-level"
    if i == 1: del x.attr; Base.attr = "changed"
print(seen)
lst = []
for i in range(3):
    lst.append(i)
print(lst, "".join(["a", "b"]).upper())
