// The _struct module: pack/unpack/calcsize/iter_unpack/Struct for every format character and
// byte order, with CPython's sizes, alignment and error messages. The float conversions
// (IEEE 754 binary16/32/64) are native; the format logic is embedded Python.
#include <cmath>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"

namespace krait {

namespace {

using Args = Object* const*;

uint16_t doubleToHalf(double x, bool* overflow) {
    *overflow = false;
    uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) return sign | 0x7e00;
    double a = std::fabs(x);
    if (std::isinf(a)) return sign | 0x7c00;
    if (a == 0) return sign;
    int e;
    double f = std::frexp(a, &e);   // a = f * 2^e, 0.5 <= f < 1
    // Normal numbers: exponent e-1 in [-14, 15]
    int exp = e - 1;
    uint32_t bits;
    if (exp < -14) {
        // Subnormal: value / 2^-24, rounded half to even.
        double m = std::ldexp(a, 24);
        double r = std::nearbyint(m);
        bits = static_cast<uint32_t>(r);   // may round up into the normal range (1024)
    } else {
        double m = std::ldexp(f * 2 - 1, 10);   // fraction bits
        double r = std::nearbyint(m);
        uint32_t mant = static_cast<uint32_t>(r);
        if (mant == 1024) {
            mant = 0;
            exp += 1;
        }
        if (exp > 15) {
            *overflow = true;
            return 0;
        }
        bits = (static_cast<uint32_t>(exp + 15) << 10) | mant;
    }
    return static_cast<uint16_t>(sign | bits);
}

double halfToDouble(uint16_t h) {
    int sign = (h >> 15) & 1;
    int exp = (h >> 10) & 0x1f;
    int mant = h & 0x3ff;
    double v;
    if (exp == 0) {
        v = std::ldexp(static_cast<double>(mant), -24);
    } else if (exp == 31) {
        v = mant ? NAN : INFINITY;
    } else {
        v = std::ldexp(static_cast<double>(mant + 1024), exp - 25);
    }
    return sign ? -v : v;
}

// _k_pack_float(x, size, little) -> bytes
Object* kPackFloat(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_pack_float", nargs, 3, 3)) return nullptr;
    Ref<> fl = Ref<>::steal(numberFloat(args[0]));
    if (!fl) return nullptr;
    double x = floatValue(fl.get());
    int64_t size;
    if (!intAsInt64(args[1], &size)) return nullptr;
    bool little = isTrueNoErr(args[2]) != 0;
    unsigned char buf[8];
    if (size == 8) {
        uint64_t bits;
        std::memcpy(&bits, &x, 8);
        for (int i = 0; i < 8; i++) buf[i] = static_cast<unsigned char>(bits >> (8 * i));
    } else if (size == 4) {
        float f = static_cast<float>(x);
        if (std::isinf(f) && !std::isinf(x)) {
            return setError(&ExcOverflowError, "float too large to pack with f format");
        }
        uint32_t bits;
        std::memcpy(&bits, &f, 4);
        for (int i = 0; i < 4; i++) buf[i] = static_cast<unsigned char>(bits >> (8 * i));
    } else {
        bool overflow;
        uint16_t h = doubleToHalf(x, &overflow);
        if (overflow) return setError(&ExcOverflowError, "float too large to pack with e format");
        buf[0] = static_cast<unsigned char>(h);
        buf[1] = static_cast<unsigned char>(h >> 8);
    }
    std::string out(reinterpret_cast<char*>(buf), static_cast<size_t>(size));
    if (!little) out.assign(out.rbegin(), out.rend());
    return bytesFromStd(out);
}

// _k_unpack_float(bytes, little) -> float (size from len)
Object* kUnpackFloat(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("_k_unpack_float", nargs, 2, 2)) return nullptr;
    std::string_view data;
    if (!getBytesView(args[0], &data)) return setError(&ExcTypeError, "bytes expected");
    std::string b(data);
    if (isTrueNoErr(args[1]) == 0) b.assign(b.rbegin(), b.rend());
    const unsigned char* p = reinterpret_cast<const unsigned char*>(b.data());
    if (b.size() == 8) {
        uint64_t bits = 0;
        for (int i = 7; i >= 0; i--) bits = (bits << 8) | p[i];
        double d;
        std::memcpy(&d, &bits, 8);
        return floatFromDouble(d);
    }
    if (b.size() == 4) {
        uint32_t bits = 0;
        for (int i = 3; i >= 0; i--) bits = (bits << 8) | p[i];
        float f;
        std::memcpy(&f, &bits, 4);
        return floatFromDouble(static_cast<double>(f));
    }
    if (b.size() == 2) return floatFromDouble(halfToDouble(static_cast<uint16_t>(p[0] | (p[1] << 8))));
    return setError(&ExcValueError, "bad float size");
}

