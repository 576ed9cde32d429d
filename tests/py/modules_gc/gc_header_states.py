# The collector's per-object state (tracked, finalized, gc_refs during a collection) across
# collections: resurrection, finalizers that allocate and collect, many references to one
# object, weakref callbacks, gc.freeze and get_referrers.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


saved = []


class Phoenix:
    dels = 0

    def __init__(self):
        self.me = self

    def __del__(self):
        Phoenix.dels += 1
        saved.append(self)       # resurrect: __del__ must not run again (PEP 442)
        gc.collect()             # ignored while a collection runs
        junk = [Node(i) for i in range(50)]   # allocations inside a finalizer
        for a, b in zip(junk, junk[1:]):
            a.other = b


gc.collect()
p = Phoenix()
print("finalized before:", gc.is_finalized(p))
del p
print("collected:", gc.collect() >= 1)
print("dels:", Phoenix.dels, "saved:", len(saved), "finalized:", gc.is_finalized(saved[0]))
saved[0].me = None
saved.clear()
gc.collect()
print("dels after second death:", Phoenix.dels)

# An object referenced many times from outside and inside the collected set.
hub = Node("hub")
holders = [Node(i) for i in range(3000)]
for h in holders:
    h.other = hub
hub.other = holders
print("tracked:", gc.is_tracked(hub), gc.is_tracked(holders))
print(gc.collect(0), gc.collect(1), gc.collect() >= 0)
print("hub alive:", hub.name, len(hub.other), all(h.other is hub for h in holders))
print("referrers:", sum(1 for r in gc.get_referrers(hub) if isinstance(r, Node)))
del holders, hub, h
print("cycle freed:", gc.collect() >= 3000)

# Weakref callbacks on garbage, from outside the garbage.
events = []
a, b = Node("a"), Node("b")
a.other, b.other = b, a
wa = weakref.ref(a, lambda r: events.append("a gone"))
wb = weakref.ref(b, lambda r: events.append("b gone"))
del a, b
gc.collect()
print(sorted(events), wa(), wb())

# Objects that survive many collections, frozen and unfrozen.
keep = []
for i in range(200):
    x = Node(i)
    x.other = x
    keep.append(x)
    if i % 50 == 0:
        gc.collect(i % 3)
gc.freeze()
print("frozen some:", gc.get_freeze_count() > 0)
gc.unfreeze()
print("unfrozen:", gc.get_freeze_count())
print("all alive:", [k.other is k for k in keep].count(True))
print("in get_objects:", sum(1 for o in gc.get_objects() if isinstance(o, Node)) >= 200)
del x
keep.clear()
print("freed:", gc.collect() >= 200)
