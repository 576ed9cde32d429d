// The object protocol: attributes, repr/str/hash/compare/truth, isinstance/issubclass, calls,
// containers and iteration. Numbers are in abstract_number.cpp.
#include "core/abstract.h"

#include <cstring>
#include <string>

#include "core/abstract_dunder.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "gc/gc.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/instance_values.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace krait {

// Owned by the containers engineer (objects/iterobject.cpp): the old-style __getitem__
// sequence iterator.
Object* seqIterNew(Object* seq);

// ====================== Attributes ======================

void setAttributeErrorContext(Object* obj, Object* name) {
    Object* exc = currentError();
    if (!exc || !isInstanceOf(exc, &ExcAttributeError)) return;
    auto* ae = reinterpret_cast<AttributeErrorObject*>(exc);
    if (!ae->name && !ae->obj) {
        ae->name = newRef(name);
        ae->obj = newRef(obj);
    }
}

void raiseNoAttribute(Object* obj, Object* name) {
    setError(&ExcAttributeError, "'%s' object has no attribute '%U'", typeName(obj->type), name);
    setAttributeErrorContext(obj, name);
}

Object** instanceDictPtr(Object* o) {
    Object** dp = instanceSlotPtr(o);
    if (dp && *dp && isInstanceValues(*dp) && !instanceValuesMaterialize(o, dp)) return nullptr;
    return dp;
}

Object* instanceGetDict(Object* o) {
    Object** dp = instanceDictPtr(o);
    if (!dp) {
        if (errOccurred()) return nullptr;
        raiseNoAttribute(o, KRAIT_STR(__dict__));
        return nullptr;
    }
    if (!*dp) {
        *dp = dictNew();
        if (!*dp) return nullptr;
    } else {
        instanceDictEscapes(*dp);
    }
    return newRef(*dp);
}

Object* subtypeGetDict(Object* o, void*) { return instanceGetDict(o); }

int subtypeSetDict(Object* o, Object* value, void*) {
    Object** dp = instanceSlotPtr(o);
    if (!dp) {
        setError(&ExcAttributeError, "This object has no __dict__");
        return -1;
    }
    if (!value) {
        instanceSlotClear(dp);
        return 0;
    }
    if (!isDict(value)) {
        setError(&ExcTypeError, "__dict__ must be set to a dictionary, not a '%s'",
                 typeName(value->type));
        return -1;
    }
    Object* old = *dp;
    *dp = newRef(value);
    if (old) {
        Object* tmp = old;
        instanceSlotClear(&tmp);
    }
    return 0;
}

namespace {

Object* genericGetAttrImpl(Object* o, Object* name, bool suppress) {
    if (!isStr(name)) {
        return setError(&ExcTypeError, "attribute name must be string, not '%s'",
                        typeName(name->type));
    }
    Type* tp = o->type;
    Object* descr = typeLookup(tp, name);
    DescrGetFn f = nullptr;
    if (descr) {
        incref(descr);
        f = descr->type->descrGet;
        if (f && descr->type->descrSet) {
            Object* r = f(descr, o, asObject(tp));
            decref(descr);
            if (!r && suppress && errMatches(&ExcAttributeError)) clearError();
            return r;
        }
    }
    Object** dp = instanceSlotPtr(o);
    if (dp && *dp && isInstanceValues(*dp)) {
        if (isStrExact(name)) {
            if (Object* v = instanceValuesGet(o, *dp, name)) {
                incref(v);
                xdecref(descr);
                return v;
            }
        } else if (!instanceValuesMaterialize(o, dp)) {
            xdecref(descr);
            return nullptr;
        }
    }
    if (dp && *dp && !isInstanceValues(*dp)) {
        Object* d = *dp;
        incref(d);
        Object* v = dictGetItem(d, name);
        if (v) {
            incref(v);
            decref(d);
            xdecref(descr);
            return v;
        }
        decref(d);
        if (errOccurred()) {
            xdecref(descr);
            return nullptr;
        }
    }
    if (f) {
        Object* r = f(descr, o, asObject(tp));
        decref(descr);
        if (!r && suppress && errMatches(&ExcAttributeError)) clearError();
        return r;
    }
    if (descr) return descr;
    if (!suppress) raiseNoAttribute(o, name);
    return nullptr;
}

}  // namespace

