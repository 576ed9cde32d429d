# A weak reference to an object whose reference count already reached zero (its
# deallocation deferred in a long chain of dying instances) must read as dead, not hand the
# dying object back (CPython bpo-16602).
import gc
import weakref


class C:
    def __init__(self, parent):
        self.seen = []
        if not parent:
            return
        wself = weakref.ref(self)
        log = self.seen

        def cb(wparent):
            o = wself()
            log.append(o is None)
        self.wparent = weakref.ref(parent, cb)


for length in (10, 100, 1000):
    d = weakref.WeakKeyDictionary()
    root = c = C(None)
    for n in range(length):
        d[c] = c = C(c)
    del root, c
    gc.collect()
    print(length, len(d))

# Chains of plain lists holding instances with weakref callbacks.
class Node:
    pass

deaths = []
refs = []
head = None
for i in range(2000):
    n = Node()
    n.next = head
    refs.append(weakref.ref(n, lambda r, i=i: deaths.append(i)))
    head = n
del n
head = None
print(len(deaths), deaths[:3], sorted(deaths) == list(range(2000)))
print(all(r() is None for r in refs))
