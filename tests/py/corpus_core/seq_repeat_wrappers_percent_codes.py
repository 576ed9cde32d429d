# __mul__/__rmul__/__imul__ of sequences are CPython's sq_repeat wrappers: the count must be an
# index ('X' object cannot be interpreted as an integer, OverflowError beyond ssize); %i/%u
# errors name the code used (bytes say %d for %i); str.__getnewargs__ returns a copy.
import array
import collections

for x in ([1], (1,), b'a', bytearray(b'a'), 'a', array.array('b', [1]), collections.deque([1])):
    for m in ('__mul__', '__rmul__', '__imul__'):
        if not hasattr(x, m):
            continue
        for arg in ('', 2**100, True, 2, 1.5):
            try:
                print(type(x).__name__, m, repr(getattr(x, m)(arg))[:30])
            except Exception as e:
                print(type(x).__name__, m, type(e).__name__, e)
for fmt in ['%d', '%i', '%u', '%x', '%X', '%o', '%c']:
    for v in [3j, 'a', None, 1.5]:
        for f in (fmt, fmt.encode()):
            try:
                print(repr(f), repr(v), repr(f % v))
            except Exception as e:
                print(repr(f), repr(v), type(e).__name__, e)
for t in ('abc', 'a', '', 'é€'):
    a = t.__getnewargs__()
    print(a, a[0] is t, a[0] == t, type(a[0]))
