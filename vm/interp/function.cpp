// FunctionType, MethodType (bound methods), CellType and CPython's argument binding.
#include "interp/function.h"

#include <cstring>
#include <string>

#include "bytecode/code.h"
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "interp/eval.h"
#include "interp/frame.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

// ---------------------------------------------------------------------------------------------
// Construction

Object* builtinsForGlobals(Object* globals) {
    if (globals && isDict(globals)) {
        Object* b = dictGetItem(globals, KRAIT_STR(__builtins__));
        if (b) {
            if (isModule(b)) return moduleDict(b);
            if (isDict(b)) return b;
        }
        if (errOccurred()) clearError();
    }
    // As CPython's _PyEval_BuiltinsFromGlobals: the running frame's builtins, so a function
    // made under exec() with other builtins keeps them.
    ThreadState* ts = currentThread();
    if (!ts) return nullptr;
    if (ts->currentFrame && ts->currentFrame->builtins) return ts->currentFrame->builtins;
    return ts->interp->builtins;
}

Object* functionNew(Object* code, Object* globals) {
    CodeObject* co = asCode(code);
    Object* o = allocObject(&FunctionType);
    if (!o) return nullptr;
    FunctionObject* f = asFunction(o);
    f->code = newRef(code);
    f->globals = newRef(globals);
    Object* b = builtinsForGlobals(globals);
    f->builtins = b ? newRef(b) : dictNew();
    f->name = newRef(co->name);
    f->qualname = newRef(co->qualname ? co->qualname : co->name);
    Object* doc = none();
    if (co->consts && tupleSize(co->consts) > 0 && isStr(tupleItem(co->consts, 0)) &&
        (co->flags & kCoOptimized)) {
        doc = tupleItem(co->consts, 0);
    }
    f->doc = newRef(doc);
    Object* mod = dictGetItem(globals, KRAIT_STR(__name__));
    if (mod) {
        f->module = newRef(mod);
    } else if (errOccurred()) {
        clearError();
    }
    ThreadState* ts = currentThread();
    f->version = ts ? ++ts->interp->funcVersionCounter : 1;
    return o;
}

Object* methodNew(Object* func, Object* self) {
    Object* o = allocObject(&MethodType);
    if (!o) return nullptr;
    asMethod(o)->func = newRef(func);
    asMethod(o)->self = newRef(self);
    return o;
}

Object* cellNew(Object* value) {
    Object* o = allocObject(&CellType);
    if (!o) return nullptr;
    asCell(o)->ref = value;
    xincref(value);
    return o;
}

// ---------------------------------------------------------------------------------------------
// Argument binding

namespace {

Object* qualnameOf(FunctionObject* func) { return func->qualname; }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string joinNames(const std::vector<Object*>& names) {
    std::string out;
    size_t n = names.size();
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2) out += " and ";
            else if (i == n - 1) out += ", and ";
            else out += ", ";
        }
        out += "'";
        out += strView(names[i]);
        out += "'";
    }
    return out;
}

void missingArguments(FunctionObject* func, Object** lp, bool positional, ssize defcount) {
    CodeObject* co = asCode(func->code);
    ssize start, end;
    if (positional) {
        start = 0;
        end = co->argCount - defcount;
    } else {
        start = co->argCount;
        end = start + co->kwOnlyArgCount;
    }
    std::vector<Object*> names;
    for (ssize i = start; i < end; i++) {
        if (lp[i]) continue;
        Object* name = tupleItem(co->localsPlusNames, i);
        if (!positional && func->kwdefaults) {
            Object* d = dictGetItem(func->kwdefaults, name);
            if (d) continue;
            if (errOccurred()) return;
        }
        names.push_back(name);
    }
    std::string list = joinNames(names);
    setError(&ExcTypeError, "%U() missing %d required %s argument%s: %s", qualnameOf(func),
             int(names.size()), positional ? "positional" : "keyword-only",
             names.size() == 1 ? "" : "s", list.c_str());
}

