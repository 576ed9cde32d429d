# itertools in C++: constructor errors, reprs, __length_hint__, subclassing and keyword rules
import itertools as it


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', r)


t('count 3 args', lambda: it.count(1, 2, 3))
t('count bad kw', lambda: it.count(start=1, x=2))
t('count str', lambda: it.count('a'))
t('count step str', lambda: it.count(0, 'a'))
t('cycle none', lambda: it.cycle())
t('cycle two', lambda: it.cycle(1, 2))
t('cycle kw', lambda: it.cycle(x=1))
t('cycle noniter', lambda: it.cycle(5))
t('repeat none', lambda: it.repeat())
t('repeat str times', lambda: it.repeat(1, 'a'))
t('repeat 3 args', lambda: it.repeat(1, 2, 3))
t('repeat neg', lambda: repr(it.repeat(1, times=-5)))
t('accumulate none', lambda: it.accumulate())
t('accumulate 3 pos', lambda: it.accumulate([1], None, None))
t('chain kw', lambda: it.chain(x=1))
t('from_iterable none', lambda: it.chain.from_iterable())
t('compress one', lambda: it.compress([1]))
t('compress kw', lambda: list(it.compress(data='abc', selectors=[1, 0, 1])))
t('dropwhile one', lambda: it.dropwhile(None))
t('takewhile three', lambda: it.takewhile(1, 2, 3))
t('filterfalse one', lambda: it.filterfalse(None))
t('starmap one', lambda: it.starmap(None))
t('groupby none', lambda: it.groupby())
t('groupby three', lambda: it.groupby([], 1, 2))
t('islice one', lambda: it.islice([]))
t('islice five', lambda: it.islice([], 1, 2, 3, 4))
t('islice str stop', lambda: it.islice([], 'a'))
t('islice neg stop', lambda: it.islice([], -1))
t('islice str stop2', lambda: it.islice([], 1, 'a'))
t('islice str start', lambda: it.islice([], 'a', 1))
t('islice zero step', lambda: it.islice([], 0, 1, 0))
t('islice neg step', lambda: it.islice([], 0, 1, -1))
t('islice kw', lambda: it.islice([], stop=3))
t('tee none', lambda: it.tee())
t('tee neg', lambda: it.tee([], -1))
t('tee str', lambda: it.tee([], 'a'))
t('tee three', lambda: it.tee([], 1, 2))
t('tee zero', lambda: it.tee([1], 0))
t('zip_longest kw', lambda: it.zip_longest(x=1))
t('zip_longest two kw', lambda: it.zip_longest(fillvalue=1, x=2))
t('zip_longest int', lambda: it.zip_longest(1))
t('product int', lambda: it.product(1))
t('product neg', lambda: it.product([1], repeat=-1))
t('product str', lambda: it.product([1], repeat='a'))
t('product kw', lambda: it.product([1], x=1))
t('permutations none', lambda: it.permutations())
t('permutations str r', lambda: it.permutations([1], 'a'))
t('permutations neg', lambda: it.permutations([1], -1))
t('combinations one', lambda: it.combinations([1]))
t('combinations neg', lambda: it.combinations([1], -1))
t('combinations float', lambda: it.combinations([1], 1.5))
t('cwr neg', lambda: it.combinations_with_replacement([1], -1))
t('pairwise none', lambda: it.pairwise())
t('pairwise int', lambda: it.pairwise(1))
t('pairwise kw', lambda: it.pairwise(x=1))
t('_grouper bad', lambda: it._grouper(1, 2))
t('_tee int', lambda: it._tee(1))
t('_tee_dataobject bad', lambda: it._tee_dataobject(iter([]), [1], [2]))

# reprs
print(repr(it.count()), repr(it.count(5)), repr(it.count(1.5)), repr(it.count(2 ** 70)))
print(repr(it.count(0, 1.0)), repr(it.count(1, True)), repr(it.count(1.0, True)))
print(repr(it.count(3, 2)), repr(it.count(-1, -1)), repr(it.count(True)))
print(repr(it.repeat('a', 3)), repr(it.repeat(None)), repr(it.repeat([1], 0)))
print(repr(it.repeat('a', 2 ** 40)), it.repeat(0, 2 ** 40).__length_hint__())
t('repeat huge', lambda: it.repeat(0, 2 ** 70))
c = it.count(10)
next(c), next(c)
print(repr(c), next(c))
r = it.repeat('x', 2)
print(r.__length_hint__(), next(r), r.__length_hint__(), next(r), r.__length_hint__())
t('unsized hint', lambda: it.repeat(1).__length_hint__())
import operator
print(operator.length_hint(it.repeat(1, 7)), operator.length_hint(it.repeat(1), 42))

# count with bool / big / float / fractions
print(next(it.count(True)), type(next(it.count(True))).__name__)
big = it.count(2 ** 63 - 3)
print([next(big) for _ in range(5)], repr(big))
neg = it.count(-2 ** 63 - 1, -1)
print([next(neg) for _ in range(2)])
from fractions import Fraction
print(list(it.islice(it.count(Fraction(1, 2), Fraction(1, 3)), 4)))
print(list(it.islice(it.count(0.5, 0.25), 4)))
print(list(it.islice(it.count(1j), 2)))

# type metadata
for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile',
             'takewhile', 'filterfalse', 'groupby', '_grouper', 'islice', 'starmap', '_tee',
             '_tee_dataobject', 'zip_longest', 'product', 'permutations', 'combinations',
             'combinations_with_replacement', 'pairwise']:
    cls = getattr(it, name)
    try:
        class S(cls):
            pass
        ok = 'subclassable'
    except TypeError as e:
        ok = str(e)
    print(name, cls.__module__, cls.__name__, cls.__qualname__, ok)
print(type(it.tee([1])[0]).__name__, it.tee.__name__, type(it.tee).__name__)
print(it.chain[int], it.chain.__class_getitem__(str))
print(sorted(x for x in dir(it) if not x.startswith('__')))

# subclasses: type preserved, kwargs rejected unless __init__ is overridden
class MyCount(it.count):
    pass

mc = MyCount(3)
print(type(mc).__name__, repr(mc), next(mc), repr(mc))
t('subclass kw', lambda: MyCount(3, newarg=1))


class WithInit(it.chain):
    def __init__(self, *args, tag=None):
        self.tag = tag

w = WithInit([1], [2], tag='T')
print(type(w).__name__, w.tag, list(w))


class MyRepeat(it.repeat):
    def __repr__(self):
        return 'MyRepeat!' + super().__repr__()

print(repr(MyRepeat(1, 2)), list(MyRepeat('z', 3)))


class Doubler(it.islice):
    def __next__(self):
        return 2 * super().__next__()

print(list(Doubler(range(10), 2, 8, 2)))


class ZL(it.zip_longest):
    pass

print(list(ZL('ab', 'xyz', fillvalue='-')), type(ZL()).__name__)
