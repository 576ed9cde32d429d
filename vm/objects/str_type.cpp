// The str type object and its core slots (repr, hash, comparison, indexing, concatenation,
// iteration). Methods are in str_methods.cpp.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/seq_util.h"
#include "objects/codecs.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode_db.h"

namespace krait {

extern const MethodDef kStrMethods[];

namespace {

void strDealloc(Object* o) {
    StrObject* s = asStr(o);
    if (s->utf8 && s->utf8 != static_cast<char*>(s->data)) std::free(s->utf8);
    freeObject(o);
}

}  // namespace

// repr(str): CPython's quoting and escaping rules.
Object* strRepr(Object* o) {
    ssize n = strLength(o);
    bool hasSingle = false, hasDouble = false;
    for (ssize i = 0; i < n; i++) {
        uint32_t c = strCharAt(o, i);
        if (c == '\'') hasSingle = true;
        else if (c == '"') hasDouble = true;
    }
    char quote = (hasSingle && !hasDouble) ? '"' : '\'';
    std::string out;
    out.reserve(static_cast<size_t>(n) + 2);
    out.push_back(quote);
    char buf[16];
    for (ssize i = 0; i < n; i++) {
        uint32_t c = strCharAt(o, i);
        if (c == static_cast<uint32_t>(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (unicode::isPrintable(c)) {
            if (c < 0x80) {
                out.push_back(static_cast<char>(c));
            } else {
                uint32_t one[1] = {c};
                Object* t = strFromCodePoints(one, 1);
                if (!t) return nullptr;
                out.append(strView(t));
                decref(t);
            }
        } else if (c < 0x100) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else if (c < 0x10000) {
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            std::snprintf(buf, sizeof buf, "\\U%08x", c);
            out += buf;
        }
    }
    out.push_back(quote);
    return strFromUtf8(out);
}

namespace {

Object* strStr(Object* o) {
    if (isStrExact(o)) return newRef(o);
    return strSubstring(o, 0, strLength(o)) ;
}

hash_t strHashSlot(Object* o) { return strHash(o); }

Object* strRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isStr(a) || !isStr(b)) return newNotImplemented();
    bool r;
    if (op == CompareOp::Eq || op == CompareOp::Ne) {
        r = strEqual(a, b) == (op == CompareOp::Eq);
    } else {
        int c = strCompare(a, b);
        switch (op) {
        case CompareOp::Lt: r = c < 0; break;
        case CompareOp::Le: r = c <= 0; break;
        case CompareOp::Gt: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return newBool(r);
}

ssize strLen(Object* o) { return strLength(o); }

Object* strGetItem(Object* o, Object* key) {
    if (isIndex(key)) {
        ssize i = asSsize(key, &ExcIndexError);
        if (i == -1 && errOccurred()) return nullptr;
        if (i < 0) i += strLength(o);
        if (i < 0 || i >= strLength(o))
            return setError(&ExcIndexError, "string index out of range");
        return strFromCodePoint(strCharAt(o, i));
    }
    if (isSlice(key)) {
        ssize start, stop, step, count;
        if (!sliceUnpack(key, strLength(o), &start, &stop, &step, &count)) return nullptr;
        if (step == 1) return strSubstring(o, start, start + count);
        if (count <= 0) return newRef(emptyStr());
        StrBuilder b;
        for (ssize k = 0, i = start; k < count; k++, i += step) b.push(strCharAt(o, i));
        return b.finish();
    }
    return setError(&ExcTypeError, "string indices must be integers, not '%T'", key);
}

int strContains(Object* o, Object* item) {
    if (!isStr(item)) {
        setError(&ExcTypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    return strFindIn(o, item, 0, strLength(o), false) >= 0;
}

Object* strAdd(Object* a, Object* b) {
    if (!isStr(a)) return newNotImplemented();
    if (!isStr(b)) {
        // A Python class with __radd__ gets its chance (CPython tries nb_add before concat).
        if ((b->type->flags & kTypeHeap) && b->type->number.add) return newNotImplemented();
        return setError(&ExcTypeError, "can only concatenate str (not \"%T\") to str", b);
    }
    return strConcat(a, b);
}

Object* strRepeat(Object* a, Object* b) {
    Object* s = a;
    Object* n = b;
    if (!isStr(s)) std::swap(s, n);
    if (!isStr(s) || !isIndex(n)) return newNotImplemented();
    ssize count = asSsize(n, &ExcOverflowError);
    if (count == -1 && errOccurred()) return nullptr;
    ssize len = strLength(s);
    if (count <= 0 || len == 0) return newRef(emptyStr());
    if (count == 1 && isStrExact(s)) return newRef(s);
    if (len > PTRDIFF_MAX / 4 / count) return setErrorNoMemory();
    uint32_t maxChar = 0;
    for (ssize i = 0; i < len; i++) maxChar = std::max(maxChar, strCharAt(s, i));
    Object* r = strNew(len * count, maxChar);
    if (!r) return nullptr;
    StrObject* src = asStr(s);
    StrObject* dst = asStr(r);
    size_t chunk = static_cast<size_t>(len) * dst->kind;
    if (src->kind == dst->kind) {
        for (ssize k = 0; k < count; k++)
            std::memcpy(static_cast<char*>(dst->data) + k * chunk, src->data, chunk);
    } else {
        for (ssize k = 0; k < count; k++)
            for (ssize i = 0; i < len; i++) strSetChar(r, k * len + i, strCharAt(s, i));
    }
    return r;
}

Object* strMod(Object* a, Object* b) {
    if (!isStr(a)) return newNotImplemented();
    return strPercentFormat(a, b);
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict').
Object* strNewSlot(Type* type, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"object", "encoding", "errors"};
    ssize npos = tupleSize(args);
    Ref<> kwnames;
    std::vector<Object*> argv;
    for (ssize i = 0; i < npos; i++) argv.push_back(tupleItem(args, i));
    if (kwargs && length(kwargs) > 0) {
        Ref<> keyList = Ref<>::steal(dictKeys(kwargs));
        if (!keyList) return nullptr;
        Ref<> keys = Ref<>::steal(listAsTuple(keyList.get()));
        if (!keys) return nullptr;
        for (ssize i = 0; i < tupleSize(keys.get()); i++) {
            Object* v = getItem(kwargs, tupleItem(keys.get(), i));
            if (!v) return nullptr;
            argv.push_back(v);
            decref(v);   // the dict keeps it alive
        }
        kwnames = keys;
    }
    Object* a[3];
    if (!parseArgs("str", argv.data(), static_cast<size_t>(npos), kwnames.get(), kNames, 3, 0, a))
        return nullptr;
    Ref<> result;
    if (!a[0]) {
        result = Ref<>::borrow(emptyStr());
    } else if (!a[1] && !a[2]) {
        result = Ref<>::steal(str(a[0]));
    } else {
        std::string enc = "utf-8", errors = "strict";
        for (int k = 1; k < 3; k++) {
            if (!a[k]) continue;
            if (!isStr(a[k])) {
                return setError(&ExcTypeError, "str() argument '%s' must be str, not %T",
                                kNames[k], a[k]);
            }
            (k == 1 ? enc : errors) = strToStd(a[k]);
        }
        if (isStr(a[0])) return setError(&ExcTypeError, "decoding str is not supported");
        std::string_view data;
        if (!getBytesView(a[0], &data)) {
            clearError();
            return setError(&ExcTypeError, "decoding to str: need a bytes-like object, %T found",
                            a[0]);
        }
        result = Ref<>::steal(codecsDecode(data, enc, errors, a[0]));
    }
    if (!result) return nullptr;
    if (type == &StrType) return result.release();
    // A subclass instance holding a copy of the text.
    Object* r = result.get();
    ssize n = strLength(r);
    uint32_t maxChar = 0;
    for (ssize i = 0; i < n; i++) maxChar = std::max(maxChar, strCharAt(r, i));
    uint8_t kind = maxChar < 256 ? 1 : (maxChar < 65536 ? 2 : 4);
    Object* o = allocVarObject(type, (static_cast<size_t>(n) + 1) * kind);
    if (!o) return nullptr;
    StrObject* s = asStr(o);
    s->length = n;
    s->hash = -1;
    s->kind = kind;
    s->ascii = maxChar < 128;
    s->interned = 0;
    s->data = reinterpret_cast<char*>(o) + type->basicSize;
    std::memset(static_cast<char*>(s->data) + static_cast<size_t>(n) * kind, 0, kind);
    for (ssize i = 0; i < n; i++) strSetChar(o, i, strCharAt(r, i));
    if (s->ascii) {
        s->utf8 = static_cast<char*>(s->data);
        s->utf8Length = n;
    } else {
        s->utf8 = nullptr;
        s->utf8Length = 0;
    }
    return o;
}

struct StrIterObject {
    Object ob;
    Object* str;
    ssize index;
};

Object* strIter(Object* o) {
    Object* it = allocObject(&StrIterType);
    if (!it) return nullptr;
    auto* si = reinterpret_cast<StrIterObject*>(it);
    si->str = newRef(o);
    si->index = 0;
    return it;
}

Object* strIterNext(Object* o) {
    auto* si = reinterpret_cast<StrIterObject*>(o);
    if (!si->str) return nullptr;
    if (si->index < strLength(si->str)) return strFromCodePoint(strCharAt(si->str, si->index++));
    clearRef(si->str);
    return nullptr;
}

void strIterDealloc(Object* o) {
    auto* si = reinterpret_cast<StrIterObject*>(o);
    xdecref(si->str);
    freeObject(o);
}

Object* selfIter(Object* o) { return newRef(o); }

// __length_hint__ / __reduce__ / __setstate__ of str iterators, as CPython's unicodeiter.
Object* strIterLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__length_hint__", nargs)) return nullptr;
    auto* si = reinterpret_cast<StrIterObject*>(self);
    ssize n = si->str ? strLength(si->str) - si->index : 0;
    return intFromSsize(n < 0 ? 0 : n);
}

Object* strIterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    auto* si = reinterpret_cast<StrIterObject*>(self);
    Object* iter = builtinFunc("iter");
    if (!iter) return nullptr;
    if (si->str) {
        Ref<> idx = Ref<>::steal(intFromSsize(si->index));
        Ref<> args = Ref<>::steal(tuplePack({si->str}));
        if (!idx || !args) return nullptr;
        return tuplePack({iter, args.get(), idx.get()});
    }
    Ref<> args = Ref<>::steal(tuplePack({emptyStr()}));
    return args ? tuplePack({iter, args.get()}) : nullptr;
}

Object* strIterSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__setstate__", nargs)) return nullptr;
    auto* si = reinterpret_cast<StrIterObject*>(self);
    ssize i;
    if (!setStateIndex(args[0], &i)) return nullptr;
    if (si->str) {
        if (i < 0) i = 0;
        if (i > strLength(si->str)) i = strLength(si->str);
        si->index = i;
    }
    return newNone();
}

const MethodDef kStrIterMethods[] = {
    {"__length_hint__", strIterLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", strIterReduce, kMethNoKw, "Return state information for pickling."},
    {"__setstate__", strIterSetState, kMethNoKw, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type StrType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "str",
    .basicSize = sizeof(StrObject),
    .itemSize = 1,
    .flags = kTypeBaseType | kTypeStrSubclass | kTypeImmutable | kTypeSeqRepeat,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
    .methods = kStrMethods,
    .dealloc = strDealloc,
    .repr = strRepr,
    .str = strStr,
    .hash = strHashSlot,
    .richCompare = strRichCompare,
    .new_ = strNewSlot,
    .iter = strIter,
    .length = strLen,
    .getItem = strGetItem,
    .contains = strContains,
    .number = {.add = strAdd, .multiply = strRepeat, .remainder = strMod},
};

Type StrIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "str_ascii_iterator",
    .basicSize = sizeof(StrIterObject),
    .methods = kStrIterMethods,
    .dealloc = strIterDealloc,
    .iter = selfIter,
    .iterNext = strIterNext,
};

}  // namespace krait
