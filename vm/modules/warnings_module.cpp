// The _warnings module: CPython's C core of the warnings machinery (Python/_warnings.c).
// Lib's warnings.py imports filters, _defaultaction, _onceregistry, warn, warn_explicit and
// _filters_mutated from it; with them it keeps its Python helpers (WarningMessage,
// _showwarnmsg, filterwarnings, catch_warnings, ...) and does not install its own default
// filters, since this module starts with CPython's.
//
// State: the filter list, the once-registry and the default action are attributes of this
// module; while Lib's warnings module is imported, its (possibly rebound) `filters`,
// `onceregistry` and `defaultaction` are the ones used, as in CPython. The filters version,
// which invalidates __warningregistry__ dicts, lives in InterpState.
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/eval.h"
#include "interp/frame.h"
#include "interp/import.h"
#include "interp/warnings.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace krait {

namespace {

}  // namespace

Object* warningsLibAttr(const char* name, bool tryImport) {
    InterpState* interp = currentInterp();
    Ref<> mod;
    Object* m = interp->modules ? dictGetItemStr(interp->modules, "warnings") : nullptr;
    if (m) {
        // None: sys.modules is being torn down at exit; nothing is imported any more.
        if (isNone(m)) return nullptr;
        mod = Ref<>::borrow(m);
    } else {
        if (errOccurred()) return nullptr;
        if (!tryImport) return nullptr;
        mod.reset(importModule("warnings"));
        if (!mod) return nullptr;
    }
    Ref<> nameStr = Ref<>::steal(strFromUtf8(name));
    if (!nameStr) return nullptr;
    return lookupAttr(mod.get(), nameStr.get());   // null without error if missing
}

namespace {

Object* warningsModuleAttr(const char* name, bool tryImport) {
    return warningsLibAttr(name, tryImport);
}

// The attribute `wname` of Lib's warnings module, else `own` of this module, else (this
// module gone from sys.modules at exit) CPython's initial value.
Object* stateAttr(const char* wname, const char* own) {
    Object* v = warningsModuleAttr(wname, false);
    if (v || errOccurred()) return v;
    Object* m = dictGetItemStr(currentInterp()->modules, "_warnings");
    Object* r = m && isModule(m) ? dictGetItemStr(moduleDict(m), own) : nullptr;
    if (r) return newRef(r);
    if (errOccurred()) return nullptr;
    std::string_view o(own);
    if (o == "filters") return listNew(0);
    if (o == "_onceregistry") return dictNew();
    return strFromAscii("default");
}

// CPython's check_matched: None matches everything, a str must be equal, anything else is
// a compiled regex whose match() decides.
int checkMatched(Object* pattern, Object* arg) {
    if (isNone(pattern)) return 1;
    if (pattern->type == &StrType) return richCompareBool(pattern, arg, CompareOp::Eq);
    Ref<> r = Ref<>::steal(callMethod(pattern, "match", &arg, 1));
    if (!r) return -1;
    return isTrue(r.get());
}

// Returns the action (new reference) for the warning and sets *item to the matching filter
// (borrowed from a reference we keep in *holder), or the default action.
Object* getFilter(Object* category, Object* text, int64_t lineno, Object* module, Ref<>* item) {
    Ref<> filters = Ref<>::steal(stateAttr("filters", "filters"));
    if (!filters) return nullptr;
    if (!isList(filters.get())) return setError(&ExcValueError, "_warnings.filters must be a list");
    for (ssize i = 0; i < listSize(filters.get()); ++i) {
        Ref<> tmp = Ref<>::borrow(listItem(filters.get(), i));
        if (!isTuple(tmp.get()) || tupleSize(tmp.get()) != 5)
            return setError(&ExcValueError, "_warnings.filters item %zd isn't a 5-tuple",
                            static_cast<ssize>(i));
        Object* action = tupleItem(tmp.get(), 0);
        Object* msg = tupleItem(tmp.get(), 1);
        Object* cat = tupleItem(tmp.get(), 2);
        Object* mod = tupleItem(tmp.get(), 3);
        Object* lnObj = tupleItem(tmp.get(), 4);
        if (!isStr(action))
            return setError(&ExcTypeError, "action must be a string, not '%T'", action);
        int goodMsg = checkMatched(msg, text);
        if (goodMsg < 0) return nullptr;
        int goodMod = checkMatched(mod, module);
        if (goodMod < 0) return nullptr;
        int isSub = isSubclass(category, cat);
        if (isSub < 0) return nullptr;
        int64_t ln = 0;
        if (!isInt(lnObj)) {
            return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer",
                            lnObj);
        }
        if (!intAsInt64(lnObj, &ln)) return nullptr;
        if (goodMsg && isSub && goodMod && (ln == 0 || lineno == ln)) {
            *item = tmp;
            return newRef(action);
        }
    }
    Ref<> action = Ref<>::steal(stateAttr("defaultaction", "_defaultaction"));
    if (!action) return nullptr;
    if (!isStr(action.get()))
        return setError(&ExcTypeError, "warnings.defaultaction must be a string, not '%T'",
                        action.get());
    item->reset(none());
    incref(none());
    return action.release();
}

