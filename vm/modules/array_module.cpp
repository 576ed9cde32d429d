// The array module: typed arrays of numbers (and 'u' characters) with CPython's typecodes,
// range checks, error messages and machine-format bytes. Written as embedded Python over
// _struct for the byte conversions.
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kArraySource[] = R"PY(
import _struct
import sys as _sys
_LITTLE = _sys.byteorder == 'little'

typecodes = 'bBuhHiIlLqQfd'
_SIZES = {c: _struct.calcsize('@' + c) for c in 'bBhHiIlLqQfd'}
_SIZES['u'] = 4
_RANGE_MSG = {'b': 'signed char', 'B': 'unsigned byte integer', 'h': 'signed short integer',
              'H': 'unsigned short', 'i': 'signed integer', 'I': 'unsigned int'}

def _index(v):
    t = type(v)
    if isinstance(v, int):
        return int(v)
    if hasattr(t, '__index__') and not isinstance(v, float):
        return t.__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer" % t.__name__)

def _f32(x):
    # An 'f' item holds a C float: round to single precision (overflow gives +-inf).
    try:
        return _struct.unpack('f', _struct.pack('f', x))[0]
    except OverflowError:
        return x * 1e300 * 1e300

def _check(tc, v):
    if tc in 'fd':
        if isinstance(v, (int, float)) or hasattr(type(v), '__float__'):
            v = float(v)
            return _f32(v) if tc == 'f' else v
        raise TypeError("must be real number, not %s" % type(v).__name__)
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    v = _index(v)
    size = _SIZES[tc]
    if tc in 'qQ':
        if tc == 'Q' and v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        lo, hi = (0, 2 ** 64 - 1) if tc == 'Q' else (-2 ** 63, 2 ** 63 - 1)
        if not lo <= v <= hi:
            raise OverflowError("int too big to convert")
        return v
    if tc in 'IL':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v >= 2 ** (8 * _SIZES['L']):
            raise OverflowError("Python int too large to convert to C unsigned long")
    elif not -2 ** (8 * _SIZES['l'] - 1) <= v < 2 ** (8 * _SIZES['l'] - 1):
        raise OverflowError("Python int too large to convert to C long")
    if tc in 'bhil':
        lo, hi = -2 ** (8 * size - 1), 2 ** (8 * size - 1) - 1
    else:
        lo, hi = 0, 2 ** (8 * size) - 1
    if v > hi:
        if tc in _RANGE_MSG:
            raise OverflowError("%s is greater than maximum" % _RANGE_MSG[tc])
        raise OverflowError("Python int too large to convert to C unsigned long")
    if v < lo:
        raise OverflowError("%s is less than minimum" % _RANGE_MSG[tc])
    return v

_UTF32 = 'utf-32-le' if _LITTLE else 'utf-32-be'

