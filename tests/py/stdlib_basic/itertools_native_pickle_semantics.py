# itertools in C++: pickling/copy round trips mid-iteration, tee, groupby semantics,
# result-tuple reuse, large counts, exceptions from inputs and GC of cycles
import copy
import gc
import itertools as it
import operator
import pickle


def roundtrip(make, take):
    # Advance `take` items, pickle/copy, and compare the rest.
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        a = make()
        head = list(it.islice(a, take))
        b = pickle.loads(pickle.dumps(a, proto))
        rest_b = list(it.islice(b, 30))
        rest_a = list(it.islice(a, 30))
        assert rest_a == rest_b, (proto, rest_a, rest_b)
    c = make()
    list(it.islice(c, take))
    d = copy.copy(c)
    e = copy.deepcopy(c)
    return head, rest_a, list(it.islice(e, 30))


def lt3(x):
    return x < 3


def lt5(x):
    return x < 5


def mod3(x):
    return x % 3


def second(a, b):
    return b


cases = [
    ('count', lambda: it.count(5), 3),
    ('count step', lambda: it.count(1.5, 0.5), 2),
    ('cycle', lambda: it.cycle('abc'), 2),
    ('cycle exhausted', lambda: it.cycle('abc'), 5),
    ('repeat', lambda: it.repeat('r', 6), 2),
    ('repeat inf', lambda: it.repeat('r'), 2),
    ('accumulate', lambda: it.accumulate(range(8)), 3),
    ('accumulate func', lambda: it.accumulate(range(1, 8), operator.mul), 0),
    ('accumulate initial', lambda: it.accumulate([1, 2, 3], initial=100), 0),
    ('accumulate initial1', lambda: it.accumulate([1, 2, 3], initial=100), 1),
    ('accumulate None total', lambda: it.accumulate([None, 1], second), 1),
    ('chain', lambda: it.chain('ab', 'cd', 'ef'), 3),
    ('chain fi', lambda: it.chain.from_iterable(['ab', 'cd']), 1),
    ('chain done', lambda: it.chain('ab'), 5),
    ('compress', lambda: it.compress('abcdef', [1, 0, 1, 1, 0, 1]), 1),
    ('dropwhile', lambda: it.dropwhile(lt3, range(8)), 1),
    ('dropwhile0', lambda: it.dropwhile(lt3, range(8)), 0),
    ('takewhile', lambda: it.takewhile(lt5, range(8)), 2),
    ('filterfalse', lambda: it.filterfalse(mod3, range(20)), 2),
    ('filterfalse None', lambda: it.filterfalse(None, [0, 1, '', 'a', [], [0]]), 1),
    ('islice', lambda: it.islice(range(100), 3, 40, 7), 2),
    ('islice done', lambda: it.islice(range(5), 2), 3),
    ('starmap', lambda: it.starmap(pow, [(2, 3), (3, 2), (10, 2)]), 1),
    ('zip_longest', lambda: it.zip_longest('ab', 'wxyz', fillvalue='?'), 3),
    ('product', lambda: it.product('ab', range(3)), 2),
    ('product new', lambda: it.product('ab', range(3)), 0),
    ('product done', lambda: it.product('ab', range(1)), 5),
    ('product empty pool', lambda: it.product('ab', []), 0),
    ('permutations', lambda: it.permutations('abcd', 2), 5),
    ('permutations all', lambda: it.permutations(range(3)), 2),
    ('permutations done', lambda: it.permutations(range(2)), 5),
    ('combinations', lambda: it.combinations('abcde', 3), 4),
    ('combinations done', lambda: it.combinations('ab', 2), 3),
    ('cwr', lambda: it.combinations_with_replacement('abc', 2), 2),
]
for name, make, take in cases:
    print(name, roundtrip(make, take))

# groupby's own pickling (state = currkey, currvalue, tgtkey)
g = it.groupby('aaabbc')
k, grp = next(g)
print(k, next(grp))
g2 = pickle.loads(pickle.dumps(g))
print([(k, list(v)) for k, v in g2])
print([(k, list(v)) for k, v in g])

# tee: copies, pickling, re-entrancy, more than one link of 57 values
a, b, c = it.tee(range(200), 3)
print(next(a), list(it.islice(b, 100))[-1], list(c)[-3:], list(a)[-1], len(list(b)))
x, y = it.tee(iter('abcdef'))
next(x)
z = copy.copy(x)
print(list(x), list(z), list(y))
t1, t2 = it.tee('hello')
next(t1)
t3 = pickle.loads(pickle.dumps(t1))
print(list(t3), list(t1), list(t2))
p, q = it.tee(it.tee('xy')[0])
print(type(p).__name__, list(p), list(q))