// CPython's already_warned: 1 if `key` is recorded in `registry` (cleared first when its
// filters version is stale), 0 if not (recorded now when `shouldSet`), -1 on error.
int alreadyWarned(Object* registry, Object* key, bool shouldSet) {
    InterpState* interp = currentInterp();
    Object* versionObj = dictGetItemStr(registry, "version");
    int64_t v = -1;
    bool current = versionObj && versionObj->type == &IntType && intAsInt64(versionObj, &v) &&
                   uint64_t(v) == interp->warningsFiltersVersion;
    if (errOccurred()) return -1;
    if (!current) {
        dictClear(registry);
        Ref<> ver = Ref<>::steal(intFromInt64(int64_t(interp->warningsFiltersVersion)));
        if (!ver || dictSetItemStr(registry, "version", ver.get()) < 0) return -1;
    } else {
        Object* seen = dictGetItem(registry, key);
        if (seen) {
            int rc = isTrue(seen);
            if (rc != 0) return rc;
        } else if (errOccurred()) {
            return -1;
        }
    }
    if (shouldSet) return dictSetItem(registry, key, trueObj()) < 0 ? -1 : 0;
    return 0;
}

int updateRegistry(Object* registry, Object* text, Object* category) {
    Ref<> altkey = Ref<>::steal(tuplePack({text, category}));
    if (!altkey) return -1;
    return alreadyWarned(registry, altkey.get(), true);
}

// Without Lib's warnings module (at exit): CPython's C show_warning, which writes
// "file:line: Category: text" to sys.stderr.
bool showWarningDirect(Object* text, Object* category, Object* filename, Object* linenoObj) {
    Object* err = dictGetItemStr(currentInterp()->sysDict, "stderr");
    if (!err || isNone(err)) return true;
    Ref<> name = Ref<>::steal(getAttr(category, "__name__"));
    if (!name) return false;
    Ref<> line = Ref<>::steal(strFormat("%S:%S: %S: %S\n", filename, linenoObj, name.get(), text));
    if (!line) return false;
    Object* l = line.get();
    Ref<> r = Ref<>::steal(callMethod(err, "write", &l, 1));
    return bool(r);
}

// Shows the warning through warnings._showwarnmsg(WarningMessage(...)).
bool showWarning(Object* text, Object* message, Object* category, Object* filename,
                 Object* linenoObj, Object* source) {
    Ref<> showFn = Ref<>::steal(warningsModuleAttr("_showwarnmsg", true));
    if (!showFn) {
        if (errOccurred()) return false;
        return showWarningDirect(text, category, filename, linenoObj);
    }
    if (!isCallable(showFn.get())) {
        setError(&ExcTypeError, "warnings._showwarnmsg() must be set to a callable");
        return false;
    }
    Ref<> cls = Ref<>::steal(warningsModuleAttr("WarningMessage", false));
    if (!cls) {
        if (!errOccurred()) setError(&ExcRuntimeError, "unable to get warnings.WarningMessage");
        return false;
    }
    Object* args[7] = {message, category, filename, linenoObj, none(), none(),
                       source ? source : none()};
    Ref<> msg = Ref<>::steal(call(cls.get(), args, 7));
    if (!msg) return false;
    Object* m = msg.get();
    Ref<> r = Ref<>::steal(call(showFn.get(), &m, 1));
    return bool(r);
}

