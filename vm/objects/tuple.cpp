// tuple and tuple_iterator, plus the small shared helpers of seq_util.h.
#include "objects/tuple.h"

#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "objects/int.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/seq_util.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/type.h"

namespace krait {

// ---- seq_util.h helpers ----

bool containerNoKwargs(const char* name, Object* kwnames) {
    if (!kwnames || tupleSize(kwnames) == 0) return true;
    setError(&ExcTypeError, "%s() takes no keyword arguments", name);
    return false;
}

bool containerNoKwargsDict(const char* name, Object* kwargs) {
    if (!kwargs || !isDict(kwargs) || length(kwargs) == 0) return true;
    setError(&ExcTypeError, "%s() takes no keyword arguments", name);
    return false;
}

namespace {
// Objects whose repr is in progress on this thread (borrowed pointers).
// TODO: move into ThreadState once it has a slot for it (per-thread, so no sharing issue).
thread_local std::vector<Object*> tReprStack;
}  // namespace

int reprEnter(Object* o) {
    for (Object* p : tReprStack)
        if (p == o) return 1;
    tReprStack.push_back(o);
    return 0;
}

void reprLeave(Object* o) {
    for (size_t i = tReprStack.size(); i > 0; i--) {
        if (tReprStack[i - 1] == o) {
            tReprStack.erase(tReprStack.begin() + static_cast<std::ptrdiff_t>(i - 1));
            return;
        }
    }
}

Object* setKeyError(Object* key) {
    Object* t = tuplePack({key});
    if (!t) return nullptr;
    setErrorObject(&ExcKeyError, t);
    decref(t);
    return nullptr;
}

// ---- types.GenericAlias (list[int]) ----
// A minimal PEP 585 generic alias: __origin__, __args__, __parameters__ (always empty: no
// TypeVar substitution yet), repr, ==, hash, calls and attribute forwarding to the origin.

namespace {

struct GenericAliasObject {
    Object ob;
    Object* origin;
    Object* args;         // tuple
    Object* parameters;   // tuple
};

inline GenericAliasObject* asGa(Object* o) { return reinterpret_cast<GenericAliasObject*>(o); }

extern Type GenericAliasType;

void gaDealloc(Object* o) {
    GenericAliasObject* g = asGa(o);
    xdecref(g->origin);
    xdecref(g->args);
    xdecref(g->parameters);
    freeObject(o);
}

void gaTraverse(Object* o, VisitFn visit, void* arg) {
    GenericAliasObject* g = asGa(o);
    if (g->origin) visit(g->origin, arg);
    if (g->args) visit(g->args, arg);
    if (g->parameters) visit(g->parameters, arg);
}

// CPython's ga_repr_item.
bool gaReprItem(std::string& out, Object* w) {
    if (w == ellipsis()) {
        out += "...";
        return true;
    }
    Ref<> r;
    Ref<> origin = Ref<>::steal(lookupAttr(w, KRAIT_STR(__origin__)));
    if (!origin && errOccurred()) return false;
    Ref<> args = origin ? Ref<>::steal(lookupAttr(w, KRAIT_STR(__args__))) : Ref<>();
    if (!args && errOccurred()) return false;
    if (!(origin && args)) {
        Ref<> qual = Ref<>::steal(lookupAttr(w, KRAIT_STR(__qualname__)));
        if (!qual && errOccurred()) return false;
        Ref<> mod = qual ? Ref<>::steal(lookupAttr(w, KRAIT_STR(__module__))) : Ref<>();
        if (!mod && errOccurred()) return false;
        if (qual && mod && !isNone(mod.get()) && isStr(qual.get())) {
            if (isStr(mod.get()) && strEqualsAscii(mod.get(), "builtins")) {
                out.append(strView(qual.get()));
            } else {
                Ref<> ms = Ref<>::steal(str(mod.get()));
                if (!ms) return false;
                out.append(strView(ms.get()));
                out += ".";
                out.append(strView(qual.get()));
            }
            return true;
        }
    }
    r = Ref<>::steal(repr(w));
    if (!r) return false;
    out.append(strView(r.get()));
    return true;
}

Object* gaRepr(Object* o) {
    GenericAliasObject* g = asGa(o);
    std::string out;
    if (!gaReprItem(out, g->origin)) return nullptr;
    out += "[";
    ssize n = tupleSize(g->args);
    if (n == 0) out += "()";
    for (ssize i = 0; i < n; i++) {
        if (i > 0) out += ", ";
        if (!gaReprItem(out, tupleItem(g->args, i))) return nullptr;
    }
    out += "]";
    return strFromUtf8(out);
}

Object* gaRichCompare(Object* a, Object* b, CompareOp op) {
    if (a->type != &GenericAliasType || b->type != &GenericAliasType ||
        (op != CompareOp::Eq && op != CompareOp::Ne))
        return newNotImplemented();
    int eq = richCompareBool(asGa(a)->origin, asGa(b)->origin, CompareOp::Eq);
    if (eq > 0) eq = richCompareBool(asGa(a)->args, asGa(b)->args, CompareOp::Eq);
    if (eq < 0) return nullptr;
    return newBool((eq != 0) == (op == CompareOp::Eq));
}

hash_t gaHash(Object* o) {
    hash_t h0 = hash(asGa(o)->origin);
    if (h0 == -1) return -1;
    hash_t h1 = hash(asGa(o)->args);
    if (h1 == -1) return -1;
    hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

Object* gaCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* r = call(asGa(self)->origin, args, nargs, kwnames);
    if (!r) return nullptr;
    if (setAttr(r, "__orig_class__", self) < 0) {
        if (!errMatches(&ExcAttributeError) && !errMatches(&ExcTypeError)) {
            decref(r);
            return nullptr;
        }
        clearError();
    }
    return r;
}

Object* gaGetAttr(Object* self, Object* name) {
    static const char* const kOwn[] = {"__class__", "__origin__", "__args__", "__unpacked__",
                                       "__parameters__", "__typing_unpacked_tuple_args__",
                                       "__mro_entries__", "__reduce_ex__", "__reduce__",
                                       "__copy__", "__deepcopy__"};
    for (const char* n : kOwn)
        if (strEqualsAscii(name, n)) return genericGetAttr(self, name);
    return getAttr(asGa(self)->origin, name);
}

Object* gaMroEntries(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkOneArg("__mro_entries__", nargs)) return nullptr;
    return tuplePack({asGa(self)->origin});
}

Object* gaInstanceCheck(Object*, Object* const*, size_t, Object*) {
    return setError(&ExcTypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

Object* gaSubclassCheck(Object*, Object* const*, size_t, Object*) {
    return setError(&ExcTypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

Object* gaReduce(Object* self, Object* const*, size_t, Object*) {
    Ref<> a = Ref<>::steal(tuplePack({asGa(self)->origin, asGa(self)->args}));
    if (!a) return nullptr;
    return tuplePack({asObject(self->type), a.get()});
}

Object* gaNewSlot(Type* type, Object* args, Object* kwargs);

const MethodDef kGaMethods[] = {
    {"__mro_entries__", gaMroEntries, kMethNoKw, nullptr},
    {"__instancecheck__", gaInstanceCheck, kMethNoKw, nullptr},
    {"__subclasscheck__", gaSubclassCheck, kMethNoKw, nullptr},
    {"__reduce__", gaReduce, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef kGaMembers[] = {
    {"__origin__", MemberKind::ObjectReadOnly, offsetof(GenericAliasObject, origin), nullptr},
    {"__args__", MemberKind::ObjectReadOnly, offsetof(GenericAliasObject, args), nullptr},
    {"__parameters__", MemberKind::ObjectReadOnly, offsetof(GenericAliasObject, parameters),
     nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

Type GenericAliasType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "types.GenericAlias",
    .basicSize = sizeof(GenericAliasObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and "
           "t.__args__ is (int,).",
    .methods = kGaMethods,
    .members = kGaMembers,
    .dealloc = gaDealloc,
    .traverse = gaTraverse,
    .repr = gaRepr,
    .hash = gaHash,
    .richCompare = gaRichCompare,
    .getAttr = gaGetAttr,
    .call = gaCall,
    .new_ = gaNewSlot,
};

Object* makeGenericAlias(Type* type, Object* origin, Object* item) {
    if (!(type->flags & kTypeReady) && !typeReady(type)) return nullptr;
    Ref<> args = Ref<>::steal(isTuple(item) ? newRef(item) : tuplePack({item}));
    if (!args) return nullptr;
    Object* o = allocObject(type);
    if (!o) return nullptr;
    GenericAliasObject* g = asGa(o);
    g->origin = newRef(origin);
    g->args = args.release();
    g->parameters = newRef(emptyTuple());
    return o;
}

Object* gaNewSlot(Type* type, Object* args, Object* kwargs) {
    if (!containerNoKwargsDict("GenericAlias", kwargs)) return nullptr;
    if (!checkArgCount("GenericAlias", static_cast<size_t>(tupleSize(args)), 2, 2)) return nullptr;
    return makeGenericAlias(type, tupleItem(args, 0), tupleItem(args, 1));
}

}  // namespace

Object* classGetItemSelf(Object* cls, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("__class_getitem__", nargs)) return nullptr;
    return makeGenericAlias(&GenericAliasType, cls, args[0]);
}

Object* builtinFunc(const char* name) {
    InterpState* is = currentInterp();
    Object* f = is && is->builtins ? dictGetItemStr(is->builtins, name) : nullptr;
    if (!f && !errOccurred()) setError(&ExcRuntimeError, "lost builtins.%s", name);
    return f;
}

bool setStateIndex(Object* state, ssize* out) {
    ssize v = asSsize(state, nullptr);
    if (v == -1 && errOccurred()) return false;
    *out = v;
    return true;
}

bool indexArgClip(Object* o, ssize* out) {
    if (!isIndex(o)) {
        setError(&ExcTypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    ssize v = asSsize(o, nullptr);
    if (v == -1 && errOccurred()) return false;
    *out = v;
    return true;
}

// ---- tuple ----

namespace {

TupleObject gEmptyTuple = {{kImmortalRefcnt, &TupleType}, 0, -1, nullptr};

inline Object** itemsOf(Object* t) { return asTuple(t)->items; }

void tupleDealloc(Object* o) {
    if (!trashcanEnter(o, tupleDealloc)) return;
    TupleObject* t = asTuple(o);
    for (ssize i = 0; i < t->size; i++) xdecref(t->items[i]);
    freeObject(o);
    trashcanLeave();
}

void tupleTraverse(Object* o, VisitFn visit, void* arg) {
    TupleObject* t = asTuple(o);
    for (ssize i = 0; i < t->size; i++)
        if (t->items[i]) visit(t->items[i], arg);
}

Object* tupleRepr(Object* o) {
    ssize n = tupleSize(o);
    if (n == 0) return strFromAscii("()");
    int r = reprEnter(o);
    if (r != 0) return r > 0 ? strFromAscii("(...)") : nullptr;
    std::string out = "(";
    for (ssize i = 0; i < n; i++) {
        if (i > 0) out += ", ";
        Object* s = repr(itemsOf(o)[i]);
        if (!s) {
            reprLeave(o);
            return nullptr;
        }
        out.append(strView(s));
        decref(s);
    }
    if (n == 1) out += ",";
    out += ")";
    reprLeave(o);
    return strFromUtf8(out);
}

// CPython's tuple hash (xxHash-64 round structure over the item hashes).
constexpr uint64_t kXXPrime1 = 11400714785074694791ull;
constexpr uint64_t kXXPrime2 = 14029467366897019727ull;
constexpr uint64_t kXXPrime5 = 2870177450012600261ull;

hash_t tupleHash(Object* o) {
    ssize n = tupleSize(o);
    uint64_t acc = kXXPrime5;
    for (ssize i = 0; i < n; i++) {
        Object* item = itemsOf(o)[i];
        hash_t h;
        if (isTuple(item)) {
            // Nested tuples recurse in C++: guard the native stack.
            if (!enterRecursiveCall(" while hashing a tuple")) return -1;
            h = hash(item);
            leaveRecursiveCall();
        } else {
            h = hash(item);
        }
        if (h == -1) return -1;
        acc += static_cast<uint64_t>(h) * kXXPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kXXPrime1;
    }
    acc += static_cast<uint64_t>(n) ^ (kXXPrime5 ^ 3527539ull);
    if (acc == static_cast<uint64_t>(-1)) return 1546275796;
    return static_cast<hash_t>(acc);
}

}  // namespace

// Shared by tuple and list: lexicographic comparison of two item arrays. Items may be mutated
// by comparisons (lists): the caller passes a re-reading accessor through the arrays/sizes.
Object* seqRichCompare(Object* a, Object* b, CompareOp op, Object** (*itemsFn)(Object*),
                       ssize (*sizeFn)(Object*)) {
    ssize i = 0;
    for (;; i++) {
        ssize na = sizeFn(a), nb = sizeFn(b);
        if (i >= na || i >= nb) break;
        Object* x = itemsFn(a)[i];
        Object* y = itemsFn(b)[i];
        incref(x);
        incref(y);
        int k = richCompareBool(x, y, CompareOp::Eq);
        decref(x);
        decref(y);
        if (k < 0) return nullptr;
        if (!k) break;
    }
    ssize na = sizeFn(a), nb = sizeFn(b);
    if (i >= na || i >= nb) {
        bool r = false;
        switch (op) {
        case CompareOp::Lt: r = na < nb; break;
        case CompareOp::Le: r = na <= nb; break;
        case CompareOp::Eq: r = na == nb; break;
        case CompareOp::Ne: r = na != nb; break;
        case CompareOp::Gt: r = na > nb; break;
        case CompareOp::Ge: r = na >= nb; break;
        }
        return newBool(r);
    }
    if (op == CompareOp::Eq) return newBool(false);
    if (op == CompareOp::Ne) return newBool(true);
    Object* x = itemsFn(a)[i];
    Object* y = itemsFn(b)[i];
    incref(x);
    incref(y);
    Object* r = richCompare(x, y, op);
    decref(x);
    decref(y);
    return r;
}

namespace {

Object** tupleItemsFn(Object* o) { return asTuple(o)->items; }
ssize tupleSizeFn(Object* o) { return asTuple(o)->size; }

Object* tupleRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isTuple(a) || !isTuple(b)) return newNotImplemented();
    return seqRichCompare(a, b, op, tupleItemsFn, tupleSizeFn);
}

ssize tupleLen(Object* o) { return tupleSize(o); }

int tupleContains(Object* o, Object* item) {
    for (ssize i = 0; i < tupleSize(o); i++) {
        int k = richCompareBool(itemsOf(o)[i], item, CompareOp::Eq);
        if (k != 0) return k;
    }
    return 0;
}

Object* tupleGetItem(Object* o, Object* key) {
    if (isIndex(key)) {
        ssize i = asSsize(key, &ExcIndexError);
        if (i == -1 && errOccurred()) return nullptr;
        ssize n = tupleSize(o);
        if (i < 0) i += n;
        if (i < 0 || i >= n) return setError(&ExcIndexError, "tuple index out of range");
        return newRef(itemsOf(o)[i]);
    }
    if (isSlice(key)) {
        ssize start, stop, step, count;
        if (!sliceUnpack(key, tupleSize(o), &start, &stop, &step, &count)) return nullptr;
        if (count <= 0) return newRef(emptyTuple());
        if (step == 1 && count == tupleSize(o) && isTupleExact(o)) return newRef(o);
        Object* r = tupleNew(count);
        if (!r) return nullptr;
        for (ssize k = 0, j = start; k < count; k++, j += step)
            itemsOf(r)[k] = newRef(itemsOf(o)[j]);
        return r;
    }
    return setError(&ExcTypeError, "tuple indices must be integers or slices, not %T", key);
}

Object* tupleIterSlot(Object* o);

Object* tupleConcat(Object* a, Object* b) {
    if (!isTuple(a)) return newNotImplemented();
    if (!isTuple(b)) {
        if (otherMayHandle(b, b->type->number.add, tupleConcat)) return newNotImplemented();
        return setError(&ExcTypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    }
    ssize na = tupleSize(a), nb = tupleSize(b);
    if (nb == 0 && isTupleExact(a)) return newRef(a);
    if (na == 0 && isTupleExact(b)) return newRef(b);
    Object* r = tupleNew(na + nb);
    if (!r) return nullptr;
    for (ssize i = 0; i < na; i++) itemsOf(r)[i] = newRef(itemsOf(a)[i]);
    for (ssize i = 0; i < nb; i++) itemsOf(r)[na + i] = newRef(itemsOf(b)[i]);
    return r;
}

Object* tupleRepeat(Object* a, Object* b) {
    Object* seq = a;
    Object* n = b;
    if (!isTuple(seq)) std::swap(seq, n);
    if (!isTuple(seq)) return newNotImplemented();
    if (!isIndex(n)) {
        if (otherMayHandle(n, n->type->number.multiply, tupleRepeat)) return newNotImplemented();
        return setError(&ExcTypeError, "can't multiply sequence by non-int of type '%T'", n);
    }
    ssize count = asSsize(n, &ExcOverflowError);
    if (count == -1 && errOccurred()) return nullptr;
    ssize len = tupleSize(seq);
    if (count <= 0 || len == 0) return newRef(emptyTuple());
    if (count == 1 && isTupleExact(seq)) return newRef(seq);
    if (len > PTRDIFF_MAX / static_cast<ssize>(sizeof(Object*)) / count) return setErrorNoMemory();
    Object* r = tupleNew(len * count);
    if (!r) return nullptr;
    Object** dst = itemsOf(r);
    for (ssize k = 0; k < count; k++)
        for (ssize i = 0; i < len; i++) *dst++ = newRef(itemsOf(seq)[i]);
    return r;
}

Object* tupleCount(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("tuple.count", nargs)) return nullptr;
    ssize c = 0;
    for (ssize i = 0; i < tupleSize(self); i++) {
        int k = richCompareBool(itemsOf(self)[i], args[0], CompareOp::Eq);
        if (k < 0) return nullptr;
        c += k;
    }
    return intFromSsize(c);
}

Object* tupleIndex(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("index", nargs, 1, 3)) return nullptr;
    ssize n = tupleSize(self);
    ssize start = 0, stop = PTRDIFF_MAX;
    if (nargs >= 2 && !indexArgClip(args[1], &start)) return nullptr;
    if (nargs >= 3 && !indexArgClip(args[2], &stop)) return nullptr;
    if (start < 0) {
        start += n;
        if (start < 0) start = 0;
    }
    if (stop < 0) stop += n;
    else if (stop > n) stop = n;
    for (ssize i = start; i < stop && i < tupleSize(self); i++) {
        int k = richCompareBool(itemsOf(self)[i], args[0], CompareOp::Eq);
        if (k < 0) return nullptr;
        if (k) return intFromSsize(i);
    }
    return setError(&ExcValueError, "tuple.index(x): x not in tuple");
}

Object* tupleGetNewArgs(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("tuple.__getnewargs__", nargs)) return nullptr;
    Object* copy = tupleSlice(self, 0, tupleSize(self));
    if (!copy) return nullptr;
    Object* r = tuplePack({copy});
    decref(copy);
    return r;
}

Object* tupleNewSlot(Type* type, Object* args, Object* kwargs) {
    // Keywords are refused unless a subclass has its own __init__ (which may take them).
    if ((type == &TupleType || type->init == TupleType.init) &&
        !containerNoKwargsDict("tuple", kwargs)) {
        return nullptr;
    }
    ssize n = tupleSize(args);
    if (!checkArgCount("tuple", static_cast<size_t>(n), 0, 1)) return nullptr;
    Object* iterable = n ? tupleItem(args, 0) : nullptr;
    if (type == &TupleType) {
        if (!iterable) return newRef(emptyTuple());
        if (isTupleExact(iterable)) return newRef(iterable);
        return sequenceTuple(iterable);
    }
    Ref<> tmp = Ref<>::steal(iterable ? sequenceTuple(iterable) : newRef(emptyTuple()));
    if (!tmp) return nullptr;
    ssize len = tupleSize(tmp.get());
    Object* r = tupleNewOfType(type, len);
    if (!r) return nullptr;
    for (ssize i = 0; i < len; i++) itemsOf(r)[i] = newRef(itemsOf(tmp.get())[i]);
    return r;
}

const MethodDef kTupleMethods[] = {
    {"__getnewargs__", tupleGetNewArgs, kMethNoKw, nullptr},
    {"index", tupleIndex, kMethNoKw,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tupleCount, kMethNoKw, "Return number of occurrences of value."},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass,
     "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- tuple_iterator ----


Object* tupleIterSlot(Object* o) {
    Object* it = allocObject(&TupleIterType);
    if (!it) return nullptr;
    auto* ti = reinterpret_cast<TupleIterObject*>(it);
    ti->index = 0;
    ti->seq = newRef(o);
    return it;
}

Object* tupleIterNext(Object* o) {
    auto* ti = reinterpret_cast<TupleIterObject*>(o);
    if (!ti->seq) return nullptr;
    if (ti->index < tupleSize(ti->seq)) return newRef(itemsOf(ti->seq)[ti->index++]);
    clearRef(ti->seq);
    return nullptr;
}

void tupleIterDealloc(Object* o) {
    xdecref(reinterpret_cast<TupleIterObject*>(o)->seq);
    freeObject(o);
}

void tupleIterTraverse(Object* o, VisitFn visit, void* arg) {
    auto* ti = reinterpret_cast<TupleIterObject*>(o);
    if (ti->seq) visit(ti->seq, arg);
}

Object* tupleIterLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("tuple_iterator.__length_hint__", nargs)) return nullptr;
    auto* ti = reinterpret_cast<TupleIterObject*>(self);
    ssize n = ti->seq ? tupleSize(ti->seq) - ti->index : 0;
    return intFromSsize(n < 0 ? 0 : n);
}

Object* tupleIterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("tuple_iterator.__reduce__", nargs)) return nullptr;
    auto* ti = reinterpret_cast<TupleIterObject*>(self);
    Object* iter = builtinFunc("iter");
    if (!iter) return nullptr;
    Ref<> idx = Ref<>::steal(intFromSsize(ti->index));
    if (!idx) return nullptr;
    if (!ti->seq) {
        Ref<> args = Ref<>::steal(tuplePack({emptyTuple()}));
        return args ? tuplePack({iter, args.get()}) : nullptr;
    }
    Ref<> args = Ref<>::steal(tuplePack({ti->seq}));
    return args ? tuplePack({iter, args.get(), idx.get()}) : nullptr;
}

Object* tupleIterSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("tuple_iterator.__setstate__", nargs)) return nullptr;
    auto* ti = reinterpret_cast<TupleIterObject*>(self);
    ssize i;
    if (!setStateIndex(args[0], &i)) return nullptr;
    if (ti->seq) {
        if (i < 0) i = 0;
        else if (i > tupleSize(ti->seq)) i = tupleSize(ti->seq);
        ti->index = i;
    }
    return newNone();
}

const MethodDef kTupleIterMethods[] = {
    {"__length_hint__", tupleIterLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", tupleIterReduce, kMethNoKw, "Return state information for pickling."},
    {"__setstate__", tupleIterSetState, kMethNoKw, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* tupleNewOfType(Type* t, ssize size) {
    if (size < 0) return setError(&ExcSystemError, "negative tuple size");
    if (size == 0 && t == &TupleType) return newRef(emptyTuple());
    if (static_cast<size_t>(size) > SIZE_MAX / sizeof(Object*) - 64) return setErrorNoMemory();
    Object* o = allocVarObject(t, static_cast<size_t>(size) * sizeof(Object*));
    if (!o) return nullptr;
    TupleObject* tp = asTuple(o);
    tp->size = size;
    tp->hash = -1;
    tp->items = reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + t->basicSize);
    return o;
}

Object* tupleNew(ssize size) { return tupleNewOfType(&TupleType, size); }

Object* tupleFromArray(Object* const* items, ssize n) {
    Object* t = tupleNew(n);
    if (!t) return nullptr;
    for (ssize i = 0; i < n; i++) itemsOf(t)[i] = newRef(items[i]);
    return t;
}

Object* tuplePack(std::initializer_list<Object*> items) {
    return tupleFromArray(items.begin(), static_cast<ssize>(items.size()));
}

Object* emptyTuple() { return &gEmptyTuple.ob; }

Object* tupleSlice(Object* t, ssize start, ssize stop) {
    ssize n = tupleSize(t);
    if (start < 0) start = 0;
    if (stop > n) stop = n;
    if (stop < start) stop = start;
    if (start == 0 && stop == n && isTupleExact(t)) return newRef(t);
    return tupleFromArray(itemsOf(t) + start, stop - start);
}

Type TupleType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "tuple",
    .basicSize = sizeof(TupleObject),
    .itemSize = sizeof(Object*),
    .flags = kTypeBaseType | kTypeHaveGC | kTypeTupleSubclass | kTypeSequence | kTypeImmutable |
             kTypeSeqRepeat,
    .doc = "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
           "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
           "items.\n\nIf the argument is a tuple, the return value is the same object.",
    .methods = kTupleMethods,
    .dealloc = tupleDealloc,
    .traverse = tupleTraverse,
    .repr = tupleRepr,
    .hash = tupleHash,
    .richCompare = tupleRichCompare,
    .new_ = tupleNewSlot,
    .iter = tupleIterSlot,
    .length = tupleLen,
    .getItem = tupleGetItem,
    .contains = tupleContains,
    .number = {.add = tupleConcat, .multiply = tupleRepeat},
};

Type TupleIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "tuple_iterator",
    .basicSize = sizeof(TupleIterObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kTupleIterMethods,
    .dealloc = tupleIterDealloc,
    .traverse = tupleIterTraverse,
    .iter = selfIterSlot,
    .iterNext = tupleIterNext,
};

}  // namespace krait
