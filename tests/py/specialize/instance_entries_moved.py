# Specialized instance attribute loads and stores read the entry of the instance dict they saw
# when they specialized (small dicts keep up to 5 entries inside the dict object). After the
# entries move (growth past 5 keys, compaction after deletions, clear, __dict__ replacement,
# popitem) the specialized instructions must never see an entry's old copy.


class P:
    pass


def read_c(o):
    return o.c


def read_e(o):
    return o.e


def write_c(o, v):
    o.c = v


def fresh(n=5):
    o = P()
    for i, k in enumerate("abcde"[:n]):
        setattr(o, k, k + "0")
    return o


def warm(fn, *args):
    r = None
    for _ in range(200):
        r = fn(*args)
    return r


# 1. Growth from the inline table to a separate one, then a generic store.
o = fresh()
print(warm(read_c, o))
o.f = "f0"                      # sixth key: the entries move out
setattr(o, "c", "c1")           # generic store into the new table
print(read_c(o), warm(read_c, o))
o.c = "c2"
print(read_c(o), vars(o)["c"])

# 2. A specialized store after growth must land in the new table.
o = fresh()
warm(write_c, o, "w0")
o.g = 1
o.h = 2
warm(write_c, o, "w1")
print(o.__dict__["c"], getattr(o, "c"), read_c(o))

# 3. Deletion then compaction in place (entries move down inside the small table).
o = fresh()
print(warm(read_e, o))
del o.a
del o.b
o.x = "x0"                      # no room left: the live entries are compacted
setattr(o, "e", "e1")
print(read_e(o), sorted(vars(o).items()))
del o.e
try:
    read_e(o)
except AttributeError as exc:
    print("AttributeError", exc)

# 4. clear() and popitem() of the instance dict.
o = fresh()
warm(read_c, o)
o.__dict__.clear()
try:
    print(read_c(o))
except AttributeError as exc:
    print("AttributeError", exc)
o.c = "again"
print(read_c(o))
o = fresh(3)
warm(read_c, o)
print(o.__dict__.popitem())
try:
    print(read_c(o))
except AttributeError as exc:
    print("AttributeError", exc)

# 5. __dict__ replaced by a dict of another layout, and by a grown-then-shrunk dict.
o = fresh()
warm(read_c, o)
o.__dict__ = {"c": "replaced"}
print(read_c(o))
d = {k: k for k in "pqrstuvwxyz"}
for k in "pqrstuvwxyz":
    del d[k]
d["c"] = "after shrink"
o.__dict__ = d
print(read_c(o), warm(read_c, o))

# 6. Values replaced through the moved table stay alive and current while many objects of
#    both layouts go through the same instructions.
objs = []
for i in range(40):
    p = fresh(3 + i % 3)
    if i % 4 == 0:
        for k in range(i % 7):
            setattr(p, "extra%d" % k, k)
    objs.append(p)
for rnd in range(3):
    for i, p in enumerate(objs):
        write_c(p, (rnd, i))
        if i % 5 == rnd:
            del p.c
            p.c = [rnd, i]
    print(rnd, sum(1 for p in objs if read_c(p) == (rnd, objs.index(p))),
          sum(1 for p in objs if isinstance(read_c(p), list)))
