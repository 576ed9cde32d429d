// Methods shared by bytes and bytearray (ASCII semantics), plus bytes %-formatting.
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/bytes_internal.h"
#include "objects/codecs.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/num_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait::bytesimpl {

namespace {

inline bool isSpaceB(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
inline bool isLowerB(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool isUpperB(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool isDigitB(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool isAlphaB(unsigned char c) { return isLowerB(c) || isUpperB(c); }
inline char toLowerB(unsigned char c) { return static_cast<char>(isUpperB(c) ? c + 32 : c); }
inline char toUpperB(unsigned char c) { return static_cast<char>(isLowerB(c) ? c - 32 : c); }

bool posArgs(const char* name, size_t nargs, Object* kwnames, size_t min, size_t max) {
    if (kwCount(kwnames)) {
        setError(&ExcTypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    return checkArgCount(name, nargs, min, max);
}

// The name of the type a shared method was called on, for messages ("bytes.lower()").
const char* ownerName(Object* self) { return isByteArray(self) ? "bytearray" : "bytes"; }

bool noArgsOf(Object* self, const char* name, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames)) {
        setError(&ExcTypeError, "%s.%s() takes no keyword arguments", ownerName(self), name);
        return false;
    }
    if (nargs) {
        setError(&ExcTypeError, "%s.%s() takes no arguments (%zu given)", ownerName(self), name,
                 nargs);
        return false;
    }
    return true;
}

// A METH_O method: "bytes.name() takes exactly one argument (N given)".
bool oneArg(Object* self, const char* name, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames)) {
        setError(&ExcTypeError, "%s.%s() takes no keyword arguments", ownerName(self), name);
        return false;
    }
    if (nargs != 1) {
        setError(&ExcTypeError, "%s.%s() takes exactly one argument (%zu given)",
                 ownerName(self), name, nargs);
        return false;
    }
    return true;
}

bool ssizeArg(Object* o, ssize* out) {
    if (!isIndex(o)) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", o);
        return false;
    }
    ssize v = asSsize(o, &ExcOverflowError);
    if (v == -1 && errOccurred()) return false;
    *out = v;
    return true;
}

bool sliceIndexArg(Object* o, ssize* out) {
    if (!o || isNone(o)) return true;
    if (!isIndex(o)) {
        setError(&ExcTypeError,
                 "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    ssize v = asSsize(o, nullptr);
    if (v == -1 && errOccurred()) return false;
    *out = v;
    return true;
}

void adjustIndices(ssize len, ssize* start, ssize* end) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

// A sub argument of find/count/index: an int in range(256) or a bytes-like object.
bool subArg(Object* o, std::string& storage, std::string_view* out) {
    if (isIndex(o) && !isBytes(o) && !isByteArray(o)) {
        ssize v = asSsize(o, nullptr);
        if (v == -1 && errOccurred()) return false;
        if (v < 0 || v > 255) {
            setError(&ExcValueError, "byte must be in range(0, 256)");
            return false;
        }
        storage.assign(1, static_cast<char>(v));
        *out = storage;
        return true;
    }
    if (!getBytesView(o, out)) {
        clearError();
        setError(&ExcTypeError, "argument should be integer or bytes-like object, not '%T'", o);
        return false;
    }
    return true;
}

ssize findIn(std::string_view hay, std::string_view sub, ssize start, ssize end, bool reverse) {
    if (start > static_cast<ssize>(hay.size())) return -1;
    if (end < start) return -1;
    std::string_view window = hay.substr(static_cast<size_t>(start),
                                         static_cast<size_t>(end - start));
    size_t r = reverse ? window.rfind(sub) : window.find(sub);
    return r == std::string_view::npos ? -1 : start + static_cast<ssize>(r);
}

bool rangeArgs(const char* name, std::string_view self, Object* const* args, size_t nargs,
               Object* kwnames, ssize* start, ssize* end) {
    if (kwCount(kwnames)) {
        setError(&ExcTypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs < 1 || nargs > 3) {
        setError(&ExcTypeError, "%s() takes at %s (%zu given)", name,
                 nargs < 1 ? "least 1 argument" : "most 3 arguments", nargs);
        return false;
    }
    *start = 0;
    *end = PTRDIFF_MAX;
    if (nargs > 1 && !sliceIndexArg(args[1], start)) return false;
    if (nargs > 2 && !sliceIndexArg(args[2], end)) return false;
    adjustIndices(static_cast<ssize>(self.size()), start, end);
    return true;
}

Object* findCommon(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                   const char* name, bool reverse, bool raise) {
    std::string_view v = selfView(self);
    ssize start, end;
    if (!rangeArgs(name, v, args, nargs, kwnames, &start, &end)) return nullptr;
    std::string storage;
    std::string_view sub;
    if (!subArg(args[0], storage, &sub)) return nullptr;
    ssize r = findIn(v, sub, start, end, reverse);
    if (r < 0 && raise) return setError(&ExcValueError, "subsection not found");
    return intFromSsize(r);
}

Object* newList() { return listNew(0); }

// The whole of self as a result: an exact bytes object is returned itself (CPython's
// return_self), a subclass or bytearray gets a new object of the base kind.
Object* makeLikeSelf(Object* self) {
    if (self->type == &BytesType) return newRef(self);
    return makeLike(self, selfView(self));
}

bool appendPiece(Object* list, Object* self, std::string_view piece) {
    // piece is a part of self's content: when it is all of it, it is self itself.
    Object* o = piece.size() == selfView(self).size() ? makeLikeSelf(self) : makeLike(self, piece);
    if (!o) return false;
    int r = listAppend(list, o);
    decref(o);
    return r == 0;
}

// A bytes-like argument (TypeError "a bytes-like object is required, not 'X'").
bool bytesArg(Object* o, std::string_view* out) { return getBytesView(o, out); }

Object* stripCommon(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                    const char* name, bool left, bool right) {
    if (!posArgs(name, nargs, kwnames, 0, 1)) return nullptr;
    std::string_view v = selfView(self);
    std::string_view chars;
    bool useChars = nargs > 0 && !isNone(args[0]);
    if (useChars && !bytesArg(args[0], &chars)) return nullptr;
    auto strip = [&](unsigned char c) {
        return useChars ? chars.find(static_cast<char>(c)) != std::string_view::npos
                        : isSpaceB(c);
    };
    size_t i = 0, j = v.size();
    if (left) while (i < j && strip(static_cast<unsigned char>(v[i]))) i++;
    if (right) while (j > i && strip(static_cast<unsigned char>(v[j - 1]))) j--;
    return makeLike(self, v.substr(i, j - i));
}

bool splitArgs(const char* name, Object* const* args, size_t nargs, Object* kwnames,
               bool* haveSep, std::string_view* sep, ssize* maxsplit) {
    static const char* const kNames[] = {"sep", "maxsplit"};
    Object* a[2];
    if (!parseArgs(name, args, nargs, kwnames, kNames, 2, 0, a)) return false;
    *haveSep = a[0] && !isNone(a[0]);
    *maxsplit = -1;
    if (*haveSep) {
        if (!bytesArg(a[0], sep)) return false;
        if (sep->empty()) {
            setError(&ExcValueError, "empty separator");
            return false;
        }
    }
    if (a[1] && !ssizeArg(a[1], maxsplit)) return false;
    if (*maxsplit < 0) *maxsplit = PTRDIFF_MAX;
    return true;
}

Object* partitionCommon(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                        const char* name, bool reverse) {
    if (!oneArg(self, name, nargs, kwnames)) return nullptr;
    std::string_view sep;
    if (!bytesArg(args[0], &sep)) return nullptr;
    if (sep.empty()) return setError(&ExcValueError, "empty separator");
    std::string_view v = selfView(self);
    std::string sepCopy(sep);
    std::string all(v);
    size_t k = reverse ? all.rfind(sepCopy) : all.find(sepCopy);
    Ref<> a, b, c;
    if (k == std::string::npos) {
        Ref<> whole = Ref<>::steal(makeLikeSelf(self));
        Ref<> empty = Ref<>::steal(makeLike(self, ""));
        Ref<> empty2 = Ref<>::steal(makeLike(self, ""));
        if (!whole || !empty || !empty2) return nullptr;
        if (reverse) return tuplePack({empty.get(), empty2.get(), whole.get()});
        return tuplePack({whole.get(), empty.get(), empty2.get()});
    }
    a = Ref<>::steal(makeLike(self, std::string_view(all).substr(0, k)));
    b = Ref<>::steal(makeLike(self, sepCopy));
    c = Ref<>::steal(makeLike(self, std::string_view(all).substr(k + sepCopy.size())));
    if (!a || !b || !c) return nullptr;
    return tuplePack({a.get(), b.get(), c.get()});
}

bool fillArgs(const char* name, Object* const* args, size_t nargs, Object* kwnames, ssize* width,
              char* fill) {
    if (!posArgs(name, nargs, kwnames, 1, 2)) return false;
    if (!ssizeArg(args[0], width)) return false;
    *fill = ' ';
    if (nargs > 1) {
        Object* f = args[1];
        if ((!isBytes(f) && !isByteArray(f)) || selfView(f).size() != 1) {
            setError(&ExcTypeError, "%s() argument 2 must be a byte string of length 1, not %T",
                     name, f);
            return false;
        }
        *fill = selfView(f)[0];
    }
    return true;
}

Object* padded(Object* self, ssize left, ssize right, char fill) {
    std::string_view v = selfView(self);
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return makeLikeSelf(self);
    std::string out(static_cast<size_t>(left), fill);
    out.append(v);
    out.append(static_cast<size_t>(right), fill);
    return makeLike(self, out);
}

template <bool (*Pred)(unsigned char)>
Object* allBytes(Object* self, const char* name, size_t nargs, Object* kwnames) {
    if (!noArgsOf(self, name, nargs, kwnames)) return nullptr;
    std::string_view v = selfView(self);
    if (v.empty()) return newBool(false);
    for (char c : v)
        if (!Pred(static_cast<unsigned char>(c))) return newBool(false);
    return newBool(true);
}

bool isAlnumB(unsigned char c) { return isAlphaB(c) || isDigitB(c); }

Object* mapBytes(Object* self, const char* name, size_t nargs, Object* kwnames,
                 char (*fn)(unsigned char)) {
    if (!noArgsOf(self, name, nargs, kwnames)) return nullptr;
    std::string out(selfView(self));
    for (char& c : out) c = fn(static_cast<unsigned char>(c));
    return makeLike(self, out);
}

char swapB(unsigned char c) {
    return isUpperB(c) ? toLowerB(c) : isLowerB(c) ? toUpperB(c) : static_cast<char>(c);
}

Object* affixCommon(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                    const char* name, bool suffix) {
    if (!oneArg(self, name, nargs, kwnames)) return nullptr;
    std::string_view a;
    if (!bytesArg(args[0], &a)) return nullptr;
    std::string_view v = selfView(self);
    if (!a.empty() && a.size() <= v.size()) {
        if (!suffix && v.substr(0, a.size()) == a) return makeLike(self, v.substr(a.size()));
        if (suffix && v.substr(v.size() - a.size()) == a)
            return makeLike(self, v.substr(0, v.size() - a.size()));
    }
    if (isBytes(self) && self->type == &BytesType) return newRef(self);
    return makeLike(self, v);
}

bool tailMatch(std::string_view v, std::string_view sub, ssize start, ssize end, bool atEnd) {
    ssize m = static_cast<ssize>(sub.size());
    if (start > static_cast<ssize>(v.size())) return false;
    end -= m;
    if (end < start) return false;
    if (m == 0) return true;
    ssize at = atEnd ? end : start;
    return v.substr(static_cast<size_t>(at), sub.size()) == sub;
}

Object* startsEnds(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                   const char* name, bool atEnd) {
    std::string_view v = selfView(self);
    ssize start, end;
    if (!rangeArgs(name, v, args, nargs, kwnames, &start, &end)) return nullptr;
    Object* arg = args[0];
    std::string_view sub;
    if (isTuple(arg)) {
        for (ssize i = 0; i < tupleSize(arg); i++) {
            if (!getBytesView(tupleItem(arg, i), &sub)) {
                clearError();
                return setError(&ExcTypeError,
                                "a bytes-like object is required, not '%T'", tupleItem(arg, i));
            }
            if (tailMatch(v, sub, start, end, atEnd)) return newBool(true);
        }
        return newBool(false);
    }
    if (!getBytesView(arg, &sub)) {
        clearError();
        return setError(&ExcTypeError, "%s first arg must be bytes or a tuple of bytes, not %T",
                        name, arg);
    }
    return newBool(tailMatch(v, sub, start, end, atEnd));
}

int hexValue(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

Object* makeLike(Object* self, std::string_view data) {
    if (isByteArray(self)) return byteArrayFromStd(data);
    // An exact bytes object whose whole buffer is the result is returned itself, as CPython's
    // strip/replace/split/partition/ljust... do (b.strip() is b when nothing is stripped).
    if (self->type == &BytesType) {
        std::string_view whole = bytesView(self);
        if (data.data() == whole.data() && data.size() == whole.size()) return newRef(self);
    }
    return bytesFromStd(data);
}

std::string reprBytes(std::string_view data, bool byteArrayStyle) {
    bool hasSingle = false, hasDouble = false;
    for (char c : data) {
        if (c == '\'') hasSingle = true;
        else if (c == '"') hasDouble = true;
    }
    char quote = (hasSingle && !hasDouble) ? '"' : '\'';
    std::string out = "b";
    out.push_back(quote);
    char buf[8];
    for (char ch : data) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\' ||
            (byteArrayStyle && c == '\'')) {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 32 || c >= 127) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    out.push_back(quote);
    return out;
}

bool bytesFromSource(Object* x, std::string& out, bool forByteArray) {
    if (isStr(x)) {
        setError(&ExcTypeError, "string argument without an encoding");
        return false;
    }
    if (isIndex(x) && !isBytes(x) && !isByteArray(x)) {
        ssize n = asSsize(x, &ExcOverflowError);
        if (n == -1 && errOccurred()) return false;
        if (n < 0) {
            setError(&ExcValueError, "negative count");
            return false;
        }
        out.assign(static_cast<size_t>(n), '\0');
        return true;
    }
    std::string_view v;
    if (getBytesView(x, &v)) {
        out.assign(v);
        return true;
    }
    clearError();
    Ref<> it = Ref<>::steal(getIter(x));
    if (!it) {
        if (errMatches(&ExcTypeError)) {
            clearError();
            setError(&ExcTypeError, "cannot convert '%T' object to %s", x,
                     forByteArray ? "bytearray" : "bytes");
        }
        return false;
    }
    while (true) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return false;
            break;
        }
        if (!isIndex(item.get())) {
            setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer",
                     item.get());
            return false;
        }
        ssize b = asSsize(item.get(), nullptr);
        if (b == -1 && errOccurred()) return false;
        if (b < 0 || b > 255) {
            setError(&ExcValueError, forByteArray ? "byte must be in range(0, 256)"
                                                  : "bytes must be in range(0, 256)");
            return false;
        }
        out.push_back(static_cast<char>(b));
    }
    return true;
}

Object* compareBytes(Object* a, Object* b, CompareOp op) {
    std::string_view x, y;
    if ((!isBytes(a) && !isByteArray(a)) || (!isBytes(b) && !isByteArray(b)))
        return newNotImplemented();
    x = selfView(a);
    y = selfView(b);
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

int containsBytes(Object* self, Object* item) {
    std::string_view v = selfView(self);
    if (isIndex(item) && !isBytes(item) && !isByteArray(item)) {
        ssize b = asSsize(item, nullptr);
        if (b == -1 && errOccurred()) return -1;
        if (b < 0 || b > 255) {
            setError(&ExcValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return v.find(static_cast<char>(b)) != std::string_view::npos;
    }
    std::string_view sub;
    if (!getBytesView(item, &sub)) return -1;
    return v.find(sub) != std::string_view::npos;
}

// ---- Methods ----

Object* mFind(Object* s, Object* const* a, size_t n, Object* k) {
    return findCommon(s, a, n, k, "find", false, false);
}
Object* mRfind(Object* s, Object* const* a, size_t n, Object* k) {
    return findCommon(s, a, n, k, "rfind", true, false);
}
Object* mIndex(Object* s, Object* const* a, size_t n, Object* k) {
    return findCommon(s, a, n, k, "index", false, true);
}
Object* mRindex(Object* s, Object* const* a, size_t n, Object* k) {
    return findCommon(s, a, n, k, "rindex", true, true);
}

Object* mCount(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string_view v = selfView(self);
    ssize start, end;
    if (!rangeArgs("count", v, args, nargs, kwnames, &start, &end)) return nullptr;
    std::string storage;
    std::string_view sub;
    if (!subArg(args[0], storage, &sub)) return nullptr;
    if (start > static_cast<ssize>(v.size()) || end < start) return intFromSsize(0);
    if (sub.empty()) return intFromSsize(end - start + 1);
    ssize count = 0, pos = start;
    while (true) {
        ssize k = findIn(v, sub, pos, end, false);
        if (k < 0) break;
        count++;
        pos = k + static_cast<ssize>(sub.size());
    }
    return intFromSsize(count);
}

Object* mStartswith(Object* s, Object* const* a, size_t n, Object* k) {
    return startsEnds(s, a, n, k, "startswith", false);
}
Object* mEndswith(Object* s, Object* const* a, size_t n, Object* k) {
    return startsEnds(s, a, n, k, "endswith", true);
}

Object* mSplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    bool haveSep;
    std::string_view sepView;
    ssize maxsplit;
    if (!splitArgs("split", args, nargs, kwnames, &haveSep, &sepView, &maxsplit)) return nullptr;
    std::string sep(sepView);
    std::string v(selfView(self));
    Ref<> list = Ref<>::steal(newList());
    if (!list) return nullptr;
    size_t n = v.size();
    if (!haveSep) {
        size_t i = 0;
        while (true) {
            while (i < n && isSpaceB(static_cast<unsigned char>(v[i]))) i++;
            if (i >= n) break;
            if (maxsplit-- <= 0) {
                if (!appendPiece(list.get(), self, std::string_view(v).substr(i))) return nullptr;
                break;
            }
            size_t j = i;
            while (j < n && !isSpaceB(static_cast<unsigned char>(v[j]))) j++;
            if (!appendPiece(list.get(), self, std::string_view(v).substr(i, j - i)))
                return nullptr;
            i = j;
        }
        return list.release();
    }
    size_t pos = 0;
    while (maxsplit-- > 0) {
        size_t k = v.find(sep, pos);
        if (k == std::string::npos) break;
        if (!appendPiece(list.get(), self, std::string_view(v).substr(pos, k - pos)))
            return nullptr;
        pos = k + sep.size();
    }
    if (!appendPiece(list.get(), self, std::string_view(v).substr(pos))) return nullptr;
    return list.release();
}

Object* mRsplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    bool haveSep;
    std::string_view sepView;
    ssize maxsplit;
    if (!splitArgs("rsplit", args, nargs, kwnames, &haveSep, &sepView, &maxsplit))
        return nullptr;
    std::string sep(sepView);
    std::string v(selfView(self));
    Ref<> list = Ref<>::steal(newList());
    if (!list) return nullptr;
    if (!haveSep) {
        size_t j = v.size();
        while (true) {
            while (j > 0 && isSpaceB(static_cast<unsigned char>(v[j - 1]))) j--;
            if (j == 0) break;
            if (maxsplit-- <= 0) {
                if (!appendPiece(list.get(), self, std::string_view(v).substr(0, j)))
                    return nullptr;
                break;
            }
            size_t i = j;
            while (i > 0 && !isSpaceB(static_cast<unsigned char>(v[i - 1]))) i--;
            if (!appendPiece(list.get(), self, std::string_view(v).substr(i, j - i)))
                return nullptr;
            j = i;
        }
    } else {
        size_t end = v.size();
        while (maxsplit-- > 0) {
            if (end < sep.size()) break;
            size_t k = std::string_view(v).substr(0, end).rfind(sep);
            if (k == std::string::npos) break;
            if (!appendPiece(list.get(), self,
                             std::string_view(v).substr(k + sep.size(), end - k - sep.size())))
                return nullptr;
            end = k;
        }
        if (!appendPiece(list.get(), self, std::string_view(v).substr(0, end))) return nullptr;
    }
    if (listReverse(list.get()) < 0) return nullptr;
    return list.release();
}

Object* mSplitlines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"keepends"};
    Object* a[1];
    if (!parseArgs("splitlines", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    int keep = 0;
    if (a[0] && (keep = isTrue(a[0])) < 0) return nullptr;
    std::string v(selfView(self));
    Ref<> list = Ref<>::steal(newList());
    if (!list) return nullptr;
    size_t i = 0, n = v.size();
    while (i < n) {
        size_t j = i;
        while (j < n && v[j] != '\n' && v[j] != '\r') j++;
        size_t eol = j;
        if (j < n) {
            if (v[j] == '\r' && j + 1 < n && v[j + 1] == '\n') j += 2;
            else j++;
            if (keep) eol = j;
        }
        if (!appendPiece(list.get(), self, std::string_view(v).substr(i, eol - i)))
            return nullptr;
        i = j;
    }
    return list.release();
}

Object* mStrip(Object* s, Object* const* a, size_t n, Object* k) {
    return stripCommon(s, a, n, k, "strip", true, true);
}
Object* mLstrip(Object* s, Object* const* a, size_t n, Object* k) {
    return stripCommon(s, a, n, k, "lstrip", true, false);
}
Object* mRstrip(Object* s, Object* const* a, size_t n, Object* k) {
    return stripCommon(s, a, n, k, "rstrip", false, true);
}
Object* mPartition(Object* s, Object* const* a, size_t n, Object* k) {
    return partitionCommon(s, a, n, k, "partition", false);
}
Object* mRpartition(Object* s, Object* const* a, size_t n, Object* k) {
    return partitionCommon(s, a, n, k, "rpartition", true);
}

Object* mReplace(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!posArgs("replace", nargs, kwnames, 2, 3)) return nullptr;
    std::string_view oldV, newV;
    if (!bytesArg(args[0], &oldV) || !bytesArg(args[1], &newV)) return nullptr;
    ssize count = -1;
    if (nargs > 2 && !ssizeArg(args[2], &count)) return nullptr;
    if (count < 0) count = PTRDIFF_MAX;
    std::string old(oldV), rep(newV), v(selfView(self));
    std::string out;
    ssize done = 0;
    if (old.empty()) {
        for (size_t i = 0; i <= v.size(); i++) {
            if (done < count) {
                out += rep;
                done++;
            }
            if (i < v.size()) out.push_back(v[i]);
        }
    } else {
        size_t pos = 0;
        while (done < count) {
            size_t k = v.find(old, pos);
            if (k == std::string::npos) break;
            out.append(v, pos, k - pos);
            out += rep;
            pos = k + old.size();
            done++;
        }
        out.append(v, pos, std::string::npos);
    }
    if (done == 0 || (old.empty() && rep.empty())) return makeLikeSelf(self);
    return makeLike(self, out);
}

Object* mJoin(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!oneArg(self, "join", nargs, kwnames)) return nullptr;
    Ref<> seq = Ref<>::steal(sequenceList(args[0]));
    if (!seq) return nullptr;
    std::string sep(selfView(self));
    std::string out;
    for (ssize i = 0; i < listSize(seq.get()); i++) {
        Object* item = listItem(seq.get(), i);
        std::string_view iv;
        if (!getBytesView(item, &iv)) {
            clearError();
            return setError(&ExcTypeError,
                            "sequence item %zd: expected a bytes-like object, %T found", i, item);
        }
        if (i) out += sep;
        out.append(iv);
    }
    return makeLike(self, out);
}

Object* mCenter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize width;
    char fill;
    if (!fillArgs("center", args, nargs, kwnames, &width, &fill)) return nullptr;
    ssize len = static_cast<ssize>(selfView(self).size());
    if (width <= len) return padded(self, 0, 0, fill);
    ssize marg = width - len;
    ssize left = marg / 2 + (marg & width & 1);
    return padded(self, left, marg - left, fill);
}