// "<unknown>" for an empty filename, else the filename without a ".py" suffix.
Object* normalizeModule(Object* filename) {
    if (!isStr(filename)) return newRef(filename);
    std::string_view s = strView(filename);
    if (s.empty()) return strFromAscii("<unknown>");
    if (s.size() >= 3 && s.substr(s.size() - 3) == ".py")
        return strFromUtf8(std::string(s.substr(0, s.size() - 3)));
    return newRef(filename);
}

// CPython's warn_explicit (the C function). Returns None (new ref) or null with an error.
Object* warnExplicit(Object* category, Object* message, Object* filename, int64_t lineno,
                     Object* module, Object* registry, Object* source) {
    if (registry && !isNone(registry) && !isDict(registry))
        return setError(&ExcTypeError, "'registry' must be a dict or None");
    Ref<> mod;
    if (module) {
        mod = Ref<>::borrow(module);
    } else {
        mod.reset(normalizeModule(filename));
        if (!mod) return nullptr;
    }
    Ref<> text, msgObj, cat;
    int w = isInstance(message, asObject(&ExcWarning));
    if (w < 0) return nullptr;
    if (w) {
        text.reset(str(message));
        if (!text) return nullptr;
        cat = Ref<>::borrow(asObject(message->type));
        msgObj = Ref<>::borrow(message);
    } else {
        text = Ref<>::borrow(message);
        cat = Ref<>::borrow(category);
        msgObj.reset(callOneArg(category, message));
        if (!msgObj) return nullptr;
    }
    Ref<> linenoObj = Ref<>::steal(intFromInt64(lineno));
    if (!linenoObj) return nullptr;
    Ref<> key = Ref<>::steal(tuplePack({text.get(), cat.get(), linenoObj.get()}));
    if (!key) return nullptr;
    bool haveRegistry = registry && !isNone(registry);
    if (haveRegistry) {
        int rc = alreadyWarned(registry, key.get(), false);
        if (rc < 0) return nullptr;
        if (rc == 1) return newNone();
    }
    Ref<> item;
    Ref<> action = Ref<>::steal(getFilter(cat.get(), text.get(), lineno, mod.get(), &item));
    if (!action) return nullptr;
    if (strEqualsAscii(action.get(), "error")) {
        setErrorObject(reinterpret_cast<Type*>(cat.get()), msgObj.get());
        return nullptr;
    }
    if (strEqualsAscii(action.get(), "ignore")) return newNone();
    int rc = 0;
    if (!strEqualsAscii(action.get(), "always")) {
        if (haveRegistry && dictSetItem(registry, key.get(), trueObj()) < 0) return nullptr;
        if (strEqualsAscii(action.get(), "once")) {
            Ref<> once;
            if (haveRegistry) {
                once = Ref<>::borrow(registry);
            } else {
                once.reset(stateAttr("onceregistry", "_onceregistry"));
                if (!once) return nullptr;
                if (!isDict(once.get()))
                    return setError(&ExcTypeError,
                                    "warnings.onceregistry must be a dict, not '%T'", once.get());
            }
            rc = updateRegistry(once.get(), text.get(), cat.get());
        } else if (strEqualsAscii(action.get(), "module")) {
            if (haveRegistry) rc = updateRegistry(registry, text.get(), cat.get());
        } else if (!strEqualsAscii(action.get(), "default")) {
            return setError(&ExcRuntimeError, "Unrecognized action (%R) in warnings.filters:\n %R",
                            action.get(), item ? item.get() : none());
        }
    }
    if (rc < 0) return nullptr;
    if (rc == 1) return newNone();
    if (!showWarning(text.get(), msgObj.get(), cat.get(), filename, linenoObj.get(), source))
        return nullptr;
    return newNone();
}

