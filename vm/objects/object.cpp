// `object`, the root of the class hierarchy, and the singleton types NoneType,
// NotImplementedType and ellipsis with their immortal instances.
#include <cstring>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/warnings.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_internal.h"

namespace krait {

Object NoneObject = {kImmortalRefcnt, &NoneType};
Object NotImplementedObject = {kImmortalRefcnt, &NotImplementedType};
Object EllipsisObject = {kImmortalRefcnt, &EllipsisType};

namespace {

bool excessArgs(Object* args, Object* kwargs) {
    return (args && tupleSize(args) > 0) || (kwargs && dictSize(kwargs) > 0);
}

// "Can't instantiate abstract class C with abstract methods f, g"
Object* abstractError(Type* t) {
    Object* am = dictGetItem(t->dict, KRAIT_STR(__abstractmethods__));
    if (!am) {
        if (errOccurred()) return nullptr;
        return setError(&ExcTypeError, "Can't instantiate abstract class %s", t->name);
    }
    Object* l = sequenceList(am);
    if (!l) return nullptr;
    if (listSort(l, nullptr, false) < 0) {
        decref(l);
        return nullptr;
    }
    Object* sep = strFromAscii(", ");
    Object* joined = sep ? strJoin(sep, l) : nullptr;
    xdecref(sep);
    ssize n = listSize(l);
    decref(l);
    if (!joined) return nullptr;
    setError(&ExcTypeError, "Can't instantiate abstract class %s with abstract method%s %U",
             t->name, n > 1 ? "s" : "", joined);
    decref(joined);
    return nullptr;
}

}  // namespace

Object* objectNew(Type* t, Object* args, Object* kwargs) {
    if (excessArgs(args, kwargs)) {
        if (t->new_ != objectNew) {
            return setError(&ExcTypeError,
                            "object.__new__() takes exactly one argument (the type to "
                            "instantiate)");
        }
        if (t->init == objectInit) {
            return setError(&ExcTypeError, "%s() takes no arguments", t->name);
        }
    }
    if (t->flags & kTypeAbstract) return abstractError(t);
    return allocObject(t);
}

int objectInit(Object* self, Object* args, Object* kwargs) {
    if (excessArgs(args, kwargs)) {
        Type* t = self->type;
        if (t->init != objectInit) {
            setError(&ExcTypeError,
                     "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (t->new_ == objectNew) {
            setError(&ExcTypeError,
                     "%s.__init__() takes exactly one argument (the instance to initialize)",
                     t->name);
            return -1;
        }
    }
    return 0;
}

Object* objectDefaultRepr(Object* o) {
    Type* t = o->type;
    Object* mod = typeModuleObj(t);
    if (!mod) clearError();
    Object* r;
    if (mod && isStr(mod) && !strEqualsAscii(mod, "builtins")) {
        Object* qn = typeQualnameStr(t);
        r = qn ? strFormat("<%U.%U object at %p>", mod, qn, static_cast<void*>(o)) : nullptr;
        xdecref(qn);
    } else {
        r = strFormat("<%s object at %p>", t->name, static_cast<void*>(o));
    }
    xdecref(mod);
    return r;
}

namespace {

void objectDealloc(Object* o) { freeObject(o); }

Object* objectStr(Object* o) { return repr(o); }

hash_t objectHash(Object* o) { return hashPointer(o); }

Object* objectRichCompare(Object* a, Object* b, CompareOp op) {
    switch (op) {
    case CompareOp::Eq:
        return a == b ? newBool(true) : newNotImplemented();
    case CompareOp::Ne: {
        RichCmpFn f = a->type->richCompare;
        if (!f) return newNotImplemented();
        Object* r = f(a, b, CompareOp::Eq);
        if (!r || r == notImplemented()) return r;
        int t = isTrue(r);
        decref(r);
        return t < 0 ? nullptr : newBool(!t);
    }
    default:
        return newNotImplemented();
    }
}

// ---- __class__ ----

Object* objectGetClass(Object* o, void*) { return newRef(asObject(o->type)); }

int objectSetClass(Object* o, Object* value, void*) {
    if (!value) {
        setError(&ExcTypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!isType(value)) {
        setError(&ExcTypeError, "__class__ must be set to a class, not '%s' object",
                 typeName(value->type));
        return -1;
    }
    Type* newT = asType(value);
    Type* oldT = o->type;
    bool oldOk = isHeapType(oldT) || isSubtype(oldT, &ModuleType);
    bool newOk = isHeapType(newT) || isSubtype(newT, &ModuleType);
    if (!(oldOk && newOk)) {
        setError(&ExcTypeError,
                 "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!typeLayoutCompatible(newT, oldT)) {
        setError(&ExcTypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                 newT->name, oldT->name);
        return -1;
    }
    // A values array is laid out by the old type's shared keys (instance_values.h).
    Object** dp = instanceSlotPtr(o);
    if (dp && *dp && isInstanceValues(*dp) && !instanceValuesMaterialize(o, dp)) return -1;
    if (isHeapType(newT)) incref(asObject(newT));
    o->type = newT;
    if (isHeapType(oldT)) decref(asObject(oldT));
    return 0;
}

const GetSetDef kObjectGetSets[] = {
    {"__class__", objectGetClass, objectSetClass, "the object's class", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- methods ----

Object* importModule(const char* name) {
    ThreadState* ts = currentThread();
    Object* imp = ts && ts->interp && ts->interp->builtins
                      ? dictGetItemStr(ts->interp->builtins, "__import__")
                      : nullptr;
    if (!imp) return setError(&ExcImportError, "__import__ not found");
    Object* n = strFromUtf8(name);
    if (!n) return nullptr;
    Object* r = callOneArg(imp, n);
    decref(n);
    return r;
}

// The default __getstate__: None, the instance dict, or (dict-or-None, slots dict).
Object* defaultGetState(Object* self) {
    Object* state = nullptr;
    Object** dp = instanceDictPtr(self);
    if (dp && *dp && isDict(*dp) && dictSize(*dp) > 0) {
        state = dictCopy(*dp);
        if (!state) return nullptr;
    }
    Object* slots = nullptr;
    for (Type* t = self->type; t && isHeapType(t); t = t->base) {
        MemberDef* m = asHeapType(t)->members;
        if (!m) continue;
        for (; m->name; m++) {
            Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + m->offset);
            if (!v) continue;
            if (!slots) {
                slots = dictNew();
                if (!slots) {
                    xdecref(state);
                    return nullptr;
                }
            }
            if (dictSetItemStr(slots, m->name, v) < 0) {
                xdecref(state);
                decref(slots);
                return nullptr;
            }
        }
    }
    if (slots) {
        Object* r = tuplePack({state ? state : none(), slots});
        xdecref(state);
        decref(slots);
        return r;
    }
    return state ? state : newNone();
}

Object* objectGetState(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__getstate__", nargs, 0, 0)) return nullptr;
    return defaultGetState(self);
}

Object* reduceNewObj(Object* self) {
    Type* t = self->type;
    if (!t->new_) return setError(&ExcTypeError, "cannot pickle '%s' object", t->name);
    Object* args = nullptr;
    Object* kwargs = nullptr;
    bool missing = false;
    Object* r = callSpecial(self, KRAIT_STR(__getnewargs_ex__), nullptr, 0, &missing);
    if (r) {
        if (!isTuple(r) || tupleSize(r) != 2) {
            decref(r);
            return setError(&ExcTypeError, "__getnewargs_ex__ should return a tuple of length 2");
        }
        args = newRef(tupleItem(r, 0));
        kwargs = newRef(tupleItem(r, 1));
        decref(r);
    } else if (!missing) {
        return nullptr;
    } else {
        r = callSpecial(self, KRAIT_STR(__getnewargs__), nullptr, 0, &missing);
        if (r) {
            if (!isTuple(r)) {
                setError(&ExcTypeError, "__getnewargs__ should return a tuple, not '%s'",
                         typeName(r->type));
                decref(r);
                return nullptr;
            }
            args = r;
        } else if (!missing) {
            return nullptr;
        } else {
            args = newRef(emptyTuple());
        }
    }
    Ref<> argsRef = Ref<>::steal(args);
    Ref<> kwRef = Ref<>::steal(kwargs);
    Ref<> copyreg = Ref<>::steal(importModule("copyreg"));
    if (!copyreg) return nullptr;
    Ref<> newobj, newargs;
    bool hasKw = kwargs && isDict(kwargs) && dictSize(kwargs) > 0;
    if (!hasKw) {
        newobj = Ref<>::steal(getAttr(copyreg.get(), "__newobj__"));
        if (!newobj) return nullptr;
        ssize n = tupleSize(args);
        newargs = Ref<>::steal(tupleNew(n + 1));
        if (!newargs) return nullptr;
        tupleSetItemSteal(newargs.get(), 0, newRef(asObject(t)));
        for (ssize i = 0; i < n; i++) {
            tupleSetItemSteal(newargs.get(), i + 1, newRef(tupleItem(args, i)));
        }
    } else {
        newobj = Ref<>::steal(getAttr(copyreg.get(), "__newobj_ex__"));
        if (!newobj) return nullptr;
        newargs = Ref<>::steal(tuplePack({asObject(t), args, kwargs}));
        if (!newargs) return nullptr;
    }
    Ref<> state = Ref<>::steal(callMethod(self, "__getstate__", nullptr, 0));
    if (!state) return nullptr;
    Ref<> listitems = Ref<>::borrow(none());
    Ref<> dictitems = Ref<>::borrow(none());
    if (isList(self)) {
        listitems = Ref<>::steal(getIter(self));
        if (!listitems) return nullptr;
    }
    if (isDict(self)) {
        Ref<> items = Ref<>::steal(callMethod(self, "items", nullptr, 0));
        if (!items) return nullptr;
        dictitems = Ref<>::steal(getIter(items.get()));
        if (!dictitems) return nullptr;
    }
    return tuplePack({newobj.get(), newargs.get(), state.get(), listitems.get(), dictitems.get()});
}

Object* commonReduce(Object* self, int64_t proto) {
    if (proto >= 2) return reduceNewObj(self);
    Object* copyreg = importModule("copyreg");
    if (!copyreg) return nullptr;
    Object* p = intFromInt64(proto);
    Object* args[2] = {self, p};
    Object* f = p ? getAttr(copyreg, "_reduce_ex") : nullptr;
    Object* r = f ? call(f, args, 2) : nullptr;
    xdecref(f);
    xdecref(p);
    decref(copyreg);
    return r;
}

Object* objectReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__reduce__", nargs, 0, 0)) return nullptr;
    return commonReduce(self, 0);
}

Object* objectReduceEx(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("__reduce_ex__", nargs, 1, 1)) return nullptr;
    int64_t proto;
    if (!isInt(args[0])) {
        return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                        typeName(args[0]->type));
    }
    if (!intAsInt64(args[0], &proto)) return nullptr;
    Object* reduce = typeLookup(self->type, KRAIT_STR(__reduce__));
    Object* base = typeLookup(&ObjectType, KRAIT_STR(__reduce__));
    if (reduce && reduce != base) return callMethod(self, "__reduce__", nullptr, 0);
    return commonReduce(self, proto);
}

Object* objectSubclassHook(Object*, Object* const*, size_t, Object*) {
    return newNotImplemented();
}

Object* objectInitSubclass(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames)) {
        return setError(&ExcTypeError, "%s.__init_subclass__() takes no keyword arguments",
                        asType(self)->name);
    }
    if (nargs) {
        return setError(&ExcTypeError,
                        "%s.__init_subclass__() takes no positional arguments", asType(self)->name);
    }
    return newNone();
}

Object* objectFormat(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("__format__", nargs, 1, 1)) return nullptr;
    Object* spec = args[0];
    if (!isStr(spec)) {
        return setError(&ExcTypeError, "__format__() argument must be str, not %s",
                        typeName(spec->type));
    }
    if (strLength(spec) > 0) {
        return setError(&ExcTypeError, "unsupported format string passed to %s.__format__",
                        typeName(self->type));
    }
    return str(self);
}

