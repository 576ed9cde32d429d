// Module objects (types.ModuleType): namespace, repr, PEP 562 __getattr__, __dir__.
#include "objects/module.h"

#include <cstddef>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

bool isModule(Object* o) { return isInstanceOf(o, &ModuleType); }

namespace {

// Fills the standard attributes of a fresh module namespace.
bool moduleInitDict(ModuleObject* m, Object* name, Object* doc) {
    Object* d = m->dict;
    if (dictSetItem(d, KRAIT_STR(__name__), name) < 0) return false;
    if (dictSetItem(d, KRAIT_STR(__doc__), doc ? doc : none()) < 0) return false;
    if (dictSetItem(d, KRAIT_STR(__package__), none()) < 0) return false;
    if (dictSetItem(d, KRAIT_STR(__loader__), none()) < 0) return false;
    if (dictSetItem(d, KRAIT_STR(__spec__), none()) < 0) return false;
    setRef(m->name, newRef(name));
    return true;
}

Object* moduleAlloc(Type* t) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    ModuleObject* m = asModule(o);
    m->dict = dictNew();
    if (!m->dict) {
        decref(o);
        return nullptr;
    }
    return o;
}

void moduleClearSlot(Object* o) {
    ModuleObject* m = asModule(o);
    clearRef(m->dict);
    clearRef(m->name);
}

void moduleDealloc(Object* o) {
    ModuleObject* m = asModule(o);
    if (m->weaklist) clearWeakrefs(o);
    if (m->freeState && m->state) m->freeState(m->state);
    m->state = nullptr;
    moduleClearSlot(o);
    freeObject(o);
}

void moduleTraverse(Object* o, VisitFn visit, void* arg) {
    ModuleObject* m = asModule(o);
    if (m->dict) visit(m->dict, arg);
    if (m->name) visit(m->name, arg);
}

Object* moduleNewSlot(Type* t, Object*, Object*) { return moduleAlloc(t); }

int moduleInitSlot(Object* self, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"name", "doc"};
    Object* vals[2] = {nullptr, nullptr};
    // Convert (tuple, dict) to vectorcall form for parseArgs.
    ssize n = tupleSize(args);
    ssize nk = kwargs ? dictSize(kwargs) : 0;
    Object* stack[8];
    if (n + nk > 8) {
        setError(&ExcTypeError, "module() takes at most 2 arguments (%zd given)", n + nk);
        return -1;
    }
    for (ssize i = 0; i < n; i++) stack[i] = tupleItem(args, i);
    Ref<> kwnames;
    if (nk) {
        kwnames.reset(tupleNew(nk));
        if (!kwnames) return -1;
        ssize pos = 0, i = 0;
        Object *k, *v;
        while (dictNext(kwargs, &pos, &k, &v)) {
            tupleSetItemSteal(kwnames.get(), i, newRef(k));
            stack[n + i] = v;
            i++;
        }
    }
    if (!parseArgs("module", stack, size_t(n), kwnames.get(), kNames, 2, 1, vals)) return -1;
    if (!isStr(vals[0])) {
        setError(&ExcTypeError, "module.__init__() argument 'name' must be str, not %s",
                 typeName(vals[0]->type));
        return -1;
    }
    ModuleObject* m = asModule(self);
    if (!m->dict) {
        m->dict = dictNew();
        if (!m->dict) return -1;
    }
    return moduleInitDict(m, vals[0], vals[1]) ? 0 : -1;
}

// importlib's _module_repr_from_spec.
Object* reprFromSpec(Object* spec) {
    Ref<> name = Ref<>::steal(lookupAttr(spec, KRAIT_STR(name)));
    if (!name && errOccurred()) return nullptr;
    Ref<> origin = Ref<>::steal(lookupAttr(spec, KRAIT_STR(origin)));
    if (!origin && errOccurred()) return nullptr;
    Ref<> nameText = name && !isNone(name.get()) ? name : Ref<>::steal(strFromAscii("?"));
    if (!origin || isNone(origin.get())) {
        Ref<> loader = Ref<>::steal(lookupAttr(spec, KRAIT_STR(loader)));
        if (!loader && errOccurred()) return nullptr;
        Ref<> locs = Ref<>::steal(lookupAttr(spec, KRAIT_STR(submodule_search_locations)));
        if (!locs && errOccurred()) return nullptr;
        if ((!loader || isNone(loader.get())) && locs && !isNone(locs.get())) {
            return strFormat("<module %R (namespace) from %R>", nameText.get(), locs.get());
        }
        if (!loader || isNone(loader.get())) return strFormat("<module %R>", nameText.get());
        return strFormat("<module %R (%R)>", nameText.get(), loader.get());
    }
    Ref<> hasLoc = Ref<>::steal(lookupAttr(spec, KRAIT_STR(has_location)));
    if (!hasLoc && errOccurred()) return nullptr;
    if (hasLoc && isTrueNoErr(hasLoc.get()) > 0) {
        return strFormat("<module %R from %R>", nameText.get(), origin.get());
    }
    return strFormat("<module %R (%S)>", nameText.get(), origin.get());
}

