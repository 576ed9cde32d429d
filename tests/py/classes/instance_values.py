# Instance attributes kept in a compact values array (shared keys per class) until the dict
# is needed: every observable behaviour must match a plain __dict__.
import copy
import gc
import pickle
import sys
import weakref


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


# Loops so the specialized attribute instructions run too.
def loads(objs):
    total = 0
    for o in objs:
        total += o.x + o.y
    return total


ps = [P(i, 2 * i) for i in range(50)]
print(loads(ps))
for p in ps:
    p.x += 1
print(loads(ps))

# __dict__ materializes with the insertion order; mutations are visible both ways.
p = P(1, 2)
d = p.__dict__
print(d, d is p.__dict__, vars(p) is d)
d["z"] = 3
print(p.z, sorted(dir(p))[-3:])
p.w = 4
print(d)
del d["x"]
print(hasattr(p, "x"), p.__dict__)
d.clear()
print(p.__dict__, hasattr(p, "y"))

# Different orders in different instances of one class.
class Q:
    pass

a = Q(); a.x = 1; a.y = 2; a.z = 3
b = Q(); b.z = 1; b.y = 2; b.x = 3
c = Q(); c.y = 1; c.x = 2
print(a.__dict__, b.__dict__, c.__dict__)
for o in (a, b, c):
    print(o.x, o.y, getattr(o, "z", None))

# del and re-add: order moves to the end.
e = Q(); e.x = 1; e.y = 2; e.z = 3
del e.y
print(e.__dict__)
f = Q(); f.x = 1; f.y = 2; f.z = 3
del f.x
f.x = 10
print(f.__dict__)
g = Q(); g.x = 1; g.y = 2
del g.y
g.y = 5
print(g.__dict__)
try:
    del g.nope
except AttributeError as ex:
    print("AttributeError", ex)
h = Q(); h.x = 1
del h.x
try:
    del h.x
except AttributeError as ex:
    print("AttributeError", ex)
print(h.__dict__)

# Many attributes (more than a class's shared keys can hold).
class Many:
    pass

m = Many()
for i in range(60):
    setattr(m, "a%d" % i, i)
print(len(m.__dict__), m.a0, m.a59, list(m.__dict__)[:3], list(m.__dict__)[-2:])
m2 = Many()
m2.a5 = 5
m2.b = 6
print(m2.__dict__)

# Non-str and str-subclass names through __dict__ / setattr.
class S(str):
    pass

n = Q()
n.x = 1
setattr(n, S("sub"), 2)
print(n.__dict__, n.sub)
n2 = Q()
n2.__dict__[5] = "five"
print(n2.__dict__)

# __dict__ replacement and deletion.
r = P(1, 2)
r.__dict__ = {"x": 9, "y": 8, "k": 7}
print(r.x, r.y, r.k, loads([r]))
del r.__dict__
print(r.__dict__)
r.x = 1
r.y = 1
print(r.__dict__, loads([r]))
try:
    r.__dict__ = 5
except TypeError as ex:
    print("TypeError", ex)

# Shadowing class attributes and methods; descriptors keep precedence.
class C:
    attr = "class"
    def meth(self):
        return "method"
    @property
    def prop(self):
        return "property"

o = C()
print(o.attr, o.meth())
o.attr = "inst"
o.meth = lambda: "instance function"
print(o.attr, o.meth(), C.attr)
try:
    o.prop = 1
except AttributeError as ex:
    print("AttributeError", ex)
del o.attr
print(o.attr)

class GA:
    def __init__(self):
        self.a = 1
    def __getattr__(self, name):
        return "getattr:" + name

ga = GA()
print(ga.a, ga.b)
del ga.a
print(ga.a)

class GAT:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "a":
            return "intercepted"
        return object.__getattribute__(self, name)

print(GAT().a, GAT().__dict__)

# copy, deepcopy, pickle
p = P([1], {"k": 2})
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p4 = pickle.loads(pickle.dumps(p))
print(p2.__dict__, p2.x is p.x, p3.x is p.x, p4.__dict__)

# weakrefs and collection of cycles through instance attributes
class Node:
    pass

def make_cycle():
    n1 = Node(); n2 = Node()
    n1.other = n2; n2.other = n1
    n1.payload = list(range(3))
    return weakref.ref(n1), weakref.ref(n2)

