# collections.deque in C++: methods, maxlen trimming, indexing, errors, reprs, comparisons,
# arithmetic, mutation during iteration, pickling/copy, subclassing, weakrefs, large sizes
import copy
import gc
import pickle
import sys
import weakref
from collections import deque


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


d = deque([1, 2, 3])
t('maxlen neg', lambda: deque(maxlen=-1))
t('maxlen str', lambda: deque([], 'a'))
t('three args', lambda: deque(1, 2, 3))
t('bad kw', lambda: deque(x=1))
t('not iterable', lambda: deque(5))
t('pop empty', lambda: deque().pop())
t('popleft empty', lambda: deque().popleft())
t('remove missing', lambda: d.remove(7))
t('index missing', lambda: d.index(7))
t('index bad start', lambda: d.index(1, 'a'))
t('getitem range', lambda: d[5])
t('getitem neg range', lambda: d[-4])
t('getitem str', lambda: d['a'])
t('getitem slice', lambda: d[1:2])
t('setitem range', lambda: d.__setitem__(5, 1))
t('delitem range', lambda: d.__delitem__(-5))
t('insert full', lambda: deque([1], maxlen=1).insert(0, 2))
t('concat list', lambda: d + [1])
t('mul str', lambda: d * 'a')
t('rotate str', lambda: d.rotate('a'))
t('rotate two', lambda: d.rotate(1, 2))
t('hash', lambda: hash(d))
t('lt list', lambda: d < [1])
t('append none', lambda: d.append())
t('count none', lambda: d.count())
t('extend int', lambda: d.extend(5))
t('maxlen set', lambda: setattr(d, 'maxlen', 3))
t('iter new none', lambda: type(iter(deque()))())
t('iter new bad', lambda: type(iter(deque()))(5))
print(repr(deque()), repr(deque('ab', 3)), repr(deque(maxlen=0)), d.maxlen, deque([], 2).maxlen)

# the basic operations and maxlen trimming at both ends
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d)
d.appendleft('L')
print(d)
d.extend('xyz')
print(d)
d.extendleft('abcd')
print(d, len(d), d.pop(), d.popleft(), d)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(3))
z.extendleft(iter([4]))
print(z, len(z))
d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-13)
print(d)
d.rotate(0)
d.rotate(25)
print(d)
d = deque(range(5))
del d[2]
d.insert(-1, 'i')
d.insert(100, 'e')
d.insert(-100, 's')
d.insert(3, 'm')
print(d, d.index('m'), d.index(4, -3), d.count('i'), 'e' in d, 'q' in d)
d[-1] = 'z'
d[0] = 'a'
print(d, d[-2], d[0], d[3])
d.reverse()
print(d, d.copy(), copy.copy(d), len(d), bool(d), bool(deque()))
d.remove('m')
d.clear()
print(d, len(d))
print(deque([1, 2, 3, 2, 1]).index(2, 2), deque([1, 2, 3, 2, 1]).index(2, -2, -1))
t('index outside', lambda: deque([1, 2, 3]).index(3, 0, 2))
print(deque('abc') * 2, 2 * deque('abc'), deque('ab') * 0, deque('ab') * -1)
x = deque('ab', 3)
x *= 3
print(x)
x = deque('abc', 5)
x *= 1000000
print(x)
x = deque('ab', 3)
x += 'cde'
print(x)
x = deque('ab')
x += x
print(x)
x = deque('ab')
x.extendleft(x)
print(x)
x = deque('ab')
x.extend(x)
print(x)
print(deque(range(10), 3) + deque('ab'))
print(deque('ab') == deque('ab'), deque('ab') != deque('abc'), deque('ab') < deque('abc'),
      deque([1]) == [1], deque('b') > deque('a'), deque([1, 2]) <= deque([1, 2]),
      deque([1, 3]) >= deque([1, 2, 5]), deque() == deque(maxlen=4))

# mutation during iteration / comparison / search
for mutate in ['append', 'appendleft', 'pop', 'popleft', 'rotate', 'clear', 'remove',
               'insert', 'delitem', 'extend_empty', 'setitem', 'reverse', 'imul1']:
    x = deque([1, 2, 3])
    it = iter(x)
    next(it)
    if mutate == 'append':
        x.append(4)
    elif mutate == 'appendleft':
        x.appendleft(0)
    elif mutate == 'pop':
        x.pop()
    elif mutate == 'popleft':
        x.popleft()
    elif mutate == 'rotate':
        x.rotate(1)
    elif mutate == 'clear':
        x.clear()
    elif mutate == 'remove':
        x.remove(3)
    elif mutate == 'insert':
        x.insert(1, 9)
    elif mutate == 'delitem':
        del x[0]
    elif mutate == 'extend_empty':
        x.extend([])
    elif mutate == 'setitem':
        x[0] = 5
    elif mutate == 'reverse':
        x.reverse()
    elif mutate == 'imul1':
        x *= 1
    try:
        print(mutate, list(it))
    except RuntimeError as e:
        print(mutate, 'RuntimeError', e)
        t('  again', lambda: next(it))