void tooManyPositional(FunctionObject* func, Object** lp, size_t given, ssize defcount) {
    CodeObject* co = asCode(func->code);
    int kwonlyGiven = 0;
    for (int i = co->argCount; i < co->argCount + co->kwOnlyArgCount; i++) {
        if (lp[i]) kwonlyGiven++;
    }
    std::string sig;
    bool plural;
    if (defcount) {
        plural = true;
        sig = "from " + std::to_string(co->argCount - defcount) + " to " +
              std::to_string(co->argCount);
    } else {
        plural = co->argCount != 1;
        sig = std::to_string(co->argCount);
    }
    std::string kwonlySig;
    if (kwonlyGiven) {
        kwonlySig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                    std::to_string(kwonlyGiven) + " keyword-only argument" +
                    (kwonlyGiven != 1 ? "s" : "") + ")";
    }
    setError(&ExcTypeError, "%U() takes %s positional argument%s but %zu%s %s given",
             qualnameOf(func), sig.c_str(), plural ? "s" : "", given, kwonlySig.c_str(),
             given == 1 && !kwonlyGiven ? "was" : "were");
}

bool positionalOnlyPassedAsKeyword(FunctionObject* func, Object* kwnames) {
    CodeObject* co = asCode(func->code);
    std::string list;
    int count = 0;
    for (int k = 0; k < co->posOnlyArgCount; k++) {
        Object* name = tupleItem(co->localsPlusNames, k);
        for (ssize i = 0; i < tupleSize(kwnames); i++) {
            Object* kw = tupleItem(kwnames, i);
            if (kw == name || (isStr(kw) && strEqual(kw, name))) {
                if (count++) list += ", ";
                list += strView(name);
                break;
            }
        }
    }
    if (!count) return false;
    setError(&ExcTypeError,
             "%U() got some positional-only arguments passed as keyword arguments: '%s'",
             qualnameOf(func), list.c_str());
    return true;
}

}  // namespace

bool frameBindArgs(Frame* f, FunctionObject* func, Object* const* args, size_t nargs,
                   Object* kwnames) {
    CodeObject* co = asCode(func->code);
    Object** lp = f->localsplus();
    const ssize argCount = co->argCount;
    const ssize totalArgs = argCount + co->kwOnlyArgCount;
    Object* kwdict = nullptr;
    if (co->flags & kCoVarkeywords) {
        kwdict = dictNew();
        if (!kwdict) return false;
        ssize i = totalArgs + ((co->flags & kCoVarargs) ? 1 : 0);
        lp[i] = kwdict;
    }
    // Fast path: exact positional call.
    size_t n = nargs < size_t(argCount) ? nargs : size_t(argCount);
    for (size_t i = 0; i < n; i++) lp[i] = newRef(args[i]);
    if (co->flags & kCoVarargs) {
        Object* t;
        if (nargs > n) {
            t = tupleFromArray(args + n, ssize(nargs - n));
            if (!t) return false;
        } else {
            t = newRef(emptyTuple());
        }
        lp[totalArgs] = t;
    }
    ssize kwcount = kwnames ? tupleSize(kwnames) : 0;
    for (ssize i = 0; i < kwcount; i++) {
        Object* keyword = tupleItem(kwnames, i);
        Object* value = args[nargs + size_t(i)];
        if (!isStr(keyword)) {
            setError(&ExcTypeError, "%U() keywords must be strings", qualnameOf(func));
            return false;
        }
        ssize j = -1;
        for (ssize k = co->posOnlyArgCount; k < totalArgs; k++) {
            if (tupleItem(co->localsPlusNames, k) == keyword) {
                j = k;
                break;
            }
        }
        if (j < 0) {
            for (ssize k = co->posOnlyArgCount; k < totalArgs; k++) {
                if (strEqual(tupleItem(co->localsPlusNames, k), keyword)) {
                    j = k;
                    break;
                }
            }
        }
        if (j < 0) {
            if (!kwdict) {
                if (co->posOnlyArgCount && positionalOnlyPassedAsKeyword(func, kwnames)) {
                    return false;
                }
                setError(&ExcTypeError, "%U() got an unexpected keyword argument '%U'",
                         qualnameOf(func), keyword);
                return false;
            }
            if (dictSetItem(kwdict, keyword, value) < 0) return false;
            continue;
        }
        if (lp[j]) {
            setError(&ExcTypeError, "%U() got multiple values for argument '%U'",
                     qualnameOf(func), keyword);
            return false;
        }
        lp[j] = newRef(value);
    }
    if (nargs > size_t(argCount) && !(co->flags & kCoVarargs)) {
        ssize defcount = func->defaults ? tupleSize(func->defaults) : 0;
        tooManyPositional(func, lp, nargs, defcount);
        return false;
    }
    if (nargs < size_t(argCount)) {
        ssize defcount = func->defaults ? tupleSize(func->defaults) : 0;
        ssize m = argCount - defcount;
        for (ssize i = ssize(nargs); i < m; i++) {
            if (!lp[i]) {
                missingArguments(func, lp, true, defcount);
                return false;
            }
        }
        ssize i = ssize(n) > m ? ssize(n) - m : 0;
        for (; i < defcount; i++) {
            if (!lp[m + i]) lp[m + i] = newRef(tupleItem(func->defaults, i));
        }
    }
    if (co->kwOnlyArgCount > 0) {
        bool missing = false;
        for (ssize i = argCount; i < totalArgs; i++) {
            if (lp[i]) continue;
            Object* name = tupleItem(co->localsPlusNames, i);
            if (func->kwdefaults) {
                Object* d = dictGetItem(func->kwdefaults, name);
                if (d) {
                    lp[i] = newRef(d);
                    continue;
                }
                if (errOccurred()) return false;
            }
            missing = true;
        }
        if (missing) {
            missingArguments(func, lp, false, 0);
            return false;
        }
    }
    return true;
}