Object* mLjust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize width;
    char fill;
    if (!fillArgs("ljust", args, nargs, kwnames, &width, &fill)) return nullptr;
    return padded(self, 0, width - static_cast<ssize>(selfView(self).size()), fill);
}

Object* mRjust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize width;
    char fill;
    if (!fillArgs("rjust", args, nargs, kwnames, &width, &fill)) return nullptr;
    return padded(self, width - static_cast<ssize>(selfView(self).size()), 0, fill);
}

Object* mZfill(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!oneArg(self, "zfill", nargs, kwnames)) return nullptr;
    ssize width;
    if (!ssizeArg(args[0], &width)) return nullptr;
    std::string v(selfView(self));
    ssize len = static_cast<ssize>(v.size());
    if (len >= width) return makeLikeSelf(self);
    std::string out;
    size_t from = 0;
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
        out.push_back(v[0]);
        from = 1;
    }
    out.append(static_cast<size_t>(width - len), '0');
    out.append(v, from, std::string::npos);
    return makeLike(self, out);
}

Object* mExpandtabs(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"tabsize"};
    Object* a[1];
    if (!parseArgs("expandtabs", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    ssize tabsize = 8;
    if (a[0] && !ssizeArg(a[0], &tabsize)) return nullptr;
    std::string out;
    ssize col = 0;
    for (char c : selfView(self)) {
        if (c == '\t') {
            if (tabsize > 0) {
                ssize incr = tabsize - (col % tabsize);
                col += incr;
                out.append(static_cast<size_t>(incr), ' ');
            }
        } else {
            col++;
            out.push_back(c);
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return makeLike(self, out);
}

Object* mLower(Object* s, Object* const*, size_t n, Object* k) {
    return mapBytes(s, "lower", n, k, toLowerB);
}
Object* mUpper(Object* s, Object* const*, size_t n, Object* k) {
    return mapBytes(s, "upper", n, k, toUpperB);
}
Object* mSwapcase(Object* s, Object* const*, size_t n, Object* k) {
    return mapBytes(s, "swapcase", n, k, swapB);
}

Object* mCapitalize(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgsOf(self, "capitalize", nargs, kwnames)) return nullptr;
    std::string out(selfView(self));
    for (size_t i = 0; i < out.size(); i++) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        out[i] = i == 0 ? toUpperB(c) : toLowerB(c);
    }
    return makeLike(self, out);
}

Object* mTitle(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgsOf(self, "title", nargs, kwnames)) return nullptr;
    std::string out(selfView(self));
    bool prevCased = false;
    for (char& ch : out) {
        unsigned char c = static_cast<unsigned char>(ch);
        ch = prevCased ? toLowerB(c) : toUpperB(c);
        prevCased = isAlphaB(c);
    }
    return makeLike(self, out);
}

