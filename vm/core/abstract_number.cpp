// The number protocol: binary operator dispatch exactly as CPython's binary_op1/ternary_op
// (left slot, then the right operand's slot, the right one first when its type is a proper
// subclass), in-place fallback, unary operators, index/int/float conversions.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/errors.h"
#include "core/types.h"
#include "interp/warnings.h"
#include "objects/bigint.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/number_internal.h"
#include "objects/str.h"
#include "objects/type.h"
#include "core/abstract_dunder.h"

namespace krait {

namespace {

// The bytes of a bytes-like argument of int() or float(): bytes, bytearray, memoryview or
// another buffer exporter (array.array; storage then keeps its memory alive), as CPython's
// PyObject_GetBuffer. 1 with *view set, 0 if o is not bytes-like, -1 with an error set.
int bytesLikeView(Object* o, std::string_view* view, Ref<>& storage) {
    if (isBytes(o) || isByteArray(o)) return getBytesView(o, view) ? 1 : -1;
    if (memoryViewBytes(o, view)) return 1;
    if (errOccurred()) return -1;
    storage = Ref<>::steal(bufferExporterStorage(o));
    if (storage) return getBytesView(storage.get(), view) ? 1 : -1;
    return errOccurred() ? -1 : 0;
}

struct OpInfo {
    size_t slot;      // offsetof(NumberSlots, binary slot)
    size_t inplace;   // offsetof(NumberSlots, inplace slot) or SIZE_MAX
    const char* sym;
};

#define NS(f) offsetof(NumberSlots, f)
constexpr size_t kNone = static_cast<size_t>(-1);
// Indexed by BinOp (0..12 binary; 13..25 in-place map back to 0..12).
constexpr OpInfo kOps[] = {
    {NS(add), NS(inplaceAdd), "+"},
    {NS(and_), NS(inplaceAnd), "&"},
    {NS(floorDivide), NS(inplaceFloorDivide), "//"},
    {NS(lshift), NS(inplaceLshift), "<<"},
    {NS(matrixMultiply), NS(inplaceMatrixMultiply), "@"},
    {NS(multiply), NS(inplaceMultiply), "*"},
    {NS(remainder), NS(inplaceRemainder), "%"},
    {NS(or_), NS(inplaceOr), "|"},
    {NS(power), NS(inplacePower), "**"},
    {NS(rshift), NS(inplaceRshift), ">>"},
    {NS(subtract), NS(inplaceSubtract), "-"},
    {NS(trueDivide), NS(inplaceTrueDivide), "/"},
    {NS(xor_), NS(inplaceXor), "^"},
};

inline BinaryFn binSlot(Type* t, size_t off) {
    BinaryFn f;
    std::memcpy(&f, reinterpret_cast<const char*>(&t->number) + off, sizeof f);
    return f;
}

// CPython keeps + and * of str/list/tuple/bytes/bytearray in sq_concat / sq_repeat (and the
// += / *= of list and bytearray in sq_inplace_concat / sq_inplace_repeat), tried only after
// every number slot declined; Krait stores those functions in the number slots. Dispatch
// therefore skips them as number slots and calls them in sequenceOp() below.
Type* seqBase(Type* t) {
    if (t->flags & kTypeStrSubclass) return &StrType;
    if (t->flags & kTypeListSubclass) return &ListType;
    if (t->flags & kTypeTupleSubclass) return &TupleType;
    if (t->flags & kTypeBytesSubclass) return &BytesType;
    if (t == &ByteArrayType || isSubtype(t, &ByteArrayType)) return &ByteArrayType;
    return nullptr;
}

bool isSeqSlotFn(BinaryFn f, size_t off) {
    static Type* const kBases[] = {&StrType, &ListType, &TupleType, &BytesType, &ByteArrayType};
    for (Type* t : kBases)
        if (f == binSlot(t, off)) return true;
    return false;
}

// Whether type t (a subclass of the builtin sequence `base`) still has base's sequence slot
// for these dunders: CPython's update_one_slot clears sq_concat when a class overrides
// __add__, sq_repeat when it overrides __mul__ or __rmul__, sq_inplace_* for __iadd__/__imul__.
bool inheritsSeqSlot(Type* t, Type* base, const char* name, const char* name2 = nullptr) {
    if (t == base) return true;
    for (const char* n : {name, name2}) {
        if (!n) continue;
        Object* mine = typeLookup(t, n);
        if (!mine || mine != typeLookup(base, n)) return false;
    }
    return true;
}

// CPython's binary_op1: returns NotImplemented (new ref) when neither side handles it.
Object* binaryOp1(Object* a, Object* b, size_t off) {
    BinaryFn slotv = binSlot(a->type, off);
    BinaryFn slotw = nullptr;
    if (b->type != a->type) {
        slotw = binSlot(b->type, off);
        if (slotw == slotv) slotw = nullptr;
    }
    if (off == NS(add) || off == NS(multiply)) {
        if (slotv && isSeqSlotFn(slotv, off)) slotv = nullptr;
        if (slotw && isSeqSlotFn(slotw, off)) slotw = nullptr;
    }
    if (slotv) {
        if (slotw && isSubtype(b->type, a->type)) {
            Object* x = slotw(a, b);
            if (x != notImplemented()) return x;
            decref(x);
            slotw = nullptr;
        }
        Object* x = slotv(a, b);
        if (x != notImplemented()) return x;
        decref(x);
    }
    if (slotw) {
        Object* x = slotw(a, b);
        if (x != notImplemented()) return x;
        decref(x);
    }
    return newNotImplemented();
}

// Sequence types whose + and * are concatenation/repetition (for CPython's fallback messages).
bool isSeqType(Type* t) {
    return (t->flags & (kTypeStrSubclass | kTypeListSubclass | kTypeTupleSubclass |
                        kTypeBytesSubclass)) ||
           t == &ByteArrayType;
}

Object* binopTypeError(Object* a, Object* b, const char* sym) {
    if (std::strcmp(sym, ">>") == 0 && isBuiltinFunction(a)) {
        auto* f = reinterpret_cast<BuiltinFunctionObject*>(a);
        if (std::strcmp(f->def->name, "print") == 0) {
            return setError(&ExcTypeError,
                            "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'. Did "
                            "you mean \"print(<message>, file=<output_stream>)\"?",
                            sym, typeName(a->type), typeName(b->type));
        }
    }
    return setError(&ExcTypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                    typeName(a->type), typeName(b->type));
}

// The sequence fallbacks of PyNumber_Add / PyNumber_Multiply, for their error messages.
Object* sequenceFallback(Object* a, Object* b, int op) {
    if (op == static_cast<int>(BinOp::Add) && isSeqType(a->type)) {
        Type* t = a->type;
        if (t->flags & kTypeBytesSubclass || t == &ByteArrayType) {
            return setError(&ExcTypeError, "can't concat %s to %s", typeName(b->type),
                            typeName(a->type));
        }
        const char* base = (t->flags & kTypeStrSubclass)    ? "str"
                           : (t->flags & kTypeListSubclass) ? "list"
                                                            : "tuple";
        return setError(&ExcTypeError, "can only concatenate %s (not \"%s\") to %s", base,
                        typeName(b->type), base);
    }
    if (op == static_cast<int>(BinOp::Multiply)) {
        if (isSeqType(a->type) && !isIndex(b)) {
            return setError(&ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                            typeName(b->type));
        }
        if (isSeqType(b->type) && !isIndex(a)) {
            return setError(&ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                            typeName(a->type));
        }
    }
    return nullptr;
}

// PyNumber_Add / PyNumber_Multiply and their in-place forms once the number slots declined:
// the left operand's sequence concat/repeat (in-place variant first), or for * the right
// operand's repeat. Returns NotImplemented (new reference) when no sequence slot applies.
Object* sequenceOp(Object* a, Object* b, int base, bool inplace) {
    if (base == static_cast<int>(BinOp::Add)) {
        Type* seq = seqBase(a->type);
        if (!seq) return newNotImplemented();
        BinaryFn f = nullptr;
        if (inplace && seq->number.inplaceAdd && inheritsSeqSlot(a->type, seq, "__iadd__"))
            f = seq->number.inplaceAdd;
        if (!f && inheritsSeqSlot(a->type, seq, "__add__")) f = seq->number.add;
        if (!f) return newNotImplemented();
        Object* x = f(a, b);
        if (x != notImplemented()) return x;
        decref(x);
        // The concat functions decline for operands another slot might handle; as the
        // sequence slot they raise.
        sequenceFallback(a, b, base);
        return nullptr;
    }
    if (base != static_cast<int>(BinOp::Multiply)) return newNotImplemented();
    Object* seqObj = a;
    Object* count = b;
    Type* seq = seqBase(a->type);
    BinaryFn f = nullptr;
    if (seq) {
        if (inplace && seq->number.inplaceMultiply &&
            inheritsSeqSlot(a->type, seq, "__imul__"))
            f = seq->number.inplaceMultiply;
        if (!f && inheritsSeqSlot(a->type, seq, "__mul__", "__rmul__")) f = seq->number.multiply;
    }
    // CPython's in-place form falls back to the right operand only when the left operand's type
    // has no sequence methods at all (never for a class statement's type).
    if (!f && !(inplace && (a->type->flags & kTypeHeap))) {
        seq = seqBase(b->type);
        if (seq && inheritsSeqSlot(b->type, seq, "__mul__", "__rmul__")) {
            f = seq->number.multiply;
            seqObj = b;
            count = a;
        }
    }
    if (!f) return newNotImplemented();
    Object* x = f(seqObj, count);
    if (x != notImplemented()) return x;
    decref(x);
    return setError(&ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                    typeName(count->type));
}

// The end of binaryOp when no operand handled the operator.
Object* binaryOpUnsupported(Object* a, Object* b, int base, bool inplace) {
    Object* x = sequenceOp(a, b, base, inplace);
    if (x != notImplemented()) return x;
    decref(x);
    std::string sym = kOps[base].sym;
    if (inplace) sym += '=';
    return binopTypeError(a, b, sym.c_str());
}

Object* ternaryOp(Object* a, Object* b, Object* c, size_t off, const char* sym) {
    auto tslot = [off](Type* t) {
        TernaryFn f;
        std::memcpy(&f, reinterpret_cast<const char*>(&t->number) + off, sizeof f);
        return f;
    };
    TernaryFn slotv = tslot(a->type);
    TernaryFn slotw = nullptr;
    if (b->type != a->type) {
        slotw = tslot(b->type);
        if (slotw == slotv) slotw = nullptr;
    }
    if (slotv) {
        if (slotw && isSubtype(b->type, a->type)) {
            Object* x = slotw(a, b, c);
            if (x != notImplemented()) return x;
            decref(x);
            slotw = nullptr;
        }
        Object* x = slotv(a, b, c);
        if (x != notImplemented()) return x;
        decref(x);
    }
    if (slotw) {
        Object* x = slotw(a, b, c);
        if (x != notImplemented()) return x;
        decref(x);
    }
    if (!isNone(c)) {
        TernaryFn slotz = tslot(c->type);
        if (slotz && slotz != slotv && slotz != slotw) {
            Object* x = slotz(a, b, c);
            if (x != notImplemented()) return x;
            decref(x);
        }
        return setError(&ExcTypeError, "unsupported operand type(s) for %s: '%s', '%s', '%s'",
                        sym, typeName(a->type), typeName(b->type), typeName(c->type));
    }
    return setError(&ExcTypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                    typeName(a->type), typeName(b->type));
}

}  // namespace

bool isSequenceNumberSlot(BinaryFn f, size_t typeOffset) {
    size_t off = typeOffset - offsetof(Type, number);
    return (off == NS(add) || off == NS(multiply)) && f && isSeqSlotFn(f, off);
}

Object* binaryOp(Object* a, Object* b, BinOp op) {
    int o = static_cast<int>(op);
    bool inplace = o >= 13;
    int base = inplace ? o - 13 : o;
    // In-place BinOp values are ordered like the binary ones (Add..Xor), offset by 13.
    const OpInfo& info = kOps[base];
    if (base == static_cast<int>(BinOp::Power)) {
        if (inplace) {
            TernaryFn f = a->type->number.inplacePower;
            if (f) {
                Object* x = f(a, b, none());
                if (x != notImplemented()) return x;
                decref(x);
            }
            return ternaryOp(a, b, none(), NS(power), "**=");
        }
        return ternaryOp(a, b, none(), NS(power), "** or pow()");
    }
    if (inplace) {
        BinaryFn f = binSlot(a->type, info.inplace);
        // list's and bytearray's own += and *= are sequence slots (sequenceOp), tried last.
        // A subclass that inherits them gets the inherited __iadd__ as its nb_inplace_add
        // (CPython's update_one_slot: same wrapper signature), so += tries it first; its
        // nb_inplace_multiply stays empty (__imul__'s wrapper signature differs).
        if (f && isSeqSlotFn(f, info.inplace) &&
            (base == static_cast<int>(BinOp::Multiply) ||
             (base == static_cast<int>(BinOp::Add) && !(a->type->flags & kTypeHeap))))
            f = nullptr;
        if (f) {
            Object* x = f(a, b);
            if (x != notImplemented()) return x;
            decref(x);
        }
    }
    if (base == static_cast<int>(BinOp::Multiply) && isSeqType(a->type) &&
        isSeqType(b->type) && !(a->type->flags & kTypeHeap) && !(b->type->flags & kTypeHeap)) {
        // As CPython: the left operand's sequence repeat is tried first, so the message names
        // the right operand's type (str * list: "... of type 'list'").
        return setError(&ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                        typeName(b->type));
    }
    Object* x = binaryOp1(a, b, info.slot);
    if (x != notImplemented()) return x;
    decref(x);
    return binaryOpUnsupported(a, b, base, inplace);
}

Object* binaryOpDunder(Object* a, Object* b, int op, bool* inplaceCall) {
    bool inplace = op >= 13;
    int base = inplace ? op - 13 : op;
    if (base < 0 || base >= 13 || base == static_cast<int>(BinOp::Power)) return nullptr;
    const OpInfo& info = kOps[base];
    constexpr size_t kNumber = offsetof(Type, number);
    if (inplace && binSlot(a->type, info.inplace)) {
        *inplaceCall = true;
        return inplaceSlotDunder(a, kNumber + info.inplace);
    }
    *inplaceCall = false;
    return binarySlotDunder(a, b, kNumber + info.slot);
}

Object* binaryOpDunderResume(Object* a, Object* b, int op, bool inplaceCall) {
    bool inplace = op >= 13;
    int base = inplace ? op - 13 : op;
    const OpInfo& info = kOps[base];
    Object* x = inplaceCall ? binaryOp1(a, b, info.slot)
                            : binarySlotDunderResume(a, b, offsetof(Type, number) + info.slot);
    if (x != notImplemented()) return x;
    decref(x);
    return binaryOpUnsupported(a, b, base, inplace);
}

Object* power(Object* a, Object* b, Object* mod) {
    return ternaryOp(a, b, mod ? mod : none(), NS(power), "** or pow()");
}

namespace {

Object* unaryOp(Object* o, UnaryFn f, const char* what) {
    if (f) return f(o);
    return setError(&ExcTypeError, "bad operand type for %s: '%s'", what, typeName(o->type));
}

}  // namespace

Object* negative(Object* o) { return unaryOp(o, o->type->number.negative, "unary -"); }
Object* positive(Object* o) { return unaryOp(o, o->type->number.positive, "unary +"); }
Object* invert(Object* o) { return unaryOp(o, o->type->number.invert, "unary ~"); }
Object* absolute(Object* o) { return unaryOp(o, o->type->number.absolute, "abs()"); }

bool isIndex(Object* o) { return isInt(o) || o->type->number.index != nullptr; }

namespace {

// An exact int with the value of int subclass instance o.
Object* intExactCopy(Object* o) {
    if (isIntExact(o)) return newRef(o);
    if (intIsSmall(o)) return intFromInt64(asInt(o)->value);
    return intFromBigInt(intToBigInt(o));
}

}  // namespace

Object* numberIndex(Object* o) {
    if (isInt(o)) return intExactCopy(o);
    UnaryFn f = o->type->number.index;
    if (!f) {
        return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                        typeName(o->type));
    }
    Object* r = f(o);
    if (!r || isIntExact(r)) return r;
    if (!isInt(r)) {
        setError(&ExcTypeError, "__index__ returned non-int (type %s)", typeName(r->type));
        decref(r);
        return nullptr;
    }
    std::string msg = std::string("__index__ returned non-int (type ") + typeName(r->type) +
                      ").  The ability to return an instance of a strict subclass of int is "
                      "deprecated, and may be removed in a future version of Python.";
    if (!warnEx(&ExcDeprecationWarning, msg.c_str())) {
        decref(r);
        return nullptr;
    }
    Object* c = intExactCopy(r);
    decref(r);
    return c;
}