const MethodDef kStructNatives[] = {
    {"_k_pack_float", kPackFloat, 0, nullptr},
    {"_k_unpack_float", kUnpackFloat, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const char kStructSource[] = R"PY(
class error(Exception):
    pass
error.__module__ = 'struct'

# (size, alignment) of the native formats
_NATIVE = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
           'l': _LONG_SIZE, 'L': _LONG_SIZE, 'q': 8, 'Q': 8, 'n': _PTR_SIZE, 'N': _PTR_SIZE,
           'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': _PTR_SIZE}
_STD = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4,
        'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_NAMED = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}

def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    little = order == '<' or (order in '@=' and _LITTLE)
    table = _NATIVE if native else _STD
    items = []
    size = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if '0' <= c <= '9':
            j = i
            while j < n and '0' <= fmt[j] <= '9':
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        if c not in table:
            raise error("bad char in struct format")
        itemsize = table[c]
        if native and c not in 'sp':
            align = itemsize
            if align > 1:
                size = (size + align - 1) // align * align
        if c in 'sp':
            if native:
                pass
            num = 1 if count is None else count
            items.append((c, size, num))
            size += num
        elif c == 'x':
            size += 1 if count is None else count
        else:
            num = 1 if count is None else count
            for _ in range(num):
                items.append((c, size, itemsize))
                size += itemsize
    return items, size, little, native

def _int_arg(v):
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            return type(v).__index__(v)
        raise error("required argument is not an integer")
    return v

def _pack_int(c, v, size, little, native):
    # Range errors as CPython 3.11's _struct on a 64-bit little-endian host: the value must
    # first fit the C type the packer reads it as (long or unsigned long; big-endian q/Q and P
    # go through a byte conversion), then the format's own range.
    v = _int_arg(v)
    signed = c in 'bhilqn'
    big = not little
    if c == 'P' or (big and c in 'qQ'):
        if c == 'P' and -(1 << 63) <= v < 0:
            v += 1 << 64
        if not (-(1 << 63) if signed else 0) <= v < (1 << (8 * size - signed)):
            raise error("int too large to convert")
        return v.to_bytes(size, 'little' if little else 'big', signed=signed)
    if signed:
        lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
    else:
        lo, hi = 0, (1 << (8 * size)) - 1
    if not lo <= v <= hi:
        as_ulong = c in 'ILQN' or (c == 'H' and big)
        if as_ulong and not 0 <= v < (1 << 64):
            raise error("argument out of range")
        if not as_ulong and not -(1 << 63) <= v < (1 << 63):
            raise error("argument out of range")
        if c in 'bB' or (c in 'hH' and not big):
            raise error("%s format requires %d <= number <= %d" % (_NAMED[c], lo, hi))
        if c in 'iI' or (c in 'lL' and not native) or (c in 'hH' and big):
            raise error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
        raise error("argument out of range")
    return v.to_bytes(size, 'little' if little else 'big', signed=signed)

class Struct:
    __slots__ = ('format', 'size', '_items', '_little', '_native', '__weakref__')

    def __init__(self, format):
        items, size, little, native = _parse(format)
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format
        self.size = size
        self._items = items
        self._little = little
        self._native = native

    def pack(self, *args):
        if len(args) != len(self._items):
            raise error("pack expected %d items for packing (got %d)"
                        % (len(self._items), len(args)))
        buf = bytearray(self.size)
        for (c, off, size), v in zip(self._items, args):
            if c in 'sp':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % c)
                if c == 's':
                    data = bytes(v[:size])
                    buf[off:off + len(data)] = data
                else:
                    n = min(len(v), size - 1, 255)
                    if size > 0:
                        buf[off] = n
                        buf[off + 1:off + 1 + n] = v[:n]
            elif c == 'c':
                if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                buf[off] = v[0]
            elif c == '?':
                buf[off] = 1 if v else 0
            elif c in 'efd':
                if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__') \
                        and not hasattr(type(v), '__index__'):
                    raise error("required argument is not a float")
                buf[off:off + size] = _k_pack_float(v, size, self._little)
            elif c == 'P':
                buf[off:off + size] = _pack_int('P', v, size, self._little, True)
            else:
                buf[off:off + size] = _pack_int(c, v, size, self._little, self._native)
        return bytes(buf)

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        buffer[offset:offset + self.size] = data

    def _unpack_at(self, data, base):
        out = []
        little = self._little
        for c, off, size in self._items:
            off += base
            if c == 's':
                out.append(bytes(data[off:off + size]))
            elif c == 'p':
                n = data[off] if size else 0
                n = min(n, size - 1)
                out.append(bytes(data[off + 1:off + 1 + n]))
            elif c == 'c':
                out.append(bytes(data[off:off + 1]))
            elif c == '?':
                out.append(data[off] != 0)
            elif c in 'efd':
                out.append(_k_unpack_float(bytes(data[off:off + size]), little))
            else:
                out.append(int.from_bytes(data[off:off + size], 'little' if little else 'big',
                                          signed=c in 'bhilqn'))
        return tuple(out)

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        data = _buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iter_unpack requires a buffer of a nonzero multiple of %d bytes"
                        % self.size)
        return iter([self._unpack_at(data, i) for i in range(0, len(data), self.size)])