bool isImportlibFrame(Frame* f) {
    Object* fn = f->code->filename;
    if (!isStr(fn)) return false;
    std::string_view s = strView(fn);
    return s.find("importlib") != std::string_view::npos &&
           s.find("_bootstrap") != std::string_view::npos;
}

// CPython's setup_context: the filename, line, module name and __warningregistry__ of the
// frame `stacklevel` levels up (importlib's bootstrap frames are skipped).
bool setupContext(int64_t stacklevel, Ref<>* filename, int64_t* lineno, Ref<>* module,
                  Ref<>* registry) {
    Frame* f = currentFrame();
    if (stacklevel <= 0 || (f && isImportlibFrame(f))) {
        while (--stacklevel > 0 && f) f = f->previous;
    } else {
        while (--stacklevel > 0 && f) {
            do {
                f = f->previous;
            } while (f && isImportlibFrame(f));
        }
    }
    Object* globals;
    if (!f) {
        globals = currentInterp()->sysDict;
        filename->reset(strFromAscii("sys"));
        if (!*filename) return false;
        *lineno = 1;
    } else {
        globals = f->globals;
        *filename = Ref<>::borrow(f->code->filename);
        *lineno = frameLineNumber(f);
    }
    Object* reg = dictGetItemStr(globals, "__warningregistry__");
    if (reg) {
        *registry = Ref<>::borrow(reg);
    } else {
        if (errOccurred()) return false;
        registry->reset(dictNew());
        if (!*registry || dictSetItemStr(globals, "__warningregistry__", registry->get()) < 0)
            return false;
    }
    Object* name = dictGetItemStr(globals, "__name__");
    if (name && isStr(name)) {
        *module = Ref<>::borrow(name);
    } else {
        if (errOccurred()) return false;
        module->reset(strFromAscii("<string>"));
        if (!*module) return false;
    }
    return true;
}

Object* getCategory(Object* message, Object* category) {
    int w = isInstance(message, asObject(&ExcWarning));
    if (w < 0) return nullptr;
    if (w) return asObject(message->type);
    if (!category || isNone(category)) return asObject(&ExcUserWarning);
    int ok = isType(category) ? isSubclass(category, asObject(&ExcWarning)) : 0;
    if (ok < 0) return nullptr;
    if (!ok)
        return setError(&ExcTypeError, "category must be a Warning subclass, not '%s'",
                        category->type->name);
    return category;
}

Object* warnFromContext(Object* category, Object* message, int64_t stacklevel, Object* source) {
    Ref<> filename, module, registry;
    int64_t lineno = 0;
    if (!setupContext(stacklevel, &filename, &lineno, &module, &registry)) return nullptr;
    return warnExplicit(category, message, filename.get(), lineno, module.get(), registry.get(),
                        source);
}

Object* warningsWarn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"message", "category", "stacklevel", "source"};
    Object* a[4] = {};
    if (!parseArgs("warn", args, nargs, kwnames, kNames, 4, 1, a)) return nullptr;
    int64_t stacklevel = 1;
    if (a[2]) {
        if (!isInt(a[2]))
            return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer",
                            a[2]);
        if (!intAsInt64(a[2], &stacklevel)) return nullptr;
    }
    Object* category = getCategory(a[0], a[1]);   // borrowed
    if (!category) return nullptr;
    Ref<> keep = Ref<>::borrow(category);
    return warnFromContext(category, a[0], stacklevel, a[3] && !isNone(a[3]) ? a[3] : nullptr);
}

