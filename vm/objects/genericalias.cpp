// types.GenericAlias and types.UnionType, with the type-parameter collection and substitution
// they share (what typing's TypeVar/ParamSpec/TypeVarTuple plug into through
// __typing_subst__, __typing_prepare_subst__ and __typing_is_unpacked_typevartuple__).
#include "objects/genericalias.h"

#include <cstddef>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type GaIterType;

namespace {

inline GenericAliasObject* asGa(Object* o) { return reinterpret_cast<GenericAliasObject*>(o); }

struct UnionObject {
    Object ob;
    Object* args;         // tuple, flattened and deduplicated
    Object* parameters;   // computed on first use
};
inline UnionObject* asUnion(Object* o) { return reinterpret_cast<UnionObject*>(o); }

// Index of `item` (by identity) in tuple t, or -1.
ssize tupleIndexIs(Object* t, Object* item) {
    for (ssize i = 0; i < tupleSize(t); i++) {
        if (tupleItem(t, i) == item) return i;
    }
    return -1;
}

// Appends the items of `src` (a tuple or list) to list `dst`.
bool extendList(Object* dst, Object* src) { return listExtend(dst, src) == 0; }

// The __parameters__ of an alias whose arguments are `args`: each argument that has
// __typing_subst__ (a TypeVar and friends), else the parameters of arguments that have a
// __parameters__ tuple; bare classes are skipped. No duplicates, in order of appearance.
Object* makeParameters(Object* args) {
    Ref<> params = Ref<>::steal(listNew(0));
    if (!params) return nullptr;
    auto addUnique = [&](Object* p) -> bool {
        for (ssize i = 0; i < listSize(params.get()); i++) {
            if (listItem(params.get(), i) == p) return true;
        }
        return listAppend(params.get(), p) == 0;
    };
    for (ssize i = 0; i < tupleSize(args); i++) {
        Object* t = tupleItem(args, i);
        if (isType(t)) continue;
        Ref<> subst = Ref<>::steal(lookupAttr(t, KRAIT_STR(__typing_subst__)));
        if (!subst && errOccurred()) return nullptr;
        if (subst) {
            if (!addUnique(t)) return nullptr;
            continue;
        }
        Ref<> sub = Ref<>::steal(lookupAttr(t, KRAIT_STR(__parameters__)));
        if (!sub && errOccurred()) return nullptr;
        if (sub && isTuple(sub.get())) {
            for (ssize j = 0; j < tupleSize(sub.get()); j++) {
                if (!addUnique(tupleItem(sub.get(), j))) return nullptr;
            }
        }
    }
    return listAsTuple(params.get());
}

// For `*tuple[int, str]` (or an object with __typing_unpacked_tuple_args__): its arguments;
// null (no error) otherwise.
Object* unpackedTupleArgs(Object* arg) {
    if (arg->type == &GenericAliasType && asGa(arg)->starred &&
        asGa(arg)->origin == asObject(&TupleType)) {
        return newRef(asGa(arg)->args);
    }
    Object* r = lookupAttr(arg, KRAIT_STR(__typing_unpacked_tuple_args__));
    if (r && isNone(r)) {
        decref(r);
        return nullptr;
    }
    return r;
}

// The subscript `item` as a tuple with unpacked tuples (`*tuple[int, str]`) spliced in.
Object* unpackArgs(Object* item) {
    Ref<> out = Ref<>::steal(listNew(0));
    if (!out) return nullptr;
    bool isTup = isTuple(item);
    ssize n = isTup ? tupleSize(item) : 1;
    for (ssize i = 0; i < n; i++) {
        Object* it = isTup ? tupleItem(item, i) : item;
        if (!isType(it)) {
            Ref<> sub = Ref<>::steal(unpackedTupleArgs(it));
            if (!sub && errOccurred()) return nullptr;
            if (sub && isTuple(sub.get()) &&
                !(tupleSize(sub.get()) &&
                  tupleItem(sub.get(), tupleSize(sub.get()) - 1) == ellipsis())) {
                if (!extendList(out.get(), sub.get())) return nullptr;
                continue;
            }
        }
        if (listAppend(out.get(), it) < 0) return nullptr;
    }
    return listAsTuple(out.get());
}

int isUnpackedTypeVarTuple(Object* arg) {
    if (isType(arg)) return 0;
    Ref<> v = Ref<>::steal(lookupAttr(arg, KRAIT_STR(__typing_is_unpacked_typevartuple__)));
    if (!v) return errOccurred() ? -1 : 0;
    return isTrue(v.get());
}

// obj with its own parameters replaced by the matching entries of argitems.
Object* substTypeVars(Object* obj, Object* params, Object* argitems) {
    Ref<> sub = Ref<>::steal(lookupAttr(obj, KRAIT_STR(__parameters__)));
    if (!sub && errOccurred()) return nullptr;
    if (!sub || !isTuple(sub.get()) || tupleSize(sub.get()) == 0) return newRef(obj);
    Ref<> subargs = Ref<>::steal(listNew(0));
    if (!subargs) return nullptr;
    for (ssize i = 0; i < tupleSize(sub.get()); i++) {
        Object* arg = tupleItem(sub.get(), i);
        ssize ip = tupleIndexIs(params, arg);
        if (ip >= 0) {
            Object* param = tupleItem(params, ip);
            arg = tupleItem(argitems, ip);
            if (param->type->iter && isTuple(arg)) {   // a TypeVarTuple
                if (!extendList(subargs.get(), arg)) return nullptr;
                continue;
            }
        }
        if (listAppend(subargs.get(), arg) < 0) return nullptr;
    }
    Ref<> t = Ref<>::steal(listAsTuple(subargs.get()));
    if (!t) return nullptr;
    return getItem(obj, t.get());
}

// Substitutes `item` for `parameters` in `args` (the arguments of alias `self`): the new
// argument tuple, as CPython's _Py_subs_parameters.
Object* substParameters(Object* self, Object* args, Object* parameters, Object* itemIn) {
    ssize nparams = tupleSize(parameters);
    if (nparams == 0) return setError(&ExcTypeError, "%R is not a generic class", self);
    Ref<> item = Ref<>::steal(unpackArgs(itemIn));
    if (!item) return nullptr;
    for (ssize i = 0; i < nparams; i++) {
        Object* param = tupleItem(parameters, i);
        Ref<> prepare = Ref<>::steal(lookupAttr(param, KRAIT_STR(__typing_prepare_subst__)));
        if (!prepare && errOccurred()) return nullptr;
        if (prepare && !isNone(prepare.get())) {
            Ref<> arg = isTuple(item.get()) ? item : Ref<>::steal(tuplePack({item.get()}));
            if (!arg) return nullptr;
            Object* a[2] = {self, arg.get()};
            Ref<> tmp = Ref<>::steal(call(prepare.get(), a, 2));
            if (!tmp) return nullptr;
            item = tmp;
        }
    }
    Ref<> argitems = isTuple(item.get()) ? item : Ref<>::steal(tuplePack({item.get()}));
    if (!argitems) return nullptr;
    ssize nitems = tupleSize(argitems.get());
    if (nitems != nparams) {
        return setError(&ExcTypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                        nitems > nparams ? "many" : "few", self, nitems, nparams);
    }
    Ref<> out = Ref<>::steal(listNew(0));
    if (!out) return nullptr;
    for (ssize i = 0; i < tupleSize(args); i++) {
        Object* arg = tupleItem(args, i);
        if (isType(arg)) {
            if (listAppend(out.get(), arg) < 0) return nullptr;
            continue;
        }
        int unpack = isUnpackedTypeVarTuple(arg);
        if (unpack < 0) return nullptr;
        Ref<> subst = Ref<>::steal(lookupAttr(arg, KRAIT_STR(__typing_subst__)));
        if (!subst && errOccurred()) return nullptr;
        Ref<> v;
        if (subst) {
            ssize ip = tupleIndexIs(parameters, arg);
            if (ip < 0) return setError(&ExcTypeError, "%R is not a parameter", arg);
            v = Ref<>::steal(callOneArg(subst.get(), tupleItem(argitems.get(), ip)));
        } else {
            v = Ref<>::steal(substTypeVars(arg, parameters, argitems.get()));
        }
        if (!v) return nullptr;
        if (unpack && isTuple(v.get())) {
            if (!extendList(out.get(), v.get())) return nullptr;
        } else if (listAppend(out.get(), v.get()) < 0) {
            return nullptr;
        }
    }
    return listAsTuple(out.get());
}

// Appends the repr of one alias argument to `out`: "..." for Ellipsis, repr() for aliases,
// `qualname` for builtins, `module.qualname` for other classes, repr() for anything else.
bool reprItem(std::string& out, Object* p, bool noneAsNone) {
    if (p == ellipsis()) {
        out += "...";
        return true;
    }
    if (noneAsNone && p == asObject(NoneObject.type)) {
        out += "None";
        return true;
    }
    Ref<> r;
    Ref<> origin = Ref<>::steal(lookupAttr(p, KRAIT_STR(__origin__)));
    if (!origin && errOccurred()) return false;
    bool useRepr = false;
    if (origin) {
        Ref<> a = Ref<>::steal(lookupAttr(p, KRAIT_STR(__args__)));
        if (!a && errOccurred()) return false;
        if (a) useRepr = true;
    }
    if (!useRepr) {
        Ref<> qualname = Ref<>::steal(lookupAttr(p, KRAIT_STR(__qualname__)));
        if (!qualname && errOccurred()) return false;
        Ref<> module;
        if (qualname) {
            module = Ref<>::steal(lookupAttr(p, KRAIT_STR(__module__)));
            if (!module && errOccurred()) return false;
        }
        if (!qualname || !module || isNone(module.get())) {
            useRepr = true;
        } else if (isStr(module.get()) && strEqualsAscii(module.get(), "builtins")) {
            r = Ref<>::steal(str(qualname.get()));
        } else {
            r = Ref<>::steal(strFormat("%S.%S", module.get(), qualname.get()));
        }
    }
    if (useRepr) r = Ref<>::steal(repr(p));
    if (!r) return false;
    out += strView(r.get());
    return true;
}

bool ensureReady(Type* t) { return typeReady(t); }

// ===================== GenericAlias =====================

Object* gaAlloc(Type* t, Object* origin, Object* args) {
    if (!ensureReady(&GenericAliasType)) return nullptr;
    Object* tup = isTuple(args) ? newRef(args) : tuplePack({args});
    if (!tup) return nullptr;
    Object* o = allocObject(t);
    if (!o) {
        decref(tup);
        return nullptr;
    }
    asGa(o)->origin = newRef(origin);
    asGa(o)->args = tup;
    return o;
}

Object* gaNewSlot(Type* t, Object* args, Object* kwargs) {
    if (kwargs && dictSize(kwargs) != 0) {
        return setError(&ExcTypeError, "GenericAlias() takes no keyword arguments");
    }
    if (!checkArgCount("GenericAlias", size_t(tupleSize(args)), 2, 2)) return nullptr;
    return gaAlloc(t, tupleItem(args, 0), tupleItem(args, 1));
}

void gaDealloc(Object* o) {
    GenericAliasObject* g = asGa(o);
    if (g->weaklist) clearWeakrefs(o);
    clearRef(g->origin);
    clearRef(g->args);
    clearRef(g->parameters);
    freeObject(o);
}

void gaTraverse(Object* o, VisitFn visit, void* arg) {
    GenericAliasObject* g = asGa(o);
    if (g->origin) visit(g->origin, arg);
    if (g->args) visit(g->args, arg);
    if (g->parameters) visit(g->parameters, arg);
}

void gaClear(Object* o) {
    GenericAliasObject* g = asGa(o);
    clearRef(g->origin);
    clearRef(g->args);
    clearRef(g->parameters);
}

Object* gaRepr(Object* o) {
    GenericAliasObject* g = asGa(o);
    if (!enterRecursiveCall(" while getting the repr of an object")) return nullptr;
    std::string out;
    bool ok = true;
    if (g->starred) out += '*';
    ok = reprItem(out, g->origin, false);
    if (ok) {
        out += '[';
        ssize n = tupleSize(g->args);
        if (n == 0) out += "()";
        for (ssize i = 0; ok && i < n; i++) {
            if (i) out += ", ";
            Object* p = tupleItem(g->args, i);
            if (isListExact(p)) {
                out += '[';
                for (ssize j = 0; ok && j < listSize(p); j++) {
                    if (j) out += ", ";
                    Ref<> item = Ref<>::borrow(listItem(p, j));
                    ok = reprItem(out, item.get(), false);
                }
                out += ']';
            } else {
                ok = reprItem(out, p, false);
            }
        }
        out += ']';
    }
    leaveRecursiveCall();
    if (!ok) return nullptr;
    return strFromUtf8(out);
}

hash_t gaHash(Object* o) {
    hash_t h0 = hash(asGa(o)->origin);
    if (h0 == -1) return -1;
    hash_t h1 = hash(asGa(o)->args);
    if (h1 == -1) return -1;
    hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

Object* gaRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isGenericAlias(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
        return newNotImplemented();
    }
    bool want = op == CompareOp::Eq;
    if (asGa(a)->starred != asGa(b)->starred) return newRef(want ? falseObj() : trueObj());
    int eq = richCompareBool(asGa(a)->origin, asGa(b)->origin, CompareOp::Eq);
    if (eq < 0) return nullptr;
    if (!eq) return newRef(want ? falseObj() : trueObj());
    return richCompare(asGa(a)->args, asGa(b)->args, op);
}

// Attribute names an alias answers itself; everything else comes from the origin.
const char* const kGaAttrExceptions[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", nullptr,
};

Object* gaGetAttro(Object* o, Object* name) {
    if (isStr(name)) {
        bool exc = false;
        for (const char* const* p = kGaAttrExceptions; *p; p++) {
            if (strEqualsAscii(name, *p)) {
                exc = true;
                break;
            }
        }
        if (!exc) return getAttr(asGa(o)->origin, name);
    }
    return genericGetAttr(o, name);
}

Object* gaCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* obj = call(asGa(self)->origin, args, nargs, kwnames);
    if (!obj) return nullptr;
    if (setAttr(obj, KRAIT_STR(__orig_class__), self) < 0) {
        if (!errMatches(&ExcAttributeError) && !errMatches(&ExcTypeError)) {
            decref(obj);
            return nullptr;
        }
        clearError();
    }
    return obj;
}

