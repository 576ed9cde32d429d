// Descriptors and builtin callables: method_descriptor, classmethod_descriptor,
// builtin_function_or_method, getset_descriptor, member_descriptor, wrapper_descriptor,
// method-wrapper, property, classmethod, staticmethod, mappingproxy.
#include "objects/descr.h"

#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "objects/dict.h"
#include "objects/seq_util.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace krait {

namespace {

// Fields shared by the four "type-bound" descriptor layouts.
struct DescrCommon {
    Object ob;
    Type* objclass;
    const void* def;
    Object* name;
};
inline DescrCommon* asDescr(Object* o) { return reinterpret_cast<DescrCommon*>(o); }

template <class T> T* allocDescr(Type* dt, Type* objclass, Object* name) {
    Object* o = allocObject(dt);
    if (!o) return nullptr;
    T* d = reinterpret_cast<T*>(o);
    d->objclass = objclass;
    d->name = newRef(name);
    return d;
}

void descrDealloc(Object* o) {
    xdecref(asDescr(o)->name);
    freeObject(o);
}

// Checks that obj is an instance of the descriptor's class (CPython's descr_check).
bool descrCheck(Object* d, Object* obj) {
    Type* t = asDescr(d)->objclass;
    if (isInstanceOf(obj, t)) return true;
    setError(&ExcTypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
             asDescr(d)->name, t->name, typeName(obj->type));
    return false;
}

Object* descrGetQualname(Object* o, void*) {
    Object* tq = typeQualnameStr(asDescr(o)->objclass);
    if (!tq) return nullptr;
    Object* r = strFormat("%U.%U", tq, asDescr(o)->name);
    decref(tq);
    return r;
}
Object* docOrNone(const char* doc) { return doc ? strFromUtf8(doc) : newNone(); }
Object* noneGetter(Object*, void*) { return newNone(); }

Object* descrReprFmt(Object* o, const char* kind) {
    return strFormat("<%s '%U' of '%s' objects>", kind, asDescr(o)->name,
                     asDescr(o)->objclass->name);
}

}  // namespace

// ===================== method_descriptor / classmethod_descriptor =====================

Object* newMethodDescr(Type* t, const MethodDef* def) {
    auto* d = allocDescr<MethodDescrObject>(&MethodDescrType, t, strIntern(def->name));
    if (!d) return nullptr;
    d->def = def;
    return reinterpret_cast<Object*>(d);
}

Object* newClassMethodDescr(Type* t, const MethodDef* def) {
    auto* d = allocDescr<MethodDescrObject>(&ClassMethodDescrType, t, strIntern(def->name));
    if (!d) return nullptr;
    d->def = def;
    return reinterpret_cast<Object*>(d);
}

