// The import system without importlib: builtins.__import__ semantics, a native path finder over
// sys.path (source modules, regular and namespace packages), native modules first, relative
// imports, sys.modules caching and CPython's circular-import behaviour (a module is in
// sys.modules while its body runs and is removed again if the body fails).
#include "interp/import.h"

#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast_bridge.h"
#include "compiler/compiler.h"
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/code_cache.h"
#include "interp/eval.h"
#include "modules/atexit_module.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "platform/platform.h"

namespace krait {

// ---------------------------------------------------------------------------------------------
// ModuleSpec

namespace {

struct SpecObject {
    Object ob;
    Object* dict;
};

Object* specRepr(Object* self) {
    Object* d = reinterpret_cast<SpecObject*>(self)->dict;
    Object* name = dictGetItemStr(d, "name");
    Object* loader = dictGetItemStr(d, "loader");
    Object* origin = dictGetItemStr(d, "origin");
    Object* locs = dictGetItemStr(d, "submodule_search_locations");
    std::string out = "ModuleSpec(name=";
    auto add = [&out](Object* o, bool useRepr) {
        Object* r = useRepr ? repr(o) : str(o);
        if (!r) return false;
        out += strView(r);
        decref(r);
        return true;
    };
    if (!add(name ? name : none(), true)) return nullptr;
    out += ", loader=";
    if (!add(loader ? loader : none(), true)) return nullptr;
    if (origin && !isNone(origin)) {
        out += ", origin=";
        if (!add(origin, true)) return nullptr;
    }
    if (locs && !isNone(locs)) {
        out += ", submodule_search_locations=";
        if (!add(locs, false)) return nullptr;
    }
    out += ")";
    return strFromUtf8(out);
}

void specDealloc(Object* self) {
    clearRef(reinterpret_cast<SpecObject*>(self)->dict);
    freeObject(self);
}

void specTraverse(Object* self, VisitFn visit, void* arg) {
    Object* d = reinterpret_cast<SpecObject*>(self)->dict;
    if (d) visit(d, arg);
}

void specClear(Object* self) { clearRef(reinterpret_cast<SpecObject*>(self)->dict); }

// spec.parent: the package a module belongs to (its own name for packages).
Object* specGetParent(Object* self, void*) {
    Object* d = reinterpret_cast<SpecObject*>(self)->dict;
    Object* name = dictGetItemStr(d, "name");
    if (!name || !isStr(name)) return newNone();
    Object* locs = dictGetItemStr(d, "submodule_search_locations");
    if (locs && !isNone(locs)) return newRef(name);
    std::string_view n = strView(name);
    size_t dot = n.rfind('.');
    return strFromUtf8(dot == std::string_view::npos ? std::string_view() : n.substr(0, dot));
}

const GetSetDef kSpecGetSets[] = {
    {"parent", specGetParent, nullptr, "The name of the module's parent.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* specNewSlot(Type* t, Object*, Object*);
int specInitSlot(Object* self, Object* args, Object* kwargs);

}  // namespace

Type ModuleSpecType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_frozen_importlib.ModuleSpec",
    .basicSize = sizeof(SpecObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "The specification for a module, used for loading.",
    .dictOffset = offsetof(SpecObject, dict),
    .getsets = kSpecGetSets,
    .dealloc = specDealloc,
    .traverse = specTraverse,
    .clear = specClear,
    .repr = specRepr,
    .getAttr = genericGetAttr,
    .setAttr = genericSetAttr,
    .new_ = specNewSlot,
    .init = specInitSlot,
};

namespace {

Object* specNewSlot(Type* t, Object*, Object*) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    reinterpret_cast<SpecObject*>(o)->dict = dictNew();
    if (!reinterpret_cast<SpecObject*>(o)->dict) {
        decref(o);
        return nullptr;
    }
    return o;
}

bool specFill(Object* spec, Object* name, Object* loader, Object* origin, Object* locs,
              bool hasLocation) {
    Object* d = reinterpret_cast<SpecObject*>(spec)->dict;
    Ref<> uninit = Ref<>::steal(listNew(0));   // importlib 3.11's _uninitialized_submodules
    if (!uninit || dictSetItemStr(d, "_uninitialized_submodules", uninit.get()) < 0) return false;
    return dictSetItemStr(d, "name", name) == 0 &&
           dictSetItemStr(d, "loader", loader ? loader : none()) == 0 &&
           dictSetItemStr(d, "origin", origin ? origin : none()) == 0 &&
           dictSetItemStr(d, "loader_state", none()) == 0 &&
           dictSetItemStr(d, "submodule_search_locations", locs ? locs : none()) == 0 &&
           dictSetItemStr(d, "cached", none()) == 0 &&
           dictSetItemStr(d, "has_location", hasLocation ? trueObj() : falseObj()) == 0 &&
           dictSetItemStr(d, "_set_fileattr", hasLocation ? trueObj() : falseObj()) == 0;
}

// ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None)
int specInitSlot(Object* self, Object* args, Object* kwargs) {
    ssize n = tupleSize(args);
    if (n < 2 || n > 2) {
        setError(&ExcTypeError, "ModuleSpec.__init__() takes 3 positional arguments but %zd "
                 "were given", n + 1);
        return -1;
    }
    Object* origin = kwargs ? dictGetItemStr(kwargs, "origin") : nullptr;
    Object* isPackage = kwargs ? dictGetItemStr(kwargs, "is_package") : nullptr;
    Ref<> locs;
    if (isPackage && isTrueNoErr(isPackage) > 0) locs.reset(listNew(0));
    if (!specFill(self, tupleItem(args, 0), tupleItem(args, 1), origin, locs.get(), false)) {
        return -1;
    }
    Object* state = kwargs ? dictGetItemStr(kwargs, "loader_state") : nullptr;
    if (state && dictSetItemStr(reinterpret_cast<SpecObject*>(self)->dict, "loader_state",
                                state) < 0) {
        return -1;
    }
    return 0;
}

}  // namespace

Object* moduleSpecNew(Object* name, Object* origin, Object* searchLocations, bool hasLocation) {
    if (!typeReady(&ModuleSpecType)) return nullptr;
    Ref<> spec = Ref<>::steal(specNewSlot(&ModuleSpecType, nullptr, nullptr));
    if (!spec) return nullptr;
    if (!specFill(spec.get(), name, nullptr, origin, searchLocations, hasLocation)) return nullptr;
    return spec.release();
}

Object* builtinModuleSpec(Object* name) {
    Ref<> origin = Ref<>::steal(strFromAscii("built-in"));
    if (!origin) return nullptr;
    return moduleSpecNew(name, origin.get(), nullptr, false);
}

// ---------------------------------------------------------------------------------------------
// Import state: the in-memory code cache.

namespace {

struct CodeCacheEntry {
    uint64_t sourceHash = 0;
    size_t sourceSize = 0;
    Object* code = nullptr;
};

struct ImportState {
    bool codeCacheOn = false;          // setCodeCacheOptions (interp/code_cache.h)
    bool dontWriteBytecode = false;
    std::unordered_map<std::string, CodeCacheEntry> codeCache;
    const NativeModuleDef* hostModules = nullptr;   // setHostModules
};

ImportState* importState() {
    InterpState* interp = currentThread()->interp;
    if (!interp->importState) interp->importState = new ImportState();
    return static_cast<ImportState*>(interp->importState);
}

}  // namespace

void setCodeCacheOptions(InterpState* interp, bool enabled, bool dontWriteBytecode) {
    if (!interp->importState) interp->importState = new ImportState();
    auto* st = static_cast<ImportState*>(interp->importState);
    st->codeCacheOn = enabled;
    st->dontWriteBytecode = dontWriteBytecode;
}

bool codeCacheEnabled(InterpState* interp) {
    return interp->importState && static_cast<ImportState*>(interp->importState)->codeCacheOn;
}

bool dontWriteBytecodeOption(InterpState* interp) {
    return interp->importState &&
           static_cast<ImportState*>(interp->importState)->dontWriteBytecode;
}

void setHostModules(InterpState* interp, const NativeModuleDef* modules) {
    if (!interp->importState) interp->importState = new ImportState();
    static_cast<ImportState*>(interp->importState)->hostModules = modules;
}

namespace {

Object* modulesDict() { return currentThread()->interp->modules; }

Object* sysAttr(const char* name) {
    Object* d = currentThread()->interp->sysDict;
    return d ? dictGetItemStr(d, name) : nullptr;
}

bool raiseModuleNotFound(Object* name, Object* msg) {
    Ref<> kwn = Ref<>::steal(tuplePack({KRAIT_STR(name)}));
    if (!kwn) return false;
    Object* args[2] = {msg, name};
    Object* exc = call(asObject(&ExcModuleNotFoundError), args, 1, kwn.get());
    if (exc) restoreError(exc);
    return false;
}

bool raiseNoModuleNamed(Object* name) {
    Ref<> msg = Ref<>::steal(strFormat("No module named %R", name));
    if (!msg) return false;
    return raiseModuleNotFound(name, msg.get());
}

// ---- Finding ----

enum class FoundKind { None, Source, Package, Namespace };

struct Found {
    FoundKind kind = FoundKind::None;
    std::string file;                    // the .py file (Source / Package)
    std::vector<std::string> locations;  // package directory / namespace portions
};

std::string joinPath(const std::string& dir, const std::string& name) {
    if (dir.empty()) return name;
    if (dir.back() == '/') return dir + name;
    return dir + "/" + name;
}

// What a path names, with one stat() (each is a call into JS on wasm).
enum class PathKind { None, File, Directory };
PathKind pathKind(const std::string& path) {
    platform::FileStatus st;
    int err = 0;
    if (!platform::statPath(path, true, &st, &err)) return PathKind::None;
    return (st.mode & 0170000) == 0040000 ? PathKind::Directory : PathKind::File;   // S_IFDIR
}

// Searches the path entries (str objects) for `tail`, as importlib's PathFinder/FileFinder do
// for source files: in each entry a package directory with __init__.py wins, then tail.py;
// a directory without __init__.py is remembered as a namespace portion.
bool findInPath(Object* path, const std::string& tail, Found* found) {
    Ref<> it = Ref<>::steal(getIter(path));
    if (!it) return false;
    std::vector<std::string> portions;
    while (Object* entry = iterNext(it.get())) {
        Ref<> holder = Ref<>::steal(entry);
        if (!isStr(entry)) continue;
        std::string dir = strToStd(entry);
        std::string base = dir.empty() ? platform::currentDirectory() : dir;
        // One stat() per probe: an entry that is not a directory fails the probes anyway.
        std::string pkgDir = joinPath(base, tail);
        bool isPkgDir = pathKind(pkgDir) == PathKind::Directory;
        if (isPkgDir) {
            std::string init = joinPath(pkgDir, "__init__.py");
            if (pathKind(init) == PathKind::File) {
                found->kind = FoundKind::Package;
                found->file = init;
                found->locations = {pkgDir};
                return true;
            }
        }
        std::string file = joinPath(base, tail + ".py");
        if (pathKind(file) == PathKind::File) {
            found->kind = FoundKind::Source;
            found->file = file;
            return true;
        }
        if (isPkgDir) portions.push_back(pkgDir);
    }
    if (errOccurred()) return false;
    if (!portions.empty()) {
        found->kind = FoundKind::Namespace;
        found->locations = portions;
    }
    return true;
}

// ---- Loading ----

Object* compileModuleSource(const std::string& path, Object* pathObj) {
    std::string source;
    int err = 0;
    if (!platform::readFile(path, source, &err)) {
        setErrorFromErrno(&ExcOSError, err, pathObj);
        return nullptr;
    }
    ImportState* st = importState();
    uint64_t h = codeCacheHash(source);
    auto it = st->codeCache.find(path);
    if (it != st->codeCache.end() && it->second.sourceHash == h &&
        it->second.sourceSize == source.size()) {
        return newRef(it->second.code);
    }
    // Not compiled in this process: the on-disk cache, else the compiler (and the cache is
    // written).
    Object* code = codeCacheLoad(path, source, h, pathObj);
    if (!code) {
        code = compileSource(source, pathObj, CompileMode::Exec, 0);
        if (!code) return nullptr;
        codeCacheStore(path, source, h, code);
    }
    CodeCacheEntry& e = st->codeCache[path];
    if (e.code) decref(e.code);
    e.sourceHash = h;
    e.sourceSize = source.size();
    e.code = newRef(code);
    return code;
}

bool setSpecInitializing(Object* spec, bool value) {
    return setAttr(spec, "_initializing", value ? trueObj() : falseObj()) == 0;
}

// Creates the module for `found`, registers it in sys.modules, runs its body and returns
// sys.modules[name] (new reference).
Object* loadFound(Object* name, const Found& found) {
    Object* modules = modulesDict();
    Ref<> locs;
    if (found.kind != FoundKind::Source) {
        locs.reset(listNew(0));
        if (!locs) return nullptr;
        for (const std::string& l : found.locations) {
            Ref<> s = Ref<>::steal(strFromUtf8(l));
            if (!s || listAppend(locs.get(), s.get()) < 0) return nullptr;
        }
    }
    Ref<> file;
    if (found.kind != FoundKind::Namespace) {
        file.reset(strFromUtf8(found.file));
        if (!file) return nullptr;
    }
    Ref<> spec = Ref<>::steal(moduleSpecNew(name, file.get(), locs.get(), bool(file)));
    if (!spec) return nullptr;
    Ref<> mod = Ref<>::steal(moduleNewFromStr(name));
    if (!mod) return nullptr;
    Object* d = moduleDict(mod.get());
    Ref<> package = Ref<>::steal(specGetParent(spec.get(), nullptr));
    if (!package) return nullptr;
    if (dictSetItemStr(d, "__package__", package.get()) < 0 ||
        dictSetItemStr(d, "__spec__", spec.get()) < 0) {
        return nullptr;
    }
    if (locs && dictSetItemStr(d, "__path__", locs.get()) < 0) return nullptr;
    if (file) {
        if (dictSetItemStr(d, "__file__", file.get()) < 0 ||
            dictSetItemStr(d, "__cached__", none()) < 0) {
            return nullptr;
        }
    }
    if (found.kind == FoundKind::Namespace) {
        // As importlib's NamespaceLoader: __file__ is None.
        if (dictSetItemStr(d, "__file__", none()) < 0) return nullptr;
        if (dictSetItem(modules, name, mod.get()) < 0) return nullptr;
        return mod.release();
    }
    if (dictSetItemStr(d, "__builtins__", currentThread()->interp->builtins) < 0) return nullptr;
    if (!setSpecInitializing(spec.get(), true)) return nullptr;
    if (dictSetItem(modules, name, mod.get()) < 0) return nullptr;
    Ref<> code = Ref<>::steal(compileModuleSource(found.file, file.get()));
    Ref<> result;
    if (code) result.reset(evalCode(code.get(), d, d));
    if (!result) {
        Object* exc = fetchError();
        if (dictContains(modules, name) > 0) {
            if (dictDelItem(modules, name) < 0) clearError();
        }
        clearError();
        setSpecInitializing(spec.get(), false);
        clearError();
        restoreError(exc);
        return nullptr;
    }
    if (!setSpecInitializing(spec.get(), false)) return nullptr;
    // The body may have replaced its own sys.modules entry.
    Object* m = dictGetItem(modules, name);
    if (!m) {
        if (errOccurred()) return nullptr;
        return setError(&ExcKeyError, "%R", name);
    }
    return newRef(m);
}

// Native modules of the compiler (not in native_modules.def): _ast.
const NativeModuleDef* findCompilerModule(std::string_view name) {
    static const NativeModuleDef kAst = {"_ast", createAstModule};
    return name == "_ast" ? &kAst : nullptr;
}

Object* loadNative(Object* name, const NativeModuleDef* def) {
    Object* modules = modulesDict();
    Ref<> mod = Ref<>::steal(def->create(currentThread()->interp));
    if (!mod) {
        if (!errOccurred()) setError(&ExcImportError, "initialization of %U failed", name);
        return nullptr;
    }
    if (isModule(mod.get())) {
        Object* d = moduleDict(mod.get());
        Object* spec = dictGetItemStr(d, "__spec__");
        if (!spec || isNone(spec)) {
            Ref<> s = Ref<>::steal(builtinModuleSpec(name));
            if (!s || dictSetItemStr(d, "__spec__", s.get()) < 0) return nullptr;
        }
    }
    if (dictSetItem(modules, name, mod.get()) < 0) return nullptr;
    return mod.release();
}

// Loads through user finders on sys.meta_path (find_spec / create_module / exec_module).
// Returns null without an exception if none of them knows the module.
Object* loadFromMetaPath(Object* name, Object* path) {
    Object* metaPath = sysAttr("meta_path");
    if (!metaPath || !isList(metaPath) || listSize(metaPath) == 0) return nullptr;
    Ref<> finders = Ref<>::steal(listSlice(metaPath, 0, listSize(metaPath)));
    if (!finders) return nullptr;
    for (ssize i = 0; i < listSize(finders.get()); i++) {
        Object* finder = listItem(finders.get(), i);
        // The native finder stands for the path search done after this loop.
        if (finder->type == &NativeFinderType) return nullptr;
        Ref<> findSpec = Ref<>::steal(lookupAttr(finder, KRAIT_STR(find_spec)));
        if (!findSpec) {
            if (errOccurred()) return nullptr;
            continue;
        }
        Object* args[3] = {name, path ? path : none(), none()};
        Ref<> spec = Ref<>::steal(call(findSpec.get(), args, 3));
        if (!spec) return nullptr;
        if (isNone(spec.get())) continue;
        Ref<> loader = Ref<>::steal(lookupAttr(spec.get(), KRAIT_STR(loader)));
        if (!loader && errOccurred()) return nullptr;
        Ref<> mod;
        if (loader && !isNone(loader.get())) {
            Ref<> create = Ref<>::steal(lookupAttr(loader.get(), KRAIT_STR(create_module)));
            if (!create && errOccurred()) return nullptr;
            if (create) {
                mod.reset(callOneArg(create.get(), spec.get()));
                if (!mod) return nullptr;
                if (isNone(mod.get())) mod.reset();
            }
        }
        if (!mod) {
            mod.reset(moduleNewFromStr(name));
            if (!mod) return nullptr;
        }
        if (setAttr(mod.get(), "__spec__", spec.get()) < 0 ||
            setAttr(mod.get(), "__loader__", loader ? loader.get() : none()) < 0) {
            return nullptr;
        }
        Ref<> locs = Ref<>::steal(lookupAttr(spec.get(), KRAIT_STR(submodule_search_locations)));
        if (!locs && errOccurred()) return nullptr;
        if (locs && !isNone(locs.get()) && setAttr(mod.get(), "__path__", locs.get()) < 0) {
            return nullptr;
        }
        Ref<> parent = Ref<>::steal(lookupAttr(spec.get(), KRAIT_STR(parent)));
        if (!parent && errOccurred()) return nullptr;
        if (parent && setAttr(mod.get(), "__package__", parent.get()) < 0) return nullptr;
        Ref<> origin = Ref<>::steal(lookupAttr(spec.get(), KRAIT_STR(origin)));
        if (!origin && errOccurred()) return nullptr;
        Ref<> hasLoc = Ref<>::steal(lookupAttr(spec.get(), KRAIT_STR(has_location)));
        if (!hasLoc && errOccurred()) return nullptr;
        if (origin && !isNone(origin.get()) && hasLoc && isTrueNoErr(hasLoc.get()) > 0 &&
            setAttr(mod.get(), "__file__", origin.get()) < 0) {
            return nullptr;
        }
        Object* modules = modulesDict();
        if (dictSetItem(modules, name, mod.get()) < 0) return nullptr;
        if (loader && !isNone(loader.get())) {
            Object* m = mod.get();
            Ref<> r = Ref<>::steal(callMethod(loader.get(), "exec_module", &m, 1));
            if (!r) {
                Object* exc = fetchError();
                if (dictContains(modules, name) > 0 && dictDelItem(modules, name) < 0) {
                    clearError();
                }
                restoreError(exc);
                return nullptr;
            }
        }
        Object* final = dictGetItem(modules, name);
        if (!final) return errOccurred() ? nullptr : mod.release();
        return newRef(final);
    }
    return nullptr;
}

// ---- The native finder on sys.meta_path ----
// importlib (import_module, util.find_spec, pkgutil...) searches sys.meta_path; this finder
// answers with Krait's own search. find_spec only looks; create_module loads the module the
// native way (registering and running it) and exec_module has nothing left to do.

// The embedder's modules (InterpState::hostModules).
const NativeModuleDef* findHostModule(std::string_view name) {
    for (const NativeModuleDef* d = importState()->hostModules; d && d->name; ++d) {
        if (name == d->name) return d;
    }
    return nullptr;
}

const NativeModuleDef* anyNativeModule(std::string_view name) {
    const NativeModuleDef* d = findNativeModule(name);
    if (!d) d = findCompilerModule(name);
    return d ? d : findHostModule(name);
}

// Fills `found` from a spec made by nfFindSpec.
bool foundFromSpec(Object* spec, Found* found) {
    Ref<> origin = Ref<>::steal(getAttr(spec, "origin"));
    if (!origin) return false;
    Ref<> locs = Ref<>::steal(getAttr(spec, "submodule_search_locations"));
    if (!locs) return false;
    if (!isNone(locs.get())) {
        Ref<> it = Ref<>::steal(getIter(locs.get()));
        if (!it) return false;
        while (Object* l = iterNext(it.get())) {
            Ref<> h = Ref<>::steal(l);
            if (isStr(l)) found->locations.push_back(strToStd(l));
        }
        if (errOccurred()) return false;
    }
    if (isStr(origin.get())) {
        found->file = strToStd(origin.get());
        found->kind = isNone(locs.get()) ? FoundKind::Source : FoundKind::Package;
    } else {
        found->kind = FoundKind::Namespace;
    }
    return true;
}

Object* nfFindSpec(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"fullname", "path", "target"};
    Object* a[3] = {};
    if (!parseArgs("find_spec", args, nargs, kwnames, kNames, 3, 1, a)) return nullptr;
    Object* name = a[0];
    if (!isStr(name)) return setError(&ExcTypeError, "find_spec() argument must be str");
    Object* path = a[1] && !isNone(a[1]) ? a[1] : nullptr;
    Ref<> spec;
    if (!path && anyNativeModule(strView(name))) {
        spec = Ref<>::steal(builtinModuleSpec(name));
    } else {
        std::string full = strToStd(name);
        size_t dot = full.rfind('.');
        std::string tail = dot == std::string::npos ? full : full.substr(dot + 1);
        Object* searchPath = path ? path : sysAttr("path");
        if (!searchPath) return newNone();
        Found found;
        if (!findInPath(searchPath, tail, &found)) return nullptr;
        if (found.kind == FoundKind::None) return newNone();
        Ref<> locs;
        if (found.kind != FoundKind::Source) {
            locs = Ref<>::steal(listNew(0));
            if (!locs) return nullptr;
            for (const std::string& l : found.locations) {
                Ref<> ls = Ref<>::steal(strFromUtf8(l));
                if (!ls || listAppend(locs.get(), ls.get()) < 0) return nullptr;
            }
        }
        Ref<> file;
        if (found.kind != FoundKind::Namespace) {
            file = Ref<>::steal(strFromUtf8(found.file));
            if (!file) return nullptr;
        }
        spec = Ref<>::steal(moduleSpecNew(name, file.get(), locs.get(), bool(file)));
    }
    if (!spec || setAttr(spec.get(), "loader", self) < 0) return nullptr;
    return spec.release();
}

Object* nfCreateModule(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("create_module", nargs, 1, 1)) return nullptr;
    Ref<> name = Ref<>::steal(getAttr(args[0], "name"));
    if (!name) return nullptr;
    if (!isStr(name.get())) return setError(&ExcTypeError, "spec.name must be str");
    Ref<> origin = Ref<>::steal(getAttr(args[0], "origin"));
    if (!origin) return nullptr;
    if (isStr(origin.get()) && strEqualsAscii(origin.get(), "built-in")) {
        if (const NativeModuleDef* d = anyNativeModule(strView(name.get()))) {
            return loadNative(name.get(), d);
        }
    }
    Found found;
    if (!foundFromSpec(args[0], &found)) return nullptr;
    Ref<> mod = Ref<>::steal(loadFound(name.get(), found));
    if (!mod) return nullptr;
    // Tell exec_module that this module's body has just run (importlib then makes the spec it
    // passed here the module's __spec__).
    if (setAttr(args[0], "_krait_fresh", trueObj()) < 0) clearError();
    Ref<> ownSpec = Ref<>::steal(lookupAttr(mod.get(), KRAIT_STR(__spec__)));
    if (ownSpec && !isNone(ownSpec.get()) && setAttr(ownSpec.get(), "_krait_fresh", trueObj()) < 0)
        clearError();
    if (errOccurred()) return nullptr;
    return mod.release();
}

// Runs the module's source again in its namespace (importlib.reload); a module create_module
// has just loaded is left alone.
Object* nfExecModule(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("exec_module", nargs, 1, 1)) return nullptr;
    Object* mod = args[0];
    Ref<> spec = Ref<>::steal(lookupAttr(mod, KRAIT_STR(__spec__)));
    if (!spec || isNone(spec.get())) return errOccurred() ? nullptr : newNone();
    Ref<> fresh = Ref<>::steal(lookupAttr(spec.get(), strIntern("_krait_fresh")));
    if (fresh) {
        if (delAttr(spec.get(), strIntern("_krait_fresh")) < 0) clearError();
        return newNone();
    }
    if (errOccurred()) return nullptr;
    Ref<> origin = Ref<>::steal(lookupAttr(spec.get(), strIntern("origin")));
    if (!origin) return errOccurred() ? nullptr : newNone();
    if (!isStr(origin.get()) || !isModule(mod)) return newNone();
    std::string path = strToStd(origin.get());
    if (path.size() < 3 || path.compare(path.size() - 3, 3, ".py") != 0) return newNone();
    Object* d = moduleDict(mod);
    Ref<> code = Ref<>::steal(compileModuleSource(path, origin.get()));
    if (!code) return nullptr;
    if (!setSpecInitializing(spec.get(), true)) clearError();
    Ref<> result = Ref<>::steal(evalCode(code.get(), d, d));
    Object* exc = fetchError();
    if (!setSpecInitializing(spec.get(), false)) clearError();
    restoreError(exc);
    if (!result) return nullptr;
    return newNone();
}