Object* gaParameters(GenericAliasObject* g) {
    if (!g->parameters) {
        g->parameters = makeParameters(g->args);
        if (!g->parameters) return nullptr;
    }
    return g->parameters;
}

Object* gaGetItem(Object* self, Object* item) {
    GenericAliasObject* g = asGa(self);
    Object* params = gaParameters(g);
    if (!params) return nullptr;
    Ref<> newargs = Ref<>::steal(substParameters(self, g->args, params, item));
    if (!newargs) return nullptr;
    Object* r = genericAliasNew(g->origin, newargs.get());
    if (r) asGa(r)->starred = g->starred;
    return r;
}

// iter(list[int]) yields *list[int] once (PEP 646); it pickles as iter(list[int]).
struct GaIterObject {
    Object ob;
    Object* obj;   // the alias, until the starred one was produced
};
GaIterObject* asGaIter(Object* o) { return reinterpret_cast<GaIterObject*>(o); }

void gaIterDealloc(Object* o) {
    clearRef(asGaIter(o)->obj);
    freeObject(o);
}
void gaIterTraverse(Object* o, VisitFn visit, void* arg) {
    if (asGaIter(o)->obj) visit(asGaIter(o)->obj, arg);
}
void gaIterClear(Object* o) { clearRef(asGaIter(o)->obj); }