Object* mIsalnum(Object* s, Object* const*, size_t n, Object* k) {
    return allBytes<isAlnumB>(s, "isalnum", n, k);
}
Object* mIsalpha(Object* s, Object* const*, size_t n, Object* k) {
    return allBytes<isAlphaB>(s, "isalpha", n, k);
}
Object* mIsdigit(Object* s, Object* const*, size_t n, Object* k) {
    return allBytes<isDigitB>(s, "isdigit", n, k);
}
Object* mIsspace(Object* s, Object* const*, size_t n, Object* k) {
    return allBytes<isSpaceB>(s, "isspace", n, k);
}

Object* mIsascii(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgsOf(self, "isascii", nargs, kwnames)) return nullptr;
    for (char c : selfView(self))
        if (static_cast<unsigned char>(c) >= 128) return newBool(false);
    return newBool(true);
}

Object* mIslower(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgsOf(self, "islower", nargs, kwnames)) return nullptr;
    bool cased = false;
    for (char ch : selfView(self)) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (isUpperB(c)) return newBool(false);
        if (isLowerB(c)) cased = true;
    }
    return newBool(cased);
}

Object* mIsupper(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgsOf(self, "isupper", nargs, kwnames)) return nullptr;
    bool cased = false;
    for (char ch : selfView(self)) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (isLowerB(c)) return newBool(false);
        if (isUpperB(c)) cased = true;
    }
    return newBool(cased);
}

