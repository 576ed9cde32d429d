# Operator dunders of Python classes run as interpreter frames (no C++ recursion): the
# dispatch order, NotImplemented fallbacks, error messages, recursion depth accounting and
# deep recursion through operators must all be as CPython's.
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __sub__(self, o):
        return NotImplemented

    def __mul__(self, o, scale=1):
        return V(self.x * o * scale)

    def __lt__(self, o):
        if isinstance(o, V):
            return self.x < o.x
        return NotImplemented

    def __eq__(self, o):
        if isinstance(o, V):
            return self.x == o.x
        return NotImplemented

    __hash__ = None

    def __getitem__(self, k):
        if k == 'caller':
            return sys._getframe(1).f_code.co_name
        return self.x * 10 + k

    def __repr__(self):
        return f"V({self.x})"


class R:
    def __radd__(self, o):
        return ('R.__radd__', o)

    def __gt__(self, o):
        return ('R.__gt__', o)


class SubV(V):
    def __radd__(self, o):
        return ('SubV.__radd__', o)

    def __gt__(self, o):
        return ('SubV.__gt__', o)


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('V+V', lambda: V(1) + V(2))
attempt('V+int', lambda: V(1) + 5)
attempt('V+R', lambda: V(1) + R())
attempt('V+str', lambda: V(1) + 'x')
attempt('V-V', lambda: V(1) - V(2))
attempt('V-int', lambda: V(1) - 2)
attempt('V*3', lambda: V(2) * 3)
attempt('V+SubV', lambda: V(1) + SubV(2))
attempt('SubV+V', lambda: SubV(1) + V(2))
attempt('V<V', lambda: V(1) < V(2))
attempt('V<R', lambda: V(1) < R())
attempt('V<int', lambda: V(1) < 3)
attempt('V==int', lambda: V(1) == 1)
attempt('V!=int', lambda: V(1) != 1)
attempt('V==V', lambda: V(1) == V(1))
attempt('V<SubV', lambda: V(1) < SubV(2))
attempt('V[3]', lambda: V(2)[3])
attempt('V[caller]', lambda: V(2)['caller'])
attempt('V[str]', lambda: V(2)['s'])


def inplace():
    v = V(1)
    v += 2
    v += V(3)
    print('inplace', v)
    try:
        v -= 1
    except TypeError as e:
        print('inplace', e)


inplace()


class I:
    def __init__(self):
        self.log = []

    def __iadd__(self, o):
        self.log.append(('iadd', o))
        return NotImplemented if o == 0 else self

    def __add__(self, o):
        self.log.append(('add', o))
        return NotImplemented

    def __repr__(self):
        return 'I'


class RI:
    def __radd__(self, o):
        return 'RI.__radd__'

    def __repr__(self):
        return 'RI'


def inplace_fallback():
    i = I()
    i += 1
    print(i, i.log)
    j = I()
    try:
        j += 0
    except TypeError as e:
        print(e, j.log)
    k = I()
    k += RI() if False else 0 if False else RI()
    print(k, k.log if isinstance(k, I) else '')


inplace_fallback()


class Bad:
    def __add__(self):
        return 1

    def __lt__(self, o, extra):
        return 1

    def __getitem__(self, k):
        raise KeyError(k)


attempt('Bad+1', lambda: Bad() + 1)
attempt('Bad<1', lambda: Bad() < 1)
attempt('Bad[1]', lambda: Bad()[1])


class NotFunc:
    __add__ = staticmethod(lambda o: ('static', o))
    __getitem__ = len


attempt('static+', lambda: NotFunc() + 1)
attempt('len getitem', lambda: NotFunc()[[1, 2, 3]])


class GenItem:
    def __getitem__(self, k):
        yield k
        yield k + 1


print('gen getitem', list(GenItem()[5]))


# Monkey-patching the class mid-loop is seen at once.
class M:
    def __add__(self, o):
        return 'first'


def patched(self, o):
    return 'second'


out = []
m = M()
for i in range(6):
    if i == 3:
        M.__add__ = patched
    out.append(m + i)
print(out)


def catch_in_dunder():
    class E:
        def __add__(self, o):
            raise ValueError('inside __add__')
    try:
        E() + 1
    except ValueError as e:
        print('caught', e)
    # The operands stay usable after the handler.
    total = 0
    for i in range(3):
        try:
            total += (E() + i) if i == 1 else i
        except ValueError:
            total += 100
    print('total', total)


catch_in_dunder()


# Recursion depth accounting: one level per __add__/__getitem__, two per comparison (its
# " in comparison" check), as CPython 3.11.
class D:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        global depth
        depth += 1
        return D(self.n + 1) + o

    def __lt__(self, o):
        global depth
        depth += 1
        return D(self.n) < o

    def __getitem__(self, k):
        global depth
        depth += 1
        return self[k]


def run(limit, expr):
    global depth
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(limit)
    depth = 0
    try:
        expr()
    except RecursionError as e:
        print(limit, depth, e)
    finally:
        sys.setrecursionlimit(old)


for lim in (100, 101, 251, 1000):
    run(lim, lambda: D(0) + 1)
    run(lim, lambda: D(0) < 1)
    run(lim, lambda: D(0)[1])


# Deep recursion through operators (CPython 3.11 manages 10,000 with its C stack; Krait runs
# these frames on its own frame stack).
class Deep:
    def __add__(self, o):
        return self + (o - 1) if o else 0

    def __lt__(self, o):
        return self < (o - 1) if o else False

    def __getitem__(self, k):
        return self[k - 1] if k else 'bottom'


sys.setrecursionlimit(25000)
print(Deep() + 10000, Deep() < 10000, Deep()[10000])


# __setitem__ and __call__ of Python classes run as frames too.
class Store:
    def __init__(self):
        self.d = {}

    def __setitem__(self, k, v):
        if k == 'bad':
            raise KeyError('no bad keys')
        self.d[k] = v
        return 'ignored'

    def __call__(self, *args, **kw):
        return ('called', args, sorted(kw.items()))


s = Store()
s['a'] = 1
s[2] = [3]
x = s['z'] = 'chained'
print(sorted(s.d.items(), key=repr), x)
try:
    s['bad'] = 0
except KeyError as e:
    print('KeyError', e)
print(s(), s(1, 2, k=3), s(*[4], **{'z': 5}))


class BadSet:
    def __setitem__(self, k):
        pass

    def __call__(self, a):
        return a


try:
    BadSet()[1] = 2
except TypeError as e:
    print('TypeError', e)
try:
    BadSet()()
except TypeError as e:
    print('TypeError', e)


class DeepSet:
    def __setitem__(self, k, v):
        if k:
            self[k - 1] = v + 1
        else:
            print('setitem bottom', v)

    def __call__(self, n):
        return self(n - 1) + 1 if n else 0


DeepSet()[10000] = 0
print('call depth', DeepSet()(10000))


class C:
    def __call__(self):
        global depth
        depth += 1
        return self()


for lim in (100, 101, 251):
    run(lim, C())