ssize asSsize(Object* o, Type* overflowType) {
    Object* i = numberIndex(o);
    if (!i) return -1;
    int64_t v;
    bool fits = intIsSmall(i) && (v = asInt(i)->value, true);
    if (fits && sizeof(ssize) < sizeof(int64_t)) {
        fits = v >= static_cast<int64_t>(PTRDIFF_MIN) && v <= static_cast<int64_t>(PTRDIFF_MAX);
    }
    if (fits) {
        decref(i);
        return static_cast<ssize>(v);
    }
    int sign = intSign(i);
    decref(i);
    if (!overflowType) return sign < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
    setError(overflowType, "cannot fit '%s' into an index-sized integer", typeName(o->type));
    return -1;
}

Object* numberInt(Object* o) {
    if (isIntExact(o)) return newRef(o);
    Type* t = o->type;
    if (t->number.int_) {
        Object* r = t->number.int_(o);
        if (!r || isIntExact(r)) return r;
        if (!isInt(r)) {
            setError(&ExcTypeError, "__int__ returned non-int (type %s)", typeName(r->type));
            decref(r);
            return nullptr;
        }
        std::string msg = std::string("__int__ returned non-int (type ") + typeName(r->type) +
                          ").  The ability to return an instance of a strict subclass of int "
                          "is deprecated, and may be removed in a future version of Python.";
        if (!warnEx(&ExcDeprecationWarning, msg.c_str())) {
            decref(r);
            return nullptr;
        }
        Object* c = intExactCopy(r);
        decref(r);
        return c;
    }
    if (t->number.index) return numberIndex(o);
    if (isInt(o)) return intExactCopy(o);
    bool missing = false;
    bool hasTrunc = typeLookup(t, KRAIT_STR(__trunc__)) != nullptr;
    if (hasTrunc && !warnEx(&ExcDeprecationWarning,
                         "The delegation of int() to __trunc__ is deprecated.")) {
        return nullptr;
    }
    Object* r = callSpecial(o, KRAIT_STR(__trunc__), nullptr, 0, &missing);
    if (r) {
        if (isInt(r)) {
            Object* c = intExactCopy(r);
            decref(r);
            return c;
        }
        Object* i = numberIndex(r);
        const char* rt = typeName(r->type);
        decref(r);
        if (!i && errMatches(&ExcTypeError)) {
            clearError();
            return setError(&ExcTypeError, "__trunc__ returned non-Integral (type %s)", rt);
        }
        return i;
    }
    if (!missing) return nullptr;
    if (isStr(o)) return intFromString(strView(o), 10);
    // bytes, bytearray (and subclasses) and other buffers (memoryview) parse their bytes; an
    // invalid literal is shown as bytes (b'...') in the message.
    std::string_view view;
    Ref<> storage;
    int haveView = bytesLikeView(o, &view, storage);
    if (haveView < 0) return nullptr;
    if (haveView) {
        Ref<> copy = Ref<>::steal(bytesFromStd(view));
        if (!copy) return nullptr;
        return intFromStringObj(bytesView(copy.get()), 10, copy.get());
    }
    return setError(&ExcTypeError,
                    "int() argument must be a string, a bytes-like object or a real number, "
                    "not '%s'",
                    typeName(t));
}