Object* mIstitle(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!noArgsOf(self, "istitle", nargs, kwnames)) return nullptr;
    bool cased = false, prevCased = false;
    for (char ch : selfView(self)) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (isUpperB(c)) {
            if (prevCased) return newBool(false);
            prevCased = cased = true;
        } else if (isLowerB(c)) {
            if (!prevCased) return newBool(false);
            prevCased = cased = true;
        } else {
            prevCased = false;
        }
    }
    return newBool(cased);
}

Object* mRemoveprefix(Object* s, Object* const* a, size_t n, Object* k) {
    return affixCommon(s, a, n, k, "removeprefix", false);
}
Object* mRemovesuffix(Object* s, Object* const* a, size_t n, Object* k) {
    return affixCommon(s, a, n, k, "removesuffix", true);
}

Object* mTranslate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"table", "delete"};
    Object* a[2];
    if (!parseArgs("translate", args, nargs, kwnames, kNames, 2, 1, a, 1)) return nullptr;
    std::string_view table, del;
    bool haveTable = !isNone(a[0]);
    if (haveTable) {
        if (!bytesArg(a[0], &table)) return nullptr;
        if (table.size() != 256) {
            return setError(&ExcValueError, "translation table must be 256 characters long");
        }
    }
    if (a[1] && !bytesArg(a[1], &del)) return nullptr;
    std::string t(table), d(del), out;
    for (char c : selfView(self)) {
        if (d.find(c) != std::string::npos) continue;
        out.push_back(haveTable ? t[static_cast<unsigned char>(c)] : c);
    }
    return makeLike(self, out);
}

