// memoryview over bytes and bytearray (one dimension, any slice step, the native single-item
// formats of the struct module through cast()): indexing, slicing, item and slice assignment on
// writable views, tobytes/tolist/hex, release and the context-manager protocol. A view of a bytearray counts as an export, which forbids resizing
// the bytearray until the view is released.
#include <cstdio>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/bytes.h"
#include "objects/bytes_internal.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

struct MemoryViewObject {
    Object ob;
    Object* obj;      // the bytes or bytearray viewed (null once released)
    Object* base;     // the object given to memoryview() (for .obj)
    ssize start;      // byte offset of item 0
    ssize step;       // byte stride between items
    ssize length;     // number of items
    ssize itemsize;
    char format;      // struct-module native format character ('B' for plain bytes)
    bool atPrefix;    // the format was given as '@x'
    bool readonly;
};

inline MemoryViewObject* asMv(Object* o) { return reinterpret_cast<MemoryViewObject*>(o); }

bool checkReleased(Object* o) {
    if (asMv(o)->obj) return true;
    setError(&ExcValueError, "operation forbidden on released memoryview object");
    return false;
}

char* mvData(Object* o) {
    Object* obj = asMv(o)->obj;
    if (isByteArray(obj)) return asByteArray(obj)->data;
    return asBytes(obj)->data;
}

const char* mvItemPtr(Object* o, ssize i) {
    return mvData(o) + asMv(o)->start + i * asMv(o)->step;
}


std::string mvBytes(Object* o) {
    std::string out;
    MemoryViewObject* m = asMv(o);
    if (m->step == m->itemsize) {
        out.assign(mvItemPtr(o, 0), static_cast<size_t>(m->length * m->itemsize));
        return out;
    }
    for (ssize i = 0; i < m->length; i++)
        out.append(mvItemPtr(o, i), static_cast<size_t>(m->itemsize));
    return out;
}

// The size of a native single-item struct format, or 0 if the format is not supported.
ssize formatSize(char f) {
    switch (f) {
    case 'B': case 'b': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': return 4;
    case 'l': case 'L': return static_cast<ssize>(sizeof(long));
    case 'q': case 'Q': return 8;
    case 'n': case 'N': return static_cast<ssize>(sizeof(ssize));
    case 'f': return 4;
    case 'd': return 8;
    default: return 0;
    }
}

bool formatSigned(char f) { return f == 'b' || f == 'h' || f == 'i' || f == 'l' || f == 'q' || f == 'n'; }

// Item i of the view as a Python object (ints, floats, bools or 1-byte bytes).
Object* mvItem(Object* o, ssize i) {
    MemoryViewObject* m = asMv(o);
    const char* p = mvItemPtr(o, i);
    switch (m->format) {
    case 'c': return bytesFromStd(std::string_view(p, 1));
    case '?': return newBool(*p != 0);
    case 'f': {
        float v;
        std::memcpy(&v, p, sizeof v);
        return floatFromDouble(static_cast<double>(v));
    }
    case 'd': {
        double v;
        std::memcpy(&v, p, sizeof v);
        return floatFromDouble(v);
    }
    default: break;
    }
    uint64_t raw = 0;
    std::memcpy(&raw, p, static_cast<size_t>(m->itemsize));   // little-endian targets only
    if (formatSigned(m->format)) {
        int bits = static_cast<int>(m->itemsize * 8);
        int64_t v = bits == 64 ? static_cast<int64_t>(raw)
                               : static_cast<int64_t>(raw << (64 - bits)) >> (64 - bits);
        return intFromInt64(v);
    }
    return intFromUint64(raw);
}