w1, w2 = make_cycle()
gc.collect()
print(w1(), w2())
n1 = Node()
n1.val = "referent"
print("referent" in gc.get_referents(n1), Node in gc.get_referents(n1))
n1.self = n1
w = weakref.ref(n1)
del n1
gc.collect()
print(w())

# __class__ assignment between classes with different attribute orders
class K1:
    def __init__(self):
        self.a = 1
        self.b = 2

class K2:
    def __init__(self):
        self.b = 20
        self.a = 10

k1 = K1(); k2 = K2()
k1.__class__ = K2
print(k1.a, k1.b, k1.__dict__, type(k1).__name__)
k1.c = 3
print(k1.__dict__, K2().__dict__)

# Subclasses of builtins keep a dict too.
class L(list):
    pass

class D(dict):
    pass

class E(Exception):
    pass

l = L([1, 2]); l.tag = "t"
dd = D(a=1); dd.tag = "u"
ee = E("msg"); ee.tag = "v"
print(l, l.tag, l.__dict__, dd, dd.tag, dd.__dict__, ee, ee.tag, ee.__dict__)
print(copy.copy(l).__dict__, pickle.loads(pickle.dumps(dd)).__dict__)

# Subclass instances: each class keeps its own keys.
class Base:
    def __init__(self):
        self.base = 1

class Derived(Base):
    def __init__(self):
        self.first = 0
        super().__init__()
        self.last = 2

objs = [Derived() for _ in range(5)] + [Base() for _ in range(5)]
print([o.base for o in objs], objs[0].__dict__, objs[-1].__dict__)

# Reassigning while a value's destructor runs.
class Del:
    def __init__(self, owner):
        self.owner = owner
    def __del__(self):
        self.owner.seen = "deleted"

holder = Q()
holder.v = Del(holder)
holder.v = 1
print(holder.__dict__)

# object.__setattr__ / __getattribute__ / __delattr__ directly, with non-interned names
name = "".join(["dyn", "amic"])
q = Q()
object.__setattr__(q, name, 5)
print(object.__getattribute__(q, "dynamic"), q.dynamic, getattr(q, name))
object.__delattr__(q, "dynamic")
print(hasattr(q, name), q.__dict__)
try:
    setattr(q, 5, 1)
except TypeError as ex:
    print("TypeError", ex)
print(sys.getsizeof(P(1, 2)) > 0)

# One attribute site seeing classes that keep the name at different indexes, and instances
# that switch between the compact form and a dict.
class R1:
    def __init__(self, v):
        self.pad = 0
        self.v = v

class R2:
    def __init__(self, v):
        self.v = v

class R3:
    def __init__(self, v):
        self.w = 0
        self.u = 0
        self.v = v

def getv(o):
    return o.v

def setv(o, v):
    o.v = v

mixed = [cls(i) for i in range(20) for cls in (R1, R2, R3)]
print(sum(getv(o) for o in mixed))
for i, o in enumerate(mixed):
    if i % 7 == 0:
        o.__dict__   # materialize some
    setv(o, i)
print(sum(getv(o) for o in mixed), [getv(o) for o in mixed[:6]])
for i, o in enumerate(mixed):
    if i % 5 == 0:
        del o.v
print(sum(getattr(o, "v", 0) for o in mixed))
for o in mixed:
    setv(o, 1)
print(sum(getv(o) for o in mixed), mixed[0].__dict__, mixed[5].__dict__)

# Threads updating attributes of shared instances.
import threading

class Counter:
    def __init__(self):
        self.n = 0
        self.log = []

counters = [Counter() for _ in range(4)]

def work(k):
    for i in range(2000):
        c = counters[(i + k) % 4]
        c.n = c.n + 1
        if i % 500 == 0:
            c.log.append(k)

ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(c.n for c in counters) <= 8000, sorted(sum((c.log for c in counters), [])))

# What the collector sees: the values themselves, then the dict once it exists.
class GR:
    pass

gr = GR(); gr.x = "vx"; gr.y = "vy"
print(gc.get_referents(gr))
gr.__dict__
print(gc.get_referents(gr), gc.is_tracked(gr))

# A fresh instance whose first attribute no longer fits the class's shared keys.
m3 = Many()
m3.fresh = 1
m3.a1 = 2
print(m3.fresh, m3.__dict__)