Object* moduleRepr(Object* self) {
    ModuleObject* m = asModule(self);
    Object* d = m->dict;
    if (d) {
        Object* spec = dictGetItem(d, KRAIT_STR(__spec__));
        if (spec && !isNone(spec)) return reprFromSpec(spec);
        if (errOccurred()) return nullptr;
    }
    Object* name = d ? dictGetItem(d, KRAIT_STR(__name__)) : nullptr;
    Ref<> nameObj = name ? Ref<>::borrow(name) : Ref<>::steal(strFromAscii("?"));
    Object* file = d ? dictGetItem(d, KRAIT_STR(__file__)) : nullptr;
    if (file) return strFormat("<module %R from %R>", nameObj.get(), file);
    Object* loader = d ? dictGetItem(d, KRAIT_STR(__loader__)) : nullptr;
    if (!loader || isNone(loader)) return strFormat("<module %R>", nameObj.get());
    return strFormat("<module %R (%R)>", nameObj.get(), loader);
}

// True if module.__spec__._initializing is true (a module still running its body).
bool moduleInitializing(Object* dict) {
    Object* spec = dictGetItem(dict, KRAIT_STR(__spec__));
    if (!spec || isNone(spec)) return false;
    Object* v = lookupAttr(spec, KRAIT_STR(_initializing));
    if (!v) {
        clearError();
        return false;
    }
    bool r = isTrueNoErr(v) > 0;
    decref(v);
    return r;
}

// True if `name` is a submodule of this package still being loaded (listed in
// __spec__._uninitialized_submodules by the import system).
bool submoduleInitializing(Object* dict, Object* name) {
    Object* spec = dictGetItem(dict, KRAIT_STR(__spec__));
    if (!spec || isNone(spec)) return false;
    Object* v = lookupAttr(spec, strIntern("_uninitialized_submodules"));
    if (!v) {
        clearError();
        return false;
    }
    int r = contains(v, name);
    decref(v);
    if (r < 0) clearError();
    return r > 0;
}

// Raises the AttributeError of a missing module attribute with name/obj set.
void raiseModuleAttributeError(Object* self, Object* name) {
    Object* d = asModule(self)->dict;
    Object* modName = d ? dictGetItem(d, KRAIT_STR(__name__)) : nullptr;
    Ref<> msg;
    if (!modName || !isStr(modName)) {
        msg.reset(strFormat("module has no attribute '%U'", name));
    } else if (moduleInitializing(d)) {
        msg.reset(strFormat("partially initialized module '%U' has no attribute '%U' (most "
                            "likely due to a circular import)",
                            modName, name));
    } else if (submoduleInitializing(d, name)) {
        msg.reset(strFormat("cannot access submodule '%U' of module '%U' (most likely due to a "
                            "circular import)",
                            name, modName));
    } else {
        msg.reset(strFormat("module '%U' has no attribute '%U'", modName, name));
    }
    if (!msg) return;
    Object* kwn = tuplePack({KRAIT_STR(name), KRAIT_STR(obj)});
    if (!kwn) return;
    Object* args[3] = {msg.get(), name, self};
    Object* exc = call(asObject(&ExcAttributeError), args, 1, kwn);
    decref(kwn);
    if (exc) restoreError(exc);
}

Object* moduleGetAttr(Object* self, Object* name) {
    Object* v = genericGetAttr(self, name);
    if (v || !errMatches(&ExcAttributeError)) return v;
    clearError();
    Object* d = asModule(self)->dict;
    if (d) {
        Object* getattr = dictGetItem(d, KRAIT_STR(__getattr__));
        if (getattr) return callOneArg(getattr, name);
        if (errOccurred()) return nullptr;
    }
    raiseModuleAttributeError(self, name);
    return nullptr;
}