Object* nfInvalidateCaches(Object*, Object* const*, size_t, Object*) { return newNone(); }

const MethodDef kNativeFinderMethods[] = {
    {"find_spec", nfFindSpec, 0, "Find the spec of a module on sys.path or among natives."},
    {"create_module", nfCreateModule, 0, "Load the module the spec describes."},
    {"exec_module", nfExecModule, 0, "Nothing: create_module has run the module."},
    {"invalidate_caches", nfInvalidateCaches, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* nativeFinderRepr(Object*) { return strFromAscii("<class 'krait.NativeFinder'>"); }

}  // namespace

Type NativeFinderType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "krait.NativeFinder",
    .basicSize = sizeof(Object),
    .doc = "Krait's module finder (native modules and sys.path), for importlib.",
    .methods = kNativeFinderMethods,
    .repr = nativeFinderRepr,
    .getAttr = genericGetAttr,
};

Object* nativeFinderNew() {
    if (!typeReady(&NativeFinderType)) return nullptr;
    return allocObject(&NativeFinderType);
}

namespace {

Object* loadSubmodule(Object* name, Object* pathObj, std::string_view full,
                      const std::string& child);

// importlib._bootstrap._find_and_load for an absolute name not (usefully) in sys.modules.
Object* findAndLoad(Object* name) {
    Object* modules = modulesDict();
    std::string_view full = strView(name);
    size_t dot = full.rfind('.');
    Ref<> path;
    Ref<> parentName;
    std::string child(full);
    if (dot != std::string_view::npos) {
        parentName.reset(strFromUtf8(full.substr(0, dot)));
        if (!parentName) return nullptr;
        child = std::string(full.substr(dot + 1));
        if (dictContains(modules, parentName.get()) <= 0) {
            if (errOccurred()) return nullptr;
            Ref<> p = Ref<>::steal(importModuleObj(parentName.get()));
            if (!p) return nullptr;
        }
        // Importing the parent may have imported this module as a side effect.
        Object* already = dictGetItem(modules, name);
        if (already) return newRef(already);
        if (errOccurred()) return nullptr;
        Object* parent = dictGetItem(modules, parentName.get());
        if (!parent) {
            if (!errOccurred()) setErrorObject(&ExcKeyError, parentName.get());
            return nullptr;
        }
        path.reset(lookupAttr(parent, KRAIT_STR(__path__)));
        if (!path) {
            if (errOccurred()) return nullptr;
            Ref<> msg = Ref<>::steal(strFormat("No module named %R; %R is not a package", name,
                                               parentName.get()));
            if (!msg) return nullptr;
            raiseModuleNotFound(name, msg.get());
            return nullptr;
        }
    }
    // As importlib: while a submodule loads, its name is listed in the parent's
    // __spec__._uninitialized_submodules (module attribute errors then mention the cycle).
    Ref<> parentSpec;
    Ref<> childName;
    if (parentName) {
        Object* parent = dictGetItem(modules, parentName.get());
        if (parent) parentSpec.reset(lookupAttr(parent, KRAIT_STR(__spec__)));
        if (errOccurred()) return nullptr;
        if (parentSpec && isNone(parentSpec.get())) parentSpec.reset(nullptr);
        if (parentSpec) {
            childName.reset(strFromUtf8(child));
            if (!childName) return nullptr;
            Ref<> pending = Ref<>::steal(
                lookupAttr(parentSpec.get(), strIntern("_uninitialized_submodules")));
            if (!pending) {
                clearError();
                pending.reset(listNew(0));
                if (!pending) return nullptr;
                if (setAttr(parentSpec.get(), "_uninitialized_submodules", pending.get()) < 0)
                    clearError();
            }
            if (isList(pending.get()) && listAppend(pending.get(), childName.get()) < 0)
                return nullptr;
        }
    }
    Ref<> mod = Ref<>::steal(loadSubmodule(name, path.get(), full, child));
    if (parentSpec) {
        Object* exc = fetchError();
        Ref<> pending = Ref<>::steal(
            lookupAttr(parentSpec.get(), strIntern("_uninitialized_submodules")));
        clearError();
        if (pending && isList(pending.get()) && listSize(pending.get()) > 0) {
            Ref<> popped = Ref<>::steal(callMethod(pending.get(), "pop", nullptr, 0));
            clearError();
        }
        restoreError(exc);
    }
    if (!mod) return nullptr;
    if (parentName) {
        Object* parent = dictGetItem(modules, parentName.get());
        if (parent) {
            Ref<> childStr = Ref<>::steal(strFromUtf8(child));
            if (!childStr) return nullptr;
            if (setAttr(parent, childStr.get(), mod.get()) < 0) clearError();
        } else if (errOccurred()) {
            return nullptr;
        }
    }
    return mod.release();
}

// Loads `name` (a module of `path`, or top-level when path is null) through sys.meta_path,
// the native modules or the path finder.
Object* loadSubmodule(Object* name, Object* pathObj, std::string_view full,
                      const std::string& child) {
    Ref<> path = Ref<>::borrow(pathObj);
    Ref<> mod = Ref<>::steal(loadFromMetaPath(name, path.get()));
    if (!mod) {
        if (errOccurred()) return nullptr;
        const NativeModuleDef* native = path ? nullptr : anyNativeModule(full);
        if (native) {
            mod.reset(loadNative(name, native));
            if (!mod) return nullptr;
        } else {
            Object* searchPath = path.get();
            if (!searchPath) {
                searchPath = sysAttr("path");
                if (!searchPath) return setError(&ExcImportError, "sys.path must be a list of "
                                                 "directory names");
            }
            Found found;
            if (!findInPath(searchPath, child, &found)) return nullptr;
            if (found.kind == FoundKind::None) {
                raiseNoModuleNamed(name);
                return nullptr;
            }
            mod.reset(loadFound(name, found));
            if (!mod) return nullptr;
        }
    }
    return mod.release();
}

// The absolute module for `name` (sys.modules or freshly loaded).
Object* importAbsolute(Object* name) {
    Object* modules = modulesDict();
    Object* mod = dictGetItem(modules, name);
    if (mod) {
        if (isNone(mod)) {
            Ref<> msg = Ref<>::steal(strFormat("import of %U halted; None in sys.modules", name));
            if (msg) raiseModuleNotFound(name, msg.get());
            return nullptr;
        }
        return newRef(mod);
    }
    if (errOccurred()) return nullptr;
    return findAndLoad(name);
}

// resolve_name of CPython's import.c: the absolute name for a relative import.
Object* resolveName(Object* name, Object* globals, int level) {
    if (!globals) return setError(&ExcKeyError, "'__name__' not in globals");
    if (!isDict(globals)) return setError(&ExcTypeError, "globals must be a dict");
    Ref<> package = Ref<>::borrow(dictGetItemStr(globals, "__package__"));
    if (package && isNone(package.get())) package.reset();
    Object* spec = dictGetItemStr(globals, "__spec__");
    if (package) {
        if (!isStr(package.get())) return setError(&ExcTypeError, "package must be a string");
    } else if (spec && !isNone(spec)) {
        package.reset(getAttr(spec, "parent"));
        if (!package) return nullptr;
        if (!isStr(package.get())) {
            return setError(&ExcTypeError, "__spec__.parent must be a string");
        }
    } else {
        Object* modName = dictGetItemStr(globals, "__name__");
        if (!modName) return setError(&ExcKeyError, "'__name__' not in globals");
        if (!isStr(modName)) return setError(&ExcTypeError, "__name__ must be a string");
        if (dictGetItemStr(globals, "__path__")) {
            package.reset(newRef(modName));
        } else {
            std::string_view n = strView(modName);
            size_t dot = n.rfind('.');
            package.reset(strFromUtf8(dot == std::string_view::npos ? std::string_view()
                                                                     : n.substr(0, dot)));
            if (!package) return nullptr;
        }
    }
    std::string_view pkg = strView(package.get());
    if (pkg.empty()) {
        return setError(&ExcImportError, "attempted relative import with no known parent "
                        "package");
    }
    size_t lastDot = pkg.size();
    for (int up = 1; up < level; up++) {
        size_t d = pkg.substr(0, lastDot).rfind('.');
        if (d == std::string_view::npos) {
            return setError(&ExcImportError, "attempted relative import beyond top-level "
                            "package");
        }
        lastDot = d;
    }
    std::string base(pkg.substr(0, lastDot));
    if (strLength(name) == 0) return strFromUtf8(base);
    return strFromUtf8(base + "." + strToStd(name));
}

// importlib._bootstrap._handle_fromlist.
bool handleFromList(Object* module, Object* fromlist, bool recursive) {
    Ref<> it = Ref<>::steal(getIter(fromlist));
    if (!it) return false;
    while (Object* x = iterNext(it.get())) {
        Ref<> item = Ref<>::steal(x);
        if (!isStr(x)) {
            if (recursive) {
                Ref<> modName = Ref<>::steal(getAttr(module, "__name__"));
                if (!modName) return false;
                setError(&ExcTypeError, "Item in %S.__all__ must be str, not %s", modName.get(),
                         typeName(x->type));
            } else {
                setError(&ExcTypeError, "Item in ``from list'' must be str, not %s",
                         typeName(x->type));
            }
            return false;
        }
        if (strEqualsAscii(x, "*")) {
            if (recursive) continue;
            Ref<> all = Ref<>::steal(lookupAttr(module, KRAIT_STR(__all__)));
            if (!all) {
                if (errOccurred()) return false;
                continue;
            }
            if (!handleFromList(module, all.get(), true)) return false;
            continue;
        }
        int has = hasAttr(module, x);
        if (has < 0) return false;
        if (has) continue;
        Ref<> modName = Ref<>::steal(getAttr(module, "__name__"));
        if (!modName) return false;
        Ref<> fromName = Ref<>::steal(strFormat("%S.%U", modName.get(), x));
        if (!fromName) return false;
        Ref<> sub = Ref<>::steal(importModuleObj(fromName.get()));
        if (sub) continue;
        if (!errMatches(&ExcModuleNotFoundError)) return false;
        Object* exc = currentError();
        Object* excName = reinterpret_cast<ImportErrorObject*>(exc)->name;
        if (excName && isStr(excName) && strEqual(excName, fromName.get())) {
            Object* entry = dictGetItem(modulesDict(), fromName.get());
            if (!entry || !isNone(entry)) {
                clearError();
                continue;
            }
        }
        return false;
    }
    return !errOccurred();
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Public entry points

Object* importName(Object* name, Object* globals, Object* fromlist, int level) {
    if (!isStr(name)) {
        return setError(&ExcTypeError, "module name must be str, not %s", typeName(name->type));
    }
    if (level < 0) return setError(&ExcValueError, "level must be >= 0");
    if (globals && isNone(globals)) globals = nullptr;
    Ref<> absName;
    if (level > 0) {
        absName.reset(resolveName(name, globals, level));
        if (!absName) return nullptr;
    } else {
        if (strLength(name) == 0) return setError(&ExcValueError, "Empty module name");
        absName = Ref<>::borrow(name);
    }
    Ref<> mod = Ref<>::steal(importAbsolute(absName.get()));
    if (!mod) return nullptr;
    bool hasFrom = false;
    if (fromlist && !isNone(fromlist)) {
        int t = isTrue(fromlist);
        if (t < 0) return nullptr;
        hasFrom = t > 0;
    }
    if (!hasFrom) {
        std::string_view n = strView(name);
        if (level == 0 || !n.empty()) {
            size_t dot = n.find('.');
            if (dot == std::string_view::npos) return mod.release();
            if (level == 0) {
                Ref<> front = Ref<>::steal(strFromUtf8(n.substr(0, dot)));
                if (!front) return nullptr;
                return importName(front.get(), nullptr, nullptr, 0);
            }
            size_t cutOff = n.size() - dot;
            std::string_view abs = strView(absName.get());
            Ref<> toReturn = Ref<>::steal(strFromUtf8(abs.substr(0, abs.size() - cutOff)));
            if (!toReturn) return nullptr;
            Object* m = dictGetItem(modulesDict(), toReturn.get());
            if (!m) {
                if (!errOccurred()) {
                    setError(&ExcKeyError, "%R not in sys.modules as expected", toReturn.get());
                }
                return nullptr;
            }
            return newRef(m);
        }
        return mod.release();
    }
    Ref<> path = Ref<>::steal(lookupAttr(mod.get(), KRAIT_STR(__path__)));
    if (!path) {
        if (errOccurred()) return nullptr;
        return mod.release();
    }
    if (!handleFromList(mod.get(), fromlist, false)) return nullptr;
    return mod.release();
}

Object* importModuleObj(Object* name) {
    Ref<> top = Ref<>::steal(importName(name, nullptr, nullptr, 0));
    if (!top) return nullptr;
    if (strView(name).find('.') == std::string_view::npos) return top.release();
    Object* m = dictGetItem(modulesDict(), name);
    if (!m) {
        if (!errOccurred()) raiseNoModuleNamed(name);
        return nullptr;
    }
    return newRef(m);
}

namespace {

// CPython's _PyModule_ClearDict: sets the module's globals to None, single-underscore names
// first, keeping __builtins__.
void clearModuleDict(Object* d) {
    Ref<> keys = Ref<>::steal(dictKeys(d));
    if (!keys) {
        clearError();
        return;
    }
    for (int pass = 0; pass < 2; pass++) {
        for (ssize i = 0; i < listSize(keys.get()); i++) {
            Object* k = listItem(keys.get(), i);
            if (!isStr(k)) continue;
            std::string_view n = strView(k);
            bool underscore = n.size() >= 1 && n[0] == '_' && (n.size() < 2 || n[1] != '_');
            if (pass == 0 && !underscore) continue;
            if (pass == 1 && (underscore || n == "__builtins__")) continue;
            if (dictContains(d, k) <= 0) {
                clearError();
                continue;
            }
            if (dictSetItem(d, k, none()) < 0) writeUnraisable(nullptr);
        }
    }
}

}  // namespace

void finalizeModules() {
    InterpState* interp = currentThread()->interp;
    Object* modules = interp->modules;
    if (!modules) return;
    // atexit callbacks belong to the interpreter, not to one atexit module object.
    runAtexitCallbacks(interp);
    if (errOccurred()) writeUnraisable(nullptr);
    Ref<> items = Ref<>::steal(dictItems(modules));
    if (!items) {
        clearError();
        return;
    }
    for (ssize i = 0; i < listSize(items.get()); i++) {
        Object* name = tupleItem(listItem(items.get(), i), 0);
        if (dictSetItem(modules, name, none()) < 0) clearError();
    }
    for (ssize i = listSize(items.get()) - 1; i >= 0; i--) {
        Object* mod = tupleItem(listItem(items.get(), i), 1);
        if (!isModule(mod) || mod == interp->sysModule || mod == interp->builtinsModule) continue;
        Object* d = moduleDict(mod);
        if (d && d != interp->builtins) clearModuleDict(d);
    }
}

Object* importModule(const char* name) {
    Ref<> n = Ref<>::steal(strFromUtf8(name));
    if (!n) return nullptr;
    return importModuleObj(n.get());
}

Object* importFrom(Object* module, Object* name) {
    Object* x = lookupAttr(module, name);
    if (x || errOccurred()) return x;
    Ref<> pkgname = Ref<>::steal(lookupAttr(module, KRAIT_STR(__name__)));
    if (!pkgname && errOccurred()) return nullptr;
    if (pkgname && isStr(pkgname.get())) {
        Ref<> full = Ref<>::steal(strFormat("%U.%U", pkgname.get(), name));
        if (!full) return nullptr;
        Object* m = dictGetItem(modulesDict(), full.get());
        if (m) return newRef(m);
        if (errOccurred()) return nullptr;
    }
    Ref<> pname = pkgname && isStr(pkgname.get())
                      ? pkgname
                      : Ref<>::steal(strFromAscii("<unknown module name>"));
    if (!pname) return nullptr;
    Ref<> pkgpath = Ref<>::steal(lookupAttr(module, KRAIT_STR(__file__)));
    if (!pkgpath) clearError();
    bool initializing = false;
    Ref<> spec = Ref<>::steal(lookupAttr(module, KRAIT_STR(__spec__)));
    if (spec && !isNone(spec.get())) {
        Ref<> init = Ref<>::steal(lookupAttr(spec.get(), KRAIT_STR(_initializing)));
        initializing = init && isTrueNoErr(init.get()) > 0;
    }
    clearError();
    Ref<> msg;
    bool havePath = pkgpath && isStr(pkgpath.get());
    if (!havePath) {
        msg.reset(strFormat("cannot import name %R from %R (unknown location)", name,
                            pname.get()));
    } else if (initializing) {
        msg.reset(strFormat("cannot import name %R from partially initialized module %R (most "
                            "likely due to a circular import) (%U)",
                            name, pname.get(), pkgpath.get()));
    } else {
        msg.reset(strFormat("cannot import name %R from %R (%U)", name, pname.get(),
                            pkgpath.get()));
    }
    if (!msg) return nullptr;
    Ref<> kwn = Ref<>::steal(tuplePack({KRAIT_STR(name), KRAIT_STR(path)}));
    if (!kwn) return nullptr;
    Object* args[3] = {msg.get(), pname.get(), havePath ? pkgpath.get() : none()};
    Object* exc = call(asObject(&ExcImportError), args, 1, kwn.get());
    if (exc) restoreError(exc);
    return nullptr;
}

bool importStar(Object* module, Object* locals) {
    Ref<> all = Ref<>::steal(lookupAttr(module, KRAIT_STR(__all__)));
    if (!all && errOccurred()) return false;
    bool skipPrivate = false;
    if (!all) {
        Ref<> d = Ref<>::steal(lookupAttr(module, KRAIT_STR(__dict__)));
        if (!d) {
            if (!errOccurred()) {
                setError(&ExcImportError, "from-import-* object has no __dict__ and no __all__");
            }
            return false;
        }
        all.reset(callMethod(d.get(), "keys", nullptr, 0));
        if (!all) return false;
        skipPrivate = true;
    }
    Ref<> it = Ref<>::steal(getIter(all.get()));
    if (!it) return false;
    while (Object* name = iterNext(it.get())) {
        Ref<> n = Ref<>::steal(name);
        if (!isStr(name)) {
            Ref<> modname = Ref<>::steal(getAttr(module, "__name__"));
            if (!modname) return false;
            setError(&ExcTypeError, "%s in %U.%s must be str, not %s",
                     skipPrivate ? "Key" : "Item", modname.get(),
                     skipPrivate ? "__dict__" : "__all__", typeName(name->type));
            return false;
        }
        if (skipPrivate && strLength(name) > 0 && strCharAt(name, 0) == '_') continue;
        Ref<> v = Ref<>::steal(getAttr(module, name));
        if (!v) return false;
        int r = isDictExact(locals) ? dictSetItem(locals, name, v.get())
                                    : setItem(locals, name, v.get());
        if (r < 0) return false;
    }
    return !errOccurred();
}

}  // namespace krait
