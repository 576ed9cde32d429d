// The bytearray type: a mutable byte buffer (heap array with over-allocation), its slots
// (indexing and slice assignment, +=, *=) and mutating methods. Methods shared with bytes are
// in bytes_methods.cpp.
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/bytes.h"
#include "objects/bytes_internal.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

bool isByteArray(Object* o) {
    return o->type == &ByteArrayType || isSubtype(o->type, &ByteArrayType);
}

namespace {

using bytesimpl::selfView;

// Resizes the buffer to `size` bytes (contents kept) with CPython's allocation policy (so
// __alloc__ and __sizeof__ match): moderate growth over-allocates, large growth and major
// shrinking allocate exactly size + 1.
bool baResize(Object* o, ssize size) {
    ByteArrayObject* b = asByteArray(o);
    if (b->exports > 0 && size != b->size) {
        setError(&ExcBufferError, "Existing exports of data: object cannot be re-sized");
        return false;
    }
    if (size == 0 && b->allocated == 0) {
        b->size = 0;
        return true;
    }
    ssize alloc = b->allocated;
    if (size + 1 <= alloc) {
        if (size < alloc / 2) alloc = size + 1;
    } else if (size <= alloc + alloc / 8) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    if (alloc != b->allocated) {
        char* p = static_cast<char*>(std::realloc(b->data, static_cast<size_t>(alloc)));
        if (!p) {
            setErrorNoMemory();
            return false;
        }
        b->data = p;
        b->allocated = alloc;
    }
    b->size = size;
    b->data[size] = '\0';
    return true;
}

bool baAssign(Object* o, std::string_view data) {
    std::string copy(data);   // data may alias the buffer
    if (!baResize(o, static_cast<ssize>(copy.size()))) return false;
    if (!copy.empty()) std::memcpy(asByteArray(o)->data, copy.data(), copy.size());
    return true;
}

Object* baAlloc(Type* type) {
    Object* o = allocObject(type);
    if (!o) return nullptr;
    ByteArrayObject* b = asByteArray(o);
    b->size = 0;
    b->allocated = 0;
    b->data = nullptr;
    b->exports = 0;
    return o;
}

bool byteValue(Object* v, char* out) {
    if (!isIndex(v)) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    ssize x = asSsize(v, nullptr);
    if (x == -1 && errOccurred()) return false;
    if (x < 0 || x > 255) {
        setError(&ExcValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = static_cast<char>(x);
    return true;
}

void baDealloc(Object* o) {
    std::free(asByteArray(o)->data);
    freeObject(o);
}

Object* baRepr(Object* o) {
    std::string r = typeName(o->type);
    size_t dot = r.rfind('.');
    if (dot != std::string::npos) r = r.substr(dot + 1);
    r += "(" + bytesimpl::reprBytes(selfView(o), true) + ")";
    return strFromAscii(r);
}

ssize baLen(Object* o) { return asByteArray(o)->size; }

Object* baGetItem(Object* o, Object* key) {
    std::string_view v = selfView(o);
    ssize n = static_cast<ssize>(v.size());
    if (isIndex(key)) {
        ssize i = asSsize(key, &ExcIndexError);
        if (i == -1 && errOccurred()) return nullptr;
        if (i < 0) i += n;
        if (i < 0 || i >= n) return setError(&ExcIndexError, "bytearray index out of range");
        return intFromInt64(static_cast<unsigned char>(v[static_cast<size_t>(i)]));
    }
    if (isSlice(key)) {
        ssize start, stop, step, count;
        if (!sliceUnpack(key, n, &start, &stop, &step, &count)) return nullptr;
        std::string out;
        for (ssize k = 0, i = start; k < count; k++, i += step)
            out.push_back(v[static_cast<size_t>(i)]);
        return byteArrayFromStd(out);
    }
    return setError(&ExcTypeError, "bytearray indices must be integers or slices, not %T", key);
}

// The bytes for a slice assignment value.
bool assignSource(Object* self, Object* value, std::string& out) {
    std::string_view v;
    if (isBytes(value) || isByteArray(value)) {
        getBytesView(value, &v);
        out.assign(v);
        return true;
    }
    if (isStr(value) || isIndex(value)) {
        setError(&ExcTypeError,
                 "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
    }
    return bytesimpl::bytesFromSource(value, out, true);
}

int baSetItem(Object* o, Object* key, Object* value) {
    ByteArrayObject* b = asByteArray(o);
    if (isIndex(key)) {
        ssize i = asSsize(key, &ExcIndexError);
        if (i == -1 && errOccurred()) return -1;
        if (i < 0) i += b->size;
        if (i < 0 || i >= b->size) {
            setError(&ExcIndexError, "bytearray index out of range");
            return -1;
        }
        if (!value) {
            std::memmove(b->data + i, b->data + i + 1, static_cast<size_t>(b->size - i - 1));
            return baResize(o, b->size - 1) ? 0 : -1;
        }
        char c;
        if (!byteValue(value, &c)) return -1;
        b->data[i] = c;
        return 0;
    }
    if (!isSlice(key)) {
        setError(&ExcTypeError, "bytearray indices must be integers or slices, not %T", key);
        return -1;
    }
    ssize start, stop, step, count;
    if (!sliceUnpack(key, b->size, &start, &stop, &step, &count)) return -1;
    std::string src;
    if (value && !assignSource(o, value, src)) return -1;
    std::string cur(selfView(o));
    if (step == 1) {
        if (stop < start) stop = start;
        std::string out = cur.substr(0, static_cast<size_t>(start));
        out += src;
        out += cur.substr(static_cast<size_t>(stop));
        return baAssign(o, out) ? 0 : -1;
    }
    if (!value) {
        std::string out;
        std::string del(cur.size(), '\0');
        for (ssize k = 0, i = start; k < count; k++, i += step) del[static_cast<size_t>(i)] = 1;
        for (size_t i = 0; i < cur.size(); i++)
            if (!del[i]) out.push_back(cur[i]);
        return baAssign(o, out) ? 0 : -1;
    }
    if (static_cast<ssize>(src.size()) != count) {
        setError(&ExcValueError,
                 "attempt to assign bytes of size %zd to extended slice of size %zd",
                 static_cast<ssize>(src.size()), count);
        return -1;
    }
    for (ssize k = 0, i = start; k < count; k++, i += step)
        b->data[i] = src[static_cast<size_t>(k)];
    return 0;
}

int baContains(Object* o, Object* item) { return bytesimpl::containsBytes(o, item); }

Object* baRichCompare(Object* a, Object* b, CompareOp op) {
    Object* other = isByteArray(a) ? b : a;
    if (isBytes(other) || isByteArray(other) || isStr(other))
        return bytesimpl::compareBytes(a, b, op);
    // As CPython, a bytearray compares with any bytes-like object (memoryview, array).
    std::string_view x, y;
    if (!getBytesView(a, &x) || !getBytesView(b, &y)) {
        clearError();
        return newNotImplemented();
    }
    int c = x.compare(y);
    bool r;
    switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return newBool(r);
}

Object* baConcat(Object* a, Object* b) {
    if (!isByteArray(a)) return newNotImplemented();
    std::string_view y;
    if (!getBytesView(b, &y)) {
        clearError();
        if ((b->type->flags & kTypeHeap) && b->type->number.add) return newNotImplemented();
        return setError(&ExcTypeError, "can't concat %T to %T", b, a);
    }
    std::string out(selfView(a));
    out.append(y);
    return byteArrayFromStd(out);
}

Object* baInplaceConcat(Object* a, Object* b) {
    if (!isByteArray(a)) return newNotImplemented();
    std::string_view y;
    if (!getBytesView(b, &y)) {
        clearError();
        return setError(&ExcTypeError, "can't concat %T to %T", b, a);
    }
    std::string out(selfView(a));
    out.append(y);
    if (!baAssign(a, out)) return nullptr;
    return newRef(a);
}

bool repeatCount(Object* n, ssize* count) {
    *count = asSsize(n, &ExcOverflowError);
    return !(*count == -1 && errOccurred());
}

// Fills bytearray `dst` with `count` copies of the first `len` bytes of src (dst may be the
// source itself: the first copy is in place). MemoryError if the size overflows.
bool baFillRepeat(Object* dst, std::string_view src, ssize count) {
    ssize len = static_cast<ssize>(src.size());
    if (count <= 0 || len == 0) return baResize(dst, 0);
    if (len > (PTRDIFF_MAX - 1) / count) {
        setErrorNoMemory();
        return false;
    }
    std::string first(src);   // src may alias dst's buffer
    if (!baResize(dst, len * count)) return false;
    char* d = asByteArray(dst)->data;
    std::memcpy(d, first.data(), static_cast<size_t>(len));
    // Doubling copies: log2(count) memcpy calls.
    ssize done = len, total = len * count;
    while (done < total) {
        ssize n = done < total - done ? done : total - done;
        std::memcpy(d + done, d, static_cast<size_t>(n));
        done += n;
    }
    return true;
}

Object* baRepeat(Object* a, Object* b) {
    Object* s = a;
    Object* n = b;
    if (!isByteArray(s)) std::swap(s, n);
    if (!isByteArray(s) || !isIndex(n)) return newNotImplemented();
    ssize count;
    if (!repeatCount(n, &count)) return nullptr;
    Object* r = baAlloc(&ByteArrayType);
    if (!r) return nullptr;
    if (!baFillRepeat(r, selfView(s), count)) {
        decref(r);
        return nullptr;
    }
    return r;
}

Object* baInplaceRepeat(Object* a, Object* b) {
    if (!isByteArray(a) || !isIndex(b)) return newNotImplemented();
    ssize count;
    if (!repeatCount(b, &count)) return nullptr;
    if (!baFillRepeat(a, selfView(a), count)) return nullptr;
    return newRef(a);
}

Object* baMod(Object* a, Object* b) {
    if (!isByteArray(a)) return newNotImplemented();
    return bytesimpl::bytesPercentFormat(a, b);
}

Object* baNewSlot(Type* type, Object*, Object*) { return baAlloc(type); }

// bytearray(source=b'', encoding=..., errors=...)
int baInit(Object* self, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"source", "encoding", "errors"};
    Object* a[3] = {nullptr, nullptr, nullptr};
    ssize npos = tupleSize(args);
    if (npos > 3) {
        setError(&ExcTypeError, "bytearray() takes at most 3 arguments (%zd given)", npos);
        return -1;
    }
    for (ssize i = 0; i < npos; i++) a[i] = tupleItem(args, i);
    if (kwargs) {
        ssize pos = 0;
        Object *k, *v;
        while (dictNext(kwargs, &pos, &k, &v)) {
            int found = -1;
            for (int i = 0; i < 3; i++)
                if (isStr(k) && strEqualsAscii(k, kNames[i])) found = i;
            if (found < 0) {
                setError(&ExcTypeError, "'%U' is an invalid keyword argument for bytearray()", k);
                return -1;
            }
            if (a[found]) {
                setError(&ExcTypeError,
                         "argument for bytearray() given by name ('%s') and position (%d)",
                         kNames[found], found + 1);
                return -1;
            }
            a[found] = v;
        }
    }
    for (int k = 1; k < 3; k++) {
        if (a[k] && !isStr(a[k])) {
            setError(&ExcTypeError, "bytearray() argument '%s' must be str, not %T", kNames[k],
                     a[k]);
            return -1;
        }
    }
    std::string data;
    Object* x = a[0];
    if (!x) {
        if (a[1] || a[2]) {
            setError(&ExcTypeError, a[1] ? "encoding without a string argument"
                                         : "errors without a string argument");
            return -1;
        }
    } else if (a[1] || a[2]) {
        if (!isStr(x)) {
            setError(&ExcTypeError, a[1] ? "encoding without a string argument"
                                         : "errors without a string argument");
            return -1;
        }
        if (!a[1]) {
            setError(&ExcTypeError, "string argument without an encoding");
            return -1;
        }
        std::string errors = a[2] ? strToStd(a[2]) : "strict";
        if (!codecsEncodeToStd(x, strToStd(a[1]), errors, data)) return -1;
    } else if (!bytesimpl::bytesFromSource(x, data, true)) {
        return -1;
    }
    return baAssign(self, data) ? 0 : -1;
}

// ---- mutating methods ----

Object* baAppend(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("append", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "bytearray.append() takes exactly one argument (%zu given)",
                        nargs);
    }
    char c;
    if (!byteValue(args[0], &c)) return nullptr;
    ssize n = asByteArray(self)->size;
    if (!baResize(self, n + 1)) return nullptr;
    asByteArray(self)->data[n] = c;
    return newNone();
}

Object* baExtend(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("extend", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "bytearray.extend() takes exactly one argument (%zu given)",
                        nargs);
    }
    std::string add;
    Object* x = args[0];
    std::string_view v;
    if (isBytes(x) || isByteArray(x)) {
        getBytesView(x, &v);
        add.assign(v);
    } else {
        Ref<> it = Ref<>::steal(getIter(x));
        if (!it) {
            if (errMatches(&ExcTypeError)) {
                clearError();
                setError(&ExcTypeError, "can't extend bytearray with %T", x);
            }
            return nullptr;
        }
        while (true) {
            Ref<> item = Ref<>::steal(iterNext(it.get()));
            if (!item) {
                if (errOccurred()) return nullptr;
                break;
            }
            char c;
            if (!byteValue(item.get(), &c)) return nullptr;
            add.push_back(c);
        }
    }
    std::string out(selfView(self));
    out += add;
    if (!baAssign(self, out)) return nullptr;
    return newNone();
}

Object* baInsert(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("insert", kwnames) || !checkArgCount("insert", nargs, 2, 2)) return nullptr;
    if (!isIndex(args[0])) {
        return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer",
                        args[0]);
    }
    ssize i = asSsize(args[0], &ExcOverflowError);
    if (i == -1 && errOccurred()) return nullptr;
    char c;
    if (!byteValue(args[1], &c)) return nullptr;
    std::string cur(selfView(self));
    ssize n = static_cast<ssize>(cur.size());
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    cur.insert(static_cast<size_t>(i), 1, c);
    if (!baAssign(self, cur)) return nullptr;
    return newNone();
}