Object* gaIterNext(Object* o) {
    Object* obj = asGaIter(o)->obj;
    if (!obj) return nullptr;
    Object* starred = gaAlloc(&GenericAliasType, asGa(obj)->origin, asGa(obj)->args);
    if (!starred) return nullptr;
    asGa(starred)->starred = true;
    clearRef(asGaIter(o)->obj);
    return starred;
}

Object* gaIterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__reduce__", nargs, 0, 0)) return nullptr;
    Ref<> iterFn = Ref<>::borrow(dictGetItemStr(currentInterp()->builtins, "iter"));
    if (!iterFn) return setError(&ExcRuntimeError, "lost builtins.iter");
    Object* obj = asGaIter(self)->obj;
    Ref<> args = Ref<>::steal(obj ? tuplePack({obj}) : tuplePack({emptyTuple()}));
    if (!args) return nullptr;
    return tuplePack({iterFn.get(), args.get()});
}

const MethodDef kGaIterMethods[] = {
    {"__reduce__", gaIterReduce, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* gaIter(Object* self) {
    if (!typeReady(&GaIterType)) return nullptr;
    Object* it = allocObject(&GaIterType);
    if (!it) return nullptr;
    asGaIter(it)->obj = newRef(self);
    return it;
}

Object* gaGetParameters(Object* self, void*) {
    Object* p = gaParameters(asGa(self));
    return p ? newRef(p) : nullptr;
}
Object* gaGetUnpacked(Object* self, void*) {
    return newRef(asGa(self)->starred ? trueObj() : falseObj());
}
Object* gaGetUnpackedTupleArgs(Object* self, void*) {
    GenericAliasObject* g = asGa(self);
    if (g->starred && g->origin == asObject(&TupleType)) return newRef(g->args);
    return newNone();
}

Object* gaMroEntries(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__mro_entries__", nargs, 1, 1)) return nullptr;
    return tuplePack({asGa(self)->origin});
}
Object* gaInstanceCheck(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__instancecheck__", nargs, 1, 1)) return nullptr;
    return setError(&ExcTypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
Object* gaSubclassCheck(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__subclasscheck__", nargs, 1, 1)) return nullptr;
    return setError(&ExcTypeError, "issubclass() argument 2 cannot be a parameterized generic");
}
Object* gaReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__reduce__", nargs, 0, 0)) return nullptr;
    GenericAliasObject* g = asGa(self);
    if (g->starred) {
        Ref<> plain = Ref<>::steal(genericAliasNew(g->origin, g->args));
        if (!plain) return nullptr;
        Ref<> it = Ref<>::steal(gaIter(plain.get()));
        if (!it) return nullptr;
        Ref<> nextFn = Ref<>::borrow(dictGetItemStr(currentInterp()->builtins, "next"));
        if (!nextFn) return setError(&ExcRuntimeError, "lost builtins.next");
        Ref<> a = Ref<>::steal(tuplePack({it.get()}));
        if (!a) return nullptr;
        return tuplePack({nextFn.get(), a.get()});
    }
    Ref<> a = Ref<>::steal(tuplePack({g->origin, g->args}));
    if (!a) return nullptr;
    return tuplePack({asObject(self->type), a.get()});
}
Object* gaDir(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__dir__", nargs, 0, 0)) return nullptr;
    Ref<> dirFn = Ref<>::borrow(dictGetItemStr(currentInterp()->builtins, "dir"));
    if (!dirFn) return setError(&ExcRuntimeError, "lost builtins.dir");
    Ref<> d = Ref<>::steal(callOneArg(dirFn.get(), asGa(self)->origin));
    if (!d) return nullptr;
    for (const char* const* p = kGaAttrExceptions; *p; p++) {
        Ref<> s = Ref<>::steal(strFromAscii(*p));
        if (!s) return nullptr;
        int c = contains(d.get(), s.get());
        if (c < 0) return nullptr;
        if (!c && listAppend(d.get(), s.get()) < 0) return nullptr;
    }
    return d.release();
}

const MethodDef kGaMethods[] = {
    {"__mro_entries__", gaMroEntries, kMethNoKw, nullptr},
    {"__instancecheck__", gaInstanceCheck, kMethNoKw, nullptr},
    {"__subclasscheck__", gaSubclassCheck, kMethNoKw, nullptr},
    {"__reduce__", gaReduce, kMethNoKw, nullptr},
    {"__dir__", gaDir, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef kGaMembers[] = {
    {"__origin__", MemberKind::ObjectReadOnly, offsetof(GenericAliasObject, origin), nullptr},
    {"__args__", MemberKind::ObjectReadOnly, offsetof(GenericAliasObject, args), nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

const GetSetDef kGaGetSets[] = {
    {"__parameters__", gaGetParameters, nullptr, "Type variables in the GenericAlias.",
     nullptr},
    {"__unpacked__", gaGetUnpacked, nullptr, nullptr, nullptr},
    {"__typing_unpacked_tuple_args__", gaGetUnpackedTupleArgs, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ===================== UnionType =====================

bool isUnionable(Object* o) {
    return isNone(o) || isType(o) || isGenericAlias(o) || isUnion(o);
}

// The union of the objects in tuple `args`: nested unions flattened, None as type(None),
// duplicates removed (by identity; aliases by equality). One member: that member itself.
Object* makeUnion(Object* args) {
    Ref<> flat = Ref<>::steal(listNew(0));
    if (!flat) return nullptr;
    auto add = [&](Object* a) -> int {
        if (isNone(a)) a = asObject(NoneObject.type);
        for (ssize j = 0; j < listSize(flat.get()); j++) {
            Ref<> b = Ref<>::borrow(listItem(flat.get(), j));
            int dup;
            if (isGenericAlias(a) && isGenericAlias(b.get())) {
                dup = richCompareBool(a, b.get(), CompareOp::Eq);
                if (dup < 0) return -1;
            } else {
                dup = a == b.get();
            }
            if (dup) return 0;
        }
        return listAppend(flat.get(), a);
    };
    for (ssize i = 0; i < tupleSize(args); i++) {
        Object* a = tupleItem(args, i);
        if (isUnion(a)) {
            Object* sub = asUnion(a)->args;
            for (ssize j = 0; j < tupleSize(sub); j++) {
                if (add(tupleItem(sub, j)) < 0) return nullptr;
            }
        } else if (add(a) < 0) {
            return nullptr;
        }
    }
    Ref<> t = Ref<>::steal(listAsTuple(flat.get()));
    if (!t) return nullptr;
    if (tupleSize(t.get()) == 1) return newRef(tupleItem(t.get(), 0));
    if (!ensureReady(&UnionType)) return nullptr;
    Object* u = allocObject(&UnionType);
    if (!u) return nullptr;
    asUnion(u)->args = t.release();
    return u;
}

void unionDealloc(Object* o) {
    clearRef(asUnion(o)->args);
    clearRef(asUnion(o)->parameters);
    freeObject(o);
}

void unionTraverse(Object* o, VisitFn visit, void* arg) {
    if (asUnion(o)->args) visit(asUnion(o)->args, arg);
    if (asUnion(o)->parameters) visit(asUnion(o)->parameters, arg);
}

void unionClear(Object* o) {
    clearRef(asUnion(o)->args);
    clearRef(asUnion(o)->parameters);
}

Object* unionRepr(Object* o) {
    if (!enterRecursiveCall(" while getting the repr of an object")) return nullptr;
    std::string out;
    bool ok = true;
    Object* args = asUnion(o)->args;
    for (ssize i = 0; ok && i < tupleSize(args); i++) {
        if (i) out += " | ";
        ok = reprItem(out, tupleItem(args, i), true);
    }
    leaveRecursiveCall();
    if (!ok) return nullptr;
    return strFromUtf8(out);
}

hash_t unionHash(Object* o) {
    Ref<> s = Ref<>::steal(frozenSetNew(asUnion(o)->args));
    if (!s) return -1;
    return hash(s.get());
}

Object* unionRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isUnion(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) return newNotImplemented();
    Ref<> sa = Ref<>::steal(setNew(asUnion(a)->args));
    if (!sa) return nullptr;
    Ref<> sb = Ref<>::steal(setNew(asUnion(b)->args));
    if (!sb) return nullptr;
    return richCompare(sa.get(), sb.get(), op);
}

Object* unionGetAttro(Object* o, Object* name) {
    if (isStr(name) && strEqualsAscii(name, "__module__")) {
        return getAttr(asObject(o->type), name);
    }
    return genericGetAttr(o, name);
}

Object* unionParameters(Object* o) {
    UnionObject* u = asUnion(o);
    if (!u->parameters) {
        u->parameters = makeParameters(u->args);
        if (!u->parameters) return nullptr;
    }
    return u->parameters;
}

Object* unionGetParameters(Object* o, void*) {
    Object* p = unionParameters(o);
    return p ? newRef(p) : nullptr;
}

Object* unionGetItem(Object* self, Object* item) {
    Object* params = unionParameters(self);
    if (!params) return nullptr;
    Ref<> newargs = Ref<>::steal(substParameters(self, asUnion(self)->args, params, item));
    if (!newargs) return nullptr;
    ssize n = tupleSize(newargs.get());
    if (n == 0) return makeUnion(newargs.get());
    Ref<> res = Ref<>::borrow(tupleItem(newargs.get(), 0));
    for (ssize i = 1; i < n; i++) {
        res = Ref<>::steal(binaryOp(res.get(), tupleItem(newargs.get(), i), BinOp::Or));
        if (!res) return nullptr;
    }
    return res.release();
}

const MemberDef kUnionMembers[] = {
    {"__args__", MemberKind::ObjectReadOnly, offsetof(UnionObject, args), nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

const GetSetDef kUnionGetSets[] = {
    {"__parameters__", unionGetParameters, nullptr, "Type variables in the types.UnionType.",
     nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

bool isGenericAlias(const Object* o) { return isSubtype(o->type, &GenericAliasType); }

Object* genericAliasNew(Object* origin, Object* args) {
    return gaAlloc(&GenericAliasType, origin, args);
}

Object* unionArgs(Object* u) { return asUnion(u)->args; }

Object* unionTypeOr(Object* a, Object* b) {
    if (!isUnionable(a) || !isUnionable(b)) return newNotImplemented();
    Ref<> t = Ref<>::steal(tuplePack({a, b}));
    if (!t) return nullptr;
    return makeUnion(t.get());
}

Type GaIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "generic_alias_iterator",
    .basicSize = sizeof(GaIterObject),
    .flags = kTypeHaveGC,
    .methods = kGaIterMethods,
    .dealloc = gaIterDealloc,
    .traverse = gaIterTraverse,
    .clear = gaIterClear,
    .getAttr = genericGetAttr,
    .iter = selfIterSlot,
    .iterNext = gaIterNext,
};

Type GenericAliasType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "types.GenericAlias",
    .basicSize = sizeof(GenericAliasObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
           "and t.__args__ is (int,).",
    .weaklistOffset = offsetof(GenericAliasObject, weaklist),
    .methods = kGaMethods,
    .getsets = kGaGetSets,
    .members = kGaMembers,
    .dealloc = gaDealloc,
    .traverse = gaTraverse,
    .clear = gaClear,
    .repr = gaRepr,
    .hash = gaHash,
    .richCompare = gaRichCompare,
    .getAttr = gaGetAttro,
    .call = gaCall,
    .new_ = gaNewSlot,
    .iter = gaIter,
    .getItem = gaGetItem,
    .number = {.or_ = unionTypeOr},
};

Type UnionType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "types.UnionType",
    .basicSize = sizeof(UnionObject),
    .flags = kTypeHaveGC,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .getsets = kUnionGetSets,
    .members = kUnionMembers,
    .dealloc = unionDealloc,
    .traverse = unionTraverse,
    .clear = unionClear,
    .repr = unionRepr,
    .hash = unionHash,
    .richCompare = unionRichCompare,
    .getAttr = unionGetAttro,
    .getItem = unionGetItem,
    .number = {.or_ = unionTypeOr},
};

}  // namespace krait