Object* objectSizeof(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__sizeof__", nargs, 0, 0)) return nullptr;
    ssize size = self->type->basicSize;
    if (self->type->itemSize) {
        ssize n = self->type->length ? self->type->length(self) : 0;
        if (n < 0) {
            clearError();
            n = 0;
        }
        size += n * self->type->itemSize;
    }
    return intFromSsize(size);
}

Object* objectDir(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("__dir__", nargs, 0, 0)) return nullptr;
    Object* d = lookupAttr(self, KRAIT_STR(__dict__));
    if (!d && errOccurred()) return nullptr;
    Object* names;
    if (d && isDict(d)) {
        names = dictCopy(d);
    } else {
        names = dictNew();
    }
    xdecref(d);
    if (!names) return nullptr;
    Object* cls = lookupAttr(self, KRAIT_STR(__class__));
    if (!cls && errOccurred()) {
        decref(names);
        return nullptr;
    }
    if (cls) {
        int r = mergeClassDict(names, cls);
        decref(cls);
        if (r < 0) {
            decref(names);
            return nullptr;
        }
    }
    Object* l = dictKeys(names);
    decref(names);
    return l;
}

const MethodDef kObjectMethods[] = {
    {"__reduce_ex__", objectReduceEx, kMethNoKw, "Helper for pickle."},
    {"__reduce__", objectReduce, kMethNoKw, "Helper for pickle."},
    {"__getstate__", objectGetState, kMethNoKw, "Helper for pickle."},
    {"__subclasshook__", objectSubclassHook, kMethClass,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", objectInitSubclass, kMethClass,
     "This method is called when a class is subclassed."},
    {"__format__", objectFormat, kMethNoKw, "Default object formatter."},
    {"__sizeof__", objectSizeof, kMethNoKw, "Size of object in memory, in bytes."},
    {"__dir__", objectDir, kMethNoKw, "Default dir() implementation."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type ObjectType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "object",
    .basicSize = sizeof(Object),
    .flags = kTypeBaseType,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
           "returns a new featureless\ninstance that has no instance attributes and cannot be "
           "given any.\n",
    .methods = kObjectMethods,
    .getsets = kObjectGetSets,
    .dealloc = objectDealloc,
    .repr = objectDefaultRepr,
    .str = objectStr,
    .hash = objectHash,
    .richCompare = objectRichCompare,
    .getAttr = genericGetAttr,
    .setAttr = genericSetAttr,
    .new_ = objectNew,
    .init = objectInit,
};

// ---- None, NotImplemented, Ellipsis ----

namespace {

void immortalDealloc(Object*) {}

Object* noneRepr(Object*) { return newRef(strIntern("None")); }
int noneBool(Object*) { return 0; }
Object* noneNew(Type*, Object* args, Object* kwargs) {
    if (excessArgs(args, kwargs)) return setError(&ExcTypeError, "NoneType takes no arguments");
    return newNone();
}

Object* notImplRepr(Object*) { return newRef(strIntern("NotImplemented")); }
// True, with CPython 3.9+'s DeprecationWarning.
int notImplBool(Object*) {
    if (!warnEx(&ExcDeprecationWarning, "NotImplemented should not be used in a boolean context",
                1)) {
        return -1;
    }
    return 1;
}
Object* notImplNew(Type*, Object* args, Object* kwargs) {
    if (excessArgs(args, kwargs)) {
        return setError(&ExcTypeError, "NotImplementedType takes no arguments");
    }
    return newNotImplemented();
}
Object* notImplReduce(Object*, Object* const*, size_t, Object*) {
    return newRef(strIntern("NotImplemented"));
}
const MethodDef kNotImplMethods[] = {
    {"__reduce__", notImplReduce, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* ellipsisRepr(Object*) { return newRef(strIntern("Ellipsis")); }
Object* ellipsisNew(Type*, Object* args, Object* kwargs) {
    if (excessArgs(args, kwargs)) return setError(&ExcTypeError, "ellipsis takes no arguments");
    return newRef(ellipsis());
}
Object* ellipsisReduce(Object*, Object* const*, size_t, Object*) {
    return newRef(strIntern("Ellipsis"));
}
const MethodDef kEllipsisMethods[] = {
    {"__reduce__", ellipsisReduce, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type NoneType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "NoneType",
    .basicSize = sizeof(Object),
    .dealloc = immortalDealloc,
    .repr = noneRepr,
    .new_ = noneNew,
    .number = {.bool_ = noneBool},
};

Type NotImplementedType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "NotImplementedType",
    .basicSize = sizeof(Object),
    .methods = kNotImplMethods,
    .dealloc = immortalDealloc,
    .repr = notImplRepr,
    .new_ = notImplNew,
    .number = {.bool_ = notImplBool},
};

Type EllipsisType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "ellipsis",
    .basicSize = sizeof(Object),
    .methods = kEllipsisMethods,
    .dealloc = immortalDealloc,
    .repr = ellipsisRepr,
    .new_ = ellipsisNew,
};

}  // namespace krait