namespace {

inline MethodDescrObject* asMethodDescr(Object* o) {
    return reinterpret_cast<MethodDescrObject*>(o);
}

// "list.append"-style name for error messages.
std::string methodQualName(Type* t, const char* name) {
    std::string s = t->name;
    s += '.';
    s += name;
    return s;
}

Object* methodDescrCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    MethodDescrObject* d = asMethodDescr(self);
    if (nargs < 1) {
        return setError(&ExcTypeError, "unbound method %s() needs an argument",
                        methodQualName(d->objclass, d->def->name).c_str());
    }
    if (args[0]->type != d->objclass && !isInstanceOf(args[0], d->objclass)) {
        return setError(&ExcTypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        d->def->name, d->objclass->name, typeName(args[0]->type));
    }
    if ((d->def->flags & kMethNoKw) && kwnames && kwCount(kwnames)) {
        return setError(&ExcTypeError, "%s() takes no keyword arguments",
                        methodQualName(d->objclass, d->def->name).c_str());
    }
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Object* methodDescrGet(Object* self, Object* obj, Object*) {
    if (!obj) return newRef(self);
    if (!descrCheck(self, obj)) return nullptr;
    return newBuiltinFunction(asMethodDescr(self)->def, obj, nullptr);
}

Object* methodDescrRepr(Object* self) { return descrReprFmt(self, "method"); }

Object* methodDescrGetDoc(Object* o, void*) { return docOrNone(asMethodDescr(o)->def->doc); }

const GetSetDef kMethodDescrGetSets[] = {
    {"__doc__", methodDescrGetDoc, nullptr, nullptr, nullptr},
    {"__qualname__", descrGetQualname, nullptr, nullptr, nullptr},
    {"__text_signature__", noneGetter, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
const MemberDef kDescrMembers[] = {
    {"__objclass__", MemberKind::ObjectReadOnly, offsetof(DescrCommon, objclass), nullptr},
    {"__name__", MemberKind::ObjectReadOnly, offsetof(DescrCommon, name), nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

Object* classMethodDescrGet(Object* self, Object* obj, Object* type) {
    MethodDescrObject* d = asMethodDescr(self);
    if (!type) {
        if (!obj) return setError(&ExcTypeError, "descriptor '%s' for type '%s' needs either an "
                                  "object or a type", d->def->name, d->objclass->name);
        type = asObject(obj->type);
    }
    if (!isType(type)) {
        return setError(&ExcTypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' "
                        "as arg 2", d->def->name, d->objclass->name, typeName(type->type));
    }
    if (!isSubtype(asType(type), d->objclass)) {
        return setError(&ExcTypeError, "descriptor '%s' requires a subtype of '%s' but received "
                        "'%s'", d->def->name, d->objclass->name, asType(type)->name);
    }
    return newBuiltinFunction(d->def, type, nullptr);
}

Object* classMethodDescrCall(Object* self, Object* const* args, size_t nargs,
                             Object* kwnames) {
    MethodDescrObject* d = asMethodDescr(self);
    if (nargs < 1) {
        return setError(&ExcTypeError, "descriptor '%s' of '%s' object needs an argument",
                        d->def->name, d->objclass->name);
    }
    Object* bound = classMethodDescrGet(self, nullptr, args[0]);
    if (!bound) return nullptr;
    Object* r = call(bound, args + 1, nargs - 1, kwnames);
    decref(bound);
    return r;
}

}  // namespace

Type MethodDescrType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "method_descriptor",
    .basicSize = sizeof(MethodDescrObject),
    .flags = kTypeMethodDescriptor,
    .getsets = kMethodDescrGetSets,
    .members = kDescrMembers,
    .dealloc = descrDealloc,
    .repr = methodDescrRepr,
    .getAttr = genericGetAttr,
    .descrGet = methodDescrGet,
    .call = methodDescrCall,
};

Type ClassMethodDescrType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "classmethod_descriptor",
    .basicSize = sizeof(MethodDescrObject),
    .getsets = kMethodDescrGetSets,
    .members = kDescrMembers,
    .dealloc = descrDealloc,
    .repr = methodDescrRepr,
    .getAttr = genericGetAttr,
    .descrGet = classMethodDescrGet,
    .call = classMethodDescrCall,
};

// ===================== builtin_function_or_method =====================

Object* newBuiltinFunction(const MethodDef* def, Object* self, Object* module) {
    Object* o = allocObject(&BuiltinFunctionType);
    if (!o) return nullptr;
    auto* f = reinterpret_cast<BuiltinFunctionObject*>(o);
    f->def = def;
    f->self = self ? newRef(self) : nullptr;
    if (!module && self && isModule(self)) module = asModule(self)->name;
    f->module = module ? newRef(module) : nullptr;
    return o;
}

namespace {

inline BuiltinFunctionObject* asBuiltin(Object* o) {
    return reinterpret_cast<BuiltinFunctionObject*>(o);
}

bool builtinIsFunction(BuiltinFunctionObject* f) { return !f->self || isModule(f->self); }

std::string builtinCallName(BuiltinFunctionObject* f) {
    if (builtinIsFunction(f)) return f->def->name;
    Type* t = isType(f->self) ? asType(f->self) : f->self->type;
    return methodQualName(t, f->def->name);
}

Object* builtinCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    BuiltinFunctionObject* f = asBuiltin(self);
    if ((f->def->flags & kMethNoKw) && kwCount(kwnames)) {
        return setError(&ExcTypeError, "%s() takes no keyword arguments",
                        builtinCallName(f).c_str());
    }
    return f->def->fn(builtinCallSelf(f), args, nargs, kwnames);
}

void builtinDealloc(Object* o) {
    BuiltinFunctionObject* f = asBuiltin(o);
    xdecref(f->self);
    xdecref(f->module);
    freeObject(o);
}

void builtinTraverse(Object* o, VisitFn visit, void* arg) {
    BuiltinFunctionObject* f = asBuiltin(o);
    if (f->self) visit(f->self, arg);
    if (f->module) visit(f->module, arg);
}

Object* builtinRepr(Object* o) {
    BuiltinFunctionObject* f = asBuiltin(o);
    if (builtinIsFunction(f)) return strFormat("<built-in function %s>", f->def->name);
    return strFormat("<built-in method %s of %s object at %p>", f->def->name,
                     typeName(f->self->type), static_cast<void*>(f->self));
}

Object* builtinGetName(Object* o, void*) { return strFromUtf8(asBuiltin(o)->def->name); }
Object* builtinGetQualname(Object* o, void*) {
    BuiltinFunctionObject* f = asBuiltin(o);
    if (builtinIsFunction(f)) return strFromUtf8(f->def->name);
    Type* t = isType(f->self) ? asType(f->self) : f->self->type;
    Object* tq = typeQualnameStr(t);
    if (!tq) return nullptr;
    Object* r = strFormat("%U.%s", tq, f->def->name);
    decref(tq);
    return r;
}
Object* builtinGetDoc(Object* o, void*) { return docOrNone(asBuiltin(o)->def->doc); }
Object* builtinGetSelf(Object* o, void*) {
    Object* s = builtinCallSelf(asBuiltin(o));
    return newRef(s ? s : none());
}
Object* builtinGetModule(Object* o, void*) {
    Object* m = asBuiltin(o)->module;
    return newRef(m ? m : none());
}
int builtinSetModule(Object* o, Object* v, void*) {
    setRef(asBuiltin(o)->module, v ? newRef(v) : nullptr);
    return 0;
}

const GetSetDef kBuiltinGetSets[] = {
    {"__name__", builtinGetName, nullptr, nullptr, nullptr},
    {"__qualname__", builtinGetQualname, nullptr, nullptr, nullptr},
    {"__doc__", builtinGetDoc, nullptr, nullptr, nullptr},
    {"__self__", builtinGetSelf, nullptr, nullptr, nullptr},
    {"__module__", builtinGetModule, builtinSetModule, nullptr, nullptr},
    {"__text_signature__", noneGetter, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* builtinRichCompare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isBuiltinFunction(a) ||
        !isBuiltinFunction(b)) {
        return newNotImplemented();
    }
    bool eq = asBuiltin(a)->def == asBuiltin(b)->def && asBuiltin(a)->self == asBuiltin(b)->self;
    return newBool(op == CompareOp::Eq ? eq : !eq);
}

hash_t builtinHash(Object* o) {
    BuiltinFunctionObject* f = asBuiltin(o);
    hash_t x = f->self ? hashPointer(f->self) : 0;
    hash_t y = hashPointer(f->def);
    x ^= y;
    return x == -1 ? -2 : x;
}

Object* builtinReduce(Object* self, Object* const*, size_t, Object*) {
    BuiltinFunctionObject* f = asBuiltin(self);
    if (builtinIsFunction(f)) return strFromUtf8(f->def->name);
    // (getattr, (self, name)), with the builtins module's getattr.
    ThreadState* ts = currentThread();
    Object* ga = ts && ts->interp && ts->interp->builtins
                     ? dictGetItemStr(ts->interp->builtins, "getattr")
                     : nullptr;
    if (!ga) return setError(&ExcTypeError, "cannot pickle builtin method");
    Object* name = strFromUtf8(f->def->name);
    if (!name) return nullptr;
    Object* inner = tuplePack({f->self, name});
    decref(name);
    if (!inner) return nullptr;
    Object* r = tuplePack({ga, inner});
    decref(inner);
    return r;
}

const MethodDef kBuiltinMethods[] = {
    {"__reduce__", builtinReduce, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type BuiltinFunctionType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "builtin_function_or_method",
    .basicSize = sizeof(BuiltinFunctionObject),
    .flags = kTypeHaveGC,
    .methods = kBuiltinMethods,
    .getsets = kBuiltinGetSets,
    .dealloc = builtinDealloc,
    .traverse = builtinTraverse,
    .repr = builtinRepr,
    .hash = builtinHash,
    .richCompare = builtinRichCompare,
    .getAttr = genericGetAttr,
    .call = builtinCall,
};

// ===================== getset_descriptor =====================

Object* newGetSetDescr(Type* t, const GetSetDef* def) {
    auto* d = allocDescr<GetSetDescrObject>(&GetSetDescrType, t, strIntern(def->name));
    if (!d) return nullptr;
    d->def = def;
    return reinterpret_cast<Object*>(d);
}

namespace {

inline GetSetDescrObject* asGetSet(Object* o) { return reinterpret_cast<GetSetDescrObject*>(o); }

Object* getsetGet(Object* self, Object* obj, Object*) {
    if (!obj) return newRef(self);
    if (!descrCheck(self, obj)) return nullptr;
    GetSetDescrObject* d = asGetSet(self);
    if (!d->def->get) {
        return setError(&ExcAttributeError, "attribute '%U' of '%s' objects is not readable",
                        d->name, d->objclass->name);
    }
    return d->def->get(obj, d->def->closure);
}

int getsetSet(Object* self, Object* obj, Object* value) {
    if (!descrCheck(self, obj)) return -1;
    GetSetDescrObject* d = asGetSet(self);
    if (!d->def->set) {
        setError(&ExcAttributeError, "attribute '%U' of '%s' objects is not writable", d->name,
                 d->objclass->name);
        return -1;
    }
    return d->def->set(obj, value, d->def->closure);
}

Object* getsetRepr(Object* self) { return descrReprFmt(self, "attribute"); }
Object* getsetGetDoc(Object* o, void*) { return docOrNone(asGetSet(o)->def->doc); }

const GetSetDef kGetSetDescrGetSets[] = {
    {"__doc__", getsetGetDoc, nullptr, nullptr, nullptr},
    {"__qualname__", descrGetQualname, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type GetSetDescrType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "getset_descriptor",
    .basicSize = sizeof(GetSetDescrObject),
    .getsets = kGetSetDescrGetSets,
    .members = kDescrMembers,
    .dealloc = descrDealloc,
    .repr = getsetRepr,
    .getAttr = genericGetAttr,
    .descrGet = getsetGet,
    .descrSet = getsetSet,
};

// ===================== member_descriptor =====================

Object* newMemberDescr(Type* t, const MemberDef* def) {
    auto* d = allocDescr<MemberDescrObject>(&MemberDescrType, t, strIntern(def->name));
    if (!d) return nullptr;
    d->def = def;
    return reinterpret_cast<Object*>(d);
}

namespace {

inline MemberDescrObject* asMember(Object* o) { return reinterpret_cast<MemberDescrObject*>(o); }

Object* memberGet(Object* self, Object* obj, Object*) {
    if (!obj) return newRef(self);
    if (!descrCheck(self, obj)) return nullptr;
    MemberDescrObject* d = asMember(self);
    char* p = reinterpret_cast<char*>(obj) + d->def->offset;
    switch (d->def->kind) {
    case MemberKind::Object:
    case MemberKind::ObjectReadOnly: {
        Object* v = *reinterpret_cast<Object**>(p);
        if (!v) {
            if (isHeapType(d->objclass)) {
                raiseNoAttribute(obj, d->name);
                return nullptr;
            }
            return newNone();
        }
        return newRef(v);
    }
    case MemberKind::Int64: {
        int64_t v;
        std::memcpy(&v, p, sizeof v);
        return intFromInt64(v);
    }
    case MemberKind::Int32: {
        int32_t v;
        std::memcpy(&v, p, sizeof v);
        return intFromInt64(v);
    }
    case MemberKind::Bool: return newBool(*reinterpret_cast<bool*>(p));
    case MemberKind::Double: {
        double v;
        std::memcpy(&v, p, sizeof v);
        return floatFromDouble(v);
    }
    }
    return newNone();
}

int memberSet(Object* self, Object* obj, Object* value) {
    if (!descrCheck(self, obj)) return -1;
    MemberDescrObject* d = asMember(self);
    char* p = reinterpret_cast<char*>(obj) + d->def->offset;
    switch (d->def->kind) {
    case MemberKind::ObjectReadOnly:
        setError(&ExcAttributeError, "readonly attribute");
        return -1;
    case MemberKind::Object: {
        Object** slot = reinterpret_cast<Object**>(p);
        if (!value && !*slot) {
            setErrorObject(&ExcAttributeError, d->name);
            return -1;
        }
        setRef(*slot, value ? newRef(value) : nullptr);
        return 0;
    }
    default:
        break;
    }
    if (!value) {
        setError(&ExcTypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (d->def->kind) {
    case MemberKind::Int64:
    case MemberKind::Int32: {
        if (!isInt(value)) {
            setError(&ExcTypeError, "attribute value type must be int");
            return -1;
        }
        int64_t v;
        if (!intAsInt64(value, &v)) return -1;
        if (d->def->kind == MemberKind::Int64) {
            std::memcpy(p, &v, sizeof v);
        } else {
            int32_t w = static_cast<int32_t>(v);
            std::memcpy(p, &w, sizeof w);
        }
        return 0;
    }
    case MemberKind::Bool:
        if (!isBool(value)) {
            setError(&ExcTypeError, "attribute value type must be bool");
            return -1;
        }
        *reinterpret_cast<bool*>(p) = value == trueObj();
        return 0;
    case MemberKind::Double: {
        double v = asDouble(value);
        if (v == -1.0 && errOccurred()) return -1;
        std::memcpy(p, &v, sizeof v);
        return 0;
    }
    default:
        return 0;
    }
}

Object* memberRepr(Object* self) { return descrReprFmt(self, "member"); }
Object* memberGetDoc(Object* o, void*) { return docOrNone(asMember(o)->def->doc); }

const GetSetDef kMemberDescrGetSets[] = {
    {"__doc__", memberGetDoc, nullptr, nullptr, nullptr},
    {"__qualname__", descrGetQualname, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type MemberDescrType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "member_descriptor",
    .basicSize = sizeof(MemberDescrObject),
    .getsets = kMemberDescrGetSets,
    .members = kDescrMembers,
    .dealloc = descrDealloc,
    .repr = memberRepr,
    .getAttr = genericGetAttr,
    .descrGet = memberGet,
    .descrSet = memberSet,
};

// ===================== wrapper_descriptor / method-wrapper =====================

Object* newWrapperDescr(Type* t, const SlotDef* slot, AnySlotFn fn) {
    auto* d = allocDescr<WrapperDescrObject>(&WrapperDescrType, t, strIntern(slotDefName(slot)));
    if (!d) return nullptr;
    d->slot = slot;
    d->fn = fn;
    return reinterpret_cast<Object*>(d);
}

namespace {

inline WrapperDescrObject* asWrapper(Object* o) { return reinterpret_cast<WrapperDescrObject*>(o); }
inline MethodWrapperObject* asMethodWrapper(Object* o) {
    return reinterpret_cast<MethodWrapperObject*>(o);
}

Object* wrapperDescrCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    WrapperDescrObject* d = asWrapper(self);
    if (nargs < 1) {
        return setError(&ExcTypeError, "descriptor '%U' of '%s' object needs an argument",
                        d->name, d->objclass->name);
    }
    if (!isInstanceOf(args[0], d->objclass)) {
        return setError(&ExcTypeError,
                        "descriptor '%U' requires a '%s' object but received a '%s'", d->name,
                        d->objclass->name, typeName(args[0]->type));
    }
    return slotWrapperCall(d->slot, d->fn, d->objclass, args[0], args + 1, nargs - 1, kwnames);
}

Object* wrapperDescrGet(Object* self, Object* obj, Object*) {
    if (!obj) return newRef(self);
    if (!descrCheck(self, obj)) return nullptr;
    Object* o = allocObject(&MethodWrapperType);
    if (!o) return nullptr;
    asMethodWrapper(o)->descr = asWrapper(newRef(self));
    asMethodWrapper(o)->self = newRef(obj);
    return o;
}

Object* wrapperDescrRepr(Object* self) { return descrReprFmt(self, "slot wrapper"); }

Object* strOrNone(const char* s) { return s ? strFromUtf8(s) : newNone(); }
Object* wrapperGetDoc(Object* o, void*) { return strOrNone(slotDefDoc(asWrapper(o)->slot)); }
Object* wrapperGetSig(Object* o, void*) {
    return strOrNone(slotDefTextSignature(asWrapper(o)->slot));
}

const GetSetDef kWrapperDescrGetSets[] = {
    {"__doc__", wrapperGetDoc, nullptr, nullptr, nullptr},
    {"__qualname__", descrGetQualname, nullptr, nullptr, nullptr},
    {"__text_signature__", wrapperGetSig, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void methodWrapperDealloc(Object* o) {
    decref(reinterpret_cast<Object*>(asMethodWrapper(o)->descr));
    decref(asMethodWrapper(o)->self);
    freeObject(o);
}

void methodWrapperTraverse(Object* o, VisitFn visit, void* arg) {
    visit(reinterpret_cast<Object*>(asMethodWrapper(o)->descr), arg);
    visit(asMethodWrapper(o)->self, arg);
}

Object* methodWrapperCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    MethodWrapperObject* m = asMethodWrapper(self);
    WrapperDescrObject* d = m->descr;
    return slotWrapperCall(d->slot, d->fn, d->objclass, m->self, args, nargs, kwnames);
}

Object* methodWrapperRepr(Object* self) {
    MethodWrapperObject* m = asMethodWrapper(self);
    return strFormat("<method-wrapper '%U' of %s object at %p>", m->descr->name,
                     typeName(m->self->type), static_cast<void*>(m->self));
}

Object* methodWrapperRichCompare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || a->type != &MethodWrapperType ||
        b->type != &MethodWrapperType) {
        return newNotImplemented();
    }
    MethodWrapperObject* x = asMethodWrapper(a);
    MethodWrapperObject* y = asMethodWrapper(b);
    bool eq = x->descr == y->descr && x->self == y->self;
    return newBool(op == CompareOp::Eq ? eq : !eq);
}

hash_t methodWrapperHash(Object* o) {
    hash_t x = hashPointer(asMethodWrapper(o)->self) ^ hashPointer(asMethodWrapper(o)->descr);
    return x == -1 ? -2 : x;
}

Object* mwGetSelf(Object* o, void*) { return newRef(asMethodWrapper(o)->self); }
Object* mwGetName(Object* o, void*) { return newRef(asMethodWrapper(o)->descr->name); }
Object* mwGetDoc(Object* o, void*) {
    return wrapperGetDoc(reinterpret_cast<Object*>(asMethodWrapper(o)->descr), nullptr);
}
Object* mwGetSig(Object* o, void*) {
    return wrapperGetSig(reinterpret_cast<Object*>(asMethodWrapper(o)->descr), nullptr);
}
Object* mwGetObjclass(Object* o, void*) {
    return newRef(asObject(asMethodWrapper(o)->descr->objclass));
}
Object* mwGetQualname(Object* o, void*) {
    return descrGetQualname(reinterpret_cast<Object*>(asMethodWrapper(o)->descr), nullptr);
}

const GetSetDef kMethodWrapperGetSets[] = {
    {"__self__", mwGetSelf, nullptr, nullptr, nullptr},
    {"__name__", mwGetName, nullptr, nullptr, nullptr},
    {"__qualname__", mwGetQualname, nullptr, nullptr, nullptr},
    {"__objclass__", mwGetObjclass, nullptr, nullptr, nullptr},
    {"__doc__", mwGetDoc, nullptr, nullptr, nullptr},
    {"__text_signature__", mwGetSig, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type WrapperDescrType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "wrapper_descriptor",
    .basicSize = sizeof(WrapperDescrObject),
    .flags = kTypeMethodDescriptor,
    .getsets = kWrapperDescrGetSets,
    .members = kDescrMembers,
    .dealloc = descrDealloc,
    .repr = wrapperDescrRepr,
    .getAttr = genericGetAttr,
    .descrGet = wrapperDescrGet,
    .call = wrapperDescrCall,
};

Type MethodWrapperType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "method-wrapper",
    .basicSize = sizeof(MethodWrapperObject),
    .flags = kTypeHaveGC,
    .getsets = kMethodWrapperGetSets,
    .dealloc = methodWrapperDealloc,
    .traverse = methodWrapperTraverse,
    .repr = methodWrapperRepr,
    .hash = methodWrapperHash,
    .richCompare = methodWrapperRichCompare,
    .getAttr = genericGetAttr,
    .call = methodWrapperCall,
};

// The builtin T.__new__(S, ...) of static types.
namespace {

Object* typeNewWrapper(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Type* t = asType(self);
    if (nargs < 1) return setError(&ExcTypeError, "%s.__new__(): not enough arguments", t->name);
    Object* arg0 = args[0];
    if (!isType(arg0)) {
        return setError(&ExcTypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
                        typeName(arg0->type));
    }
    Type* sub = asType(arg0);
    if (!isSubtype(sub, t)) {
        return setError(&ExcTypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name,
                        sub->name, sub->name, t->name);
    }
    // The most derived base of sub that is not a heap type must use the same tp_new.
    Type* staticBase = sub;
    while (staticBase && isHeapType(staticBase)) staticBase = staticBase->base;
    if (staticBase && staticBase->new_ != t->new_) {
        return setError(&ExcTypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name,
                        sub->name, staticBase->name);
    }
    Object* tuple = tupleFromArray(args + 1, static_cast<ssize>(nargs - 1));
    if (!tuple) return nullptr;
    Object* kw = nullptr;
    size_t nk = kwCount(kwnames);
    if (nk) {
        kw = dictNew();
        for (size_t i = 0; kw && i < nk; i++) {
            if (dictSetItem(kw, tupleItem(kwnames, i), args[nargs + i]) < 0) clearRef(kw);
        }
        if (!kw) {
            decref(tuple);
            return nullptr;
        }
    }
    Object* r = t->new_(sub, tuple, kw);
    decref(tuple);
    xdecref(kw);
    return r;
}

}  // namespace

const MethodDef kTypeNewWrapperDef = {
    "__new__", typeNewWrapper, 0,
    "Create and return a new object.  See help(type) for accurate signature."};

// ===================== property =====================

namespace {

inline PropertyObject* asProperty(Object* o) { return reinterpret_cast<PropertyObject*>(o); }

Object* propertyNew(Type* t, Object*, Object*) { return allocObject(t); }

int propertyInit(Object* self, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
    Object* out[4];
    size_t np = static_cast<size_t>(tupleSize(args));
    size_t nk = kwargs ? static_cast<size_t>(dictSize(kwargs)) : 0;
    Object* stack[8];
    if (np + nk > 4) {
        setError(&ExcTypeError, "property() takes at most 4 arguments (%zu given)", np + nk);
        return -1;
    }
    for (size_t i = 0; i < np; i++) stack[i] = tupleItem(args, i);
    Object* kwnames = nullptr;
    if (nk) {
        kwnames = tupleNew(nk);
        if (!kwnames) return -1;
        ssize pos = 0, k = 0;
        Object *key, *val;
        while (dictNext(kwargs, &pos, &key, &val)) {
            tupleSetItemSteal(kwnames, k, newRef(key));
            stack[np + k] = val;
            k++;
        }
    }
    bool ok = parseArgs("property", stack, np, kwnames, kNames, 4, 0, out);
    xdecref(kwnames);
    if (!ok) return -1;
    PropertyObject* p = asProperty(self);
    for (int i = 0; i < 4; i++) {
        if (out[i] && isNone(out[i])) out[i] = nullptr;
    }
    setRef(p->fget, out[0] ? newRef(out[0]) : nullptr);
    setRef(p->fset, out[1] ? newRef(out[1]) : nullptr);
    setRef(p->fdel, out[2] ? newRef(out[2]) : nullptr);
    setRef(p->doc, out[3] ? newRef(out[3]) : nullptr);
    p->getterDoc = false;
    if (!p->doc && p->fget) {
        Object* d = lookupAttr(p->fget, KRAIT_STR(__doc__));
        if (!d && errOccurred()) return -1;
        if (d && !isNone(d)) {
            p->doc = d;
            p->getterDoc = true;
        } else {
            xdecref(d);
        }
    }
    // Without an explicit doc, a subclass instance gets the getter's __doc__ (None if it has
    // none) set as an attribute, where the class's own __doc__ would otherwise shadow it;
    // with __slots__ and no __dict__ this raises AttributeError (CPython 3.11's
    // property_init; an explicit doc= is kept in the property only).
    if (self->type != &PropertyType && !out[3] && p->fget) {
        if (setAttr(self, KRAIT_STR(__doc__), p->doc ? p->doc : none()) < 0) return -1;
    }
    return 0;
}

void propertyDealloc(Object* o) {
    PropertyObject* p = asProperty(o);
    xdecref(p->fget);
    xdecref(p->fset);
    xdecref(p->fdel);
    xdecref(p->doc);
    xdecref(p->name);
    freeObject(o);
}

void propertyTraverse(Object* o, VisitFn visit, void* arg) {
    PropertyObject* p = asProperty(o);
    if (p->fget) visit(p->fget, arg);
    if (p->fset) visit(p->fset, arg);
    if (p->fdel) visit(p->fdel, arg);
    if (p->doc) visit(p->doc, arg);
    if (p->name) visit(p->name, arg);
}

// "property 'x' of 'C' object has no setter" / "property of 'C' object has no setter".
// The type is named by its __qualname__ ('Outer.C'), as CPython 3.11.
void propertyError(PropertyObject* p, Object* obj, const char* what) {
    Ref<> qual = Ref<>::steal(typeQualnameStr(obj->type));
    if (!qual) return;
    if (p->name) {
        setError(&ExcAttributeError, "property %R of %R object has no %s", p->name, qual.get(),
                 what);
    } else {
        setError(&ExcAttributeError, "property of %R object has no %s", qual.get(), what);
    }
}

Object* propertyGet(Object* self, Object* obj, Object*) {
    if (!obj || isNone(obj)) return newRef(self);
    PropertyObject* p = asProperty(self);
    if (!p->fget) {
        propertyError(p, obj, "getter");
        return nullptr;
    }
    return call(p->fget, &obj, 1);
}

int propertySet(Object* self, Object* obj, Object* value) {
    PropertyObject* p = asProperty(self);
    Object* f = value ? p->fset : p->fdel;
    if (!f) {
        propertyError(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    Object* args[2] = {obj, value};
    Object* r = call(f, args, value ? 2 : 1);
    if (!r) return -1;
    decref(r);
    return 0;
}

// property.getter/setter/deleter: a copy with one accessor replaced.
Object* propertyCopy(Object* self, Object* get, Object* set, Object* del) {
    PropertyObject* p = asProperty(self);
    if (!get) get = p->fget;
    if (!set) set = p->fset;
    if (!del) del = p->fdel;
    Object* doc = (p->getterDoc && get) || !p->doc ? none() : p->doc;
    Object* args[4] = {get ? get : none(), set ? set : none(), del ? del : none(), doc};
    Object* np = call(asObject(self->type), args, 4);
    if (!np) return nullptr;
    if (isInstanceOf(np, &PropertyType)) {
        setRef(asProperty(np)->name, p->name ? newRef(p->name) : nullptr);
    }
    return np;
}

Object* propertyGetter(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("getter", nargs, 1, 1)) return nullptr;
    return propertyCopy(self, args[0], nullptr, nullptr);
}
Object* propertySetter(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("setter", nargs, 1, 1)) return nullptr;
    return propertyCopy(self, nullptr, args[0], nullptr);
}
Object* propertyDeleter(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("deleter", nargs, 1, 1)) return nullptr;
    return propertyCopy(self, nullptr, nullptr, args[0]);
}
Object* propertySetName(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 2) {
        return setError(&ExcTypeError, "__set_name__() takes 2 positional arguments but %zu "
                        "were given", nargs);
    }
    setRef(asProperty(self)->name, newRef(args[1]));
    return newNone();
}

const MethodDef kPropertyMethods[] = {
    {"getter", propertyGetter, kMethNoKw, "Descriptor to obtain a copy of the property with a "
                                          "different getter."},
    {"setter", propertySetter, kMethNoKw, "Descriptor to obtain a copy of the property with a "
                                          "different setter."},
    {"deleter", propertyDeleter, kMethNoKw, "Descriptor to obtain a copy of the property with a "
                                            "different deleter."},
    {"__set_name__", propertySetName, kMethNoKw, "Method to set name of a property."},
    {nullptr, nullptr, 0, nullptr},
};

Object* propGetField(Object* o, void* closure) {
    Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) +
                                            reinterpret_cast<uintptr_t>(closure));
    return newRef(v ? v : none());
}

Object* propGetDoc(Object* o, void*) {
    Object* d = asProperty(o)->doc;
    return newRef(d ? d : none());
}
int propSetDoc(Object* o, Object* v, void*) {
    setRef(asProperty(o)->doc, v ? newRef(v) : nullptr);
    return 0;
}

Object* propGetAbstract(Object* o, void*) {
    PropertyObject* p = asProperty(o);
    Object* fs[3] = {p->fget, p->fset, p->fdel};
    for (Object* f : fs) {
        if (!f) continue;
        Object* v = lookupAttr(f, KRAIT_STR(__isabstractmethod__));
        if (!v) {
            if (errOccurred()) return nullptr;
            continue;
        }
        int b = isTrue(v);
        decref(v);
        if (b < 0) return nullptr;
        if (b) return newBool(true);
    }
    return newBool(false);
}

#define FIELD_CLOSURE(f) reinterpret_cast<void*>(offsetof(PropertyObject, f))
const GetSetDef kPropertyGetSets[] = {
    {"fget", propGetField, nullptr, nullptr, FIELD_CLOSURE(fget)},
    {"fset", propGetField, nullptr, nullptr, FIELD_CLOSURE(fset)},
    {"fdel", propGetField, nullptr, nullptr, FIELD_CLOSURE(fdel)},
    {"__doc__", propGetDoc, propSetDoc, nullptr, nullptr},
    {"__isabstractmethod__", propGetAbstract, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type PropertyType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "property",
    .basicSize = sizeof(PropertyObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "Property attribute.\n\n  fget\n    function to be used for getting an attribute "
           "value\n  fset\n    function to be used for setting an attribute value\n  fdel\n"
           "    function to be used for del'ing an attribute\n  doc\n    docstring",
    .methods = kPropertyMethods,
    .getsets = kPropertyGetSets,
    .dealloc = propertyDealloc,
    .traverse = propertyTraverse,
    .getAttr = genericGetAttr,
    .descrGet = propertyGet,
    .descrSet = propertySet,
    .new_ = propertyNew,
    .init = propertyInit,
};

// ===================== classmethod / staticmethod =====================

namespace {

inline ClassMethodObject* asCM(Object* o) { return reinterpret_cast<ClassMethodObject*>(o); }

Object* cmNew(Type* t, Object*, Object*) { return allocObject(t); }

// Copies __module__, __name__, __qualname__, __doc__, __annotations__ from the wrapped
// function into the instance dict (functools.wraps-like, as CPython 3.10+), and sets
// __wrapped__.
int copyWrapperAttrs(Object* self, Object* func) {
    ClassMethodObject* cm = asCM(self);
    if (!cm->dict) {
        cm->dict = dictNew();
        if (!cm->dict) return -1;
    }
    static const char* const kAttrs[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                         "__annotations__"};
    for (const char* a : kAttrs) {
        Object* v = lookupAttr(func, strIntern(a));
        if (!v) {
            if (errOccurred()) return -1;
            continue;
        }
        int r = dictSetItem(cm->dict, strIntern(a), v);
        decref(v);
        if (r < 0) return -1;
    }
    return dictSetItem(cm->dict, KRAIT_STR(__wrapped__), func);
}

int cmInitCommon(Object* self, Object* args, Object* kwargs, const char* name) {
    if (kwargs && dictSize(kwargs)) {
        setError(&ExcTypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (tupleSize(args) != 1) {
        setError(&ExcTypeError, "%s expected 1 argument, got %zd", name, tupleSize(args));
        return -1;
    }
    Object* f = tupleItem(args, 0);
    setRef(asCM(self)->func, newRef(f));
    return copyWrapperAttrs(self, f);
}

int classMethodInit(Object* self, Object* args, Object* kwargs) {
    return cmInitCommon(self, args, kwargs, "classmethod");
}
int staticMethodInit(Object* self, Object* args, Object* kwargs) {
    return cmInitCommon(self, args, kwargs, "staticmethod");
}

void cmDealloc(Object* o) {
    xdecref(asCM(o)->func);
    xdecref(asCM(o)->dict);
    freeObject(o);
}

void cmTraverse(Object* o, VisitFn visit, void* arg) {
    if (asCM(o)->func) visit(asCM(o)->func, arg);
    if (asCM(o)->dict) visit(asCM(o)->dict, arg);
}

Object* classMethodGet(Object* self, Object* obj, Object* type) {
    Object* f = asCM(self)->func;
    if (!f) return setError(&ExcRuntimeError, "uninitialized classmethod object");
    if (!type) type = asObject(obj->type);
    if (f->type->descrGet) return f->type->descrGet(f, type, type);
    Object* args[2] = {f, type};
    return call(asObject(&MethodType), args, 2);
}

Object* staticMethodGet(Object* self, Object*, Object*) {
    Object* f = asCM(self)->func;
    if (!f) return setError(&ExcRuntimeError, "uninitialized staticmethod object");
    return newRef(f);
}

Object* staticMethodCall(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return call(asCM(self)->func, args, nargs, kwnames);
}

Object* cmRepr(Object* self, const char* kind) {
    Object* f = asCM(self)->func;
    return strFormat("<%s(%R)>", kind, f ? f : none());
}
Object* classMethodRepr(Object* self) { return cmRepr(self, "classmethod"); }
Object* staticMethodRepr(Object* self) { return cmRepr(self, "staticmethod"); }

Object* cmGetFunc(Object* o, void*) {
    Object* f = asCM(o)->func;
    return newRef(f ? f : none());
}
Object* cmGetDict(Object* o, void*) {
    ClassMethodObject* cm = asCM(o);
    if (!cm->dict) {
        cm->dict = dictNew();
        if (!cm->dict) return nullptr;
    }
    return newRef(cm->dict);
}
Object* cmGetAbstract(Object* o, void*) {
    Object* f = asCM(o)->func;
    if (!f) return newBool(false);
    Object* v = lookupAttr(f, KRAIT_STR(__isabstractmethod__));
    if (!v) return errOccurred() ? nullptr : newBool(false);
    int b = isTrue(v);
    decref(v);
    return b < 0 ? nullptr : newBool(b);
}

const GetSetDef kCMGetSets[] = {
    {"__func__", cmGetFunc, nullptr, nullptr, nullptr},
    {"__dict__", cmGetDict, nullptr, nullptr, nullptr},
    {"__isabstractmethod__", cmGetAbstract, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type ClassMethodType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "classmethod",
    .basicSize = sizeof(ClassMethodObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .dictOffset = offsetof(ClassMethodObject, dict),
    .getsets = kCMGetSets,
    .dealloc = cmDealloc,
    .traverse = cmTraverse,
    .repr = classMethodRepr,
    .setAttr = genericSetAttr,
    .descrGet = classMethodGet,
    .new_ = cmNew,
    .init = classMethodInit,
};

Type StaticMethodType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "staticmethod",
    .basicSize = sizeof(ClassMethodObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .dictOffset = offsetof(ClassMethodObject, dict),
    .getsets = kCMGetSets,
    .dealloc = cmDealloc,
    .traverse = cmTraverse,
    .repr = staticMethodRepr,
    .setAttr = genericSetAttr,
    .descrGet = staticMethodGet,
    .call = staticMethodCall,
    .new_ = cmNew,
    .init = staticMethodInit,
};

namespace {

Object* cmWrap(Type* t, Object* func) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    asCM(o)->func = newRef(func);
    if (copyWrapperAttrs(o, func) < 0) {
        decref(o);
        return nullptr;
    }
    return o;
}

}  // namespace

Object* classMethodNew(Object* func) { return cmWrap(&ClassMethodType, func); }
Object* staticMethodNew(Object* func) { return cmWrap(&StaticMethodType, func); }

// ===================== mappingproxy =====================

Object* mappingProxyNew(Object* mapping) {
    Object* o = allocObject(&MappingProxyType);
    if (!o) return nullptr;
    reinterpret_cast<MappingProxyObject*>(o)->mapping = newRef(mapping);
    return o;
}

namespace {

inline Object* mpMapping(Object* o) { return reinterpret_cast<MappingProxyObject*>(o)->mapping; }

Object* mpNew(Type*, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"mapping"};
    if (kwargs && dictSize(kwargs)) {
        Object* m = dictGetItemStr(kwargs, "mapping");
        if (!m || dictSize(kwargs) != 1 || tupleSize(args) != 0) {
            return setError(&ExcTypeError, "mappingproxy() got an unexpected keyword argument");
        }
        args = nullptr;
        Object* mapping = m;
        (void)kNames;
        if (!mapping->type->getItem || isList(mapping) || isTuple(mapping)) {
            return setError(&ExcTypeError, "mappingproxy() argument must be a mapping, not %s",
                            typeName(mapping->type));
        }
        return mappingProxyNew(mapping);
    }
    if (tupleSize(args) != 1) {
        return setError(&ExcTypeError, "mappingproxy() missing required argument 'mapping' "
                        "(pos 1)");
    }
    Object* mapping = tupleItem(args, 0);
    if (!mapping->type->getItem || isList(mapping) || isTuple(mapping)) {
        return setError(&ExcTypeError, "mappingproxy() argument must be a mapping, not %s",
                        typeName(mapping->type));
    }
    return mappingProxyNew(mapping);
}

void mpDealloc(Object* o) {
    decref(mpMapping(o));
    freeObject(o);
}

void mpTraverse(Object* o, VisitFn visit, void* arg) { visit(mpMapping(o), arg); }

Object* mpGetItem(Object* o, Object* key) { return getItem(mpMapping(o), key); }
ssize mpLength(Object* o) { return length(mpMapping(o)); }
int mpContains(Object* o, Object* key) {
    Object* m = mpMapping(o);
    if (isDictExact(m)) return dictContains(m, key);
    return contains(m, key);
}
Object* mpIter(Object* o) { return getIter(mpMapping(o)); }
Object* mpRepr(Object* o) { return strFormat("mappingproxy(%R)", mpMapping(o)); }
Object* mpStr(Object* o) { return str(mpMapping(o)); }
Object* mpRichCompare(Object* a, Object* b, CompareOp op) {
    return richCompare(mpMapping(a), b, op);
}
Object* mpOr(Object* a, Object* b) {
    if (a->type == &MappingProxyType) a = mpMapping(a);
    if (b->type == &MappingProxyType) b = mpMapping(b);
    return binaryOp(a, b, BinOp::Or);
}
Object* mpInplaceOr(Object* a, Object*) {
    return setError(&ExcTypeError, "'|=' is not supported by %s; use '|' instead",
                    typeName(a->type));
}

Object* mpGet(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("get", nargs, 1, 2)) return nullptr;
    Object* d = nargs == 2 ? args[1] : none();
    Object* a[2] = {args[0], d};
    return callMethod(mpMapping(self), "get", a, 2);
}
Object* mpForward(Object* self, const char* name, size_t nargs) {
    if (!checkArgCount(name, nargs, 0, 0)) return nullptr;
    return callMethod(mpMapping(self), name, nullptr, 0);
}
Object* mpKeys(Object* s, Object* const*, size_t n, Object*) { return mpForward(s, "keys", n); }
Object* mpValues(Object* s, Object* const*, size_t n, Object*) {
    return mpForward(s, "values", n);
}
Object* mpItems(Object* s, Object* const*, size_t n, Object*) { return mpForward(s, "items", n); }
Object* mpCopy(Object* s, Object* const*, size_t n, Object*) { return mpForward(s, "copy", n); }
Object* mpReversed(Object* s, Object* const*, size_t n, Object*) {
    return mpForward(s, "__reversed__", n);
}

const MethodDef kMappingProxyMethods[] = {
    {"get", mpGet, kMethNoKw, "D.get(k[,d]) -> D[k] if k in D, else d."},
    {"keys", mpKeys, kMethNoKw, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mpValues, kMethNoKw, "D.values() -> an object providing a view on D's values"},
    {"items", mpItems, kMethNoKw, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mpCopy, kMethNoKw, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mpReversed, kMethNoKw, "D.__reversed__() -> reverse iterator"},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type MappingProxyType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "mappingproxy",
    .basicSize = sizeof(MappingProxyObject),
    .flags = kTypeHaveGC | kTypeMapping,
    .methods = kMappingProxyMethods,
    .dealloc = mpDealloc,
    .traverse = mpTraverse,
    .repr = mpRepr,
    .str = mpStr,
    .richCompare = mpRichCompare,
    .getAttr = genericGetAttr,
    .new_ = mpNew,
    .iter = mpIter,
    .length = mpLength,
    .getItem = mpGetItem,
    .contains = mpContains,
    .number = {.or_ = mpOr, .inplaceOr = mpInplaceOr},
};

}  // namespace krait