Object* baPop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("pop", kwnames) || !checkArgCount("pop", nargs, 0, 1)) return nullptr;
    ssize n = asByteArray(self)->size;
    ssize i = -1;
    if (nargs > 0) {
        if (!isIndex(args[0])) {
            return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer",
                            args[0]);
        }
        i = asSsize(args[0], &ExcOverflowError);
        if (i == -1 && errOccurred()) return nullptr;
    }
    if (n == 0) return setError(&ExcIndexError, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return setError(&ExcIndexError, "pop index out of range");
    ByteArrayObject* b = asByteArray(self);
    unsigned char c = static_cast<unsigned char>(b->data[i]);
    std::memmove(b->data + i, b->data + i + 1, static_cast<size_t>(n - i - 1));
    if (!baResize(self, n - 1)) return nullptr;
    return intFromInt64(c);
}

Object* baRemove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("remove", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "bytearray.remove() takes exactly one argument (%zu given)",
                        nargs);
    }
    char c;
    if (!byteValue(args[0], &c)) return nullptr;
    std::string cur(selfView(self));
    size_t k = cur.find(c);
    if (k == std::string::npos) return setError(&ExcValueError, "value not found in bytearray");
    cur.erase(k, 1);
    if (!baAssign(self, cur)) return nullptr;
    return newNone();
}