// Stores value as item i (range and type checked as CPython's memoryview); -1 on error.
// The value is converted first: its __index__/__float__/__bool__ may release the view, so the
// item's address is taken only after a final check.
int mvStore(Object* o, ssize i, Object* value) {
    MemoryViewObject* m = asMv(o);
    auto itemPtr = [&]() -> char* {
        if (!checkReleased(o)) return nullptr;
        return mvData(o) + m->start + i * m->step;
    };
    char f = m->format;
    auto invalid = [&](bool type) {
        setError(type ? &ExcTypeError : &ExcValueError, "memoryview: invalid %s for format '%c'",
                 type ? "type" : "value", f);
        return -1;
    };
    if (f == 'c') {
        std::string_view v;
        if (!isBytes(value) || bytesView(value).size() != 1) return invalid(!isBytes(value));
        v = bytesView(value);
        char* p = itemPtr();
        if (!p) return -1;
        *p = v[0];
        return 0;
    }
    if (f == '?') {
        int t = isTrue(value);
        if (t < 0) return -1;
        char* p = itemPtr();
        if (!p) return -1;
        *p = static_cast<char>(t);
        return 0;
    }
    if (f == 'f' || f == 'd') {
        if (isStr(value) || isBytes(value) || isByteArray(value)) return invalid(true);
        double d = asDouble(value);   // anything with __float__ or __index__, as CPython
        if (d == -1.0 && errOccurred()) {
            if (!errMatches(&ExcTypeError)) return -1;
            clearError();
            return invalid(true);
        }
        char* p = itemPtr();
        if (!p) return -1;
        if (f == 'f') {
            float v = static_cast<float>(d);
            std::memcpy(p, &v, sizeof v);
        } else {
            std::memcpy(p, &d, sizeof d);
        }
        return 0;
    }
    if (!isIndex(value)) return invalid(true);
    Ref<> iv = Ref<>::steal(numberIndex(value));
    if (!iv) return -1;
    int64_t v;
    if (!intAsInt64(iv.get(), &v)) {
        clearError();
        return invalid(false);
    }
    int bits = static_cast<int>(m->itemsize * 8);
    if (formatSigned(f)) {
        if (bits < 64 && (v < -(int64_t(1) << (bits - 1)) || v >= (int64_t(1) << (bits - 1))))
            return invalid(false);
    } else if (v < 0 || (bits < 64 && v >= (int64_t(1) << bits))) {
        return invalid(false);
    }
    uint64_t raw = static_cast<uint64_t>(v);
    char* p = itemPtr();
    if (!p) return -1;
    std::memcpy(p, &raw, static_cast<size_t>(m->itemsize));
    return 0;
}

Object* newView(Object* obj, Object* base, ssize start, ssize step, ssize length,
                ssize itemsize = 1, char format = 'B') {
    Object* o = allocObject(&MemoryViewType);
    if (!o) return nullptr;
    MemoryViewObject* m = asMv(o);
    m->obj = newRef(obj);
    m->base = newRef(base);
    m->start = start;
    m->step = step;
    m->length = length;
    m->itemsize = itemsize;
    m->format = format;
    m->readonly = !isByteArray(obj);
    if (isByteArray(obj)) asByteArray(obj)->exports++;
    return o;
}

void releaseView(Object* o) {
    MemoryViewObject* m = asMv(o);
    if (!m->obj) return;
    if (isByteArray(m->obj)) asByteArray(m->obj)->exports--;
    clearRef(m->obj);
}

void mvDealloc(Object* o) {
    releaseView(o);
    xdecref(asMv(o)->base);
    freeObject(o);
}

Object* mvNew(Type*, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"object"};
    Object* a[1];
    ssize n = tupleSize(args);
    Ref<> kwnames;
    Object* argv[2] = {n > 0 ? tupleItem(args, 0) : nullptr, nullptr};
    if (kwargs && length(kwargs) > 0) {
        Object* v = getItem(kwargs, KRAIT_STR(object));
        if (!v) return nullptr;
        argv[n] = v;
        decref(v);
        kwnames = Ref<>::steal(tuplePack({KRAIT_STR(object)}));
    }
    if (!parseArgs("memoryview", argv, static_cast<size_t>(n), kwnames.get(), kNames, 1, 1, a))
        return nullptr;
    Object* x = a[0];
    if (x->type == &MemoryViewType) {
        if (!checkReleased(x)) return nullptr;
        MemoryViewObject* m = asMv(x);
        return newView(m->obj, m->base, m->start, m->step, m->length, m->itemsize, m->format);
    }
    if (!isBytes(x) && !isByteArray(x)) {
        // array.array keeps its items in a bytearray it exposes as __krait_buffer__.
        Ref<> buf = Ref<>::steal(bufferExporterStorage(x));
        if (buf) {
            Ref<> tc = Ref<>::steal(getAttr(x, "typecode"));
            if (!tc) return nullptr;
            char f = isStr(tc.get()) && strLength(tc.get()) == 1
                         ? static_cast<char>(strCharAt(tc.get(), 0)) : 'B';
            ssize size = f == 'u' ? 4 : formatSize(f);
            if (size == 0) size = 1;
            ssize len = static_cast<ssize>(bytesimpl::selfView(buf.get()).size());
            return newView(buf.get(), x, 0, size, len / size, size, f == 'u' ? 'w' : f);
        }
        if (errOccurred()) return nullptr;
        return setError(&ExcTypeError, "memoryview: a bytes-like object is required, not '%T'",
                        x);
    }
    ssize len = static_cast<ssize>(bytesimpl::selfView(x).size());
    return newView(x, x, 0, 1, len);
}

