# Cycles through instance __dict__s: the collector must find them whether or not the dict was
# ever handed out (__dict__, vars(), __reduce__), and objects reachable only through an
# instance's attributes must stay alive while the instance is reachable.
import gc
import weakref


class Node:
    pass


class Dead:
    count = 0

    def __del__(self):
        Dead.count += 1


def make_cycle(touch):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    a.payload = Dead()
    if touch == "dict":
        d = a.__dict__
        assert d["other"] is b
    elif touch == "vars":
        assert vars(b)["other"] is a
    return weakref.ref(a), weakref.ref(b)


gc.collect()
for touch in ("none", "dict", "vars"):
    Dead.count = 0
    wa, wb = make_cycle(touch)
    print(touch, "before", wa() is not None, wb() is not None)
    n = gc.collect()
    print(touch, "after", wa() is None, wb() is None, n >= 2, Dead.count)

# Self-reference through the dict only.
x = Node()
x.me = x
x.data = [x, {"k": x}]
wx = weakref.ref(x)
del x
gc.collect()
print("self cycle collected", wx() is None)

# Objects reachable only from a live instance's attributes survive many collections.
keep = Node()
keep.items = [Node() for _ in range(50)]
for i, n in enumerate(keep.items):
    n.index = i
    n.back = keep
for _ in range(3):
    gc.collect()
print("kept", sum(n.index for n in keep.items), all(n.back is keep for n in keep.items))

# A dict taken out of one instance and installed in two others is shared: the collector must
# not count its entries twice.
src = Node()
src.value = [1, 2, 3]
shared = src.__dict__
p, q = Node(), Node()
p.__dict__ = shared
q.__dict__ = shared
del src
gc.collect()
print("shared", p.value, q.value is p.value)
shared["cycle"] = p
del p
gc.collect()
print("shared after", q.cycle.value)

# A dict handed out, then the instance dies: the dict lives on with its contents.
o = Node()
o.payload = [Node() for _ in range(3)]
o.payload[0].owner = o
d = o.__dict__
del o
gc.collect()
print("escaped dict", len(d["payload"]), type(d["payload"][0].owner).__name__)

# gc.get_referents sees an instance's attribute values (directly or through its dict).
r = Node()
marker = object()
r.attr = marker


def reaches(obj, target, depth=2):
    refs = gc.get_referents(obj)
    if any(x is target for x in refs):
        return True
    return depth > 0 and any(isinstance(x, dict) and reaches(x, target, depth - 1) for x in refs)


print("referents", reaches(r, marker))


# Subclasses of builtins with a __dict__ (bytearray's __reduce__ hands the dict out).
class BA(bytearray):
    pass


ba = BA(b"xy")
ba.me = ba
red = ba.__reduce__()
print("bytearray reduce", red[2]["me"] is ba)
wba = weakref.ref(ba)
del ba, red
gc.collect()
print("bytearray cycle collected", wba() is None)


# Many generations of garbage cycles with instance dicts (the young collections find them).
class Var:
    def __init__(self, name):
        self.name = name
        self.links = []


alive = weakref.WeakSet()
for round_ in range(30):
    vs = [Var(i) for i in range(40)]
    for i in range(39):
        vs[i].links.append(vs[i + 1])
        vs[i + 1].links.append(vs[i])
    for v in vs[::7]:
        alive.add(v)
    del vs
gc.collect()
print("rounds collected", len(alive))