Object* genericGetAttr(Object* o, Object* name) { return genericGetAttrImpl(o, name, false); }
Object* genericGetAttrSuppress(Object* o, Object* name) {
    return genericGetAttrImpl(o, name, true);
}

int genericSetAttr(Object* o, Object* name, Object* value) {
    if (!isStr(name)) {
        setError(&ExcTypeError, "attribute name must be string, not '%s'", typeName(name->type));
        return -1;
    }
    Type* tp = o->type;
    Object* descr = typeLookup(tp, name);
    if (descr && descr->type->descrSet) {
        incref(descr);
        int r = descr->type->descrSet(descr, o, value);
        decref(descr);
        return r;
    }
    Object** dp = instanceSlotPtr(o);
    if (!dp) {
        if (descr) {
            setError(&ExcAttributeError, "'%s' object attribute '%U' is read-only",
                     typeName(tp), name);
        } else {
            raiseNoAttribute(o, name);
        }
        return -1;
    }
    if (!*dp) {
        if (!value) {
            raiseNoAttribute(o, name);
            return -1;
        }
        if (isStrExact(name) && subtypeOwnsInstanceDict(o)) {
            if (!instanceValuesCreate(o, dp)) return -1;
        } else {
            *dp = dictNew();
            if (!*dp) return -1;
            gcDiscountAllocation();   // the dict is part of the instance (see gc.h)
            if (subtypeOwnsInstanceDict(o)) instanceDictTakeOwnership(*dp);
        }
    }
    if (isInstanceValues(*dp)) {
        int r = instanceValuesSet(o, dp, name, value);
        if (r <= 0) return r;
    }
    Object* d = *dp;
    incref(d);
    int r;
    if (value) {
        r = dictSetItem(d, name, value);
    } else {
        r = dictDelItem(d, name);
        if (r < 0 && errMatches(&ExcKeyError)) {
            clearError();
            raiseNoAttribute(o, name);
        }
    }
    decref(d);
    return r;
}

Object* getAttr(Object* o, Object* name) {
    if (!isStr(name)) {
        return setError(&ExcTypeError, "attribute name must be string, not '%s'",
                        typeName(name->type));
    }
    GetAttrFn f = o->type->getAttr;
    if (!f) {
        raiseNoAttribute(o, name);
        return nullptr;
    }
    Object* r = f(o, name);
    // An AttributeError without name/obj (e.g. raised by a __getattr__) gets them here, for
    // the "Did you mean" suggestion (CPython's PyObject_GetAttr).
    if (!r) setAttributeErrorContext(o, name);
    return r;
}

Object* getAttr(Object* o, const char* name) {
    Object* n = strIntern(name);
    if (!n) return nullptr;
    return getAttr(o, n);
}

Object* lookupAttr(Object* o, Object* name) {
    if (!isStr(name)) {
        return setError(&ExcTypeError, "attribute name must be string, not '%s'",
                        typeName(name->type));
    }
    GetAttrFn f = o->type->getAttr;
    if (f == genericGetAttr) return genericGetAttrImpl(o, name, true);
    if (f == typeGetAttro) return typeGetAttroSuppress(o, name);
    Object* r = getAttr(o, name);
    if (!r && errMatches(&ExcAttributeError)) clearError();
    return r;
}

int setAttr(Object* o, Object* name, Object* value) {
    if (!isStr(name)) {
        setError(&ExcTypeError, "attribute name must be string, not '%s'", typeName(name->type));
        return -1;
    }
    SetAttrFn f = o->type->setAttr;
    if (!f) {
        bool hasGet = o->type->getAttr != nullptr;
        if (hasGet && typeLookup(o->type, name)) {
            setError(&ExcAttributeError, "'%s' object attribute '%U' is read-only",
                     typeName(o->type), name);
        } else {
            setError(&ExcAttributeError, "'%s' object has no attribute '%U'", typeName(o->type),
                     name);
        }
        return -1;
    }
    incref(name);
    if (isStrExact(name)) strInternInPlace(&name);
    int r = f(o, name, value);
    decref(name);
    return r;
}