Object* mvRepr(Object* o) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "<%smemory at %p>", asMv(o)->obj ? "" : "released ",
                  static_cast<void*>(o));
    return strFromAscii(buf);
}

ssize mvLen(Object* o) {
    if (!checkReleased(o)) return -1;
    return asMv(o)->length;
}

Object* mvGetItem(Object* o, Object* key) {
    if (!checkReleased(o)) return nullptr;
    MemoryViewObject* m = asMv(o);
    if (isIndex(key)) {
        ssize i = asSsize(key, &ExcIndexError);
        if (i == -1 && errOccurred()) return nullptr;
        if (!checkReleased(o)) return nullptr;   // __index__ may have released it
        if (i < 0) i += m->length;
        if (i < 0 || i >= m->length)
            return setError(&ExcIndexError, "index out of bounds on dimension 1");
        return mvItem(o, i);
    }
    if (isSlice(key)) {
        // As CPython, the new view shares the buffer before the slice's __index__ runs, so a
        // release meanwhile leaves it usable.
        Ref<> obj = Ref<>::borrow(m->obj);
        Ref<> base = Ref<>::borrow(m->base);
        if (isByteArray(obj.get())) asByteArray(obj.get())->exports++;
        ssize start, stop, step, count;
        bool ok = sliceUnpack(key, m->length, &start, &stop, &step, &count);
        if (isByteArray(obj.get())) asByteArray(obj.get())->exports--;
        if (!ok) return nullptr;
        Object* r = newView(obj.get(), base.get(), m->start + start * m->step, m->step * step,
                            count, m->itemsize, m->format);
        if (r) asMv(r)->atPrefix = m->atPrefix;
        return r;
    }
    return setError(&ExcTypeError, "memoryview: invalid slice key");
}