namespace {

// float(text) parsing as CPython's float_from_string (whitespace, underscores, inf/nan).
Object* floatFromText(Object* orig, std::string_view text) {
    auto fail = [&]() -> Object* {
        return setError(&ExcValueError, "could not convert string to float: %R", orig);
    };
    size_t b = 0, e = text.size();
    auto isSpace = [](unsigned char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    while (b < e && isSpace(static_cast<unsigned char>(text[b]))) b++;
    while (e > b && isSpace(static_cast<unsigned char>(text[e - 1]))) e--;
    std::string s;
    for (size_t i = b; i < e; i++) {
        char c = text[i];
        if (c == '_') {
            bool ok = i > b && i + 1 < e && std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                      std::isdigit(static_cast<unsigned char>(text[i + 1]));
            if (!ok) return fail();
            continue;
        }
        if (static_cast<unsigned char>(c) >= 0x80) return fail();
        s += c;
    }
    if (s.empty()) return fail();
    std::string lower;
    for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t p = 0;
    bool neg = false;
    if (lower[0] == '+' || lower[0] == '-') {
        neg = lower[0] == '-';
        p = 1;
    }
    std::string_view rest(lower.data() + p, lower.size() - p);
    if (rest == "inf" || rest == "infinity") return floatFromDouble(neg ? -HUGE_VAL : HUGE_VAL);
    if (rest == "nan") return floatFromDouble(neg ? -std::nan("") : std::nan(""));
    // Only digits, '.', exponent: reject hex floats and other strtod extensions.
    for (char c : rest) {
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == '+' ||
              c == '-')) {
            return fail();
        }
    }
    char* end = nullptr;
    errno = 0;
    double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size()) return fail();
    return floatFromDouble(v);
}

}  // namespace