int setAttr(Object* o, const char* name, Object* value) {
    Object* n = strIntern(name);
    if (!n) return -1;
    return setAttr(o, n, value);
}

int delAttr(Object* o, Object* name) { return setAttr(o, name, nullptr); }

int hasAttr(Object* o, Object* name) {
    Object* r = lookupAttr(o, name);
    if (r) {
        decref(r);
        return 1;
    }
    return errOccurred() ? -1 : 0;
}

int getMethod(Object* o, Object* name, Object** method) {
    Type* tp = o->type;
    *method = nullptr;
    if (tp->getAttr != genericGetAttr || !isStr(name)) {
        *method = getAttr(o, name);
        return *method ? 0 : -1;
    }
    Object* descr = typeLookup(tp, name);
    DescrGetFn f = nullptr;
    bool methFound = false;
    if (descr) {
        incref(descr);
        if (descr->type->flags & kTypeMethodDescriptor) {
            methFound = true;
        } else {
            f = descr->type->descrGet;
            if (f && descr->type->descrSet) {
                *method = f(descr, o, asObject(tp));
                decref(descr);
                return *method ? 0 : -1;
            }
        }
    }
    Object** dp = instanceSlotPtr(o);
    if (dp && *dp && isInstanceValues(*dp)) {
        if (isStrExact(name)) {
            if (Object* v = instanceValuesGet(o, *dp, name)) {
                *method = newRef(v);
                xdecref(descr);
                return 0;
            }
        } else if (!instanceValuesMaterialize(o, dp)) {
            xdecref(descr);
            return -1;
        }
    }
    if (dp && *dp && !isInstanceValues(*dp)) {
        Object* d = *dp;
        incref(d);
        Object* v = dictGetItem(d, name);
        decref(d);
        if (v) {
            *method = newRef(v);
            xdecref(descr);
            return 0;
        }
        if (errOccurred()) {
            xdecref(descr);
            return -1;
        }
    }
    if (methFound) {
        *method = descr;
        return 1;
    }
    if (f) {
        *method = f(descr, o, asObject(tp));
        decref(descr);
        return *method ? 0 : -1;
    }
    if (descr) {
        *method = descr;
        return 0;
    }
    raiseNoAttribute(o, name);
    return -1;
}

// ====================== repr / str / ascii / format ======================

Object* repr(Object* o) {
    if (!enterRecursiveCall(" while getting the repr of an object")) return nullptr;
    Object* r = o->type->repr ? o->type->repr(o) : objectDefaultRepr(o);
    leaveRecursiveCall();
    if (r && !isStr(r)) {
        setError(&ExcTypeError, "__repr__ returned non-string (type %s)", typeName(r->type));
        decref(r);
        return nullptr;
    }
    return r;
}

Object* str(Object* o) {
    if (isStrExact(o)) return newRef(o);
    if (!o->type->str) return repr(o);
    if (!enterRecursiveCall(" while getting the str of an object")) return nullptr;
    Object* r = o->type->str(o);
    leaveRecursiveCall();
    if (r && !isStr(r)) {
        setError(&ExcTypeError, "__str__ returned non-string (type %s)", typeName(r->type));
        decref(r);
        return nullptr;
    }
    return r;
}

Object* ascii(Object* o) {
    Object* r = repr(o);
    if (!r || asStr(r)->ascii) return r;
    std::string out;
    ssize n = strLength(r);
    for (ssize i = 0; i < n; i++) {
        uint32_t c = strCharAt(r, i);
        char buf[16];
        if (c < 128) {
            out += static_cast<char>(c);
            continue;
        }
        if (c < 0x100) {
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
        } else if (c < 0x10000) {
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
        } else {
            std::snprintf(buf, sizeof buf, "\\U%08x", c);
        }
        out += buf;
    }
    decref(r);
    return strFromAscii(out);
}