int mvSetItem(Object* o, Object* key, Object* value) {
    if (!checkReleased(o)) return -1;
    MemoryViewObject* m = asMv(o);
    if (m->readonly) {
        setError(&ExcTypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        setError(&ExcTypeError, "cannot delete memory");
        return -1;
    }
    if (isIndex(key)) {
        ssize i = asSsize(key, &ExcIndexError);
        if (i == -1 && errOccurred()) return -1;
        if (!checkReleased(o)) return -1;   // __index__ may have released it
        if (i < 0) i += m->length;
        if (i < 0 || i >= m->length) {
            setError(&ExcIndexError, "index out of bounds on dimension 1");
            return -1;
        }
        return mvStore(o, i, value);
    }
    if (!isSlice(key)) {
        setError(&ExcTypeError, "memoryview: invalid slice key");
        return -1;
    }
    ssize start, stop, step, count;
    if (!sliceUnpack(key, m->length, &start, &stop, &step, &count)) return -1;
    if (!checkReleased(o)) return -1;
    char* data = mvData(o);
    std::string_view src;
    if (!getBytesView(value, &src)) return -1;
    char srcFormat = value->type == &MemoryViewType ? asMv(value)->format : 'B';
    if (static_cast<ssize>(src.size()) != count * m->itemsize ||
        (srcFormat != m->format && !(m->format == 'B' && srcFormat == 'B'))) {
        setError(&ExcValueError,
                 "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    std::string copy(src);
    size_t isz = static_cast<size_t>(m->itemsize);
    for (ssize k = 0; k < count; k++)
        std::memcpy(data + m->start + (start + k * step) * m->step, copy.data() + k * isz, isz);
    return 0;
}

Object* mvRichCompare(Object* a, Object* b, CompareOp op) {
    if (op != CompareOp::Eq && op != CompareOp::Ne) return newNotImplemented();
    if (a->type != &MemoryViewType) std::swap(a, b);
    if (!asMv(a)->obj) return newBool((a == b) == (op == CompareOp::Eq));
    std::string other;
    if (b->type == &MemoryViewType) {
        if (!asMv(b)->obj) return newBool(op == CompareOp::Ne);
        if (asMv(b)->format != asMv(a)->format || asMv(a)->format == 'f' ||
            asMv(a)->format == 'd') {
            Ref<> la = Ref<>::steal(callMethod(a, "tolist", nullptr, 0));
            Ref<> lb = la ? Ref<>::steal(callMethod(b, "tolist", nullptr, 0)) : Ref<>();
            if (!la || !lb) return nullptr;
            return richCompare(la.get(), lb.get(), op);
        }
        other = mvBytes(b);
    } else {
        std::string_view v;
        if (!isBytes(b) && !isByteArray(b)) return newNotImplemented();
        getBytesView(b, &v);
        other.assign(v);
        if (asMv(a)->format != 'B') {
            Ref<> la = Ref<>::steal(callMethod(a, "tolist", nullptr, 0));
            Ref<> lb = la ? Ref<>::steal(sequenceList(b)) : Ref<>();
            if (!la || !lb) return nullptr;
            return richCompare(la.get(), lb.get(), op);
        }
    }
    return newBool((mvBytes(a) == other) == (op == CompareOp::Eq));
}

hash_t mvHash(Object* o) {
    if (!checkReleased(o)) return -1;
    if (!asMv(o)->readonly) {
        setError(&ExcValueError, "cannot hash writable memoryview object");
        return -1;
    }
    char f = asMv(o)->format;
    if (f != 'B' && f != 'b' && f != 'c') {
        setError(&ExcValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    // As CPython's memory_hash: the exporter must be hashable too (a read-only view of a
    // bytearray is not), with the exporter's error.
    Object* exporter = asMv(o)->base && asMv(o)->base->type != &MemoryViewType ? asMv(o)->base : asMv(o)->obj;
    if (exporter && hash(exporter) == -1) return -1;
    std::string b = mvBytes(o);
    return hashBytes(b.data(), b.size());
}

Object* mvIter(Object* o) {
    if (!checkReleased(o)) return nullptr;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    for (ssize i = 0; i < asMv(o)->length; i++) {
        Ref<> v = Ref<>::steal(mvItem(o, i));
        if (!v || listAppend(list.get(), v.get()) < 0) return nullptr;
    }
    return getIter(list.get());
}

Object* mvToBytes(Object* self, Object* const*, size_t, Object*) {
    if (!checkReleased(self)) return nullptr;
    return bytesFromStd(mvBytes(self));
}

Object* mvToList(Object* self, Object* const*, size_t, Object*) {
    if (!checkReleased(self)) return nullptr;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    for (ssize i = 0; i < asMv(self)->length; i++) {
        Ref<> v = Ref<>::steal(mvItem(self, i));
        if (!v || listAppend(list.get(), v.get()) < 0) return nullptr;
    }
    return list.release();
}

Object* mvHex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkReleased(self)) return nullptr;
    Ref<> b = Ref<>::steal(bytesFromStd(mvBytes(self)));
    if (!b) return nullptr;
    return bytesimpl::mHex(b.get(), args, nargs, kwnames);
}

Object* mvRelease(Object* self, Object* const*, size_t, Object*) {
    releaseView(self);
    return newNone();
}

Object* mvEnter(Object* self, Object* const*, size_t, Object*) {
    if (!checkReleased(self)) return nullptr;
    return newRef(self);
}

Object* mvExit(Object* self, Object* const*, size_t, Object*) {
    releaseView(self);
    return newNone();
}

Object* mvToReadonly(Object* self, Object* const*, size_t, Object*) {
    if (!checkReleased(self)) return nullptr;
    MemoryViewObject* m = asMv(self);
    Object* r = newView(m->obj, m->base, m->start, m->step, m->length, m->itemsize, m->format);
    if (r) asMv(r)->readonly = true;
    return r;
}

// memoryview.cast(format[, shape]): a new view of the same (C-contiguous) memory with another
// native single-item format; one side of the cast must be a byte format.
Object* mvCast(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"format", "shape"};
    Object* a[2];
    if (!parseArgs("cast", args, nargs, kwnames, kNames, 2, 1, a)) return nullptr;
    if (!checkReleased(self)) return nullptr;
    MemoryViewObject* m = asMv(self);
    if (!isStr(a[0]))
        return setError(&ExcTypeError, "memoryview: format argument must be a string");
    std::string f = strToStd(a[0]);
    bool at = f.size() == 2 && f[0] == '@';
    if (at) f.erase(0, 1);
    ssize size = f.size() == 1 ? formatSize(f[0]) : 0;
    if (size == 0) {
        return setError(&ExcValueError, "memoryview: destination format must be a native single "
                                        "character format prefixed with an optional '@'");
    }
    if (m->step != m->itemsize && m->length > 1)
        return setError(&ExcTypeError, "memoryview: casts are restricted to C-contiguous views");
    auto isByteFormat = [](char c) { return c == 'B' || c == 'b' || c == 'c'; };
    if (!isByteFormat(m->format) && !isByteFormat(f[0]))
        return setError(&ExcTypeError, "memoryview: cannot cast between two non-byte formats");
    ssize nbytes = m->length * m->itemsize;
    if (nbytes % size != 0)
        return setError(&ExcTypeError, "memoryview: length is not a multiple of itemsize");
    ssize count = nbytes / size;
    if (a[1] && !isNone(a[1])) {
        Ref<> shape = Ref<>::steal(sequenceList(a[1]));
        if (!shape) return nullptr;
        if (listSize(shape.get()) != 1 || !isIndex(listItem(shape.get(), 0)) ||
            asSsize(listItem(shape.get(), 0), nullptr) != count) {
            if (errOccurred()) return nullptr;
            return setError(&ExcTypeError, "memoryview: product(shape) * itemsize != buffer size");
        }
    }
    Object* r = newView(m->obj, m->base, m->start, size, count, size, f[0]);
    if (r) {
        asMv(r)->readonly = m->readonly;
        asMv(r)->atPrefix = at;
    }
    return r;
}

Object* getObj(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return newRef(asMv(self)->base);
}
Object* getNbytes(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return intFromSsize(asMv(self)->length * asMv(self)->itemsize);
}
Object* getReadonly(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return newBool(asMv(self)->readonly);
}
Object* getItemsize(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return intFromSsize(asMv(self)->itemsize);
}
Object* getFormat(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    if (asMv(self)->atPrefix) {
        char buf[3] = {'@', asMv(self)->format, 0};
        return strFromAscii(buf);
    }
    return strFromAscii(std::string_view(&asMv(self)->format, 1));
}
Object* getNdim(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return intFromInt64(1);
}
Object* getShape(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    Ref<> n = Ref<>::steal(intFromSsize(asMv(self)->length));
    return n ? tuplePack({n.get()}) : nullptr;
}
Object* getStrides(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    Ref<> n = Ref<>::steal(intFromSsize(asMv(self)->step));
    return n ? tuplePack({n.get()}) : nullptr;
}
Object* getContiguous(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return newBool(asMv(self)->step == asMv(self)->itemsize || asMv(self)->length <= 1);
}
Object* getReleased(Object* self, void*) { return newBool(asMv(self)->obj == nullptr); }

const MethodDef kMemoryViewMethods[] = {
    {"tobytes", mvToBytes, 0, "Return the data in the buffer as a byte string."},
    {"tolist", mvToList, 0, "Return the data in the buffer as a list of elements."},
    {"hex", mvHex, 0, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mvRelease, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", mvToReadonly, 0, "Return a readonly version of the memoryview."},
    {"cast", mvCast, 0, "Cast a memoryview to a new format or shape."},
    {"__enter__", mvEnter, 0, nullptr},
    {"__exit__", mvExit, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kMemoryViewGetSets[] = {
    {"obj", getObj, nullptr, "The underlying object of the memoryview.", nullptr},
    {"nbytes", getNbytes, nullptr,
     "The amount of space in bytes that the array would use.", nullptr},
    {"readonly", getReadonly, nullptr,
     "A bool indicating whether the memory is read only.", nullptr},
    {"itemsize", getItemsize, nullptr, "The size in bytes of each element.", nullptr},
    {"format", getFormat, nullptr, "A string containing the format of each element.", nullptr},
    {"ndim", getNdim, nullptr, "The number of dimensions.", nullptr},
    {"shape", getShape, nullptr, "A tuple of ndim integers giving the shape.", nullptr},
    {"strides", getStrides, nullptr, "A tuple of ndim integers giving the strides.", nullptr},
    {"contiguous", getContiguous, nullptr,
     "A bool indicating whether the memory is contiguous.", nullptr},
    {"c_contiguous", getContiguous, nullptr,
     "A bool indicating whether the memory is C contiguous.", nullptr},
    {"released", getReleased, nullptr, "A bool indicating whether the view was released.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* bufferExporterStorage(Object* o) {
    if (Object* storage = arrayBufferStorage(o)) return storage;
    if (isType(o) || !(o->type->flags & kTypeHeap)) return nullptr;
    Object* name = strIntern("__krait_buffer__");
    if (!typeLookup(o->type, name)) return nullptr;
    Object* buf = lookupAttr(o, name);
    if (!buf) return nullptr;
    if (!isByteArray(buf)) {
        decref(buf);
        return nullptr;
    }
    return buf;
}

bool getWritableBuffer(Object* o, char** data, size_t* size) {
    if (isByteArray(o)) {
        *data = asByteArray(o)->data;
        *size = static_cast<size_t>(asByteArray(o)->size);
        return true;
    }
    if (o->type == &MemoryViewType) {
        if (!checkReleased(o)) return false;
        MemoryViewObject* m = asMv(o);
        if (m->readonly) {
            setError(&ExcTypeError, "readinto() argument must be read-write bytes-like object, "
                                    "not memoryview");
            return false;
        }
        if (m->step != m->itemsize && m->length > 1) {
            setError(&ExcBufferError, "memoryview: underlying buffer is not C-contiguous");
            return false;
        }
        *data = mvData(o) + m->start;
        *size = static_cast<size_t>(m->length * m->itemsize);
        return true;
    }
    if (Object* storage = bufferExporterStorage(o)) {
        *data = asByteArray(storage)->data;
        *size = static_cast<size_t>(asByteArray(storage)->size);
        decref(storage);
        return true;
    }
    if (!errOccurred()) {
        setError(&ExcTypeError, "readinto() argument must be read-write bytes-like object, not %T",
                 o);
    }
    return false;
}

bool memoryViewBytes(Object* o, std::string_view* out) {
    if (o->type != &MemoryViewType) return false;
    if (!checkReleased(o)) return false;
    MemoryViewObject* m = asMv(o);
    if (m->step != m->itemsize && m->length > 1) {
        setError(&ExcBufferError, "memoryview: underlying buffer is not C-contiguous");
        return false;
    }
    *out = std::string_view(mvData(o) + m->start, static_cast<size_t>(m->length * m->itemsize));
    return true;
}

Type MemoryViewType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "memoryview",
    .basicSize = sizeof(MemoryViewObject),
    .flags = kTypeSequence | kTypeImmutable,
    .doc = "Create a new memoryview object which references the given object.",
    .methods = kMemoryViewMethods,
    .getsets = kMemoryViewGetSets,
    .dealloc = mvDealloc,
    .repr = mvRepr,
    .hash = mvHash,
    .richCompare = mvRichCompare,
    .new_ = mvNew,
    .iter = mvIter,
    .length = mvLen,
    .getItem = mvGetItem,
    .setItem = mvSetItem,
};

}  // namespace krait