class array:
    # The items live in a bytearray in machine format (so memoryview(), bytes() and the other
    # buffer users see the array's memory); _v is the list of item values.
    __slots__ = ('_tc', '_b', '__weakref__')

    def _getv(self):
        if self._tc == 'u':
            return list(self._b.decode(_UTF32, 'surrogatepass'))
        n = len(self._b) // _SIZES[self._tc]
        return list(_struct.unpack('@%d%s' % (n, self._tc), self._b))

    def _setv(self, vals):
        self._b[:] = self._pack(vals)

    _v = property(_getv, _setv)

    def _pack(self, vals):
        if self._tc == 'u':
            return ''.join(vals).encode(_UTF32, 'surrogatepass')
        return _struct.pack('@%d%s' % (len(vals), self._tc), *vals)

    @property
    def __krait_buffer__(self):
        return self._b

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._b = bytearray()
        if initializer is not None:
            if isinstance(initializer, str):
                if typecode != 'u':
                    raise TypeError("cannot use a str to initialize an array with typecode "
                                    "'%s'" % typecode)
                self._v = list(initializer)
            elif isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, array):
                if typecode == 'u' and initializer._tc != 'u' or \
                        initializer._tc == 'u' and typecode != 'u':
                    raise TypeError("cannot use a unicode array to initialize an array with "
                                    "typecode '%s'" % typecode)
                self._v = [_check(typecode, x) for x in initializer._v]
            else:
                self.extend(initializer)
        return self

    typecode = property(lambda self: self._tc)
    itemsize = property(lambda self: _SIZES[self._tc])

    def _same(self, other):
        if not isinstance(other, array) or other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")

    def append(self, v, /):
        self._b += self._pack([_check(self._tc, v)])

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._b += bytes(iterable._b)
            return
        for x in iterable:
            self.append(x)

    def insert(self, i, v, /):
        vals = self._v
        vals.insert(_index(i), _check(self._tc, v))
        self._v = vals

    def pop(self, i=-1, /):
        vals = self._v
        if not vals:
            raise IndexError("pop from empty array")
        try:
            r = vals.pop(_index(i))
        except IndexError:
            raise IndexError("pop index out of range") from None
        self._v = vals
        return r

    def remove(self, v, /):
        vals = self._v
        for i, x in enumerate(vals):
            if x == v:
                del vals[i]
                self._v = vals
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None, /):
        vals = self._v
        n = len(vals)
        stop = n if stop is None else stop
        for i in range(*slice(start, stop).indices(n)):
            if vals[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v, /):
        return sum(1 for x in self._v if x == v)

    def reverse(self):
        self._v = self._v[::-1]

    def tolist(self):
        return list(self._v)

    def fromlist(self, lst, /):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        vals = [_check(self._tc, x) for x in lst]
        self._b += self._pack(vals)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._v)

    def fromunicode(self, s, /):
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._b += self._pack(list(s))

    def tobytes(self):
        return bytes(self._b)

    def frombytes(self, data, /):
        data = bytes(data)
        size = _SIZES[self._tc]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        self._b += data

    def fromfile(self, f, n, /):
        data = f.read(n * _SIZES[self._tc])
        self.frombytes(data[:len(data) // _SIZES[self._tc] * _SIZES[self._tc]])
        if len(data) < n * _SIZES[self._tc]:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f, /):
        f.write(self.tobytes())

    def byteswap(self):
        size = _SIZES[self._tc]
        if size == 1:
            return
        b = self.tobytes()
        swapped = b''.join(b[i:i + size][::-1] for i in range(0, len(b), size))
        self._b[:] = swapped

    def buffer_info(self):
        return (id(self), len(self))

    def __len__(self):
        return len(self._b) // _SIZES[self._tc]

    def __iter__(self):
        return iter(self._v)

    def __contains__(self, v):
        return v in self._v

    def __getitem__(self, i):
        if isinstance(i, slice):
            a = array(self._tc)
            a._v = self._v[i]
            return a
        i = _index(i)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("array index out of range")
        if self._tc == 'u':
            return self._b[4 * i:4 * i + 4].decode(_UTF32, 'surrogatepass')
        return _struct.unpack_from('@' + self._tc, self._b, i * _SIZES[self._tc])[0]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            self._same(v)
            vals = self._v
            vals[i] = v._v
            self._v = vals
            return
        i = _index(i)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("array assignment index out of range")
        size = _SIZES[self._tc]
        self._b[i * size:(i + 1) * size] = self._pack([_check(self._tc, v)])

    def __delitem__(self, i):
        vals = self._v
        if isinstance(i, slice):
            del vals[i]
            self._v = vals
            return
        try:
            del vals[_index(i)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        self._v = vals

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other)
        a = array(self._tc)
        a._v = self._v + other._v
        return a

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        self._same(other)
        self._b += bytes(other._b)
        return self

    def __mul__(self, n):
        a = array(self._tc)
        a._v = self._v * _index(n)
        return a

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        self._b[:] = bytes(self._b) * (n if n > 0 else 0)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v == other._v
    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v != other._v
    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v < other._v
    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v <= other._v
    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v > other._v
    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._v >= other._v

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._v:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return "%s('u', %r)" % (name, ''.join(self._v))
        return "%s('%s', %r)" % (name, self._tc, self._v)

    def __copy__(self):
        return array(self._tc, self)

    def __deepcopy__(self, memo):
        return array(self._tc, self)

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._v)), getattr(self, '__dict__', None))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

array.__module__ = 'array'
ArrayType = array

)PY";

}  // namespace

Object* createArrayModule(InterpState*) {
    return moduleFromEmbeddedSource("array", kArraySource);
}

}  // namespace krait
