// The bytes type: creation, slots (repr, hash, comparison, indexing, concatenation, %), the
// bytes iterator and getBytesView. Methods shared with bytearray are in bytes_methods.cpp.
#include "objects/bytes.h"

#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/bytes_internal.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

Object* allocBytes(Type* type, ssize size) {
    Object* o = allocVarObject(type, static_cast<size_t>(size) + 1);
    if (!o) return nullptr;
    BytesObject* b = asBytes(o);
    b->size = size;
    b->hash = -1;
    b->data = reinterpret_cast<char*>(o) + type->basicSize;
    b->data[size] = '\0';
    return o;
}

}  // namespace

Object* bytesNew(ssize size) {
    if (size < 0) return setError(&ExcSystemError, "negative size passed to bytesNew");
    return allocBytes(&BytesType, size);
}

Object* bytesFromStd(std::string_view data) {
    if (data.size() <= 1) {
        // Immortal shared b'' and one-byte objects, created on first use.
        static Object* cache[257];
        size_t slot = data.empty() ? 256 : static_cast<unsigned char>(data[0]);
        if (!cache[slot]) {
            Object* o = allocBytes(&BytesType, static_cast<ssize>(data.size()));
            if (!o) return nullptr;
            if (!data.empty()) asBytes(o)->data[0] = data[0];
            o->refcnt = kImmortalRefcnt;
            cache[slot] = o;
        }
        return newRef(cache[slot]);
    }
    Object* o = allocBytes(&BytesType, static_cast<ssize>(data.size()));
    if (!o) return nullptr;
    std::memcpy(asBytes(o)->data, data.data(), data.size());
    return o;
}

bool getBytesView(Object* o, std::string_view* out) {
    if (isBytes(o)) {
        *out = bytesView(o);
        return true;
    }
    if (isByteArray(o)) {
        *out = bytesimpl::selfView(o);
        return true;
    }
    if (o->type == &MemoryViewType) return memoryViewBytes(o, out);
    if (Object* storage = bufferExporterStorage(o)) {
        // The exporter (array.array) owns the bytearray, so the view outlives this reference.
        *out = bytesimpl::selfView(storage);
        decref(storage);
        return true;
    }
    if (errOccurred()) return false;
    setError(&ExcTypeError, "a bytes-like object is required, not '%T'", o);
    return false;
}

