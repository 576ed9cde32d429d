// Out-of-line parts of the interpreter: raising, unpacking, imports, pattern matching,
// except*, **kwargs merging, __build_class__ and zero-argument super().
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "interp/eval.h"
#include "interp/eval_internal.h"
#include "interp/function.h"
#include "interp/import.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

// Implemented by the import system (vm/interp/import.cpp).
Object* importName(Object* name, Object* globals, Object* fromlist, int level);

// ---------------------------------------------------------------------------------------------
// Errors

void raiseNameError(Type* type, const char* fmt, Object* name) {
    setError(type, fmt, name);
    Object* exc = currentError();
    if (exc && isInstanceOf(exc, &ExcNameError)) {
        NameErrorObject* ne = reinterpret_cast<NameErrorObject*>(exc);
        setRef(ne->name, newRef(name));
    }
}

void raiseUnboundError(CodeObject* code, int index) {
    if (errOccurred()) return;
    Object* name = tupleItem(code->localsPlusNames, index);
    uint8_t kind = uint8_t(bytesData(code->localsPlusKinds)[index]);
    if (kind & kFree) {
        raiseNameError(&ExcNameError,
                       "cannot access free variable '%U' where it is not associated with a "
                       "value in enclosing scope",
                       name);
    } else {
        raiseNameError(&ExcUnboundLocalError,
                       "cannot access local variable '%U' where it is not associated with a "
                       "value",
                       name);
    }
}

Object* lookupSpecial(Object* o, Object* name) {
    Object* descr = typeLookup(o->type, name);
    if (!descr) return nullptr;
    DescrGetFn get = descr->type->descrGet;
    if (get) return get(descr, o, asObject(o->type));
    return newRef(descr);
}

Object* topmostHandledException(ThreadState* ts) {
    for (ExcInfo* ei = ts->excInfo; ei; ei = ei->previous) {
        if (ei->exc && !isNone(ei->exc)) return ei->exc;
    }
    return nullptr;
}

