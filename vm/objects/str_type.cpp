// The str type object and its core slots (repr, hash, comparison, indexing, concatenation,
// iteration). Methods are in str_methods.cpp.
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"

namespace krait {

extern const MethodDef kStrMethods[];

namespace {

void strDealloc(Object* o) {
    StrObject* s = asStr(o);
    if (s->utf8 && s->utf8 != static_cast<char*>(s->data)) std::free(s->utf8);
    freeObject(o);
}

// Approximation of str.isprintable() for one code point; exact for ASCII and Latin-1.
bool isPrintableCp(uint32_t c) {
    if (c < 0x20 || c == 0x7f) return false;
    if (c < 0x7f) return true;
    if (c < 0xa1 || c == 0xad) return false;
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (c == 0x2028 || c == 0x2029 || (c >= 0x200b && c <= 0x200f) || c == 0xfeff) return false;
    if (c >= 0xe000 && c <= 0xf8ff) return false;
    if (c >= 0xf0000) return false;
    if (c == 0x3000 || (c >= 0x2000 && c <= 0x200a) || c == 0x1680 || c == 0x202f || c == 0x205f)
        return false;
    return true;
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
        } else if (isPrintableCp(c)) {
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
        if (i < 0 || i >= strLength(o)) return setError(&ExcIndexError, "string index out of range");
        return strFromCodePoint(strCharAt(o, i));
    }
    return setError(&ExcTypeError, "string indices must be integers, not '%T'", key);
}

// Naive substring search (str_methods.cpp has the fast finder).
ssize findSub(Object* hay, Object* needle) {
    ssize n = strLength(hay), m = strLength(needle);
    if (m == 0) return 0;
    for (ssize i = 0; i + m <= n; i++) {
        ssize k = 0;
        while (k < m && strCharAt(hay, i + k) == strCharAt(needle, k)) k++;
        if (k == m) return i;
    }
    return -1;
}

int strContains(Object* o, Object* item) {
    if (!isStr(item)) {
        setError(&ExcTypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    return findSub(o, item) >= 0;
}

Object* strAdd(Object* a, Object* b) {
    if (!isStr(a)) return newNotImplemented();
    if (!isStr(b)) {
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

}  // namespace

Type StrType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "str",
    .basicSize = sizeof(StrObject),
    .itemSize = 1,
    .flags = kTypeBaseType | kTypeStrSubclass | kTypeImmutable,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
    .methods = kStrMethods,
    .dealloc = strDealloc,
    .repr = strRepr,
    .str = strStr,
    .hash = strHashSlot,
    .richCompare = strRichCompare,
    .iter = strIter,
    .length = strLen,
    .getItem = strGetItem,
    .contains = strContains,
    .number = {.add = strAdd, .multiply = strRepeat},
};

Type StrIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "str_ascii_iterator",
    .basicSize = sizeof(StrIterObject),
    .dealloc = strIterDealloc,
    .iter = selfIter,
    .iterNext = strIterNext,
};

}  // namespace krait