namespace {

using bytesimpl::selfView;

Object* bytesRepr(Object* o) { return strFromAscii(bytesimpl::reprBytes(bytesView(o), false)); }

hash_t bytesHash(Object* o) {
    BytesObject* b = asBytes(o);
    if (b->hash == -1) b->hash = hashBytes(b->data, static_cast<size_t>(b->size));
    return b->hash;
}

ssize bytesLen(Object* o) { return bytesSize(o); }

Object* bytesGetItem(Object* o, Object* key) {
    std::string_view v = bytesView(o);
    ssize n = static_cast<ssize>(v.size());
    if (isIndex(key)) {
        ssize i = asSsize(key, &ExcIndexError);
        if (i == -1 && errOccurred()) return nullptr;
        if (i < 0) i += n;
        if (i < 0 || i >= n) return setError(&ExcIndexError, "index out of range");
        return intFromInt64(static_cast<unsigned char>(v[static_cast<size_t>(i)]));
    }
    if (isSlice(key)) {
        ssize start, stop, step, count;
        if (!sliceUnpack(key, n, &start, &stop, &step, &count)) return nullptr;
        if (step == 1) {
            if (count == n && isBytes(o) && o->type == &BytesType) return newRef(o);
            return bytesFromStd(v.substr(static_cast<size_t>(start), static_cast<size_t>(count)));
        }
        std::string out;
        for (ssize k = 0, i = start; k < count; k++, i += step)
            out.push_back(v[static_cast<size_t>(i)]);
        return bytesFromStd(out);
    }
    return setError(&ExcTypeError, "byte indices must be integers or slices, not %T", key);
}

int bytesContains(Object* o, Object* item) { return bytesimpl::containsBytes(o, item); }

Object* bytesRichCompare(Object* a, Object* b, CompareOp op) {
    return bytesimpl::compareBytes(a, b, op);
}

Object* bytesConcat(Object* a, Object* b) {
    if (!isBytes(a)) return newNotImplemented();
    std::string_view y;
    if (!getBytesView(b, &y)) {
        clearError();
        if ((b->type->flags & kTypeHeap) && b->type->number.add) return newNotImplemented();
        return setError(&ExcTypeError, "can't concat %T to %T", b, a);
    }
    std::string_view x = bytesView(a);
    if (y.empty() && a->type == &BytesType) return newRef(a);
    std::string out;
    out.reserve(x.size() + y.size());
    out.append(x);
    out.append(y);
    return bytesFromStd(out);
}

Object* bytesRepeat(Object* a, Object* b) {
    Object* s = a;
    Object* n = b;
    if (!isBytes(s)) std::swap(s, n);
    if (!isBytes(s) || !isIndex(n)) return newNotImplemented();
    ssize count = asSsize(n, &ExcOverflowError);
    if (count == -1 && errOccurred()) return nullptr;
    std::string_view v = bytesView(s);
    if (count <= 0 || v.empty()) return bytesFromStd("");
    if (count == 1 && s->type == &BytesType) return newRef(s);
    if (static_cast<ssize>(v.size()) > PTRDIFF_MAX / count) return setErrorNoMemory();
    Object* r = bytesNew(static_cast<ssize>(v.size()) * count);
    if (!r) return nullptr;
    for (ssize k = 0; k < count; k++)
        std::memcpy(asBytes(r)->data + k * static_cast<ssize>(v.size()), v.data(), v.size());
    return r;
}

Object* bytesMod(Object* a, Object* b) {
    if (!isBytes(a)) return newNotImplemented();
    return bytesimpl::bytesPercentFormat(a, b);
}

// bytes(source=b'', encoding=..., errors=...)
Object* bytesNewSlot(Type* type, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"source", "encoding", "errors"};
    Object* a[3] = {nullptr, nullptr, nullptr};
    ssize npos = tupleSize(args);
    if (npos > 3) {
        return setError(&ExcTypeError, "bytes() takes at most 3 arguments (%zd given)", npos);
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
                return setError(&ExcTypeError, "'%U' is an invalid keyword argument for bytes()",
                                k);
            }
            if (a[found]) {
                return setError(&ExcTypeError,
                                "argument for bytes() given by name ('%s') and position (%d)",
                                kNames[found], found + 1);
            }
            a[found] = v;
        }
    }
    for (int k = 1; k < 3; k++) {
        if (a[k] && !isStr(a[k])) {
            return setError(&ExcTypeError, "bytes() argument '%s' must be str, not %T",
                            kNames[k], a[k]);
        }
    }
    std::string data;
    Ref<> result;
    Object* x = a[0];
    if (!x) {
        if (a[1]) return setError(&ExcTypeError, "encoding without a string argument");
        if (a[2]) return setError(&ExcTypeError, "errors without a string argument");
    } else if (a[1] || a[2]) {
        if (!isStr(x)) {
            return setError(&ExcTypeError, a[1] ? "encoding without a string argument"
                                                : "errors without a string argument");
        }
        if (!a[1]) return setError(&ExcTypeError, "string argument without an encoding");
        std::string enc = strToStd(a[1]);
        std::string errors = a[2] ? strToStd(a[2]) : "strict";
        if (!codecsEncodeToStd(x, enc, errors, data)) return nullptr;
    } else {
        bool missing = false;
        Ref<> r = Ref<>::steal(callSpecial(x, KRAIT_STR(__bytes__), nullptr, 0, &missing));
        if (r) {
            if (!isBytes(r.get())) {
                return setError(&ExcTypeError, "__bytes__ returned non-bytes (type %T)",
                                r.get());
            }
            if (type == &BytesType) return r.release();
            data.assign(bytesView(r.get()));
        } else {
            if (!missing) return nullptr;
            if (type == &BytesType && x->type == &BytesType) return newRef(x);
            if (!bytesimpl::bytesFromSource(x, data, false)) return nullptr;
        }
    }
    if (type == &BytesType) return bytesFromStd(data);
    Object* o = allocBytes(type, static_cast<ssize>(data.size()));
    if (!o) return nullptr;
    std::memcpy(asBytes(o)->data, data.data(), data.size());
    return o;
}