class BadEq:
    def __init__(self, how):
        self.how = how

    def __eq__(self, other):
        if self.how == 'append':
            dq.append(1)
        else:
            dq.clear()
        return False

for how in ['append', 'clear']:
    for op in ['count', 'index', 'remove', 'contains', 'eq', 'lt']:
        dq = deque([BadEq(how), 1, 2])
        other = deque([3, 1, 2])
        f = {'count': lambda: dq.count(5), 'index': lambda: dq.index(5),
             'remove': lambda: dq.remove(5), 'contains': lambda: 5 in dq,
             'eq': lambda: dq == other, 'lt': lambda: dq < other}[op]
        t(how + ' ' + op, f)

# reversed, iterator protocol, length hints and iterator pickling
d = deque('abcde')
r = reversed(d)
print(next(r), r.__length_hint__(), list(r), r.__length_hint__())
it = iter(d)
next(it)
next(it)
print(it.__length_hint__(), type(it).__name__, type(r).__name__, type(it).__module__)
it2 = pickle.loads(pickle.dumps(it))
print(list(it2), list(it))
r = reversed(d)
next(r)
print(list(pickle.loads(pickle.dumps(r))), list(r))
print(list(type(iter(d))(d, 2)), list(type(reversed(d))(d, 3)), list(type(iter(d))(d, 50)))

# pickling and copying (with maxlen, recursion, subclass state)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for dq in [deque(), deque('abc'), deque(range(20), 7), deque([[1], (2,)], 0)]:
        e = pickle.loads(pickle.dumps(dq, proto))
        assert e == dq and e.maxlen == dq.maxlen and type(e) is deque, (dq, e)
d = deque([1, 2])
d.append(d)
print(repr(d))
e = pickle.loads(pickle.dumps(d))
print(repr(e), e[2] is e)
f = copy.deepcopy(d)
print(repr(f), f[2] is f, f is not d)
print(deque([1, 2]).__reduce__()[:3], deque([1], 5).__reduce__()[:3])


class Sub(deque):
    pass

s = Sub([1, 2], 4)
print(repr(s), repr(s.__copy__()), type(s.copy()).__name__, type(s + s).__name__,
      type(s * 2).__name__, s.__reduce__()[:3])
s.tag = 'T'
s2 = pickle.loads(pickle.dumps(s))
print(type(s2).__name__, s2, s2.tag, s2.maxlen)


class Sub2(deque):
    def __init__(self, iterable=(), flag=0):
        super().__init__(iterable, 3)
        self.flag = flag

    def append(self, x):
        super().append(x * 10)

s = Sub2('ab', flag=1)
s.append(2)
print(repr(s), s.flag, s.maxlen, isinstance(s, deque), Sub2.__mro__)
print(deque[int], deque.__class_getitem__(str), deque.__module__, deque.__name__)
d = deque('abc')
d.__init__([4, 5])
print(d)
d.__init__([6, 7], 1)
print(d, d.maxlen)

# weakrefs and GC of self-referencing deques
w_target = deque([1])
w = weakref.ref(w_target)
print(w() is w_target)
del w_target
print(w())
a = deque()
b = deque([a])
a.append(b)
wa = weakref.ref(a)
del a, b
gc.collect()
print(wa())

# large sizes: both ends, rotation, indexing in the middle
big = deque()
for i in range(100000):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[100000], sum(big))
big.rotate(12345)
print(big[0], big[-1])
big.rotate(-12345)
for _ in range(150000):
    big.popleft()
print(len(big), big[0], big[-1])
print(len(deque(range(300000), maxlen=1000)), deque(range(300000), maxlen=2))
nested = deque()
for _ in range(100000):
    nested = deque([nested])
del nested
print(sys.getsizeof(deque()) > 0)
shrink = deque(range(100000))
s1 = shrink.__sizeof__()
while len(shrink) > 10:
    shrink.pop()
s2 = shrink.__sizeof__()
while len(shrink) > 1:
    shrink.popleft()
print(s1 > s2 >= shrink.__sizeof__(), list(shrink))
mid = deque(range(1000))
for _ in range(995):
    del mid[3]
print(list(mid))
