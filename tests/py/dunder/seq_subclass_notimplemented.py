# + and * of list/tuple/str/bytes/bytearray subclasses whose __add__/__radd__/__mul__/__rmul__
# return NotImplemented: CPython's sq_concat/sq_repeat run only after the number slots and are
# lost by a class that overrides __add__ (or __mul__/__rmul__).
def t(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)

for base, val, other in [(list, [1], [2]), (tuple, (1,), (2,)), (str, 'a', 'b'), (bytes, b'a', b'b'), (bytearray, b'a', b'b')]:
    class A(base):
        def __add__(self, o): return NotImplemented
        def __mul__(self, o): return NotImplemented
    class R(base):
        def __radd__(self, o): return NotImplemented
        def __rmul__(self, o): return NotImplemented
    class B(base):
        def __add__(self, o): return NotImplemented
        def __radd__(self, o): return NotImplemented
        def __mul__(self, o): return NotImplemented
        def __rmul__(self, o): return NotImplemented
    print(base.__name__)
    a, r, b = A(val), R(val), B(val)
    t(lambda: a + other); t(lambda: other + a); t(lambda: a + a)
    t(lambda: r + other); t(lambda: other + r); t(lambda: r + r)
    t(lambda: b + other); t(lambda: other + b); t(lambda: b + b)
    t(lambda: a * 2); t(lambda: 2 * a); t(lambda: r * 2); t(lambda: 2 * r); t(lambda: b * 2); t(lambda: 2 * b)
    def iadd(x=A(val)):
        x += other
        return x
    t(iadd)
    def imul(y=A(val)):
        y *= 2
        return y
    t(imul)
    t(lambda: a + 1); t(lambda: 1 + r)

class Added(list):
    def __add__(self, o):
        return 'added'
x = Added([1])
x += [2]
print(x)
class Both(list):
    def __add__(self, o):
        return 'added'
    def __iadd__(self, o):
        return NotImplemented
y = Both([1])
try:
    y += [2]
    print(y)
except TypeError as e:
    print(e)
print([1] + [2], (1,) + (2,), 'a' + 'b', b'a' + bytearray(b'b'), bytearray(b'a') + b'b', [0] * 3, 3 * 'x')
for bad in [lambda: [1] + 1, lambda: 'a' + 1, lambda: b'a' + 1, lambda: [1] * 'x', lambda: 'x' * 1.5, lambda: {} * [1]]:
    t(bad)
class RAdd(list):
    def __radd__(self, o):
        return 'radd'
l = [1]
l += RAdd([2])
print(l)
ba = bytearray(b'x')
ba += RAdd()
print(ba)
