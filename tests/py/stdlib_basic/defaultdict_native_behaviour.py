# collections.defaultdict and namedtuple's _tuplegetter in C++: __missing__, default_factory,
# reprs (recursive too), copy/pickle, | and |=, subclassing, errors
import collections
import copy
import gc
import pickle
import weakref
from collections import defaultdict, namedtuple


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


t('bad factory', lambda: defaultdict(5))
t('bad arg', lambda: defaultdict(int, 5))
t('missing none', lambda: defaultdict(None)[1])
t('missing tuple key', lambda: defaultdict()[(1, 2)])
t('or int', lambda: defaultdict(list) | 5)
t('ror int', lambda: 5 | defaultdict(list))
t('missing noargs', lambda: defaultdict(list).__missing__())
t('hash', lambda: hash(defaultdict()))
print(defaultdict.__mro__, defaultdict.__module__, defaultdict.__name__)
print(repr(defaultdict(int, a=1)), repr(defaultdict(None, {1: 2})), repr(defaultdict()))
print(defaultdict(default_factory=list), defaultdict.fromkeys('ab'))

dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
print(dd, dd.default_factory, len(dd), 'c' in dd, dd.get('c'), dd == {'a': [1, 2], 'b': []})
print(dd.__missing__('z'), dd)
dd.default_factory = None
t('after None', lambda: dd['q'])
dd.default_factory = 5
print(dd, dd.default_factory)
t('bad factory call', lambda: dd['w'])
dd.default_factory = lambda: 'L'
print(dd['w'], sorted(dd))

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(set))
nested['x']['y'].add(1)
nested['x']['z'].add(2)
print({k: dict(v) for k, v in nested.items()})

# recursive repr through the factory and through the values
dd = defaultdict(list)
dd.default_factory = dd
print(repr(dd))
dd2 = defaultdict(list)
dd2['self'] = dd2
print(repr(dd2))

# copy / pickle
src = defaultdict(list, {1: [2], 3: [4]})
for c in [src.copy(), copy.copy(src), copy.deepcopy(src)]:
    print(type(c).__name__, c, c.default_factory, c[1] is src[1])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    e = pickle.loads(pickle.dumps(src, proto))
    assert e == src and e.default_factory is list and type(e) is defaultdict
print(src.__reduce__()[:4], defaultdict(None, {}).__reduce__()[:4])
print(list(src.__reduce__()[4]))

# | and |=
a = defaultdict(int, {'a': 1})
print(a | {'b': 2}, {'b': 2} | a, a | defaultdict(str, {'c': 3}))
print(type({'b': 2} | a).__name__, (a | {}).default_factory)
a |= {'z': 26}
a |= [('y', 25)]
print(a)


class DD(defaultdict):
    def __repr__(self):
        return 'DD:' + super().__repr__()

s = DD(list, a=1)
print(s, type(s.copy()).__name__, type(s | {}).__name__, type({} | s).__name__, s['b'])
s2 = pickle.loads(pickle.dumps(s))
print(type(s2).__name__, s2, s2.default_factory)


class Counting(defaultdict):
    def __missing__(self, key):
        return 'computed-' + str(key)

c = Counting(int)
print(c['k'], dict(c))


class WithSlots(defaultdict):
    __slots__ = ('extra',)

w = WithSlots(int)
w.extra = 5
print(w.extra, w['q'], w)
wr = weakref.ref(DD()) if hasattr(DD, '__weakref__') else None
print(wr is None or wr() is None)

# GC: a defaultdict whose factory refers back to it
holder = defaultdict(list)
holder.default_factory = holder.copy
r = weakref.ref(holder) if hasattr(defaultdict, '__weakref__') else None
del holder
gc.collect()
print(r is None or r() is None)

# namedtuple field descriptors (_tuplegetter)
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p.x, p.y, P.x, P.y.__doc__, type(P.x).__name__, type(P.x).__module__)
t('set field', lambda: setattr(p, 'x', 5))
t('del field', lambda: delattr(p, 'x'))
tg = collections._tuplegetter(1, 'doc')
print(repr(tg), tg.__reduce__(), tg.__get__((5, 6)), tg.__get__(None, tuple) is tg)
t('tg bad obj', lambda: tg.__get__(5))
t('tg range', lambda: collections._tuplegetter(3, 'x').__get__((1,)))
t('tg args', lambda: collections._tuplegetter(1))
t('tg index str', lambda: collections._tuplegetter('a', 'x'))
tg.__doc__ = 'changed'
print(tg.__doc__, pickle.loads(pickle.dumps(P(3, 4))), copy.copy(P.x) is not None)
t('tg neg', lambda: collections._tuplegetter(-1, None).__get__((1, 2, 3)))
