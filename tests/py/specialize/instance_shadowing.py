# Method and class-attribute loads specialized on a type must notice an instance attribute of
# the same name added later (setattr, __dict__, vars(), dict updates), for instances whose
# dicts hold few or many keys, after deletions, clears and __dict__ replacement.


class A:
    kind = "class"

    def m(self):
        return "method"


def call_m(objs):
    return [o.m() for o in objs]


def read_kind(objs):
    return [o.kind for o in objs]


objs = [A() for _ in range(6)]
for i, o in enumerate(objs):
    for k in range(i * 3):          # 0..15 other attributes: small and resized dicts
        setattr(o, "a%d" % k, k)

for _ in range(300):
    r1 = call_m(objs)
    r2 = read_kind(objs)
print(r1[0], r2[0])

objs[1].m = lambda: "instance via setattr"
objs[2].__dict__["m"] = lambda: "instance via __dict__"
vars(objs[3])["kind"] = "instance kind"
objs[4].__dict__.update({"m": lambda: "instance via update", "kind": "upd"})
print(call_m(objs))
print(read_kind(objs))

# Remove them again: back to the class attribute.
del objs[1].m
objs[2].__dict__.pop("m")
del vars(objs[3])["kind"]
objs[4].__dict__.clear()
print(call_m(objs))
print(read_kind(objs))

# Replace the whole __dict__ with one that shadows.
objs[5].__dict__ = {"m": lambda: "replaced dict", "kind": "replaced"}
print(call_m(objs)[5], read_kind(objs)[5])

# Many distinct attribute names (every hash bit in use) and then one that shadows.
b = A()
for k in range(200):
    setattr(b, "x%d" % k, k)
for _ in range(100):
    call_m([b])
b.m = lambda: "shadow after 200"
print(call_m([b]))


# Names that are not plain str keys in the instance dict.
class S(str):
    pass


c = A()
for _ in range(100):
    call_m([c])
c.__dict__[S("m")] = lambda: "str subclass key"
print(call_m([c]))


# Attribute values replaced in a loop, and attribute deletion in between.
class P:
    def __init__(self):
        self.x = 0
        self.y = 1


ps = [P() for _ in range(5)]
total = 0
for i in range(400):
    p = ps[i % 5]
    p.x = p.x + p.y
    if i == 200:
        del ps[2].x
        ps[2].x = 100
    total += p.x
print(total, [p.x for p in ps])