Struct.__module__ = '_struct'

def _buffer(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(b)

_cache = {}

def _get(fmt):
    try:
        return _cache[fmt]
    except (KeyError, TypeError):
        pass
    s = Struct(fmt)
    if len(_cache) > 100:
        _cache.clear()
    try:
        _cache[fmt] = s
    except TypeError:
        pass
    return s

def pack(format, /, *args):
    return _get(format).pack(*args)

def pack_into(format, buffer, offset, /, *args):
    return _get(format).pack_into(buffer, offset, *args)

def unpack(format, buffer, /):
    return _get(format).unpack(buffer)

def unpack_from(format, /, buffer, offset=0):
    return _get(format).unpack_from(buffer, offset)

def iter_unpack(format, buffer, /):
    return _get(format).iter_unpack(buffer)

def calcsize(format, /):
    return _get(format).size

def _clearcache():
    _cache.clear()
)PY";

}  // namespace

Object* createStructModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_struct"));
    if (!m || !moduleAddFunctions(m.get(), kStructNatives)) return nullptr;
    const uint16_t probe = 1;
    bool little = *reinterpret_cast<const unsigned char*>(&probe) == 1;
    if (!moduleAddInt(m.get(), "_LONG_SIZE", static_cast<int64_t>(sizeof(long))) ||
        !moduleAddInt(m.get(), "_PTR_SIZE", static_cast<int64_t>(sizeof(void*))) ||
        !moduleAddObject(m.get(), "_LITTLE", newBool(little))) {
        return nullptr;
    }
    if (!runEmbeddedSource(m.get(), "<krait _struct>", kStructSource)) return nullptr;
    return m.release();
}

}  // namespace krait
