# Divergences found by CPython's test_set: dict.fromkeys(set) reuses the stored hashes, sets
# take weak references, set.__init__ refuses keywords (set.__new__ too unless a subclass has
# its own __init__), and __reduce__ carries __slots__ values (object.__getstate__).
import weakref, gc
class HashCountingInt(int):
    'int-like object that counts the number of times __hash__ is called'
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)
for thetype in (set, frozenset):
    n = 10
    d = dict.fromkeys(map(HashCountingInt, range(n)))
    s = thetype(d)
    s.difference(d)
    if hasattr(s, 'symmetric_difference_update'):
        s.symmetric_difference_update(d)
    d2 = dict.fromkeys(set(d))
    d3 = dict.fromkeys(frozenset(d), 123)
    print(thetype.__name__, sum(elem.hash_count for elem in d), d3 == dict.fromkeys(d, 123))
s = set('gallahad')
p = weakref.proxy(s)
print(str(p) == str(s))
r = weakref.ref(frozenset([1]))
gc.collect()
print(r())
class subclass_with_init(set):
    def __init__(self, arg, newarg=None):
        super().__init__(arg)
        self.newarg = newarg
u = subclass_with_init([1, 2], newarg=3)
print(sorted(u), u.newarg)
class subclass_with_new(set):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
u = subclass_with_new([1, 2])
print(sorted(u), u.newarg)
try:
    subclass_with_new([1, 2], newarg=3)
except TypeError as e:
    print("TypeError:", e)
try:
    set([1], x=2)
except TypeError as e:
    print("TypeError:", e)

class S(set):
    __slots__ = ('x', 'y', '__dict__')
s = S([1, 2]); s.x = ['x']; s.z = ['z']
print(s.__reduce__())
class F(frozenset):
    __slots__ = ('x',)
f = F([2]); f.x = 5
print(f.__reduce__())
print(set([1]).__reduce__(), frozenset().__reduce__())