void doRaise(Object* exc, Object* cause) {
    Object* value = nullptr;
    if (isExceptionClass(exc)) {
        value = callNoArgs(exc);
        if (!value) return;
        if (!isBaseException(value)) {
            setError(&ExcTypeError,
                     "calling %R should have returned an instance of BaseException, not %R", exc,
                     asObject(value->type));
            decref(value);
            return;
        }
    } else if (isBaseException(exc)) {
        value = newRef(exc);
    } else {
        setError(&ExcTypeError, "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        Object* fixed = nullptr;
        if (isExceptionClass(cause)) {
            fixed = callNoArgs(cause);
            if (!fixed) {
                decref(value);
                return;
            }
            if (!isBaseException(fixed)) {
                setError(&ExcTypeError,
                         "calling %R should have returned an instance of BaseException, not %R",
                         cause, asObject(fixed->type));
                decref(fixed);
                decref(value);
                return;
            }
        } else if (isBaseException(cause)) {
            fixed = newRef(cause);
        } else if (!isNone(cause)) {
            setError(&ExcTypeError, "exception causes must derive from BaseException");
            decref(value);
            return;
        }
        setRef(asExc(value)->cause, fixed);
        asExc(value)->suppressContext = true;
    }
    chainExceptionContext(value);
    restoreError(value);
}

bool checkExceptType(Object* type, bool star) {
    const char* msg = "catching classes that do not inherit from BaseException is not allowed";
    if (isTuple(type)) {
        for (ssize i = 0; i < tupleSize(type); i++) {
            Object* t = tupleItem(type, i);
            if (!isExceptionClass(t)) {
                setError(&ExcTypeError, "%s", msg);
                return false;
            }
            if (star && isSubtype(asType(t), &ExcBaseExceptionGroup)) {
                setError(&ExcTypeError,
                         "catching ExceptionGroup with except* is not allowed. Use except "
                         "instead.");
                return false;
            }
        }
        return true;
    }
    if (!isExceptionClass(type)) {
        setError(&ExcTypeError, "%s", msg);
        return false;
    }
    if (star && isSubtype(asType(type), &ExcBaseExceptionGroup)) {
        setError(&ExcTypeError,
                 "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return false;
    }
    return true;
}

bool exceptionGroupMatch(Object* exc, Object* type, Object** match, Object** rest) {
    if (isNone(exc)) {
        *match = newNone();
        *rest = newNone();
        return true;
    }
    int m = isInstance(exc, type);
    if (m < 0) return false;
    bool isEg = isInstanceOf(exc, &ExcBaseExceptionGroup);
    if (m) {
        if (isEg) {
            *match = newRef(exc);
        } else {
            Object* excs = tuplePack({exc});
            if (!excs) return false;
            Object* msg = emptyStr();
            Object* args[2] = {msg, excs};
            Object* wrapped = call(asObject(&ExcExceptionGroup), args, 2);
            decref(excs);
            if (!wrapped) return false;
            Object* tb = asExc(exc)->traceback;
            xincref(tb);
            setRef(asExc(wrapped)->traceback, tb);
            *match = wrapped;
        }
        *rest = newNone();
        return true;
    }
    if (isEg) {
        Object* pair = callMethod(exc, "split", &type, 1);
        if (!pair) return false;
        if (!isTuple(pair) || tupleSize(pair) != 2) {
            decref(pair);
            setError(&ExcTypeError, "%s.split must return a 2-tuple", typeName(exc->type));
            return false;
        }
        *match = newRef(tupleItem(pair, 0));
        *rest = newRef(tupleItem(pair, 1));
        decref(pair);
        return true;
    }
    *match = newNone();
    *rest = newNone();
    return true;
}

namespace {

bool collectLeafIds(Object* e, Object* ids) {
    if (isNone(e)) return true;
    if (isInstanceOf(e, &ExcBaseExceptionGroup)) {
        Object* excs = reinterpret_cast<BaseExceptionGroupObject*>(e)->excs;
        if (!excs) return true;
        for (ssize i = 0; i < tupleSize(excs); i++) {
            if (!collectLeafIds(tupleItem(excs, i), ids)) return false;
        }
        return true;
    }
    Object* id = intFromUint64(uint64_t(reinterpret_cast<uintptr_t>(e)));
    if (!id) return false;
    int r = setAdd(ids, id);
    decref(id);
    return r >= 0;
}

// Predicate for BaseExceptionGroup.split: is the leaf's id in the set (self)?
Object* leafIdPredicate(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return setError(&ExcTypeError, "predicate takes one argument");
    Object* id = intFromUint64(uint64_t(reinterpret_cast<uintptr_t>(args[0])));
    if (!id) return nullptr;
    int r = setContains(self, id);
    decref(id);
    if (r < 0) return nullptr;
    return newBool(r != 0);
}

const MethodDef kLeafIdPredicateDef = {"_leaf_id_match", leafIdPredicate, 0, nullptr};

bool sameExceptionMetadata(Object* a, Object* b) {
    BaseExceptionObject* x = asExc(a);
    BaseExceptionObject* y = asExc(b);
    return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause &&
           x->context == y->context;
}

}  // namespace

Object* prepReraiseStar(Object* orig, Object* excs) {
    ssize n = listSize(excs);
    if (n == 0) return newNone();
    if (!isInstanceOf(orig, &ExcBaseExceptionGroup)) {
        return newRef(listItem(excs, 0));
    }
    Ref<> raised = Ref<>::steal(listNew(0));
    Ref<> ids = Ref<>::steal(setNew(nullptr));
    if (!raised || !ids) return nullptr;
    bool anyReraised = false;
    for (ssize i = 0; i < n; i++) {
        Object* e = listItem(excs, i);
        if (isNone(e)) continue;
        if (sameExceptionMetadata(e, orig)) {
            anyReraised = true;
            if (!collectLeafIds(e, ids.get())) return nullptr;
        } else if (listAppend(raised.get(), e) < 0) {
            return nullptr;
        }
    }
    Ref<> reraisedEg = Ref<>::borrow(none());
    if (anyReraised) {
        Ref<> pred = Ref<>::steal(newBuiltinFunction(&kLeafIdPredicateDef, ids.get(), nullptr));
        if (!pred) return nullptr;
        Object* arg = pred.get();
        Ref<> pair = Ref<>::steal(callMethod(orig, "split", &arg, 1));
        if (!pair) return nullptr;
        reraisedEg = Ref<>::borrow(tupleItem(pair.get(), 0));
    }
    if (listSize(raised.get()) == 0) return reraisedEg.release();
    if (!isNone(reraisedEg.get()) && listAppend(raised.get(), reraisedEg.get()) < 0) return nullptr;
    Object* args[2] = {emptyStr(), raised.get()};
    return call(asObject(&ExcExceptionGroup), args, 2);
}

// ---------------------------------------------------------------------------------------------
// Unpacking

bool unpackIterable(Object* v, int argcnt, int argcntAfter, Object** sp) {
    Object* it = getIter(v);
    if (!it) {
        if (errMatches(&ExcTypeError) && !v->type->iter && !v->type->getItem) {
            clearError();
            setError(&ExcTypeError, "cannot unpack non-iterable %s object", typeName(v->type));
        }
        return false;
    }
    int i = 0;
    Object** top = sp;
    for (; i < argcnt; i++) {
        Object* w = iterNext(it);
        if (!w) {
            if (!errOccurred()) {
                if (argcntAfter == -1) {
                    setError(&ExcValueError, "not enough values to unpack (expected %d, got %d)",
                             argcnt, i);
                } else {
                    setError(&ExcValueError,
                             "not enough values to unpack (expected at least %d, got %d)",
                             argcnt + argcntAfter, i);
                }
            }
            goto fail;
        }
        *--sp = w;
    }
    if (argcntAfter == -1) {
        Object* w = iterNext(it);
        if (!w) {
            if (errOccurred()) goto fail;
            decref(it);
            return true;
        }
        decref(w);
        setError(&ExcValueError, "too many values to unpack (expected %d)", argcnt);
        goto fail;
    }
    {
        Object* l = sequenceList(it);
        if (!l) goto fail;
        *--sp = l;
        i++;
        ssize ll = listSize(l);
        if (ll < argcntAfter) {
            setError(&ExcValueError, "not enough values to unpack (expected at least %d, got %zd)",
                     argcnt + argcntAfter, ssize(argcnt) + ll);
            goto fail;
        }
        for (int j = argcntAfter; j > 0; j--, i++) *--sp = listItem(l, ll - j);
        asList(l)->size = ll - argcntAfter;
    }
    decref(it);
    return true;
fail:
    for (Object** p = sp; p < top; p++) decref(*p);
    decref(it);
    return false;
}

// ---------------------------------------------------------------------------------------------
// Calls

bool mergeKwargs(Object* dict, Object* update, Object* func) {
    auto dup = [&](Object* key) {
        Object* desc = functionDescription(func);
        if (!desc) return false;
        // Any key, as CPython (a non-str key is rejected later, when the call is made).
        setError(&ExcTypeError, "%U got multiple values for keyword argument '%S'", desc, key);
        decref(desc);
        return false;
    };
    if (isDict(update)) {
        ssize pos = 0;
        Object *k, *v;
        while (dictNext(update, &pos, &k, &v)) {
            int has = dictContains(dict, k);
            if (has < 0) return false;
            if (has) return dup(k);
            if (dictSetItem(dict, k, v) < 0) return false;
        }
        return true;
    }
    Object* keys = callMethod(update, "keys", nullptr, 0);
    if (!keys) {
        if (errMatches(&ExcAttributeError)) {
            clearError();
            Object* desc = functionDescription(func);
            if (!desc) return false;
            setError(&ExcTypeError, "%U argument after ** must be a mapping, not %s", desc,
                     typeName(update->type));
            decref(desc);
        }
        return false;
    }
    Object* it = getIter(keys);
    decref(keys);
    if (!it) return false;
    Object* k;
    while ((k = iterNext(it))) {
        int has = dictContains(dict, k);
        if (has != 0) {
            if (has > 0) dup(k);
            decref(k);
            decref(it);
            return false;
        }
        Object* v = getItem(update, k);
        if (!v || dictSetItem(dict, k, v) < 0) {
            xdecref(v);
            decref(k);
            decref(it);
            return false;
        }
        decref(v);
        decref(k);
    }
    decref(it);
    return !errOccurred();
}

Object* callArgsToTuple(Object* func, Object* args) {
    if (!args->type->iter && !args->type->getItem) {
        Object* desc = functionDescription(func);
        if (!desc) return nullptr;
        setError(&ExcTypeError, "%U argument after * must be an iterable, not %s", desc,
                 typeName(args->type));
        decref(desc);
        return nullptr;
    }
    return sequenceTuple(args);
}

Object* formatValue(Object* value, int conversion, Object* spec) {
    Ref<> v = Ref<>::borrow(value);
    switch (conversion) {
    case 1: v.reset(str(value)); break;
    case 2: v.reset(repr(value)); break;
    case 3: v.reset(ascii(value)); break;
    default: break;
    }
    if (!v) return nullptr;
    if (isStrExact(v.get()) && (!spec || strLength(spec) == 0)) return v.release();
    return format(v.get(), spec);
}

// ---------------------------------------------------------------------------------------------
// Imports

Object* importNameOp(Frame* f, Object* name, Object* fromlist, Object* level) {
    int64_t lv = 0;
    if (!isInt(level) || !intAsInt64(level, &lv)) {
        if (!errOccurred()) setError(&ExcTypeError, "import level must be an int");
        return nullptr;
    }
    Object* bi = dictGetItemStr(f->builtins, "__import__");
    if (!bi) {
        if (!errOccurred()) setError(&ExcImportError, "__import__ not found");
        return nullptr;
    }
    if (!isBuiltinImportFunction(bi)) {
        // builtins.__import__ was replaced: the statement calls the replacement with
        // (name, globals, locals or None, fromlist, level), as CPython's import_name.
        Object* argv[5] = {name, f->globals, f->locals ? f->locals : none(), fromlist, level};
        return call(bi, argv, 5, nullptr);
    }
    return importName(name, f->globals, fromlist, int(lv));
}

Object* importFromOp(Object* module, Object* name) {
    Object* x = lookupAttr(module, name);
    if (x || errOccurred()) return x;
    Ref<> pkgname = Ref<>::steal(lookupAttr(module, KRAIT_STR(__name__)));
    if (!pkgname && errOccurred()) return nullptr;
    if (pkgname && isStr(pkgname.get())) {
        Ref<> full = Ref<>::steal(strFormat("%U.%U", pkgname.get(), name));
        if (!full) return nullptr;
        Object* modules = currentThread()->interp->modules;
        if (modules) {
            Object* m = dictGetItem(modules, full.get());
            if (m) return newRef(m);
            if (errOccurred()) return nullptr;
        }
    }
    Ref<> pkgpath = Ref<>::steal(lookupAttr(module, KRAIT_STR(__file__)));
    if (!pkgpath && errOccurred()) clearError();
    Ref<> pname = pkgname && isStr(pkgname.get()) ? pkgname
                                                  : Ref<>::steal(strFromAscii("<unknown module name>"));
    Ref<> msg;
    bool initializing = false;
    Ref<> spec = Ref<>::steal(lookupAttr(module, KRAIT_STR(__spec__)));
    if (spec && !isNone(spec.get())) {
        Ref<> init = Ref<>::steal(lookupAttr(spec.get(), KRAIT_STR(_initializing)));
        if (init) initializing = isTrueNoErr(init.get()) > 0;
    }
    if (errOccurred()) clearError();
    if (!pkgpath || !isStr(pkgpath.get())) {
        msg.reset(strFormat("cannot import name %R from %R (unknown location)", name, pname.get()));
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
    Object* args[3] = {msg.get(), pname.get(), pkgpath && isStr(pkgpath.get()) ? pkgpath.get() : none()};
    Object* exc = call(asObject(&ExcImportError), args, 1, kwn.get());
    if (!exc) return nullptr;
    restoreError(exc);
    return nullptr;
}

bool importStarOp(Frame* f, Object* module) {
    if (!f->locals) {
        setError(&ExcSystemError, "no locals found during 'import *'");
        return false;
    }
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
    Object* name;
    while ((name = iterNext(it.get()))) {
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
        int r = isDictExact(f->locals) ? dictSetItem(f->locals, name, v.get())
                                       : setItem(f->locals, name, v.get());
        if (r < 0) return false;
    }
    return !errOccurred();
}

// ---------------------------------------------------------------------------------------------
// Pattern matching

bool isMatchSelfType(Type* t) {
    static Type* const kSelf[] = {&BoolType, &ByteArrayType, &BytesType, &DictType,
                                  &FloatType, &FrozenSetType, &IntType, &ListType,
                                  &SetType, &StrType, &TupleType};
    for (Type* s : kSelf) {
        if (isSubtype(t, s)) return true;
    }
    return false;
}

namespace {

Object* matchClassAttr(Object* subject, Object* type, Object* name, Object* seen) {
    int has = setContains(seen, name);
    if (has < 0) return nullptr;
    if (has) {
        setError(&ExcTypeError, "%s() got multiple sub-patterns for attribute %R",
                 typeName(asType(type)), name);
        return nullptr;
    }
    if (setAdd(seen, name) < 0) return nullptr;
    return lookupAttr(subject, name);   // missing: null without error
}

}  // namespace

Object* matchClass(Object* subject, Object* type, int nargs, Object* kwargs) {
    if (!isType(type)) return setError(&ExcTypeError, "called match pattern must be a type");
    int inst = isInstance(subject, type);
    if (inst <= 0) return nullptr;
    Ref<> seen = Ref<>::steal(setNew(nullptr));
    Ref<> attrs = Ref<>::steal(listNew(0));
    if (!seen || !attrs) return nullptr;
    Ref<> matchArgs;
    bool matchSelf = false;
    if (nargs) {
        matchArgs.reset(lookupAttr(type, KRAIT_STR(__match_args__)));
        if (matchArgs) {
            if (!isTuple(matchArgs.get())) {
                return setError(&ExcTypeError, "%s.__match_args__ must be a tuple (got %s)",
                                typeName(asType(type)), typeName(matchArgs->type));
            }
        } else {
            if (errOccurred()) return nullptr;
            matchSelf = isMatchSelfType(asType(type));
            matchArgs = Ref<>::borrow(emptyTuple());
        }
        ssize allowed = matchSelf ? 1 : tupleSize(matchArgs.get());
        if (allowed < nargs) {
            return setError(&ExcTypeError, "%s() accepts %zd positional sub-pattern%s (%d given)",
                            typeName(asType(type)), allowed, allowed == 1 ? "" : "s", nargs);
        }
        if (matchSelf) {
            if (listAppend(attrs.get(), subject) < 0) return nullptr;
        } else {
            for (int i = 0; i < nargs; i++) {
                Object* name = tupleItem(matchArgs.get(), i);
                if (!isStr(name)) {
                    return setError(&ExcTypeError,
                                    "__match_args__ elements must be strings (got %s)",
                                    typeName(name->type));
                }
                Object* a = matchClassAttr(subject, type, name, seen.get());
                if (!a) return nullptr;
                int r = listAppend(attrs.get(), a);
                decref(a);
                if (r < 0) return nullptr;
            }
        }
    }
    for (ssize i = 0; i < tupleSize(kwargs); i++) {
        Object* a = matchClassAttr(subject, type, tupleItem(kwargs, i), seen.get());
        if (!a) return nullptr;
        int r = listAppend(attrs.get(), a);
        decref(a);
        if (r < 0) return nullptr;
    }
    return listAsTuple(attrs.get());
}

Object* matchKeys(Object* subject, Object* keys) {
    ssize n = tupleSize(keys);
    if (n == 0) return newRef(emptyTuple());
    Ref<> get = Ref<>::steal(getAttr(subject, "get"));
    if (!get) return nullptr;
    Ref<> seen = Ref<>::steal(setNew(nullptr));
    Ref<> values = Ref<>::steal(listNew(0));
    if (!seen || !values) return nullptr;
    // A private sentinel object distinguishes missing keys from None values.
    Ref<> dummy = Ref<>::steal(allocObject(&ObjectType));
    if (!dummy) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* key = tupleItem(keys, i);
        int has = setContains(seen.get(), key);
        if (has < 0) return nullptr;
        if (has) return setError(&ExcValueError, "mapping pattern checks duplicate key (%R)", key);
        if (setAdd(seen.get(), key) < 0) return nullptr;
        Object* args[2] = {key, dummy.get()};
        Ref<> v = Ref<>::steal(call(get.get(), args, 2));
        if (!v) return nullptr;
        if (v.get() == dummy.get()) return newNone();
        if (listAppend(values.get(), v.get()) < 0) return nullptr;
    }
    return listAsTuple(values.get());
}

// ---------------------------------------------------------------------------------------------
// __build_class__

namespace {

// PEP 560: replace bases that are not classes but have __mro_entries__.
Object* updateBases(Object* bases) {
    ssize n = tupleSize(bases);
    Ref<> newBases;
    for (ssize i = 0; i < n; i++) {
        Object* b = tupleItem(bases, i);
        if (isType(b)) {
            if (newBases && listAppend(newBases.get(), b) < 0) return nullptr;
            continue;
        }
        Ref<> meth = Ref<>::steal(lookupAttr(b, KRAIT_STR(__mro_entries__)));
        if (!meth) {
            if (errOccurred()) return nullptr;
            if (newBases && listAppend(newBases.get(), b) < 0) return nullptr;
            continue;
        }
        Ref<> entries = Ref<>::steal(callOneArg(meth.get(), bases));
        if (!entries) return nullptr;
        if (!isTuple(entries.get())) {
            return setError(&ExcTypeError, "__mro_entries__ must return a tuple");
        }
        if (!newBases) {
            newBases.reset(listNew(0));
            if (!newBases) return nullptr;
            for (ssize j = 0; j < i; j++) {
                if (listAppend(newBases.get(), tupleItem(bases, j)) < 0) return nullptr;
            }
        }
        if (listExtend(newBases.get(), entries.get()) < 0) return nullptr;
    }
    if (!newBases) return newRef(bases);
    return listAsTuple(newBases.get());
}

}  // namespace

Object* buildClass(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 2) return setError(&ExcTypeError, "__build_class__: not enough arguments");
    Object* func = args[0];
    if (!isFunction(func)) return setError(&ExcTypeError, "__build_class__: func must be a function");
    Object* name = args[1];
    if (!isStr(name)) return setError(&ExcTypeError, "__build_class__: name is not a string");
    Ref<> origBases = Ref<>::steal(tupleFromArray(args + 2, ssize(nargs - 2)));
    if (!origBases) return nullptr;
    Ref<> bases = Ref<>::steal(updateBases(origBases.get()));
    if (!bases) return nullptr;
    Ref<> kwds;
    Ref<> meta;
    ssize nkw = kwnames ? tupleSize(kwnames) : 0;
    if (nkw) {
        kwds.reset(dictNew());
        if (!kwds) return nullptr;
        for (ssize i = 0; i < nkw; i++) {
            if (dictSetItem(kwds.get(), tupleItem(kwnames, i), args[nargs + size_t(i)]) < 0) {
                return nullptr;
            }
        }
        Object* m = dictGetItemStr(kwds.get(), "metaclass");
        if (m) {
            meta = Ref<>::borrow(m);
            if (dictDelItemStr(kwds.get(), "metaclass") < 0) return nullptr;
        } else if (errOccurred()) {
            return nullptr;
        }
    }
    bool isClass;
    if (!meta) {
        if (tupleSize(bases.get()) == 0) meta = Ref<>::borrow(asObject(&TypeType));
        else meta = Ref<>::borrow(asObject(tupleItem(bases.get(), 0)->type));
        isClass = true;
    } else {
        isClass = isType(meta.get());
    }
    if (isClass) {
        Type* winner = calculateMetaclass(asType(meta.get()), bases.get());
        if (!winner) return nullptr;
        meta = Ref<>::borrow(asObject(winner));
    }
    // Keyword arguments for __prepare__ and the metaclass call, as a vectorcall tail.
    std::vector<Object*> kwValues;
    Ref<> kwn;
    if (kwds && dictSize(kwds.get())) {
        kwn.reset(tupleNew(dictSize(kwds.get())));
        if (!kwn) return nullptr;
        ssize pos = 0, i = 0;
        Object *k, *v;
        while (dictNext(kwds.get(), &pos, &k, &v)) {
            tupleSetItemSteal(kwn.get(), i++, newRef(k));
            kwValues.push_back(v);
        }
    }
    Ref<> ns;
    Ref<> prep = Ref<>::steal(lookupAttr(meta.get(), KRAIT_STR(__prepare__)));
    if (!prep) {
        if (errOccurred()) return nullptr;
        ns.reset(dictNew());
    } else {
        std::vector<Object*> pargs = {name, bases.get()};
        pargs.insert(pargs.end(), kwValues.begin(), kwValues.end());
        ns.reset(call(prep.get(), pargs.data(), 2, kwn.get()));
    }
    if (!ns) return nullptr;
    if (!isDict(ns.get()) && !ns->type->getItem) {
        return setError(&ExcTypeError, "%s.__prepare__() must return a mapping, not %s",
                        isClass ? typeName(asType(meta.get())) : "<metaclass>",
                        typeName(ns->type));
    }
    Ref<> cell = Ref<>::steal(evalFunctionWithLocals(func, ns.get()));
    if (!cell) return nullptr;
    if (bases.get() != origBases.get()) {
        if (setItem(ns.get(), KRAIT_STR(__orig_bases__), origBases.get()) < 0) return nullptr;
    }
    std::vector<Object*> margs = {name, bases.get(), ns.get()};
    margs.insert(margs.end(), kwValues.begin(), kwValues.end());
    Ref<> cls = Ref<>::steal(call(meta.get(), margs.data(), 3, kwn.get()));
    if (!cls) return nullptr;
    if (isType(cls.get()) && isCell(cell.get())) {
        Object* cellCls = asCell(cell.get())->ref;
        if (cellCls != cls.get()) {
            if (!cellCls) {
                return setError(&ExcRuntimeError,
                                "__class__ not set defining %R as %R. Was __classcell__ "
                                "propagated to type.__new__?",
                                name, cls.get());
            }
            return setError(&ExcTypeError, "__class__ set to %R defining %R as %R", cellCls, name,
                            cls.get());
        }
    }
    return cls.release();
}

// ---------------------------------------------------------------------------------------------
// super() without arguments (hook declared in objects/type.h)

bool superZeroArgs(Type** type, Object** obj) {
    Frame* f = currentFrame();
    if (!f) {
        setError(&ExcRuntimeError, "super(): no current frame");
        return false;
    }
    CodeObject* co = f->code;
    if (co->argCount == 0) {
        setError(&ExcRuntimeError, "super(): no arguments");
        return false;
    }
    Object** lp = f->localsplus();
    const char* kinds = bytesData(co->localsPlusKinds);
    Object* first = lp[0];
    if (first && (uint8_t(kinds[0]) & kCell) && isCell(first)) first = asCell(first)->ref;
    if (!first) {
        setError(&ExcRuntimeError, "super(): arg[0] deleted");
        return false;
    }
    for (int i = 0; i < co->nLocalsPlus; i++) {
        if (!(uint8_t(kinds[i]) & kFree)) continue;
        Object* name = tupleItem(co->localsPlusNames, i);
        if (!strEqualsAscii(name, "__class__")) continue;
        Object* cell = lp[i];
        if (!cell || !isCell(cell)) {
            setError(&ExcRuntimeError, "super(): bad __class__ cell");
            return false;
        }
        Object* t = asCell(cell)->ref;
        if (!t) {
            setError(&ExcRuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!isType(t)) {
            setError(&ExcRuntimeError, "super(): __class__ is not a type (%s)", typeName(t->type));
            return false;
        }
        *type = asType(newRef(t));
        *obj = newRef(first);
        return true;
    }
    setError(&ExcRuntimeError, "super(): __class__ cell not found");
    return false;
}

}  // namespace krait