Object* format(Object* o, Object* spec) {
    if (spec && !isStr(spec)) {
        return setError(&ExcTypeError, "Format specifier must be a string, not %s",
                        typeName(spec->type));
    }
    bool empty = !spec || strLength(spec) == 0;
    if (empty) {
        if (isStrExact(o)) return newRef(o);
        if (isIntExact(o)) return str(o);
    }
    Object* s = spec ? spec : emptyStr();
    bool missing = false;
    Object* r = callSpecial(o, KRAIT_STR(__format__), &s, 1, &missing);
    if (!r) {
        if (missing) {
            return setError(&ExcTypeError, "Type %s doesn't define __format__",
                            typeName(o->type));
        }
        return nullptr;
    }
    if (!isStr(r)) {
        setError(&ExcTypeError, "__format__ must return a str, not %s", typeName(r->type));
        decref(r);
        return nullptr;
    }
    return r;
}

// ====================== hash ======================

hash_t hashNotImplemented(Object* o) {
    setError(&ExcTypeError, "unhashable type: '%s'", typeName(o->type));
    return -1;
}

hash_t hashPointer(const void* p) {
    uintptr_t y = reinterpret_cast<uintptr_t>(p);
    constexpr unsigned kBits = sizeof(uintptr_t) * 8;
    y = (y >> 4) | (y << (kBits - 4));
    hash_t x = static_cast<hash_t>(static_cast<intptr_t>(y));
    return x == -1 ? -2 : x;
}

hash_t hash(Object* o) {
    HashFn f = o->type->hash;
    if (!f) return hashNotImplemented(o);
    return f(o);
}

// ====================== comparison ======================

namespace {

const char* const kOpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
constexpr CompareOp kSwapped[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                  CompareOp::Ne, CompareOp::Lt, CompareOp::Le};

// When neither operand's comparison handled op: identity for == and !=, else TypeError.
Object* richCompareFallback(Object* a, Object* b, CompareOp op) {
    switch (op) {
    case CompareOp::Eq: return newBool(a == b);
    case CompareOp::Ne: return newBool(a != b);
    default:
        return setError(&ExcTypeError, "'%s' not supported between instances of '%s' and '%s'",
                        kOpSymbols[static_cast<int>(op)], typeName(a->type), typeName(b->type));
    }
}

// The last steps of do_richcompare: b's reflected comparison, then the fallback.
Object* richCompareReflected(Object* a, Object* b, CompareOp op) {
    if (RichCmpFn f = b->type->richCompare) {
        Object* r = f(b, a, kSwapped[static_cast<int>(op)]);
        if (r != notImplemented()) return r;
        decref(r);
    }
    return richCompareFallback(a, b, op);
}

Object* doRichCompare(Object* a, Object* b, CompareOp op) {
    bool checkedReverse = false;
    RichCmpFn f;
    int opi = static_cast<int>(op);
    if (a->type != b->type && isSubtype(b->type, a->type) && (f = b->type->richCompare)) {
        checkedReverse = true;
        Object* r = f(b, a, kSwapped[opi]);
        if (r != notImplemented()) return r;
        decref(r);
    }
    if ((f = a->type->richCompare)) {
        Object* r = f(a, b, op);
        if (r != notImplemented()) return r;
        decref(r);
    }
    if (checkedReverse) return richCompareFallback(a, b, op);
    return richCompareReflected(a, b, op);
}

}  // namespace

Object* richCompareDunderResume(Object* a, Object* b, CompareOp op) {
    if (!enterRecursiveCall(" in comparison")) return nullptr;
    Object* r = richCompareReflected(a, b, op);
    leaveRecursiveCall();
    return r;
}

Object* richCompare(Object* a, Object* b, CompareOp op) {
    if (!enterRecursiveCall(" in comparison")) return nullptr;
    Object* r = doRichCompare(a, b, op);
    leaveRecursiveCall();
    return r;
}