class Copyable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def __copy__(self):
        return Copyable(self.n)

cc = it.tee(Copyable(3), 3)
print([type(i).__name__ for i in cc], [list(i) for i in cc])

reent = None


def gen():
    yield 1
    yield next(reent)

reent, other = it.tee(gen())
next(reent)
try:
    next(reent)
except RuntimeError as e:
    print('RuntimeError', e)

# groupby details: old groups die when the parent advances
gb = it.groupby([1, 1, 2, 2, 2, 3], key=lambda v: v % 2)
groups = list(gb)
print([(k, list(g)) for k, g in groups])
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')])
print([k for k, g in it.groupby([])])
gb = it.groupby('aabb')
k1, g1 = next(gb)
print(next(g1))
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(pickle.loads(pickle.dumps(g1)) is not None, list(pickle.loads(pickle.dumps(g1))))

# result tuples: kept values are never mutated afterwards
print(list(it.product('ab', repeat=2)))
kept = list(it.permutations(range(4), 3))
print(len(kept), len(set(kept)), kept[:3], kept[-1])
kept = list(it.combinations_with_replacement(range(3), 3))
print(len(kept), kept)
print(list(it.combinations(range(5), 0)), list(it.combinations(range(2), 3)))
print(list(it.permutations([], 0)), list(it.permutations('ab', 0)), list(it.permutations('a', 2)))
print(list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 1)))
print(list(it.product()), list(it.product(repeat=3)), list(it.product('ab', repeat=0)))
zl = list(it.zip_longest('abc', range(5), [True]))
print(zl)
print(list(it.zip_longest()), list(it.pairwise('abcd')), list(it.pairwise('a')))

# large counts and islice boundaries
print(sum(1 for _ in it.islice(it.count(), 100000)))
print(sum(it.islice(it.repeat(3), 50000)))
print(len(list(it.product(range(10), repeat=4))), len(list(it.combinations(range(20), 4))))
print(list(it.islice('abcdefgh', None)), list(it.islice('abcdefgh', 2, None, 3)))
import sys
print(list(it.islice(range(5), 3, sys.maxsize)), list(it.islice(range(10), 1, None, sys.maxsize)))
try:
    it.islice([], sys.maxsize + 1)
except ValueError as e:
    print('ValueError', e)

# islice does not over-consume, and stops the input on exhaustion
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 2, 6, 3)), next(src))

# exceptions raised by inputs propagate unchanged


def boom():
    yield 1
    raise KeyError('boom')

for name, make in [('chain', lambda: it.chain(boom())), ('cycle', lambda: it.cycle(boom())),
                   ('accumulate', lambda: it.accumulate(boom())),
                   ('zip_longest', lambda: it.zip_longest('abc', boom())),
                   ('pairwise', lambda: it.pairwise(boom())), ('tee', lambda: it.tee(boom())[0]),
                   ('groupby', lambda: it.groupby(boom())),
                   ('starmap', lambda: it.starmap(len, [[1], 5]))]:
    try:
        print(name, list(make()))
    except Exception as e:
        print(name, type(e).__name__, e)

print(list(it.accumulate([1, 2, 3], initial=None)), list(it.accumulate([], initial=7)))
print(list(it.accumulate('abc')), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.starmap(operator.add, [[1, 2], (3, 4), 'ab'])))
print(list(it.filterfalse(bool, [0, 1, 2, 0])), list(it.compress(range(10), it.cycle([1, 0]))))
print(list(it.chain.from_iterable(['ab', [], 'c', range(2)])))
try:
    list(it.chain([1], 5))
except TypeError as e:
    print('TypeError', e)

# GC: an iterator in a cycle with its own input is collected
class Holder:
    pass

for make in [lambda h: it.cycle([h]), lambda h: it.chain([h]), lambda h: it.tee([h])[0],
             lambda h: it.groupby([h]), lambda h: it.repeat(h), lambda h: it.accumulate([h, h], lambda a, b: a)]:
    h = Holder()
    h.it = make(h)
    import weakref
    r = weakref.ref(h)
    del h
    gc.collect()
    print(r() is None, end=' ')
print()