Object* numberFloat(Object* o) {
    if (isFloatExact(o)) return newRef(o);
    Type* t = o->type;
    if (t->number.float_) {
        Object* r = t->number.float_(o);
        if (!r || isFloatExact(r)) return r;
        if (!isFloat(r)) {
            setError(&ExcTypeError, "%s.__float__ returned non-float (type %s)", typeName(t),
                     typeName(r->type));
            decref(r);
            return nullptr;
        }
        std::string msg = std::string(typeName(t)) + ".__float__ returned non-float (type " +
                          typeName(r->type) +
                          ").  The ability to return an instance of a strict subclass of float "
                          "is deprecated, and may be removed in a future version of Python.";
        if (!warnEx(&ExcDeprecationWarning, msg.c_str())) {
            decref(r);
            return nullptr;
        }
        double v = floatValue(r);
        decref(r);
        return floatFromDouble(v);
    }
    if (t->number.index) {
        Object* i = numberIndex(o);
        if (!i) return nullptr;
        bool ok = true;
        double v = intAsDouble(i, &ok);
        decref(i);
        if (!ok) return nullptr;
        return floatFromDouble(v);
    }
    if (isFloat(o)) return floatFromDouble(floatValue(o));
    if (isStr(o)) return floatFromText(o, strView(o));
    // bytes, bytearray (and subclasses) and other buffers (memoryview) parse their bytes.
    std::string_view view;
    Ref<> storage;
    int haveView = bytesLikeView(o, &view, storage);
    if (haveView < 0) return nullptr;
    if (haveView) return floatFromText(o, view);
    return setError(&ExcTypeError, "float() argument must be a string or a real number, not '%s'",
                    typeName(t));
}

}  // namespace krait