Object* baReverse(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("reverse", kwnames) || !checkArgCount("reverse", nargs, 0, 0))
        return nullptr;
    ByteArrayObject* b = asByteArray(self);
    for (ssize i = 0, j = b->size - 1; i < j; i++, j--) std::swap(b->data[i], b->data[j]);
    return newNone();
}

Object* baClear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("clear", kwnames) || !checkArgCount("clear", nargs, 0, 0)) return nullptr;
    if (!baAssign(self, "")) return nullptr;
    return newNone();
}

Object* baCopy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("copy", kwnames) || !checkArgCount("copy", nargs, 0, 0)) return nullptr;
    return byteArrayFromStd(selfView(self));
}

Object* baAllocMethod(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__alloc__", nargs, 0, 0)) return nullptr;
    return intFromSsize(asByteArray(self)->allocated);
}

Object* baSizeof(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__sizeof__", nargs, 0, 0)) return nullptr;
    return intFromSsize(56 + asByteArray(self)->allocated);
}

// (type(self), (latin-1 text, 'latin-1'), __dict__ or None), as CPython.
Object* baReduce(Object* self, Object* const*, size_t, Object*) {
    Ref<> text = Ref<>::steal(strFromLatin1(selfView(self)));
    Ref<> enc = Ref<>::steal(strFromAscii("latin-1"));
    if (!text || !enc) return nullptr;
    Ref<> args = Ref<>::steal(asByteArray(self)->size ? tuplePack({text.get(), enc.get()})
                                                      : newRef(emptyTuple()));
    if (!args) return nullptr;
    Object** dictPtr = instanceDictPtr(self);
    Object* dict = (dictPtr && *dictPtr) ? *dictPtr : none();
    if (dict != none()) instanceDictEscapes(dict);
    return tuplePack({asObject(self->type), args.get(), dict});
}

