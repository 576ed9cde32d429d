// The itertools module: iterator building blocks with CPython's behaviour, reprs and error
// messages. The iterator classes are written as embedded Python (see embedded_py_module.h).
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kItertoolsSource[] = R"PY(
import sys as _sys
_new = object.__new__

def _index(x):
    return type(x).__index__(x) if hasattr(type(x), '__index__') else None

class _Base:
    __slots__ = ()
    def __iter__(self):
        return self
    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)

class count(_Base):
    __slots__ = ('_n', '_step')
    def __new__(cls, start=0, step=1):
        for x in (start, step):
            t = type(x)
            if not (hasattr(t, '__index__') or hasattr(t, '__float__') or
                    hasattr(t, '__int__') or hasattr(t, '__complex__')):
                raise TypeError("a number is required")
        self = object.__new__(cls)
        self._n = start
        self._step = step
        return self
    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n
    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return (type(self), (self._n,))
        return (type(self), (self._n, self._step))
    def __repr__(self):
        name = type(self).__name__
        if isinstance(self._step, int) and self._step == 1 and type(self._step) is int:
            return '%s(%r)' % (name, self._n)
        return '%s(%r, %r)' % (name, self._n, self._step)

class cycle(_Base):
    __slots__ = ('_it', '_saved', '_i', '_first')
    def __new__(cls, iterable, /):
        if cls is cycle:
            pass
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._saved = []
        self._i = 0
        self._first = True
        return self
    def __next__(self):
        if self._first:
            for x in self._it:
                self._saved.append(x)
                return x
            self._first = False
            self._it = None
        if not self._saved:
            raise StopIteration
        x = self._saved[self._i]
        self._i = (self._i + 1) % len(self._saved)
        return x

class repeat(_Base):
    __slots__ = ('_obj', '_times')
    def __new__(cls, object, times=None):
        self = _new(cls)
        self._obj = object
        if times is not None:
            times = _index_or_error(times)
            if times < 0:
                times = 0
        self._times = times
        return self
    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj
    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times
    def __reduce__(self):
        if self._times is None:
            return (type(self), (self._obj,))
        return (type(self), (self._obj, self._times))
    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._times)

def _index_or_error(x):
    if not hasattr(type(x), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return type(x).__index__(x)

class accumulate(_Base):
    __slots__ = ('_it', '_func', '_total', '_initial', '_started')
    def __new__(cls, iterable, func=None, *, initial=None):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._func = func
        self._total = None
        self._initial = initial
        self._started = False
        return self
    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            self._started = True
            return self._total
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total

class chain(_Base):
    __slots__ = ('_source', '_active')
    def __new__(cls, *iterables):
        if cls is chain and False:
            pass
        self = object.__new__(cls)
        self._source = iter(iterables)
        self._active = None
        return self
    @classmethod
    def from_iterable(cls, iterable, /):
        self = object.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self
    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

class compress(_Base):
    __slots__ = ('_data', '_sel')
    def __new__(cls, data, selectors):
        self = object.__new__(cls)
        self._data = iter(data)
        self._sel = iter(selectors)
        return self
    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d

class dropwhile(_Base):
    __slots__ = ('_pred', '_it', '_done')
    def __new__(cls, predicate, iterable, /):
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False
        return self
    def __next__(self):
        while True:
            x = next(self._it)
            if self._done:
                return x
            if not self._pred(x):
                self._done = True
                return x

class takewhile(_Base):
    __slots__ = ('_pred', '_it', '_stop')
    def __new__(cls, predicate, iterable, /):
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        self._stop = False
        return self
    def __next__(self):
        if self._stop:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._stop = True
        raise StopIteration

class filterfalse(_Base):
    __slots__ = ('_pred', '_it')
    def __new__(cls, function, iterable, /):
        self = object.__new__(cls)
        self._pred = function
        self._it = iter(iterable)
        return self
    def __next__(self):
        while True:
            x = next(self._it)
            if self._pred is None:
                if not x:
                    return x
            elif not self._pred(x):
                return x

class _grouper(_Base):
    __slots__ = ('_parent', '_key')
    def __next__(self):
        p = self._parent
        if p._currgrouper is not self:
            raise StopIteration
        if p._currvalue is p._marker:
            p._step()
        k = p._currkey
        if not (self._key is k or self._key == k):
            raise StopIteration
        v = p._currvalue
        p._currvalue = p._marker
        return v

class groupby(_Base):
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_currgrouper',
                 '_marker')
    def __new__(cls, iterable, key=None):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        self._marker = object()
        self._tgtkey = self._currkey = self._currvalue = self._marker
        self._currgrouper = None
        return self
    def _step(self):
        v = next(self._it)
        k = v if self._keyfunc is None else self._keyfunc(v)
        self._currvalue = v
        self._currkey = k
    def __next__(self):
        self._currgrouper = None
        m = self._marker
        while True:
            if self._currkey is m:
                pass
            elif self._tgtkey is m:
                break
            else:
                t, c = self._tgtkey, self._currkey
                if not (t is c or t == c):
                    break
            self._step()
        self._tgtkey = self._currkey
        g = object.__new__(_grouper)
        g._parent = self
        g._key = self._tgtkey
        self._currgrouper = g
        return (self._currkey, g)