Object* bytesGetnewargs(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__getnewargs__", nargs, 0, 0)) return nullptr;
    Ref<> copy = Ref<>::steal(bytesFromStd(bytesView(self)));
    if (!copy) return nullptr;
    return tuplePack({copy.get()});
}

Object* bytesBytes(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__bytes__", nargs, 0, 0)) return nullptr;
    if (self->type == &BytesType) return newRef(self);
    return bytesFromStd(bytesView(self));
}

Object* bytesSizeof(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__sizeof__", nargs, 0, 0)) return nullptr;
    return intFromSsize(33 + bytesSize(self));   // CPython's PyBytesObject header + NUL
}

// ---- iterator ----

struct BytesIterObject {
    Object ob;
    Object* seq;
    ssize index;
};

Object* bytesIter(Object* o) {
    Object* it = allocObject(&BytesIterType);
    if (!it) return nullptr;
    auto* bi = reinterpret_cast<BytesIterObject*>(it);
    bi->seq = newRef(o);
    bi->index = 0;
    return it;
}

Object* bytesIterNext(Object* o) {
    auto* bi = reinterpret_cast<BytesIterObject*>(o);
    if (!bi->seq) return nullptr;
    if (bi->index < bytesSize(bi->seq)) {
        return intFromInt64(static_cast<unsigned char>(bytesData(bi->seq)[bi->index++]));
    }
    clearRef(bi->seq);
    return nullptr;
}

void bytesIterDealloc(Object* o) {
    auto* bi = reinterpret_cast<BytesIterObject*>(o);
    xdecref(bi->seq);
    freeObject(o);
}

Object* bytesIterLengthHint(Object* self, Object* const*, size_t, Object*) {
    auto* bi = reinterpret_cast<BytesIterObject*>(self);
    ssize n = bi->seq ? bytesSize(bi->seq) - bi->index : 0;
    return intFromSsize(n < 0 ? 0 : n);
}

const MethodDef kBytesIterMethods[] = {
    {"__length_hint__", bytesIterLengthHint, 0,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kBytesMethods[] = {
    KRAIT_BYTES_SHARED_METHODS,
    {"__getnewargs__", bytesGetnewargs, 0, nullptr},
    {"__bytes__", bytesBytes, 0, "Convert this value to exact type bytes."},
    {"__sizeof__", bytesSizeof, 0, "Size of object in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type BytesType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "bytes",
    .basicSize = sizeof(BytesObject),
    .itemSize = 1,
    .flags = kTypeBaseType | kTypeBytesSubclass | kTypeImmutable | kTypeSequence | kTypeSeqRepeat,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null "
           "bytes\nbytes() -> empty bytes object",
    .methods = kBytesMethods,
    .dealloc = freeObject,
    .repr = bytesRepr,
    .str = bytesRepr,
    .hash = bytesHash,
    .richCompare = bytesRichCompare,
    .new_ = bytesNewSlot,
    .iter = bytesIter,
    .length = bytesLen,
    .getItem = bytesGetItem,
    .contains = bytesContains,
    .number = {.add = bytesConcat, .multiply = bytesRepeat, .remainder = bytesMod},
};

Type BytesIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "bytes_iterator",
    .basicSize = sizeof(BytesIterObject),
    .flags = kTypeImmutable,
    .methods = kBytesIterMethods,
    .dealloc = bytesIterDealloc,
    .iter = selfIterSlot,
    .iterNext = bytesIterNext,
};

}  // namespace krait