Object* warningsWarnExplicit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"message", "category", "filename", "lineno",
                                         "module",  "registry", "module_globals", "source"};
    Object* a[8] = {};
    if (!parseArgs("warn_explicit", args, nargs, kwnames, kNames, 8, 4, a)) return nullptr;
    if (!isStr(a[2]))
        return setError(&ExcTypeError, "warn_explicit() argument 3 must be str, not %s",
                        a[2]->type->name);
    if (!isInt(a[3]))
        return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", a[3]);
    int64_t lineno = 0;
    if (!intAsInt64(a[3], &lineno)) return nullptr;
    Object* moduleGlobals = a[6];
    if (moduleGlobals && !isNone(moduleGlobals) && !isDict(moduleGlobals))
        return setError(&ExcTypeError, "module_globals must be a dict, not '%T'", moduleGlobals);
    // CPython reads the source line from module_globals' loader here, but hands only None
    // to WarningMessage when Lib's _showwarnmsg shows it (linecache finds the line), so the
    // loader's get_source() is consulted only for its errors.
    if (moduleGlobals && !isNone(moduleGlobals)) {
        Object* loader = dictGetItemStr(moduleGlobals, "__loader__");
        Object* name = loader ? dictGetItemStr(moduleGlobals, "__name__") : nullptr;
        if (errOccurred()) return nullptr;
        if (loader && name) {
            Ref<> getSource = Ref<>::steal(lookupAttr(loader, KRAIT_STR(get_source)));
            if (!getSource && errOccurred()) return nullptr;
            if (getSource) {
                Ref<> src = Ref<>::steal(callOneArg(getSource.get(), name));
                if (!src) return nullptr;
            }
        }
    }
    Object* module = a[4] && !isNone(a[4]) ? a[4] : nullptr;
    Object* source = a[7] && !isNone(a[7]) ? a[7] : nullptr;
    return warnExplicit(a[1] && !isNone(a[1]) ? a[1] : asObject(&ExcUserWarning), a[0], a[2],
                        lineno, module, a[5], source);
}

Object* warningsFiltersMutated(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_filters_mutated", kwnames) ||
        !checkArgCount("_filters_mutated", nargs, 0, 0))
        return nullptr;
    currentInterp()->warningsFiltersVersion++;
    return newNone();
}

const MethodDef kWarningsMethods[] = {
    {"warn", warningsWarn, 0, "Issue a warning, or maybe ignore it or raise an exception."},
    {"warn_explicit", warningsWarnExplicit, 0, "Low-level interface to warnings functionality."},
    {"_filters_mutated", warningsFiltersMutated, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ('action', None, category, module or None, 0)
Object* makeFilter(const char* action, Type* category, const char* module) {
    Ref<> act = Ref<>::steal(strFromAscii(action));
    Ref<> mod = module ? Ref<>::steal(strFromAscii(module)) : Ref<>::borrow(none());
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    if (!act || !mod || !zero) return nullptr;
    return tuplePack({act.get(), none(), asObject(category), mod.get(), zero.get()});
}

}  // namespace

bool warnWithSource(Type* category, Object* message, int stacklevel, Object* source) {
    Ref<> r = Ref<>::steal(warnFromContext(asObject(category), message, stacklevel, source));
    return bool(r);
}

Object* createWarningsModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_warnings"));
    if (!m || !moduleAddFunctions(m.get(), kWarningsMethods)) return nullptr;
    // CPython's default filters (a release build).
    Ref<> filters = Ref<>::steal(listNew(0));
    if (!filters) return nullptr;
    struct Default {
        const char* action;
        Type* category;
        const char* module;
    };
    const Default defaults[] = {
        {"default", &ExcDeprecationWarning, "__main__"},
        {"ignore", &ExcDeprecationWarning, nullptr},
        {"ignore", &ExcPendingDeprecationWarning, nullptr},
        {"ignore", &ExcImportWarning, nullptr},
        {"ignore", &ExcResourceWarning, nullptr},
    };
    for (const Default& d : defaults) {
        Ref<> f = Ref<>::steal(makeFilter(d.action, d.category, d.module));
        if (!f || listAppend(filters.get(), f.get()) < 0) return nullptr;
    }
    Ref<> once = Ref<>::steal(dictNew());
    Ref<> action = Ref<>::steal(strFromAscii("default"));
    if (!once || !action || !moduleAddObject(m.get(), "filters", filters.release()) ||
        !moduleAddObject(m.get(), "_onceregistry", once.release()) ||
        !moduleAddObject(m.get(), "_defaultaction", action.release())) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
