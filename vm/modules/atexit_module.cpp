// The atexit module (CPython's Modules/atexitmodule.c): callbacks registered per interpreter
// (InterpState::atexitState) and run last-in first-out by _run_exitfuncs(), which
// finalizeModules() (interp/import.cpp) calls at exit. An unregistered callback leaves an
// empty slot until the list is cleared, so _ncallbacks() counts slots as CPython does.
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "modules/atexit_module.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace krait {

namespace {

using Args = Object* const*;

struct Callback {
    Object* func;     // owned
    Object* args;     // owned tuple
    Object* kwargs;   // owned dict, or null
};

struct AtexitState {
    std::vector<Callback*> callbacks;   // null: unregistered slot
};

AtexitState* state(InterpState* interp) {
    if (!interp->atexitState) interp->atexitState = new AtexitState();
    return static_cast<AtexitState*>(interp->atexitState);
}

void deleteCallback(AtexitState* st, size_t i) {
    Callback* cb = st->callbacks[i];
    if (!cb) return;
    st->callbacks[i] = nullptr;
    decref(cb->func);
    decref(cb->args);
    xdecref(cb->kwargs);
    delete cb;
}

void clearAll(AtexitState* st) {
    // A callback's release may run code that registers again: take the list first.
    std::vector<Callback*> old;
    old.swap(st->callbacks);
    AtexitState tmp;
    tmp.callbacks.swap(old);
    for (size_t i = 0; i < tmp.callbacks.size(); i++) deleteCallback(&tmp, i);
}

Object* atexitRegister(Object*, Args args, size_t nargs, Object* kwnames) {
    size_t npos = nargs;
    if (npos == 0) return setError(&ExcTypeError, "register() takes at least 1 argument (0 given)");
    Object* func = args[0];
    if (!isCallable(func)) return setError(&ExcTypeError, "the first argument must be callable");
    Ref<> rest = Ref<>::steal(tupleFromArray(args + 1, static_cast<ssize>(npos - 1)));
    if (!rest) return nullptr;
    Ref<> kw;
    size_t nkw = kwCount(kwnames);
    if (nkw) {
        kw = Ref<>::steal(dictNew());
        if (!kw) return nullptr;
        for (size_t i = 0; i < nkw; i++) {
            if (dictSetItem(kw.get(), tupleItem(kwnames, static_cast<ssize>(i)), args[npos + i]) < 0)
                return nullptr;
        }
    }
    auto* cb = new Callback{newRef(func), rest.release(), kw.release()};
    state(currentInterp())->callbacks.push_back(cb);
    return newRef(func);
}

Object* atexitUnregister(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("unregister", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "atexit.unregister() takes exactly one argument (%d given)",
                        static_cast<int>(nargs));
    }
    AtexitState* st = state(currentInterp());
    for (size_t i = 0; i < st->callbacks.size(); i++) {
        Callback* cb = st->callbacks[i];
        if (!cb) continue;
        Ref<> f = Ref<>::borrow(cb->func);
        int eq = richCompareBool(f.get(), args[0], CompareOp::Eq);
        if (eq < 0) return nullptr;
        if (eq && st->callbacks[i] == cb) deleteCallback(st, i);
    }
    return newNone();
}

bool noArgs(const char* name, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs(name, kwnames)) return false;
    if (nargs != 0) {
        setError(&ExcTypeError, "atexit.%s() takes no arguments (%d given)", name,
                 static_cast<int>(nargs));
        return false;
    }
    return true;
}

void runCallbacks(AtexitState* st) {
    // Newest first; callbacks registered meanwhile are not run (CPython walks the slots that
    // existed when it started), unregistered ones are skipped.
    for (size_t i = st->callbacks.size(); i-- > 0;) {
        if (i >= st->callbacks.size()) continue;
        Callback* cb = st->callbacks[i];
        if (!cb) continue;
        Ref<> func = Ref<>::borrow(cb->func);
        Ref<> cargs = Ref<>::borrow(cb->args);
        Ref<> ckw = Ref<>::borrow(cb->kwargs);
        Ref<> r = Ref<>::steal(callTupleDict(func.get(), cargs.get(), ckw.get()));
        if (!r) writeUnraisableMsg("in atexit callback", func.get());
    }
    clearAll(st);
}

Object* atexitRunExitFuncs(Object*, Args, size_t nargs, Object* kwnames) {
    if (!noArgs("_run_exitfuncs", nargs, kwnames)) return nullptr;
    runCallbacks(state(currentInterp()));
    return newNone();
}

Object* atexitClear(Object*, Args, size_t nargs, Object* kwnames) {
    if (!noArgs("_clear", nargs, kwnames)) return nullptr;
    clearAll(state(currentInterp()));
    return newNone();
}

Object* atexitNCallbacks(Object*, Args, size_t nargs, Object* kwnames) {
    if (!noArgs("_ncallbacks", nargs, kwnames)) return nullptr;
    return intFromSsize(static_cast<ssize>(state(currentInterp())->callbacks.size()));
}

const MethodDef kAtexitFunctions[] = {
    {"register", atexitRegister, 0,
     "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon "
     "normal program termination\n\n    func - function to be called at exit\n    args - "
     "optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to "
     "func\n\n    func is returned to facilitate usage as a decorator."},
    {"unregister", atexitUnregister, 0,
     "unregister(func) -> None\n\nUnregister an exit function which was previously "
     "registered using\natexit.register\n\n    func - function to be unregistered"},
    {"_clear", atexitClear, 0, "_clear() -> None\n\nClear the list of previously registered "
                               "exit functions."},
    {"_run_exitfuncs", atexitRunExitFuncs, 0,
     "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises "
     "an exception, it is logged with sys.unraisablehook."},
    {"_ncallbacks", atexitNCallbacks, 0,
     "_ncallbacks() -> int\n\nReturn the number of registered exit functions."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void runAtexitCallbacks(InterpState* interp) {
    if (interp->atexitState) runCallbacks(static_cast<AtexitState*>(interp->atexitState));
}

Object* createAtexitModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("atexit"));
    if (!m || !moduleAddFunctions(m.get(), kAtexitFunctions)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__",
                         "allow programmer to define multiple exit functions to be executed\n"
                         "upon normal program termination.\n\nTwo public functions, register "
                         "and unregister, are defined.\n"))
        return nullptr;
    return m.release();
}

}  // namespace krait
