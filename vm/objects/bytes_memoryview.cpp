// memoryview over bytes and bytearray (format 'B', one dimension, any slice step): indexing,
// slicing, item and slice assignment on writable views, tobytes/tolist/hex, release and the
// context-manager protocol. A view of a bytearray counts as an export, which forbids resizing
// the bytearray until the view is released.
#include <cstdio>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/bytes.h"
#include "objects/bytes_internal.h"
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
    ssize start;
    ssize step;
    ssize length;
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

unsigned char mvAt(Object* o, ssize i) {
    return static_cast<unsigned char>(mvData(o)[asMv(o)->start + i * asMv(o)->step]);
}

std::string mvBytes(Object* o) {
    std::string out;
    for (ssize i = 0; i < asMv(o)->length; i++) out.push_back(static_cast<char>(mvAt(o, i)));
    return out;
}

Object* newView(Object* obj, Object* base, ssize start, ssize step, ssize length) {
    Object* o = allocObject(&MemoryViewType);
    if (!o) return nullptr;
    MemoryViewObject* m = asMv(o);
    m->obj = newRef(obj);
    m->base = newRef(base);
    m->start = start;
    m->step = step;
    m->length = length;
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
        return newView(m->obj, m->base, m->start, m->step, m->length);
    }
    if (!isBytes(x) && !isByteArray(x)) {
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
        if (i < 0) i += m->length;
        if (i < 0 || i >= m->length)
            return setError(&ExcIndexError, "index out of bounds on dimension 1");
        return intFromInt64(mvAt(o, i));
    }
    if (isSlice(key)) {
        ssize start, stop, step, count;
        if (!sliceUnpack(key, m->length, &start, &stop, &step, &count)) return nullptr;
        return newView(m->obj, m->base, m->start + start * m->step, m->step * step, count);
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
    char* data = mvData(o);
    if (isIndex(key)) {
        ssize i = asSsize(key, &ExcIndexError);
        if (i == -1 && errOccurred()) return -1;
        if (i < 0) i += m->length;
        if (i < 0 || i >= m->length) {
            setError(&ExcIndexError, "index out of bounds on dimension 1");
            return -1;
        }
        ssize v = isIndex(value) ? asSsize(value, nullptr) : -1;
        if (v == -1 && errOccurred()) return -1;
        if (!isIndex(value) || v < 0 || v > 255) {
            setError(isIndex(value) ? &ExcValueError : &ExcTypeError,
                     "memoryview: invalid %s for format 'B'", isIndex(value) ? "value" : "type");
            return -1;
        }
        data[m->start + i * m->step] = static_cast<char>(v);
        return 0;
    }
    if (!isSlice(key)) {
        setError(&ExcTypeError, "memoryview: invalid slice key");
        return -1;
    }
    ssize start, stop, step, count;
    if (!sliceUnpack(key, m->length, &start, &stop, &step, &count)) return -1;
    std::string_view src;
    if (!getBytesView(value, &src)) return -1;
    if (static_cast<ssize>(src.size()) != count) {
        setError(&ExcValueError,
                 "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    std::string copy(src);
    for (ssize k = 0; k < count; k++)
        data[m->start + (start + k * step) * m->step] = copy[static_cast<size_t>(k)];
    return 0;
}

Object* mvRichCompare(Object* a, Object* b, CompareOp op) {
    if (op != CompareOp::Eq && op != CompareOp::Ne) return newNotImplemented();
    if (a->type != &MemoryViewType) std::swap(a, b);
    if (!asMv(a)->obj) return newBool((a == b) == (op == CompareOp::Eq));
    std::string other;
    if (b->type == &MemoryViewType) {
        if (!asMv(b)->obj) return newBool(op == CompareOp::Ne);
        other = mvBytes(b);
    } else {
        std::string_view v;
        if (!isBytes(b) && !isByteArray(b)) return newNotImplemented();
        getBytesView(b, &v);
        other.assign(v);
    }
    return newBool((mvBytes(a) == other) == (op == CompareOp::Eq));
}

hash_t mvHash(Object* o) {
    if (!checkReleased(o)) return -1;
    if (!asMv(o)->readonly) {
        setError(&ExcValueError, "cannot hash writable memoryview object");
        return -1;
    }
    std::string b = mvBytes(o);
    return hashBytes(b.data(), b.size());
}

Object* mvIter(Object* o) {
    if (!checkReleased(o)) return nullptr;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    for (ssize i = 0; i < asMv(o)->length; i++) {
        Ref<> v = Ref<>::steal(intFromInt64(mvAt(o, i)));
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
        Ref<> v = Ref<>::steal(intFromInt64(mvAt(self, i)));
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
    Object* r = newView(m->obj, m->base, m->start, m->step, m->length);
    if (r) asMv(r)->readonly = true;
    return r;
}

Object* getObj(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return newRef(asMv(self)->base);
}
Object* getNbytes(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return intFromSsize(asMv(self)->length);
}
Object* getReadonly(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return newBool(asMv(self)->readonly);
}
Object* getItemsize(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return intFromInt64(1);
}
Object* getFormat(Object* self, void*) {
    if (!checkReleased(self)) return nullptr;
    return strFromAscii("B");
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
    return newBool(asMv(self)->step == 1 || asMv(self)->length <= 1);
}
Object* getReleased(Object* self, void*) { return newBool(asMv(self)->obj == nullptr); }

const MethodDef kMemoryViewMethods[] = {
    {"tobytes", mvToBytes, 0, "Return the data in the buffer as a byte string."},
    {"tolist", mvToList, 0, "Return the data in the buffer as a list of elements."},
    {"hex", mvHex, 0, "Return the data in the buffer as a str of hexadecimal numbers."},
    {"release", mvRelease, 0, "Release the underlying buffer exposed by the memoryview object."},
    {"toreadonly", mvToReadonly, 0, "Return a readonly version of the memoryview."},
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

bool memoryViewBytes(Object* o, std::string_view* out) {
    if (o->type != &MemoryViewType) return false;
    if (!checkReleased(o)) return false;
    MemoryViewObject* m = asMv(o);
    if (m->step != 1 && m->length > 1) {
        setError(&ExcBufferError, "memoryview: underlying buffer is not C-contiguous");
        return false;
    }
    *out = std::string_view(mvData(o) + m->start, static_cast<size_t>(m->length));
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
