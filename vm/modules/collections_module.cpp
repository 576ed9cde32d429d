// The _collections module: deque, defaultdict, _tuplegetter (embedded Python, see
// embedded_py_module.h) and _count_elements (C++: Counter's hot loop). collections/__init__.py
// takes OrderedDict from its pure-Python fallback.
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/type.h"

namespace krait {

namespace {

const char kCollectionsSource[] = R"PY(
import sys as _sys
_new = object.__new__

def _index_or_error(x):
    if not hasattr(type(x), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return type(x).__index__(x)

class deque:
    # The items are self._items[self._head:]: popleft and appendleft move _head, so both
    # ends are amortized O(1). Methods other than the hot ones compact first.
    __slots__ = ('_items', '_head', '_maxlen', '_state', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = _new(cls)
        self._items = []
        self._head = 0
        self._maxlen = None
        self._state = 0
        return self

    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _index_or_error(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        if len(self):
            self.clear()
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_right(self):
        self._compact()
        m = self._maxlen
        if m is not None and len(self._items) > m:
            del self._items[:len(self._items) - m]

    def append(self, x, /):
        self._state += 1
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self._drop_left()

    def _drop_left(self):
        items = self._items
        h = self._head
        x = items[h]
        items[h] = None
        h += 1
        if h >= len(items):
            items.clear()
            h = 0
        elif h >= 32 and h * 2 >= len(items):
            del items[:h]
            h = 0
        self._head = h
        return x

    def appendleft(self, x, /):
        self._state += 1
        if self._maxlen == 0:
            return
        items = self._items
        if not self._head:
            pad = max(16, len(items))
            items[0:0] = [None] * pad
            self._head = pad
        self._head -= 1
        items[self._head] = x
        if self._maxlen is not None and len(items) - self._head > self._maxlen:
            items.pop()

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._items.pop()
        if len(self._items) <= self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._drop_left()

    def extend(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable, /):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items.clear()
        self._head = 0

    def copy(self):
        return self.__copy__()

    def __copy__(self):
        self._compact()
        cls = type(self)
        if cls is deque:
            d = deque(self._items, self._maxlen)
            return d
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    def count(self, value, /):
        self._compact()
        state = self._state
        n = 0
        for x in list(self._items):
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=_sys.maxsize, /):
        self._compact()
        n = len(self._items)
        start = _index_or_error(start)
        stop = _index_or_error(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            x = self._items[i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value, /):
        index = _index_or_error(index)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._compact()
        self._state += 1
        self._items.insert(index, value)

    def remove(self, value, /):
        self._compact()
        for i, x in enumerate(self._items):
            if x is value or x == value:
                self._state += 1
                del self._items[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        self._compact()
        self._state += 1
        self._items.reverse()

    def rotate(self, n=1, /):
        n = _index_or_error(n)
        self._compact()
        items = self._items
        if len(items) <= 1:
            return
        self._state += 1
        n %= len(items)
        if n:
            items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def _checkindex(self, index):
        i = _index_or_error(index)
        n = len(self._items) - self._head
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, index):
        if isinstance(index, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._items[self._head + self._checkindex(index)]

    def __setitem__(self, index, value):
        self._items[self._head + self._checkindex(index)] = value

    def __delitem__(self, index):
        i = self._checkindex(index)
        self._compact()
        self._state += 1
        del self._items[i]

    def __contains__(self, value):
        self._compact()
        state = self._state
        for x in self._items:
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __repr__(self):
        if id(self) in _repr_running:
            return '[...]'
        _repr_running.add(id(self))
        self._compact()
        try:
            body = repr(self._items)
        finally:
            _repr_running.discard(id(self))
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._compact()
        other._compact()
        return self._items == other._items
    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._compact()
        other._compact()
        return self._items != other._items
    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._compact()
        other._compact()
        return self._items < other._items
    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._compact()
        other._compact()
        return self._items <= other._items
    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._compact()
        other._compact()
        return self._items > other._items
    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        self._compact()
        other._compact()
        return self._items >= other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        d = self.__copy__()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = self.__copy__()
        d *= n
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index_or_error(n)
        if n <= 0:
            self.clear()
            return self
        self._compact()
        items = self._items * n
        self._state += 1
        self._items = items
        self._trim_right()
        return self

    def __reduce__(self):
        self._compact()
        state = getattr(self, '__dict__', None)
        if self._maxlen is None:
            return (type(self), ((),), state, iter(list(self._items)))
        return (type(self), ((), self._maxlen), state, iter(list(self._items)))

    def __sizeof__(self):
        return object.__sizeof__(self) + 8 * len(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

_repr_running = set()

class _deque_iterator:
    __slots__ = ('_deque', '_index', '_state', '_reverse', '_len')

    def __new__(cls, d, reverse=False):
        self = _new(cls)
        self._deque = d
        self._reverse = reverse
        self._index = 0
        self._len = len(d)
        self._state = d._state
        return self

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d is None:
            raise StopIteration
        if d._state != self._state:
            self._len = 0
            raise RuntimeError("deque mutated during iteration")
        if self._index >= self._len:
            self._deque = None
            raise StopIteration
        i = self._index
        self._index += 1
        items = d._items
        return items[len(items) - 1 - i] if self._reverse else items[d._head + i]

    def __length_hint__(self):
        if self._deque is None:
            return 0
        # After a mutation _len is 0: nothing is left (never a negative hint).
        return max(self._len - self._index, 0)

class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()
    def __new__(cls, d, index=0):
        return _deque_iterator.__new__(cls, d, True)

class defaultdict(dict):
    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = getattr(self, 'default_factory', None)
        if factory is None:
            frepr = 'None'
        elif id(self) in _repr_running:
            frepr = '...'
        else:
            _repr_running.add(id(self))
            try:
                frepr = repr(factory)
            finally:
                _repr_running.discard(id(self))
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

for _c in (deque, _deque_iterator, _deque_reverse_iterator, defaultdict):
    _c.__module__ = 'collections'
_deque_iterator.__module__ = _deque_reverse_iterator.__module__ = '_collections'
del _c

class _tuplegetter:
    __slots__ = ('_index', '__doc__')
    def __init__(self, index, doc, /):
        self._index = index
        self.__doc__ = doc
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError("descriptor for index '%d' for tuple subclasses doesn't apply "
                            "to '%s' object" % (self._index, type(instance).__name__))
        try:
            return instance[self._index]
        except IndexError:
            raise IndexError("tuple index out of range") from None
    def __set__(self, instance, value):
        if value is None:
            raise AttributeError("can't delete attribute")
        raise AttributeError("can't set attribute")
    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")
    def __reduce__(self):
        return (type(self), (self._index, self.__doc__))
_tuplegetter.__module__ = 'collections'
)PY";

// _count_elements(mapping, iterable): mapping[elem] = mapping.get(elem, 0) + 1 for each
// element (Counter.update's loop). Dicts whose class keeps dict's get and __setitem__ (Counter
// does) are updated directly with the hash computed once.
Object* countElements(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames)) {
        return setError(&ExcTypeError, "_count_elements() takes no keyword arguments");
    }
    if (!checkArgCount("_count_elements", nargs, 2, 2)) return nullptr;
    Object* mapping = args[0];
    Ref<> it = Ref<>::steal(getIter(args[1]));
    if (!it) return nullptr;
    Ref<> one = Ref<>::steal(intFromInt64(1));
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    bool fast = false;
    if (isInstanceOf(mapping, &DictType)) {
        Type* t = typeOf(mapping);
        fast = typeLookup(t, "get") == typeLookup(&DictType, "get") &&
               typeLookup(t, "__setitem__") == typeLookup(&DictType, "__setitem__");
    }
    Ref<> getMethod = fast ? Ref<>() : Ref<>::steal(getAttr(mapping, "get"));
    if (!fast && !getMethod) return nullptr;
    for (;;) {
        Ref<> key = Ref<>::steal(iterNext(it.get()));
        if (!key) {
            if (errOccurred()) return nullptr;
            break;
        }
        if (fast) {
            hash_t h = hash(key.get());
            if (h == -1) return nullptr;
            Object* old = dictGetItemKnownHash(mapping, key.get(), h);
            if (!old && errOccurred()) return nullptr;
            Ref<> value = Ref<>::steal(binaryOp(old ? old : zero.get(), one.get(), BinOp::Add));
            if (!value || dictSetItemKnownHash(mapping, key.get(), h, value.get()) < 0) {
                return nullptr;
            }
        } else {
            Object* getArgs[] = {key.get(), zero.get()};
            Ref<> old = Ref<>::steal(call(getMethod.get(), getArgs, 2));
            if (!old) return nullptr;
            Ref<> value = Ref<>::steal(binaryOp(old.get(), one.get(), BinOp::Add));
            if (!value || setItem(mapping, key.get(), value.get()) < 0) return nullptr;
        }
    }
    return newRef(none());
}

const MethodDef kCollectionsMethods[] = {
    {"_count_elements", countElements, 0, "Count elements in the iterable, updating the mapping"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createCollectionsModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleFromEmbeddedSource("_collections", kCollectionsSource));
    if (!m || !moduleAddFunctions(m.get(), kCollectionsMethods)) return nullptr;
    return m.release();
}

}  // namespace krait