// ---- iterator ----

struct ByteArrayIterObject {
    Object ob;
    Object* seq;
    ssize index;
};

Object* baIter(Object* o) {
    Object* it = allocObject(&ByteArrayIterType);
    if (!it) return nullptr;
    auto* bi = reinterpret_cast<ByteArrayIterObject*>(it);
    bi->seq = newRef(o);
    bi->index = 0;
    return it;
}

Object* baIterNext(Object* o) {
    auto* bi = reinterpret_cast<ByteArrayIterObject*>(o);
    if (!bi->seq) return nullptr;
    if (bi->index < asByteArray(bi->seq)->size) {
        return intFromInt64(static_cast<unsigned char>(asByteArray(bi->seq)->data[bi->index++]));
    }
    clearRef(bi->seq);
    return nullptr;
}

void baIterDealloc(Object* o) {
    auto* bi = reinterpret_cast<ByteArrayIterObject*>(o);
    xdecref(bi->seq);
    freeObject(o);
}

Object* baIterLengthHint(Object* self, Object* const*, size_t, Object*) {
    auto* bi = reinterpret_cast<ByteArrayIterObject*>(self);
    ssize n = bi->seq ? asByteArray(bi->seq)->size - bi->index : 0;
    return intFromSsize(n < 0 ? 0 : n);
}

