# FOR_ITER over instances of Python iterator classes runs __next__ as an interpreter frame:
# StopIteration (and subclasses) ends the loop, other exceptions propagate with tracebacks,
# and deep nesting of such loops needs no C++ stack.
import sys


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(Count(3)), [x * x for x in Count(4)])
total = 0
for x in Count(5):
    for y in Count(x):
        total += y
print('total', total)


class MyStop(StopIteration):
    pass


class SubStop(Count):
    def __next__(self):
        v = super().__next__()
        if v == 3:
            raise MyStop('custom')
        return v


print('substop', [x for x in SubStop(10)])


class Boom(Count):
    def __next__(self):
        v = super().__next__()
        if v == 2:
            raise ValueError('boom at 2')
        return v


try:
    for x in Boom(5):
        print('boom got', x)
except ValueError as e:
    print('caught', e)


class WithValue(Count):
    def __next__(self):
        if self.i == 2:
            raise StopIteration('ignored value')
        return super().__next__()


print('with value', list(WithValue(9)))


# A __next__ that returns from a generator-based helper and breaks out early.
def first_even(it):
    for x in it:
        if x % 2 == 0:
            return x
    return None


print('first even', first_even(Count(7)))


class Bad:
    def __iter__(self):
        return self

    def __next__(self, extra):
        return 1


try:
    for x in Bad():
        pass
except TypeError as e:
    print('TypeError', e)


class StaticNext:
    def __iter__(self):
        return self

    n = 0

    @staticmethod
    def __next__():
        StaticNext.n += 1
        if StaticNext.n > 3:
            raise StopIteration
        return StaticNext.n


print('static', list(x for x in StaticNext()))


# Iterators whose __next__ loops over another such iterator, 9000 levels deep.
class Chain:
    def __init__(self, depth):
        self.inner = Chain(depth - 1) if depth else None
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration
        self.done = True
        if self.inner is None:
            return 0
        for v in self.inner:
            return v + 1
        return -1


sys.setrecursionlimit(30000)
print('chain', next(iter(Chain(9000))))

# The loop sees the class being patched mid-loop.
class P(Count):
    pass


def stop(self):
    raise StopIteration


out = []
for x in P(6):
    if x == 3:
        P.__next__ = stop
    out.append(x)
print('patched', out)