Object* moduleDir(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__dir__", nargs, 0, 0) || !checkNoKwargs("__dir__", kwnames)) {
        return nullptr;
    }
    Ref<> d = Ref<>::steal(getAttr(self, KRAIT_STR(__dict__)));
    if (!d) return nullptr;
    if (!isDict(d.get())) {
        return setError(&ExcTypeError, "<module>.__dict__ is not a dictionary");
    }
    Object* dirFn = dictGetItem(d.get(), KRAIT_STR(__dir__));
    if (dirFn) return callNoArgs(dirFn);
    if (errOccurred()) return nullptr;
    return dictKeys(d.get());
}

Object* moduleGetAnnotations(Object* self, void*) {
    Object* d = asModule(self)->dict;
    if (!d) return setError(&ExcTypeError, "<module>.__dict__ is not a dictionary");
    Object* a = dictGetItem(d, KRAIT_STR(__annotations__));
    if (a) return newRef(a);
    if (errOccurred()) return nullptr;
    Object* nd = dictNew();
    if (!nd) return nullptr;
    if (dictSetItem(d, KRAIT_STR(__annotations__), nd) < 0) {
        decref(nd);
        return nullptr;
    }
    return nd;
}

int moduleSetAnnotations(Object* self, Object* value, void*) {
    Object* d = asModule(self)->dict;
    if (!d) {
        setError(&ExcTypeError, "<module>.__dict__ is not a dictionary");
        return -1;
    }
    if (value) return dictSetItem(d, KRAIT_STR(__annotations__), value);
    if (dictContains(d, KRAIT_STR(__annotations__)) <= 0) {
        if (!errOccurred()) setErrorObject(&ExcAttributeError, KRAIT_STR(__annotations__));
        return -1;
    }
    return dictDelItem(d, KRAIT_STR(__annotations__));
}

const MethodDef kModuleMethods[] = {
    {"__dir__", moduleDir, 0, "__dir__() -> list\nspecialized dir() implementation"},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef kModuleMembers[] = {
    {"__dict__", MemberKind::ObjectReadOnly, offsetof(ModuleObject, dict), nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

const GetSetDef kModuleGetSets[] = {
    {"__annotations__", moduleGetAnnotations, moduleSetAnnotations, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type ModuleType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "module",
    .basicSize = sizeof(ModuleObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can "
           "have any type.",
    .dictOffset = offsetof(ModuleObject, dict),
    .weaklistOffset = offsetof(ModuleObject, weaklist),
    .methods = kModuleMethods,
    .getsets = kModuleGetSets,
    .members = kModuleMembers,
    .dealloc = moduleDealloc,
    .traverse = moduleTraverse,
    .clear = moduleClearSlot,
    .repr = moduleRepr,
    .getAttr = moduleGetAttr,
    .setAttr = genericSetAttr,
    .new_ = moduleNewSlot,
    .init = moduleInitSlot,
};

Object* moduleNewFromStr(Object* name) {
    Object* o = moduleAlloc(&ModuleType);
    if (!o) return nullptr;
    if (!moduleInitDict(asModule(o), name, nullptr)) {
        decref(o);
        return nullptr;
    }
    return o;
}

Object* moduleNew(const char* name) {
    Object* n = strFromUtf8(name);
    if (!n) return nullptr;
    Object* m = moduleNewFromStr(n);
    decref(n);
    return m;
}

bool moduleAddFunctions(Object* module, const MethodDef* defs) {
    ModuleObject* m = asModule(module);
    for (const MethodDef* d = defs; d && d->name; d++) {
        Object* f = newBuiltinFunction(d, module, m->name);
        if (!f) return false;
        int r = dictSetItemStr(m->dict, d->name, f);
        decref(f);
        if (r < 0) return false;
    }
    return true;
}

bool moduleAddObject(Object* module, const char* name, Object* value) {
    if (!value) return false;
    int r = dictSetItemStr(asModule(module)->dict, name, value);
    decref(value);
    return r == 0;
}

bool moduleAddInt(Object* module, const char* name, int64_t value) {
    return moduleAddObject(module, name, intFromInt64(value));
}

bool moduleAddString(Object* module, const char* name, const char* value) {
    return moduleAddObject(module, name, strFromUtf8(value));
}

}  // namespace krait