class islice(_Base):
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')
    def __new__(cls, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
            if stop is not None:
                stop = _islice_int(stop, "Stop argument for islice() must be None or an "
                                   "integer: 0 <= x <= sys.maxsize.")
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
            msg = ("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
            if stop is not None:
                stop = _islice_int(stop, "Stop argument for islice() must be None or an "
                                   "integer: 0 <= x <= sys.maxsize.")
            start = 0 if start is None else _islice_int(start, msg)
            if step is not None:
                step = _islice_int(step, "Step for islice() must be a positive integer or "
                                   "None.", 1)
        elif len(args) == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        else:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._next = start or 0
        self._stop = stop
        self._step = step or 1
        self._cnt = 0
        return self
    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        old = self._next
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return x

def _islice_int(x, msg, minimum=0):
    if not hasattr(type(x), '__index__'):
        raise ValueError(msg)
    v = type(x).__index__(x)
    if v < minimum or v > _sys.maxsize:
        raise ValueError(msg)
    return v

class pairwise(_Base):
    __slots__ = ('_it', '_old')
    def __new__(cls, iterable, /):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._old = None
        return self
    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is None:
            try:
                self._old = (next(it),)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = None
            raise
        r = (self._old[0], new)
        self._old = (new,)
        return r

class starmap(_Base):
    __slots__ = ('_func', '_it')
    def __new__(cls, function, iterable, /):
        self = object.__new__(cls)
        self._func = function
        self._it = iter(iterable)
        return self
    def __next__(self):
        return self._func(*next(self._it))

class _tee_dataobject:
    __slots__ = ('it', 'values', 'nxt')

class _tee(_Base):
    __slots__ = ('_link', '_index', '__weakref__')
    def __new__(cls, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        link = object.__new__(_tee_dataobject)
        link.it = it
        link.values = []
        link.nxt = None
        self._link = link
        self._index = 0
        return self
    def __next__(self):
        link = self._link
        if self._index >= 57:
            if link.nxt is None:
                n = object.__new__(_tee_dataobject)
                n.it = link.it
                n.values = []
                n.nxt = None
                link.nxt = n
            link = self._link = link.nxt
            self._index = 0
        if self._index < len(link.values):
            v = link.values[self._index]
        else:
            v = next(link.it)
            link.values.append(v)
        self._index += 1
        return v
    def __copy__(self):
        t = object.__new__(type(self))
        t._link = self._link
        t._index = self._index
        return t
_tee.__name__ = _tee.__qualname__ = '_tee'

def tee(iterable, n=2, /):
    n = _index_or_error(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copyable = hasattr(type(it), '__copy__')
    first = it if copyable else _tee(it)
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)

class zip_longest(_Base):
    __slots__ = ('_its', '_active', '_fill')
    def __new__(cls, *iterables, fillvalue=None):
        self = object.__new__(cls)
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue
        return self
    def __next__(self):
        its = self._its
        if not its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    self._its = []
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)

class product(_Base):
    __slots__ = ('_pools', '_indices', '_result', '_stopped')
    def __new__(cls, *iterables, repeat=1):
        repeat = _index_or_error(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self = object.__new__(cls)
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False
        return self
    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._result is None:
            for p in pools:
                if not p:
                    self._stopped = True
                    raise StopIteration
            self._result = [p[0] for p in pools]
            return tuple(self._result)
        idx = self._indices
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            idx[i] += 1
            if idx[i] == len(pool):
                idx[i] = 0
                self._result[i] = pool[0]
                i -= 1
            else:
                self._result[i] = pool[idx[i]]
                return tuple(self._result)
        self._stopped = True
        raise StopIteration

class combinations(_Base):
    __slots__ = ('_pool', '_r', '_indices', '_first', '_stopped')
    def __new__(cls, iterable, r):
        r = _index_or_error(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = tuple(iterable)
        self._r = r
        self._indices = list(range(r))
        self._first = True
        self._stopped = r > len(self._pool)
        return self
    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r, idx = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            return tuple(pool[i] for i in idx)
        n = len(pool)
        for i in reversed(range(r)):
            if idx[i] != i + n - r:
                break
        else:
            self._stopped = True
            raise StopIteration
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        return tuple(pool[i] for i in idx)

class combinations_with_replacement(_Base):
    __slots__ = ('_pool', '_r', '_indices', '_first', '_stopped')
    def __new__(cls, iterable, r):
        r = _index_or_error(r)
        if r < 0:
            raise ValueError("r must be non-negative")
        self = object.__new__(cls)
        self._pool = tuple(iterable)
        self._r = r
        self._indices = [0] * r
        self._first = True
        self._stopped = not self._pool and r > 0
        return self
    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r, idx = self._pool, self._r, self._indices
        if self._first:
            self._first = False
            return tuple(pool[i] for i in idx)
        n = len(pool)
        for i in reversed(range(r)):
            if idx[i] != n - 1:
                break
        else:
            self._stopped = True
            raise StopIteration
        idx[i:] = [idx[i] + 1] * (r - i)
        return tuple(pool[i] for i in idx)

class permutations(_Base):
    __slots__ = ('_pool', '_r', '_indices', '_cycles', '_first', '_stopped')
    def __new__(cls, iterable, r=None):
        self = object.__new__(cls)
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _index_or_error(r)
            if r < 0:
                raise ValueError("r must be non-negative")
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._first = True
        self._stopped = r > n
        return self
    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool, r, idx, cycles = self._pool, self._r, self._indices, self._cycles
        n = len(pool)
        if self._first:
            self._first = False
            return tuple(pool[i] for i in idx[:r])
        if n == 0:
            self._stopped = True
            raise StopIteration
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                idx[i:] = idx[i + 1:] + idx[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                idx[i], idx[-j] = idx[-j], idx[i]
                return tuple(pool[i] for i in idx[:r])
        self._stopped = True
        raise StopIteration

for _c in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
           filterfalse, groupby, _grouper, islice, pairwise, starmap, _tee, zip_longest,
           product, combinations, combinations_with_replacement, permutations,
           _tee_dataobject):
    _c.__module__ = 'itertools'
del _c, _Base
)PY";

}  // namespace

Object* createItertoolsModule(InterpState*) {
    return moduleFromEmbeddedSource("itertools", kItertoolsSource);
}

}  // namespace krait