const MethodDef kByteArrayIterMethods[] = {
    {"__length_hint__", baIterLengthHint, 0,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kByteArrayMethods[] = {
    KRAIT_BYTES_SHARED_METHODS,
    {"append", baAppend, 0, "Append a single item to the end of the bytearray."},
    {"extend", baExtend, 0, "Append all the items from the iterator or sequence to the end."},
    {"insert", baInsert, 0, "Insert a single item into the bytearray before the given index."},
    {"pop", baPop, 0, "Remove and return a single item from B."},
    {"remove", baRemove, 0, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", baReverse, 0, "Reverse the order of the values in B in place."},
    {"clear", baClear, 0, "Remove all items from the bytearray."},
    {"copy", baCopy, 0, "Return a copy of B."},
    {"__alloc__", baAllocMethod, 0, "B.__alloc__() -> int"},
    {"__sizeof__", baSizeof, 0, "Returns the size of the bytearray object in memory, in bytes."},
    {"__reduce__", baReduce, 0, "Return state information for pickling."},
    {"__reduce_ex__", baReduce, 0, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* byteArrayFromStd(std::string_view data) {
    Object* o = baAlloc(&ByteArrayType);
    if (!o) return nullptr;
    if (!baAssign(o, data)) {
        decref(o);
        return nullptr;
    }
    return o;
}

Type ByteArrayType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "bytearray",
    .basicSize = sizeof(ByteArrayObject),
    .flags = kTypeBaseType | kTypeSequence | kTypeSeqRepeat,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with "
           "null bytes\nbytearray() -> empty bytes array",
    .methods = kByteArrayMethods,
    .dealloc = baDealloc,
    .repr = baRepr,
    .str = baRepr,
    .hash = hashNotImplemented,
    .richCompare = baRichCompare,
    .new_ = baNewSlot,
    .init = baInit,
    .iter = baIter,
    .length = baLen,
    .getItem = baGetItem,
    .setItem = baSetItem,
    .contains = baContains,
    .number = {.add = baConcat, .multiply = baRepeat, .remainder = baMod,
               .inplaceAdd = baInplaceConcat, .inplaceMultiply = baInplaceRepeat},
};

Type ByteArrayIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "bytearray_iterator",
    .basicSize = sizeof(ByteArrayIterObject),
    .flags = kTypeImmutable,
    .methods = kByteArrayIterMethods,
    .dealloc = baIterDealloc,
    .iter = selfIterSlot,
    .iterNext = baIterNext,
};

}  // namespace krait