int richCompareBool(Object* a, Object* b, CompareOp op) {
    if (a == b) {
        if (op == CompareOp::Eq) return 1;
        if (op == CompareOp::Ne) return 0;
    }
    // Exact ints, floats and strs compare without calls (containment tests, sorting, dict
    // and list searches): the same answers as their richCompare slots.
    Type* ta = a->type;
    if (ta == b->type) {
        if (ta == &IntType && intIsSmall(a) && intIsSmall(b)) {
            int64_t x = asInt(a)->value, y = asInt(b)->value;
            switch (op) {
            case CompareOp::Lt: return x < y;
            case CompareOp::Le: return x <= y;
            case CompareOp::Eq: return x == y;
            case CompareOp::Ne: return x != y;
            case CompareOp::Gt: return x > y;
            case CompareOp::Ge: return x >= y;
            }
        }
        if (ta == &FloatType) {
            double x = floatValue(a), y = floatValue(b);
            switch (op) {
            case CompareOp::Lt: return x < y;
            case CompareOp::Le: return x <= y;
            case CompareOp::Eq: return x == y;
            case CompareOp::Ne: return x != y;
            case CompareOp::Gt: return x > y;
            case CompareOp::Ge: return x >= y;
            }
        }
        if (ta == &StrType && (op == CompareOp::Eq || op == CompareOp::Ne)) {
            return strEqual(a, b) == (op == CompareOp::Eq);
        }
    }
    Object* r = richCompare(a, b, op);
    if (!r) return -1;
    int t = isBool(r) ? (r == trueObj()) : isTrue(r);
    decref(r);
    return t;
}

// ====================== truth ======================

int isTrue(Object* o) {
    if (o == trueObj()) return 1;
    if (o == falseObj() || isNone(o)) return 0;
    Type* t = o->type;
    if (t->number.bool_) return t->number.bool_(o);
    if (t->length) {
        ssize n = t->length(o);
        if (n < 0) return -1;
        return n > 0;
    }
    return 1;
}

int isTrueNoErr(Object* o) {
    int r = isTrue(o);
    if (r < 0) {
        clearError();
        return 0;
    }
    return r;
}

// ====================== isinstance / issubclass ======================