Object* mMaketrans(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!posArgs("maketrans", nargs, kwnames, 2, 2)) return nullptr;
    std::string_view from, to;
    if (!bytesArg(args[0], &from) || !bytesArg(args[1], &to)) return nullptr;
    if (from.size() != to.size()) {
        return setError(&ExcValueError, "maketrans arguments must have same length");
    }
    std::string out(256, '\0');
    for (int i = 0; i < 256; i++) out[static_cast<size_t>(i)] = static_cast<char>(i);
    for (size_t i = 0; i < from.size(); i++) out[static_cast<unsigned char>(from[i])] = to[i];
    return bytesFromStd(out);
}

Object* mHex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"sep", "bytes_per_sep"};
    Object* a[2];
    if (!parseArgs("hex", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    std::string sep;
    if (a[0]) {
        if (isStr(a[0])) {
            sep = strToStd(a[0]);
            if (strLength(a[0]) != 1) return setError(&ExcValueError, "sep must be length 1.");
            if (!asStr(a[0])->ascii) {
                return setError(&ExcValueError, "sep must be ASCII.");
            }
        } else {
            // As CPython: the length is checked first (any sized object), then the type.
            ssize n = length(a[0]);
            if (n < 0) return nullptr;
            if (n != 1) return setError(&ExcValueError, "sep must be length 1.");
            if (!isBytes(a[0])) return setError(&ExcTypeError, "sep must be str or bytes.");
            sep.assign(bytesView(a[0]));
        }
    }
    ssize per = 1;
    if (a[1] && !ssizeArg(a[1], &per)) return nullptr;
    std::string_view v = selfView(self);
    static const char kDigits[] = "0123456789abcdef";
    std::string out;
    ssize n = static_cast<ssize>(v.size());
    ssize group = per < 0 ? -per : per;
    for (ssize i = 0; i < n; i++) {
        if (!sep.empty() && group > 0 && i > 0) {
            // Groups count from the right for positive bytes_per_sep, from the left otherwise.
            bool boundary = per > 0 ? ((n - i) % group == 0) : (i % group == 0);
            if (boundary) out += sep;
        }
        unsigned char c = static_cast<unsigned char>(v[static_cast<size_t>(i)]);
        out.push_back(kDigits[c >> 4]);
        out.push_back(kDigits[c & 15]);
    }
    return strFromAscii(out);
}

Object* mFromhex(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    if (!posArgs("fromhex", nargs, kwnames, 1, 1)) return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "fromhex() argument must be str, not %T", args[0]);
    }
    Object* s = args[0];
    std::string out;
    ssize n = strLength(s);
    ssize i = 0;
    while (i < n) {
        uint32_t c = strCharAt(s, i);
        if (c < 128 && isSpaceB(static_cast<unsigned char>(c))) {
            i++;
            continue;
        }
        int hi = c < 128 ? hexValue(static_cast<unsigned char>(c)) : -1;
        if (hi < 0) {
            return setError(&ExcValueError,
                            "non-hexadecimal number found in fromhex() arg at position %zd", i);
        }
        uint32_t c2 = i + 1 < n ? strCharAt(s, i + 1) : 0;
        int lo = (i + 1 < n && c2 < 128) ? hexValue(static_cast<unsigned char>(c2)) : -1;
        if (lo < 0) {
            return setError(&ExcValueError,
                            "non-hexadecimal number found in fromhex() arg at position %zd",
                            i + 1);
        }
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
    }
    Type* t = asType(cls);
    if (t == &BytesType) return bytesFromStd(out);
    if (t == &ByteArrayType) return byteArrayFromStd(out);
    Ref<> b = Ref<>::steal(isSubtype(t, &ByteArrayType) ? byteArrayFromStd(out)
                                                        : bytesFromStd(out));
    if (!b) return nullptr;
    return callOneArg(cls, b.get());
}