Object* functionCall(Object* func, Object* const* args, size_t nargs, Object* kwnames) {
    ThreadState* ts = currentThread();
    FunctionObject* fn = asFunction(func);
    Frame* f = framePush(ts, asCode(fn->code), func, fn->globals, fn->builtins, nullptr);
    if (!f) return nullptr;
    if (!frameBindArgs(f, fn, args, nargs, kwnames)) {
        frameClearAndPop(ts, f);
        return nullptr;
    }
    f->previous = ts->currentFrame;
    return evalFrame(ts, f, false);
}

Object* functionDescription(Object* callable) {
    Object* qual = lookupAttr(callable, KRAIT_STR(__qualname__));
    if (!qual) {
        if (errOccurred()) clearError();
        return strFormat("%T object", callable);
    }
    Object* mod = lookupAttr(callable, KRAIT_STR(__module__));
    if (!mod && errOccurred()) clearError();
    Object* r;
    if (mod && isStr(mod) && !strEqualsAscii(mod, "builtins")) {
        r = strFormat("%U.%S()", mod, qual);
    } else {
        r = strFormat("%S()", qual);
    }
    xdecref(mod);
    decref(qual);
    return r;
}

// ---------------------------------------------------------------------------------------------
// FunctionType

namespace {

void functionDealloc(Object* o) {
    FunctionObject* f = asFunction(o);
    if (f->weaklist) clearWeakrefs(o);
    clearRef(f->code);
    clearRef(f->globals);
    clearRef(f->builtins);
    clearRef(f->name);
    clearRef(f->qualname);
    clearRef(f->doc);
    clearRef(f->module);
    clearRef(f->defaults);
    clearRef(f->kwdefaults);
    clearRef(f->closure);
    clearRef(f->dict);
    clearRef(f->annotations);
    freeObject(o);
}

void functionTraverse(Object* o, VisitFn visit, void* arg) {
    FunctionObject* f = asFunction(o);
    Object* fields[] = {f->code, f->globals, f->builtins, f->name, f->qualname, f->doc,
                        f->module, f->defaults, f->kwdefaults, f->closure, f->dict,
                        f->annotations};
    for (Object* x : fields) if (x) visit(x, arg);
}

void functionClear(Object* o) {
    FunctionObject* f = asFunction(o);
    clearRef(f->globals);
    clearRef(f->builtins);
    clearRef(f->module);
    clearRef(f->defaults);
    clearRef(f->kwdefaults);
    clearRef(f->doc);
    clearRef(f->dict);
    clearRef(f->closure);
    clearRef(f->annotations);
}

Object* functionRepr(Object* o) {
    return strFormat("<function %U at %p>", asFunction(o)->qualname, static_cast<void*>(o));
}

Object* functionDescrGet(Object* func, Object* obj, Object* type) {
    if (!obj || isNone(obj)) return newRef(func);
    return methodNew(func, obj);
}

Object* getCode(Object* o, void*) { return newRef(asFunction(o)->code); }
int setCode(Object* o, Object* v, void*) {
    if (!v || v->type != &CodeType) {
        setError(&ExcTypeError, "__code__ must be set to a code object");
        return -1;
    }
    FunctionObject* f = asFunction(o);
    int nfree = asCode(v)->nFrees;
    int nclosure = f->closure ? int(tupleSize(f->closure)) : 0;
    if (nfree != nclosure) {
        setError(&ExcValueError, "%U() requires a code object with %d free vars, not %d",
                 f->name, nclosure, nfree);
        return -1;
    }
    setRef(f->code, newRef(v));
    f->version = 0;
    return 0;
}
Object* getDefaults(Object* o, void*) {
    Object* d = asFunction(o)->defaults;
    return newRef(d ? d : none());
}
int setDefaults(Object* o, Object* v, void*) {
    if (v && isNone(v)) v = nullptr;
    if (v && !isTuple(v)) {
        setError(&ExcTypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    xincref(v);
    setRef(asFunction(o)->defaults, v);
    asFunction(o)->version = 0;
    return 0;
}
Object* getKwdefaults(Object* o, void*) {
    Object* d = asFunction(o)->kwdefaults;
    return newRef(d ? d : none());
}
int setKwdefaults(Object* o, Object* v, void*) {
    if (v && isNone(v)) v = nullptr;
    if (v && !isDict(v)) {
        setError(&ExcTypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    xincref(v);
    setRef(asFunction(o)->kwdefaults, v);
    asFunction(o)->version = 0;
    return 0;
}
Object* getAnnotations(Object* o, void*) {
    FunctionObject* f = asFunction(o);
    if (!f->annotations) {
        f->annotations = dictNew();
        if (!f->annotations) return nullptr;
    } else if (isTuple(f->annotations)) {
        // MAKE_FUNCTION stores a flat (name, value, name, value...) tuple.
        Object* d = dictNew();
        if (!d) return nullptr;
        Object* t = f->annotations;
        for (ssize i = 0; i + 1 < tupleSize(t); i += 2) {
            if (dictSetItem(d, tupleItem(t, i), tupleItem(t, i + 1)) < 0) {
                decref(d);
                return nullptr;
            }
        }
        setRef(f->annotations, d);
    }
    return newRef(f->annotations);
}
int setAnnotations(Object* o, Object* v, void*) {
    if (v && isNone(v)) v = nullptr;
    if (v && !isDict(v)) {
        setError(&ExcTypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    xincref(v);
    setRef(asFunction(o)->annotations, v);
    return 0;
}
Object* getDict(Object* o, void*) {
    FunctionObject* f = asFunction(o);
    if (!f->dict) {
        f->dict = dictNew();
        if (!f->dict) return nullptr;
    }
    return newRef(f->dict);
}
int setDict(Object* o, Object* v, void*) {
    if (!v) {
        setError(&ExcTypeError, "cannot delete __dict__");
        return -1;
    }
    if (!isDict(v)) {
        setError(&ExcTypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    setRef(asFunction(o)->dict, newRef(v));
    return 0;
}
Object* getName(Object* o, void*) { return newRef(asFunction(o)->name); }
int setName(Object* o, Object* v, void*) {
    if (!v || !isStr(v)) {
        setError(&ExcTypeError, "__name__ must be set to a string object");
        return -1;
    }
    setRef(asFunction(o)->name, newRef(v));
    return 0;
}
Object* getQualname(Object* o, void*) { return newRef(asFunction(o)->qualname); }
int setQualname(Object* o, Object* v, void*) {
    if (!v || !isStr(v)) {
        setError(&ExcTypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    setRef(asFunction(o)->qualname, newRef(v));
    return 0;
}
Object* getClosure(Object* o, void*) {
    Object* c = asFunction(o)->closure;
    return newRef(c ? c : none());
}
Object* getModule(Object* o, void*) {
    Object* m = asFunction(o)->module;
    return newRef(m ? m : none());
}
int setModule(Object* o, Object* v, void*) {
    xincref(v);
    setRef(asFunction(o)->module, v);
    return 0;
}
Object* getDoc(Object* o, void*) {
    Object* d = asFunction(o)->doc;
    return newRef(d ? d : none());
}
int setDoc(Object* o, Object* v, void*) {
    setRef(asFunction(o)->doc, newRef(v ? v : none()));
    return 0;
}
Object* getGlobals(Object* o, void*) { return newRef(asFunction(o)->globals); }

Object* getBuiltins(Object* o, void*) { return newRef(asFunction(o)->builtins); }

const GetSetDef kFunctionGetSets[] = {
    {"__code__", getCode, setCode, nullptr, nullptr},
    {"__defaults__", getDefaults, setDefaults, nullptr, nullptr},
    {"__kwdefaults__", getKwdefaults, setKwdefaults, nullptr, nullptr},
    {"__annotations__", getAnnotations, setAnnotations, nullptr, nullptr},
    {"__dict__", getDict, setDict, nullptr, nullptr},
    {"__name__", getName, setName, nullptr, nullptr},
    {"__qualname__", getQualname, setQualname, nullptr, nullptr},
    {"__closure__", getClosure, nullptr, nullptr, nullptr},
    {"__module__", getModule, setModule, nullptr, nullptr},
    {"__doc__", getDoc, setDoc, nullptr, nullptr},
    {"__globals__", getGlobals, nullptr, nullptr, nullptr},
    {"__builtins__", getBuiltins, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
Object* functionTypeNew(Type*, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"code", "globals", "name", "argdefs", "closure"};
    Object* vals[5] = {};
    ssize n = tupleSize(args);
    Object* kwn = nullptr;
    std::vector<Object*> all(asTuple(args)->items, asTuple(args)->items + n);
    Ref<> kwnRef;
    if (kwargs && dictSize(kwargs)) {
        kwnRef = Ref<>::steal(tupleNew(dictSize(kwargs)));
        ssize pos = 0, i = 0;
        Object *k, *v;
        while (dictNext(kwargs, &pos, &k, &v)) {
            tupleSetItemSteal(kwnRef.get(), i++, newRef(k));
            all.push_back(v);
        }
        kwn = kwnRef.get();
    }
    if (!parseArgs("function", all.data(), size_t(n), kwn, kNames, 5, 2, vals)) return nullptr;
    if (vals[0]->type != &CodeType) {
        return setError(&ExcTypeError, "function() argument 'code' must be code, not %T",
                        vals[0]);
    }
    if (!isDict(vals[1])) {
        return setError(&ExcTypeError, "function() argument 'globals' must be dict, not %T",
                        vals[1]);
    }
    Ref<> f = Ref<>::steal(functionNew(vals[0], vals[1]));
    if (!f) return nullptr;
    FunctionObject* fn = asFunction(f.get());
    if (vals[2] && !isNone(vals[2])) {
        if (!isStr(vals[2])) return setError(&ExcTypeError, "arg 3 (name) must be None or string");
        setRef(fn->name, newRef(vals[2]));
    }
    if (vals[3] && !isNone(vals[3])) {
        if (!isTuple(vals[3])) return setError(&ExcTypeError, "arg 4 (defaults) must be None or tuple");
        fn->defaults = newRef(vals[3]);
    }
    int nfree = asCode(vals[0])->nFrees;
    if (vals[4] && !isNone(vals[4])) {
        if (!isTuple(vals[4])) return setError(&ExcTypeError, "arg 5 (closure) must be tuple");
        if (tupleSize(vals[4]) != nfree) {
            return setError(&ExcValueError, "%U requires closure of length %d, not %zd",
                            asCode(vals[0])->name, nfree, tupleSize(vals[4]));
        }
        fn->closure = newRef(vals[4]);
    } else if (nfree) {
        return setError(&ExcTypeError, "arg 5 (closure) must be tuple");
    }
    return f.release();
}

}  // namespace

Type FunctionType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "function",
    .basicSize = sizeof(FunctionObject),
    .flags = kTypeHaveGC | kTypeMethodDescriptor | kTypeImmutable,
    .doc = "Create a function object.",
    .dictOffset = offsetof(FunctionObject, dict),
    .weaklistOffset = offsetof(FunctionObject, weaklist),
    .getsets = kFunctionGetSets,
    .dealloc = functionDealloc,
    .traverse = functionTraverse,
    .clear = functionClear,
    .repr = functionRepr,
    .descrGet = functionDescrGet,
    .call = functionCall,
    .new_ = functionTypeNew,
};

// ---------------------------------------------------------------------------------------------
// MethodType

namespace {

void methodDealloc(Object* o) {
    MethodObject* m = asMethod(o);
    if (m->weaklist) clearWeakrefs(o);
    clearRef(m->func);
    clearRef(m->self);
    freeObject(o);
}

void methodTraverse(Object* o, VisitFn visit, void* arg) {
    MethodObject* m = asMethod(o);
    if (m->func) visit(m->func, arg);
    if (m->self) visit(m->self, arg);
}

Object* methodCall(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    MethodObject* m = asMethod(callable);
    size_t total = nargs + kwCount(kwnames);
    Object* small[8];
    Object** buf = total + 1 <= 8 ? small : new Object*[total + 1];
    buf[0] = m->self;
    for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
    Object* r = call(m->func, buf, nargs + 1, kwnames);
    if (buf != small) delete[] buf;
    return r;
}

Object* methodRepr(Object* o) {
    MethodObject* m = asMethod(o);
    Object* name = lookupAttr(m->func, KRAIT_STR(__qualname__));
    if (!name) {
        if (errOccurred()) return nullptr;
        name = lookupAttr(m->func, KRAIT_STR(__name__));
        if (!name && errOccurred()) return nullptr;
    }
    Object* r;
    if (name && isStr(name)) r = strFormat("<bound method %U of %R>", name, m->self);
    else r = strFormat("<bound method ? of %R>", m->self);
    xdecref(name);
    return r;
}

Object* methodRichCompare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !isMethod(a) || !isMethod(b)) {
        return newNotImplemented();
    }
    bool eq = asMethod(a)->self == asMethod(b)->self;
    if (eq) {
        int r = richCompareBool(asMethod(a)->func, asMethod(b)->func, CompareOp::Eq);
        if (r < 0) return nullptr;
        eq = r != 0;
    }
    return newBool(op == CompareOp::Eq ? eq : !eq);
}

hash_t methodHash(Object* o) {
    hash_t x = hashPointer(asMethod(o)->self);
    hash_t y = hash(asMethod(o)->func);
    if (y == -1) return -1;
    x ^= y;
    return x == -1 ? -2 : x;
}

// Attributes not found on the method type come from the function.
Object* methodGetAttr(Object* o, Object* name) {
    if (name == KRAIT_STR(__doc__) || (isStr(name) && strEqualsAscii(name, "__doc__"))) {
        return getAttr(asMethod(o)->func, name);   // the method type's own doc is not wanted
    }
    Object* descr = typeLookup(o->type, name);
    if (descr) {
        DescrGetFn get = descr->type->descrGet;
        if (get) return get(descr, o, asObject(o->type));
        return newRef(descr);
    }
    return getAttr(asMethod(o)->func, name);
}

Object* methodGetFunc(Object* o, void*) { return newRef(asMethod(o)->func); }
Object* methodGetSelf(Object* o, void*) { return newRef(asMethod(o)->self); }
Object* methodGetDoc(Object* o, void*) { return getAttr(asMethod(o)->func, "__doc__"); }

const GetSetDef kMethodGetSets[] = {
    {"__func__", methodGetFunc, nullptr, nullptr, nullptr},
    {"__self__", methodGetSelf, nullptr, nullptr, nullptr},
    {"__doc__", methodGetDoc, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* methodTypeNew(Type*, Object* args, Object* kwargs) {
    if (kwargs && dictSize(kwargs)) return setError(&ExcTypeError, "method() takes no keyword arguments");
    if (tupleSize(args) != 2) {
        return setError(&ExcTypeError, "method expected 2 arguments, got %zd", tupleSize(args));
    }
    Object* func = tupleItem(args, 0);
    Object* self = tupleItem(args, 1);
    if (!isCallable(func)) return setError(&ExcTypeError, "first argument must be callable");
    if (isNone(self)) return setError(&ExcTypeError, "instance must not be None");
    return methodNew(func, self);
}

Object* methodReduce(Object* self, Object* const*, size_t, Object*) {
    MethodObject* m = asMethod(self);
    Object* name = getAttr(m->func, "__name__");
    if (!name) return nullptr;
    Object* getattrFn = dictGetItemStr(currentBuiltins(), "getattr");
    if (!getattrFn) {
        decref(name);
        return setError(&ExcRuntimeError, "lost builtins.getattr");
    }
    Object* inner = tuplePack({m->self, name});
    decref(name);
    if (!inner) return nullptr;
    Object* r = tuplePack({getattrFn, inner});
    decref(inner);
    return r;
}

const MethodDef kMethodMethods[] = {
    {"__reduce__", methodReduce, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type MethodType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "method",
    .basicSize = sizeof(MethodObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .doc = "Create a bound instance method object.",
    .weaklistOffset = offsetof(MethodObject, weaklist),
    .methods = kMethodMethods,
    .getsets = kMethodGetSets,
    .dealloc = methodDealloc,
    .traverse = methodTraverse,
    .repr = methodRepr,
    .hash = methodHash,
    .richCompare = methodRichCompare,
    .getAttr = methodGetAttr,
    .call = methodCall,
    .new_ = methodTypeNew,
};

// ---------------------------------------------------------------------------------------------
// CellType

namespace {

void cellDealloc(Object* o) {
    clearRef(asCell(o)->ref);
    freeObject(o);
}

void cellTraverse(Object* o, VisitFn visit, void* arg) {
    if (asCell(o)->ref) visit(asCell(o)->ref, arg);
}

void cellClear(Object* o) { clearRef(asCell(o)->ref); }

Object* cellRepr(Object* o) {
    Object* r = asCell(o)->ref;
    if (!r) return strFormat("<cell at %p: empty>", static_cast<void*>(o));
    return strFormat("<cell at %p: %s object at %p>", static_cast<void*>(o), typeName(r->type),
                     static_cast<void*>(r));
}

Object* cellRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isCell(a) || !isCell(b)) return newNotImplemented();
    Object* x = asCell(a)->ref;
    Object* y = asCell(b)->ref;
    if (x && y) return richCompare(x, y, op);
    // Empty cells sort before non-empty ones.
    int c = (x ? 1 : 0) - (y ? 1 : 0);
    bool r = false;
    switch (op) {
    case CompareOp::Lt: r = c < 0; break;
    case CompareOp::Le: r = c <= 0; break;
    case CompareOp::Eq: r = c == 0; break;
    case CompareOp::Ne: r = c != 0; break;
    case CompareOp::Gt: r = c > 0; break;
    case CompareOp::Ge: r = c >= 0; break;
    }
    return newBool(r);
}

Object* cellGetContents(Object* o, void*) {
    Object* r = asCell(o)->ref;
    if (!r) return setError(&ExcValueError, "Cell is empty");
    return newRef(r);
}
int cellSetContents(Object* o, Object* v, void*) {
    xincref(v);
    setRef(asCell(o)->ref, v);
    return 0;
}

const GetSetDef kCellGetSets[] = {
    {"cell_contents", cellGetContents, cellSetContents, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* cellTypeNew(Type*, Object* args, Object* kwargs) {
    if (kwargs && dictSize(kwargs)) return setError(&ExcTypeError, "cell() takes no keyword arguments");
    if (tupleSize(args) > 1) {
        return setError(&ExcTypeError, "cell expected at most 1 argument, got %zd", tupleSize(args));
    }
    return cellNew(tupleSize(args) ? tupleItem(args, 0) : nullptr);
}

}  // namespace

Type CellType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "cell",
    .basicSize = sizeof(CellObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .doc = "Create a new cell object.",
    .getsets = kCellGetSets,
    .dealloc = cellDealloc,
    .traverse = cellTraverse,
    .clear = cellClear,
    .repr = cellRepr,
    .hash = hashNotImplemented,
    .richCompare = cellRichCompare,
    .new_ = cellTypeNew,
};

}  // namespace krait