namespace {

// cls.__bases__ if it is a tuple (new ref), else null (error only if lookup failed badly).
Object* abstractGetBases(Object* cls) {
    Object* b = lookupAttr(cls, KRAIT_STR(__bases__));
    if (b && !isTuple(b)) {
        decref(b);
        return nullptr;
    }
    return b;
}

int abstractIsSubclass(Object* derived, Object* cls) {
    // `cur` holds a reference: a __bases__ property may return a fresh tuple whose only
    // reference to its item is dropped below (bpo-39382).
    Ref<> cur = Ref<>::borrow(derived);
    while (true) {
        if (cur.get() == cls) return 1;
        Object* bases = abstractGetBases(cur.get());
        if (!bases) return errOccurred() ? -1 : 0;
        ssize n = tupleSize(bases);
        if (n == 0) {
            decref(bases);
            return 0;
        }
        if (n == 1) {
            cur.reset(newRef(tupleItem(bases, 0)));
            decref(bases);
            continue;
        }
        for (ssize i = 0; i < n; i++) {
            int r = abstractIsSubclass(tupleItem(bases, i), cls);
            if (r != 0) {
                decref(bases);
                return r;
            }
        }
        decref(bases);
        return 0;
    }
}

bool checkClass(Object* cls) {
    if (isType(cls)) return true;
    Object* b = abstractGetBases(cls);
    if (b) {
        decref(b);
        return true;
    }
    return false;
}

int objectIsInstance(Object* o, Object* cls) {
    if (isType(cls)) {
        if (isSubtype(o->type, asType(cls))) return 1;
        Object* icls = lookupAttr(o, KRAIT_STR(__class__));
        if (!icls) return errOccurred() ? -1 : 0;
        int r = icls != asObject(o->type) && isType(icls) && isSubtype(asType(icls), asType(cls));
        decref(icls);
        return r;
    }
    if (!checkClass(cls)) {
        if (errOccurred()) return -1;
        setError(&ExcTypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    Object* icls = lookupAttr(o, KRAIT_STR(__class__));
    if (!icls) return errOccurred() ? -1 : 0;
    int r = abstractIsSubclass(icls, cls);
    decref(icls);
    return r;
}

int objectIsSubclass(Object* derived, Object* cls) {
    if (isType(cls) && isType(derived)) return isSubtype(asType(derived), asType(cls));
    if (!checkClass(derived)) {
        if (errOccurred()) return -1;
        setError(&ExcTypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!checkClass(cls)) {
        if (errOccurred()) return -1;
        setError(&ExcTypeError,
                 "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return abstractIsSubclass(derived, cls);
}

}  // namespace

int isInstance(Object* o, Object* cls) {
    if (o->type == reinterpret_cast<Type*>(cls)) return 1;
    if (isType(cls) && cls->type == &TypeType) return objectIsInstance(o, cls);
    if (isUnion(cls)) cls = unionArgs(cls);
    if (isTuple(cls)) {
        if (!enterRecursiveCall(" in __instancecheck__")) return -1;
        int r = 0;
        for (ssize i = 0; i < tupleSize(cls) && r == 0; i++) r = isInstance(o, tupleItem(cls, i));
        leaveRecursiveCall();
        return r;
    }
    bool missing = false;
    Object* res = callSpecial(cls, KRAIT_STR(__instancecheck__), &o, 1, &missing);
    if (res) {
        int r = isTrue(res);
        decref(res);
        return r;
    }
    if (!missing) return -1;
    return objectIsInstance(o, cls);
}

int isSubclass(Object* derived, Object* cls) {
    if (isType(cls) && cls->type == &TypeType) {
        if (derived == cls) return 1;
        return objectIsSubclass(derived, cls);
    }
    if (isUnion(cls)) cls = unionArgs(cls);
    if (isTuple(cls)) {
        if (!enterRecursiveCall(" in __subclasscheck__")) return -1;
        int r = 0;
        for (ssize i = 0; i < tupleSize(cls) && r == 0; i++) {
            r = isSubclass(derived, tupleItem(cls, i));
        }
        leaveRecursiveCall();
        return r;
    }
    bool missing = false;
    Object* res = callSpecial(cls, KRAIT_STR(__subclasscheck__), &derived, 1, &missing);
    if (res) {
        int r = isTrue(res);
        decref(res);
        return r;
    }
    if (!missing) return -1;
    return objectIsSubclass(derived, cls);
}

bool isCallable(Object* o) { return o->type->call != nullptr; }

// ====================== calls ======================

Object* call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    CallFn f = callable->type->call;
    if (!f) {
        return setError(&ExcTypeError, "'%s' object is not callable", typeName(callable->type));
    }
    Object* r = f(callable, args, nargs, kwnames);
    if (!r && !errOccurred()) {
        return setError(&ExcSystemError, "%R returned NULL without setting an exception",
                        callable);
    }
    return r;
}

Object* callTupleDict(Object* callable, Object* args, Object* kwargs) {
    if (isType(callable) && callable->type == &TypeType) {
        // Fast path avoiding the vectorcall round trip for plain classes.
        if (kwargs) {
            ssize pos = 0;
            Object *key, *val;
            while (dictNext(kwargs, &pos, &key, &val)) {
                if (!isStr(key)) return setError(&ExcTypeError, "keywords must be strings");
            }
        }
        return typeCallTupleDict(asType(callable), args, kwargs);
    }
    ssize np = tupleSize(args);
    ssize nk = kwargs ? dictSize(kwargs) : 0;
    if (nk == 0) return call(callable, asTuple(args)->items, static_cast<size_t>(np));
    Object* small[16];
    Object** stack = np + nk <= 16 ? small : new Object*[np + nk];
    for (ssize i = 0; i < np; i++) stack[i] = tupleItem(args, i);
    Object* kwnames = tupleNew(nk);
    Object* r = nullptr;
    if (kwnames) {
        ssize pos = 0, k = 0;
        Object *key, *val;
        while (dictNext(kwargs, &pos, &key, &val)) {
            if (!isStr(key)) {
                setError(&ExcTypeError, "keywords must be strings");
                break;
            }
            tupleSetItemSteal(kwnames, k, newRef(key));
            stack[np + k] = val;
            k++;
        }
        if (k == nk) r = call(callable, stack, static_cast<size_t>(np), kwnames);
        else {
            for (ssize i = k; i < nk; i++) tupleSetItemSteal(kwnames, i, newNone());
        }
        decref(kwnames);
    }
    if (stack != small) delete[] stack;
    return r;
}

Object* callNoArgs(Object* callable) { return call(callable, nullptr, 0); }
Object* callOneArg(Object* callable, Object* arg) { return call(callable, &arg, 1); }

Object* callMethod(Object* obj, Object* name, Object* const* args, size_t nargs) {
    Object* m;
    int unbound = getMethod(obj, name, &m);
    if (unbound < 0) return nullptr;
    Object* r;
    if (unbound) {
        Object* small[8];
        Object** stack = nargs + 1 <= 8 ? small : new Object*[nargs + 1];
        stack[0] = obj;
        for (size_t i = 0; i < nargs; i++) stack[i + 1] = args[i];
        r = call(m, stack, nargs + 1);
        if (stack != small) delete[] stack;
    } else {
        r = call(m, args, nargs);
    }
    decref(m);
    return r;
}

Object* callMethod(Object* obj, const char* name, Object* const* args, size_t nargs) {
    Object* n = strIntern(name);
    if (!n) return nullptr;
    return callMethod(obj, n, args, nargs);
}

Object* callSpecial(Object* o, Object* name, Object* const* args, size_t nargs, bool* missing) {
    if (missing) *missing = false;
    Object* f = typeLookup(o->type, name);
    if (!f) {
        if (missing) {
            *missing = true;
            return nullptr;
        }
        setError(&ExcAttributeError, "%U", name);
        return nullptr;
    }
    incref(f);
    Object* r;
    if (f->type->flags & kTypeMethodDescriptor) {
        Object* small[8];
        Object** stack = nargs + 1 <= 8 ? small : new Object*[nargs + 1];
        stack[0] = o;
        for (size_t i = 0; i < nargs; i++) stack[i + 1] = args[i];
        r = call(f, stack, nargs + 1);
        if (stack != small) delete[] stack;
    } else if (DescrGetFn g = f->type->descrGet) {
        Object* bound = g(f, o, asObject(o->type));
        r = bound ? call(bound, args, nargs) : nullptr;
        xdecref(bound);
    } else {
        r = call(f, args, nargs);
    }
    decref(f);
    return r;
}

// ====================== containers ======================

ssize length(Object* o) {
    LenFn f = o->type->length;
    if (!f) {
        setError(&ExcTypeError, "object of type '%s' has no len()", typeName(o->type));
        return -1;
    }
    return f(o);
}

Object* getItem(Object* o, Object* key) {
    if (BinaryFn f = o->type->getItem) return f(o, key);
    if (isType(o)) {
        if (o == asObject(&TypeType)) return genericAliasNew(o, key);
        // The containers' shared __class_getitem__ (classGetItemSelf) answers with the class
        // itself; subscripting makes the PEP 585 alias CPython's version returns.
        Object* cgi = typeLookup(asType(o), KRAIT_STR(__class_getitem__));
        if (cgi && cgi->type == &ClassMethodDescrType &&
            reinterpret_cast<MethodDescrObject*>(cgi)->def->fn == classGetItemSelf) {
            return genericAliasNew(o, key);
        }
        Object* meth = lookupAttr(o, KRAIT_STR(__class_getitem__));
        if (meth) {
            Object* r = callOneArg(meth, key);
            decref(meth);
            return r;
        }
        if (errOccurred()) return nullptr;
        return setError(&ExcTypeError, "type '%s' is not subscriptable", asType(o)->name);
    }
    return setError(&ExcTypeError, "'%s' object is not subscriptable", typeName(o->type));
}

int setItem(Object* o, Object* key, Object* value) {
    if (SetItemFn f = o->type->setItem) return f(o, key, value);
    if (o->type->getItem) {
        setError(&ExcTypeError, "'%s' object does not support item assignment",
                 typeName(o->type));
    } else {
        setError(&ExcTypeError, "'%s' object does not support item assignment",
                 typeName(o->type));
    }
    return -1;
}

int delItem(Object* o, Object* key) {
    if (SetItemFn f = o->type->setItem) return f(o, key, nullptr);
    setError(&ExcTypeError, "'%s' object doesn't support item deletion", typeName(o->type));
    return -1;
}

int iterSearchContains(Object* container, Object* item) {
    Object* it = getIter(container);
    if (!it) {
        if (errMatches(&ExcTypeError)) {
            clearError();
            setError(&ExcTypeError, "argument of type '%s' is not iterable",
                     typeName(container->type));
        }
        return -1;
    }
    int found = 0;
    while (true) {
        Object* v = iterNext(it);
        if (!v) {
            if (errOccurred()) found = -1;
            break;
        }
        int c = richCompareBool(v, item, CompareOp::Eq);
        decref(v);
        if (c != 0) {
            found = c;
            break;
        }
    }
    decref(it);
    return found;
}

int contains(Object* container, Object* item) {
    if (ContainsFn f = container->type->contains) return f(container, item);
    if (!container->type->iter && !container->type->getItem) {
        setError(&ExcTypeError, "argument of type '%s' is not iterable",
                 typeName(container->type));
        return -1;
    }
    return iterSearchContains(container, item);
}

Object* getIter(Object* o) {
    UnaryFn f = o->type->iter;
    if (f) {
        Object* r = f(o);
        if (r && !r->type->iterNext) {
            setError(&ExcTypeError, "iter() returned non-iterator of type '%s'",
                     typeName(r->type));
            decref(r);
            return nullptr;
        }
        return r;
    }
    if (o->type->getItem && !isDict(o)) return seqIterNew(o);
    return setError(&ExcTypeError, "'%s' object is not iterable", typeName(o->type));
}

Object* iterNext(Object* it) {
    IterNextFn f = it->type->iterNext;
    if (!f) return setError(&ExcTypeError, "'%s' object is not an iterator", typeName(it->type));
    Object* r = f(it);
    if (!r && errMatches(&ExcStopIteration)) clearError();
    return r;
}

Object* sequenceList(Object* iterable) {
    Object* l = listNew(0);
    if (!l) return nullptr;
    if (listExtend(l, iterable) < 0) {
        decref(l);
        return nullptr;
    }
    return l;
}

Object* sequenceTuple(Object* iterable) {
    if (isTupleExact(iterable)) return newRef(iterable);
    if (isListExact(iterable)) return listAsTuple(iterable);
    Object* l = sequenceList(iterable);
    if (!l) return nullptr;
    Object* t = listAsTuple(l);
    decref(l);
    return t;
}

ssize lengthHint(Object* o, ssize deflt) {
    if (o->type->length) {
        ssize n = o->type->length(o);
        if (n >= 0) return n;
        if (!errMatches(&ExcTypeError)) return -1;
        clearError();
    }
    bool missing = false;
    Ref<> r = Ref<>::steal(callSpecial(o, KRAIT_STR(__length_hint__), nullptr, 0, &missing));
    if (!r) {
        if (missing && !errOccurred()) return deflt;
        if (!errMatches(&ExcTypeError)) return -1;
        clearError();
        return deflt;
    }
    if (r.get() == notImplemented()) return deflt;
    if (!isInt(r.get())) {
        setError(&ExcTypeError, "__length_hint__ must be an integer, not %s",
                 typeName(r.get()->type));
        return -1;
    }
    ssize n = intAsSsize(r.get());
    if (n == -1 && errOccurred()) return -1;
    if (n < 0) {
        setError(&ExcValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

}  // namespace krait