Object* mDecode(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"encoding", "errors"};
    Object* a[2];
    if (!parseArgs("decode", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    std::string enc = "utf-8", errors = "strict";
    for (int k = 0; k < 2; k++) {
        if (!a[k]) continue;
        if (!isStr(a[k])) {
            return setError(&ExcTypeError, "decode() argument '%s' must be str, not %T",
                            kNames[k], a[k]);
        }
        (k == 0 ? enc : errors) = strToStd(a[k]);
    }
    std::string data(selfView(self));
    return codecsDecode(data, enc, errors, isBytes(self) ? self : nullptr);
}

// ---- bytes % args ----

namespace {

struct PercentCtx {
    Object* args;
    ssize argLen;
    ssize argIdx;
    Object* dict;
};

Object* nextArg(PercentCtx& ctx) {
    ssize i = ctx.argIdx;
    if (i < ctx.argLen) {
        ctx.argIdx++;
        if (ctx.argLen < 0) return ctx.args;
        return tupleItem(ctx.args, i);
    }
    setError(&ExcTypeError, "not enough arguments for format string");
    return nullptr;
}

// The bytes for %b / %s: bytes-like or __bytes__.
bool bytesOfArg(Object* v, std::string& out) {
    std::string_view view;
    if (getBytesView(v, &view)) {
        out.assign(view);
        return true;
    }
    clearError();
    bool missing = false;
    Ref<> r = Ref<>::steal(callSpecial(v, KRAIT_STR(__bytes__), nullptr, 0, &missing));
    if (!r) {
        if (missing) {
            setError(&ExcTypeError,
                     "%%b requires a bytes-like object, or an object that implements "
                     "__bytes__, not '%T'", v);
        }
        return false;
    }
    if (!isBytes(r.get())) {
        setError(&ExcTypeError, "__bytes__ returned non-bytes (type %T)", r.get());
        return false;
    }
    out.assign(bytesView(r.get()));
    return true;
}

// Pads raw bytes for %s/%b/%r/%a/%c (precision truncates, '-' left-aligns).
void padText(std::string& out, std::string_view text, const PercentSpec& spec, bool truncate) {
    if (truncate && spec.precision >= 0 && static_cast<size_t>(spec.precision) < text.size())
        text = text.substr(0, static_cast<size_t>(spec.precision));
    ssize fill = spec.width - static_cast<ssize>(text.size());
    if (fill > 0 && !spec.leftAlign) out.append(static_cast<size_t>(fill), ' ');
    out.append(text);
    if (fill > 0 && spec.leftAlign) out.append(static_cast<size_t>(fill), ' ');
}

}  // namespace

Object* bytesPercentFormat(Object* self, Object* args) {
    PercentCtx ctx{args, -1, -2, nullptr};
    if (isTuple(args)) {
        ctx.argLen = tupleSize(args);
        ctx.argIdx = 0;
    }
    if (args->type->getItem && !isTuple(args) && !isBytes(args) && !isByteArray(args) &&
        !isStr(args)) {
        ctx.dict = args;
    }
    std::string fmt(selfView(self));
    std::string out;
    size_t n = fmt.size();
    size_t i = 0;
    while (i < n) {
        char c = fmt[i];
        if (c != '%') {
            out.push_back(c);
            i++;
            continue;
        }
        i++;
        if (i >= n) return setError(&ExcValueError, "incomplete format");
        if (fmt[i] == '%') {
            out.push_back('%');
            i++;
            continue;
        }
        PercentSpec spec;
        Ref<> keyed;
        if (fmt[i] == '(') {
            if (!ctx.dict) return setError(&ExcTypeError, "format requires a mapping");
            size_t keyStart = ++i;
            int depth = 1;
            while (i < n && depth > 0) {
                if (fmt[i] == ')') depth--;
                else if (fmt[i] == '(') depth++;
                i++;
            }
            if (depth > 0) return setError(&ExcValueError, "incomplete format key");
            Ref<> key = Ref<>::steal(bytesFromStd(std::string_view(fmt).substr(
                keyStart, i - 1 - keyStart)));
            if (!key) return nullptr;
            keyed = Ref<>::steal(getItem(ctx.dict, key.get()));
            if (!keyed) return nullptr;
            ctx.args = keyed.get();
            ctx.argLen = -1;
            ctx.argIdx = -2;
        }
        while (i < n) {
            char f = fmt[i];
            if (f == '-') spec.leftAlign = true;
            else if (f == '+') spec.plus = true;
            else if (f == ' ') spec.space = true;
            else if (f == '#') spec.alternate = true;
            else if (f == '0') spec.zero = true;
            else break;
            i++;
        }
        auto star = [&](int64_t* outv) -> bool {
            Object* v = nextArg(ctx);
            if (!v) return false;
            if (!isInt(v)) {
                setError(&ExcTypeError, "* wants int");
                return false;
            }
            if (!intAsInt64(v, outv)) return false;
            return true;
        };
        if (i < n && fmt[i] == '*') {
            int64_t w;
            if (!star(&w)) return nullptr;
            if (w < 0) {
                spec.leftAlign = true;
                w = -w;
            }
            spec.width = w;
            i++;
        } else {
            while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                if (spec.width < 0) spec.width = 0;
                if (spec.width > (INT32_MAX - 9) / 10)
                    return setError(&ExcValueError, "width too big");
                spec.width = spec.width * 10 + (fmt[i] - '0');
                i++;
            }
        }
        if (i < n && fmt[i] == '.') {
            i++;
            spec.precision = 0;
            if (i < n && fmt[i] == '*') {
                int64_t p;
                if (!star(&p)) return nullptr;
                spec.precision = p < 0 ? 0 : p;
                i++;
            } else {
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    if (spec.precision > (INT32_MAX - 9) / 10)
                        return setError(&ExcValueError, "precision too big");
                    spec.precision = spec.precision * 10 + (fmt[i] - '0');
                    i++;
                }
            }
        }
        if (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
        if (i >= n) return setError(&ExcValueError, "incomplete format");
        char code = fmt[i];
        size_t codeIndex = i;
        i++;
        Object* v = nextArg(ctx);
        if (!v) return nullptr;
        spec.code = code;
        switch (code) {
        case 's':
        case 'b': {
            std::string b;
            if (!bytesOfArg(v, b)) return nullptr;
            padText(out, b, spec, true);
            break;
        }
        case 'r':
        case 'a': {
            Ref<> t = Ref<>::steal(ascii(v));
            if (!t) return nullptr;
            padText(out, strView(t.get()), spec, true);
            break;
        }
        case 'c': {
            char ch;
            std::string_view bv;
            if ((isBytes(v) || isByteArray(v)) && getBytesView(v, &bv) && bv.size() == 1) {
                ch = bv[0];
            } else if (isIndex(v) && !isBytes(v) && !isByteArray(v)) {
                ssize x = asSsize(v, nullptr);
                if (x == -1 && errOccurred()) return nullptr;
                if (x < 0 || x > 255) {
                    return setError(&ExcOverflowError, "%%c arg not in range(256)");
                }
                ch = static_cast<char>(x);
            } else {
                return setError(&ExcTypeError,
                                "%%c requires an integer in range(256) or a single byte");
            }
            padText(out, std::string_view(&ch, 1), spec, false);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            if (code == 'i' || code == 'u') spec.code = 'd';
            // Delegate to the str formatter for one conversion: same rules and messages.
            std::string one = "%";
            if (spec.leftAlign) one += '-';
            if (spec.plus) one += '+';
            if (spec.space) one += ' ';
            if (spec.alternate) one += '#';
            if (spec.zero) one += '0';
            if (spec.width >= 0) one += std::to_string(spec.width);
            if (spec.precision >= 0) one += "." + std::to_string(spec.precision);
            one += code == 'i' ? 'd' : code;   // CPython's bytes messages say "%d format" for %i
            Ref<> f = Ref<>::steal(strFromAscii(one));
            Ref<> t = Ref<>::steal(tuplePack({v}));
            if (!f || !t) return nullptr;
            Ref<> r = Ref<>::steal(strPercentFormat(f.get(), t.get()));
            if (!r) return nullptr;
            out.append(strView(r.get()));
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            if (!isFloat(v) && !isInt(v) && !v->type->number.float_ && !v->type->number.index)
                return setError(&ExcTypeError, "must be real number, not %T", v);
            double d = asDouble(v);
            if (d == -1.0 && errOccurred()) return nullptr;
            out += percentFormatFloat(d, spec);
            break;
        }
        default: {
            unsigned char uc = static_cast<unsigned char>(code);
            return setError(&ExcValueError,
                            "unsupported format character '%c' (0x%x) at index %zd",
                            (uc >= 31 && uc <= 126) ? static_cast<int>(uc) : '?',
                            static_cast<unsigned>(uc), static_cast<ssize>(codeIndex));
        }
        }
    }
    if (ctx.argIdx < ctx.argLen && !ctx.dict) {
        return setError(&ExcTypeError, "not all arguments converted during bytes formatting");
    }
    return makeLike(self, out);
}

}  // namespace krait::bytesimpl
