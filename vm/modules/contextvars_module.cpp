// The _contextvars module (CPython's Python/context.c): ContextVar, Token, Context and
// copy_context(). Each thread has a current context (ThreadState::context, created empty on
// first use). A context maps variables to values through a dict that is never changed once a
// context holds it: ContextVar.set() installs a changed copy, so Context.copy() and
// copy_context() share the dict in O(1) and keys()/values()/items() are stable snapshots, as
// with CPython's immutable HAMT. Context.run() enters the context for the call, so asyncio's
// tasks and callbacks each see their own values.
#include <cstdint>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type ContextType;
extern Type ContextVarType;
extern Type ContextTokenType;
extern Type TokenMissingType;

namespace {

struct ContextObject {
    Object ob;
    Object* prev;   // the context that was current when this one was entered (or null)
    Object* vars;   // dict ContextVar -> value; never mutated once stored here
    bool entered;
};

struct ContextVarObject {
    Object ob;
    Object* name;
    Object* defaultValue;   // null: no default
    hash_t hash;
};

struct TokenObject {
    Object ob;
    Object* ctx;
    Object* var;
    Object* oldValue;   // null: the variable had no value (Token.MISSING)
    bool used;
};

ContextObject* asCtx(Object* o) { return reinterpret_cast<ContextObject*>(o); }
ContextVarObject* asVar(Object* o) { return reinterpret_cast<ContextVarObject*>(o); }
TokenObject* asTok(Object* o) { return reinterpret_cast<TokenObject*>(o); }

Object gTokenMissing = {kImmortalRefcnt, &TokenMissingType};

Object* contextNewWithVars(Object* vars) {
    Object* o = allocObject(&ContextType);
    if (!o) return nullptr;
    if (vars) {
        asCtx(o)->vars = newRef(vars);
    } else {
        asCtx(o)->vars = dictNew();
        if (!asCtx(o)->vars) {
            decref(o);
            return nullptr;
        }
    }
    return o;
}

// The current thread's context (borrowed), created on first use.
Object* currentContext() {
    ThreadState* ts = currentThread();
    if (!ts->context) ts->context = contextNewWithVars(nullptr);
    return ts->context;
}

bool checkVarKey(Object* key) {
    if (key->type != &ContextVarType) {
        setError(&ExcTypeError, "a ContextVar key was expected, got %R", key);
        return false;
    }
    return true;
}

// ---- Context ----

Object* contextTpNew(Type*, Object* args, Object* kwargs) {
    if (tupleSize(args) != 0 || (kwargs && dictSize(kwargs) != 0)) {
        return setError(&ExcTypeError, "Context() does not accept any arguments");
    }
    return contextNewWithVars(nullptr);
}

void contextClear(Object* self) {
    clearRef(asCtx(self)->prev);
    clearRef(asCtx(self)->vars);
}

void contextDealloc(Object* self) {
    contextClear(self);
    freeObject(self);
}

void contextTraverse(Object* self, VisitFn visit, void* arg) {
    if (asCtx(self)->prev) visit(asCtx(self)->prev, arg);
    if (asCtx(self)->vars) visit(asCtx(self)->vars, arg);
}

Object* contextRun(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 1) {
        return setError(&ExcTypeError, "run() missing 1 required positional argument");
    }
    ContextObject* ctx = asCtx(self);
    ThreadState* ts = currentThread();
    if (ctx->entered) {
        return setError(&ExcRuntimeError, "cannot enter context: %R is already entered", self);
    }
    // Enter: the previous context (possibly null) moves into ctx->prev.
    ctx->prev = ts->context;
    ctx->entered = true;
    ts->context = newRef(self);
    Object* result = call(args[0], args + 1, nargs - 1, kwnames);
    // Exit.
    if (ts->context != self) {
        // Only reachable through misuse of the embedding API; restore what we can.
        xdecref(result);
        return setError(&ExcRuntimeError,
                        "cannot exit context: thread state references a different context "
                        "object");
    }
    ts->context = ctx->prev;
    ctx->prev = nullptr;
    ctx->entered = false;
    decref(self);
    return result;
}

Object* contextCopy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("copy", kwnames) || !checkArgCount("copy", nargs, 0, 0)) return nullptr;
    return contextNewWithVars(asCtx(self)->vars);
}

Object* contextGet(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("get", kwnames) || !checkArgCount("get", nargs, 1, 2)) return nullptr;
    if (!checkVarKey(args[0])) return nullptr;
    Object* v = dictGetItem(asCtx(self)->vars, args[0]);
    if (v) return newRef(v);
    if (errOccurred()) return nullptr;
    return newRef(nargs > 1 ? args[1] : none());
}

Object* contextKeys(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("keys", kwnames) || !checkArgCount("keys", nargs, 0, 0)) return nullptr;
    return dictKeys(asCtx(self)->vars);
}

Object* contextValues(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("values", kwnames) || !checkArgCount("values", nargs, 0, 0))
        return nullptr;
    return dictValues(asCtx(self)->vars);
}

Object* contextItems(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("items", kwnames) || !checkArgCount("items", nargs, 0, 0))
        return nullptr;
    return dictItems(asCtx(self)->vars);
}

Object* contextSubscript(Object* self, Object* key) {
    if (!checkVarKey(key)) return nullptr;
    Object* v = dictGetItem(asCtx(self)->vars, key);
    if (v) return newRef(v);
    if (errOccurred()) return nullptr;
    return setErrorObject(&ExcKeyError, key);
}

int contextContains(Object* self, Object* key) {
    if (!checkVarKey(key)) return -1;
    return dictContains(asCtx(self)->vars, key);
}

ssize contextLength(Object* self) { return dictSize(asCtx(self)->vars); }

Object* contextIter(Object* self) {
    Ref<> keys = Ref<>::steal(dictKeys(asCtx(self)->vars));
    if (!keys) return nullptr;
    return getIter(keys.get());
}

Object* contextRichCompare(Object* a, Object* b, CompareOp op) {
    if (b->type != &ContextType || (op != CompareOp::Eq && op != CompareOp::Ne)) {
        return newNotImplemented();
    }
    int eq = richCompareBool(asCtx(a)->vars, asCtx(b)->vars, CompareOp::Eq);
    if (eq < 0) return nullptr;
    return newBool(op == CompareOp::Eq ? eq != 0 : eq == 0);
}

const MethodDef kContextMethods[] = {
    {"run", contextRun, 0, nullptr},
    {"copy", contextCopy, 0, "Return a shallow copy of the context object."},
    {"get", contextGet, 0,
     "Return the value for `key` if `key` has the value in the context object.\n\n"
     "If `key` does not exist, return `default`. If `default` is not given,\nreturn None."},
    {"keys", contextKeys, 0, "Return a list of all variables in the context object."},
    {"values", contextValues, 0, "Return a list of all variables' values in the context "
                                 "object."},
    {"items", contextItems, 0, "Return all variables and their values in the context "
                               "object.\n\nThe result is returned as a list of 2-tuples "
                               "(variable, value)."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- ContextVar ----

Object* varTpNew(Type* t, Object* args, Object* kwargs) {
    // (name, /, *, default), with CPython's argument-parser messages in its order.
    ssize npos = tupleSize(args);
    ssize nkw = kwargs ? dictSize(kwargs) : 0;
    if (npos + nkw > 2) {
        return setError(&ExcTypeError, "ContextVar() takes at most 2 arguments (%zd given)",
                        npos + nkw);
    }
    if (npos > 1) {
        return setError(&ExcTypeError,
                        "ContextVar() takes at most 1 positional argument (%zd given)", npos);
    }
    if (npos == 0) {
        return setError(&ExcTypeError,
                        "ContextVar() takes exactly 1 positional argument (0 given)");
    }
    Object* a[2] = {tupleItem(args, 0), nullptr};
    if (nkw) {
        ssize pos = 0;
        Object* k;
        Object* val;
        while (dictNext(kwargs, &pos, &k, &val)) {
            if (isStr(k) && strEqualsAscii(k, "default")) {
                a[1] = val;
            } else {
                return setError(&ExcTypeError,
                                "'%U' is an invalid keyword argument for ContextVar()", k);
            }
        }
    }
    if (!isStr(a[0])) return setError(&ExcTypeError, "context variable name must be a str");
    Object* o = allocObject(t);
    if (!o) return nullptr;
    ContextVarObject* v = asVar(o);
    v->name = newRef(a[0]);
    v->defaultValue = a[1] ? newRef(a[1]) : nullptr;
    hash_t nameHash = hash(a[0]);
    if (nameHash == -1) {
        decref(o);
        return nullptr;
    }
    hash_t h = hashPointer(o) ^ nameHash;
    v->hash = h == -1 ? -2 : h;
    return o;
}

void varClear(Object* self) {
    clearRef(asVar(self)->name);
    clearRef(asVar(self)->defaultValue);
}

void varDealloc(Object* self) {
    varClear(self);
    freeObject(self);
}

void varTraverse(Object* self, VisitFn visit, void* arg) {
    if (asVar(self)->name) visit(asVar(self)->name, arg);
    if (asVar(self)->defaultValue) visit(asVar(self)->defaultValue, arg);
}

hash_t varHash(Object* self) { return asVar(self)->hash; }

Object* varGet(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("get", kwnames) || !checkArgCount("get", nargs, 0, 1)) return nullptr;
    Object* v = dictGetItem(asCtx(currentContext())->vars, self);
    if (v) return newRef(v);
    if (errOccurred()) return nullptr;
    if (nargs) return newRef(args[0]);
    if (asVar(self)->defaultValue) return newRef(asVar(self)->defaultValue);
    return setErrorObject(&ExcLookupError, self);
}

// Installs a copy of ctx's vars with var set to value (value null: removed).
bool contextReplaceVar(Object* ctx, Object* var, Object* value) {
    Ref<> fresh = Ref<>::steal(dictCopy(asCtx(ctx)->vars));
    if (!fresh) return false;
    if (value) {
        if (dictSetItem(fresh.get(), var, value) < 0) return false;
    } else if (dictDelItem(fresh.get(), var) < 0) {
        return false;
    }
    setRef(asCtx(ctx)->vars, fresh.release());
    return true;
}

Object* varSet(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("set", kwnames) || !checkArgCount("set", nargs, 1, 1)) return nullptr;
    Ref<> ctx = Ref<>::borrow(currentContext());
    if (!ctx) return nullptr;
    Object* old = dictGetItem(asCtx(ctx.get())->vars, self);
    if (!old && errOccurred()) return nullptr;
    Ref<> tok = Ref<>::steal(allocObject(&ContextTokenType));
    if (!tok) return nullptr;
    TokenObject* t = asTok(tok.get());
    t->ctx = newRef(ctx.get());
    t->var = newRef(self);
    t->oldValue = old ? newRef(old) : nullptr;
    if (!contextReplaceVar(ctx.get(), self, args[0])) return nullptr;
    return tok.release();
}

Object* varReset(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("reset", kwnames) || !checkArgCount("reset", nargs, 1, 1)) return nullptr;
    Object* token = args[0];
    if (token->type != &ContextTokenType) {
        return setError(&ExcTypeError, "expected an instance of Token, got %R", token);
    }
    TokenObject* t = asTok(token);
    if (t->used) return setError(&ExcRuntimeError, "%R has already been used once", token);
    if (t->var != self) {
        return setError(&ExcValueError, "%R was created by a different ContextVar", token);
    }
    Object* ctx = currentContext();
    if (!ctx) return nullptr;
    if (t->ctx != ctx) {
        return setError(&ExcValueError, "%R was created in a different Context", token);
    }
    t->used = true;
    if (!t->oldValue) {
        int has = dictContains(asCtx(ctx)->vars, self);
        if (has < 0) return nullptr;
        if (!has) return setErrorObject(&ExcLookupError, self);
    }
    if (!contextReplaceVar(ctx, self, t->oldValue)) return nullptr;
    return newNone();
}

Object* varRepr(Object* self) {
    ContextVarObject* v = asVar(self);
    if (v->defaultValue) {
        return strFormat("<ContextVar name=%R default=%R at %p>", v->name, v->defaultValue,
                         static_cast<void*>(self));
    }
    return strFormat("<ContextVar name=%R at %p>", v->name, static_cast<void*>(self));
}

Object* classGetItem(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("__class_getitem__", kwnames) ||
        !checkArgCount("__class_getitem__", nargs, 1, 1)) {
        return nullptr;
    }
    return genericAliasNew(cls, args[0]);
}

const MethodDef kVarMethods[] = {
    {"get", varGet, 0,
     "Return a value for the context variable for the current context.\n\nIf there is no "
     "value for the variable in the current context, the method will:\n * return the value "
     "of the default argument of the method, if provided; or\n * return the default value "
     "for the context variable, if it was created\n   with one; or\n * raise a LookupError."},
    {"set", varSet, 0,
     "Call to set a new value for the context variable in the current context.\n\nThe "
     "required value argument is the new value for the context variable.\n\nReturns a Token "
     "object that can be used to restore the variable to its previous\nvalue via the "
     "`ContextVar.reset()` method."},
    {"reset", varReset, 0,
     "Reset the context variable.\n\nThe variable is reset to the value it had before the "
     "`ContextVar.set()` that\ncreated the token was used."},
    {"__class_getitem__", classGetItem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef kVarMembers[] = {
    {"name", MemberKind::ObjectReadOnly, offsetof(ContextVarObject, name), nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

// ---- Token ----

Object* tokenTpNew(Type*, Object*, Object*) {
    return setError(&ExcRuntimeError, "Tokens can only be created by ContextVars");
}

void tokenClear(Object* self) {
    clearRef(asTok(self)->ctx);
    clearRef(asTok(self)->var);
    clearRef(asTok(self)->oldValue);
}

void tokenDealloc(Object* self) {
    tokenClear(self);
    freeObject(self);
}

void tokenTraverse(Object* self, VisitFn visit, void* arg) {
    TokenObject* t = asTok(self);
    if (t->ctx) visit(t->ctx, arg);
    if (t->var) visit(t->var, arg);
    if (t->oldValue) visit(t->oldValue, arg);
}

Object* tokenRepr(Object* self) {
    return strFormat("<Token%s var=%R at %p>", asTok(self)->used ? " used" : "", asTok(self)->var,
                     static_cast<void*>(self));
}

Object* tokenGetVar(Object* self, void*) { return newRef(asTok(self)->var); }

Object* tokenGetOldValue(Object* self, void*) {
    return newRef(asTok(self)->oldValue ? asTok(self)->oldValue : &gTokenMissing);
}

const MethodDef kTokenMethods[] = {
    {"__class_getitem__", classGetItem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kTokenGetSets[] = {
    {"var", tokenGetVar, nullptr, nullptr, nullptr},
    {"old_value", tokenGetOldValue, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* tokenMissingRepr(Object*) { return strFromAscii("<Token.MISSING>"); }

// ---- Module ----

Object* copyContext(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("copy_context", kwnames) || !checkArgCount("copy_context", nargs, 0, 0))
        return nullptr;
    Object* ctx = currentContext();
    if (!ctx) return nullptr;
    return contextNewWithVars(asCtx(ctx)->vars);
}

const MethodDef kContextvarsMethods[] = {
    {"copy_context", copyContext, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type ContextType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_contextvars.Context",
    .basicSize = sizeof(ContextObject),
    .flags = kTypeHaveGC,
    .methods = kContextMethods,
    .dealloc = contextDealloc,
    .traverse = contextTraverse,
    .clear = contextClear,
    .hash = hashNotImplemented,
    .richCompare = contextRichCompare,
    .getAttr = genericGetAttr,
    .new_ = contextTpNew,
    .iter = contextIter,
    .length = contextLength,
    .getItem = contextSubscript,
    .contains = contextContains,
};

Type ContextVarType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_contextvars.ContextVar",
    .basicSize = sizeof(ContextVarObject),
    .flags = kTypeHaveGC,
    .methods = kVarMethods,
    .members = kVarMembers,
    .dealloc = varDealloc,
    .traverse = varTraverse,
    .clear = varClear,
    .repr = varRepr,
    .hash = varHash,
    .getAttr = genericGetAttr,
    .new_ = varTpNew,
};

Type ContextTokenType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_contextvars.Token",
    .basicSize = sizeof(TokenObject),
    .flags = kTypeHaveGC,
    .methods = kTokenMethods,
    .getsets = kTokenGetSets,
    .dealloc = tokenDealloc,
    .traverse = tokenTraverse,
    .clear = tokenClear,
    .repr = tokenRepr,
    .getAttr = genericGetAttr,
    .new_ = tokenTpNew,
};

Type TokenMissingType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "Token.MISSING",
    .basicSize = sizeof(Object),
    .repr = tokenMissingRepr,
    .getAttr = genericGetAttr,
};

Object* createContextvarsModule(InterpState*) {
    if (!typeReady(&ContextType) || !typeReady(&ContextVarType) ||
        !typeReady(&ContextTokenType) || !typeReady(&TokenMissingType)) {
        return nullptr;
    }
    if (!dictGetItemStr(ContextTokenType.dict, "MISSING")) {
        if (dictSetItemStr(ContextTokenType.dict, "MISSING", &gTokenMissing) < 0) return nullptr;
    }
    Ref<> m = Ref<>::steal(moduleNew("_contextvars"));
    if (!m || !moduleAddFunctions(m.get(), kContextvarsMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", "Context Variables")) return nullptr;
    if (!moduleAddObject(m.get(), "Context", newRef(asObject(&ContextType))) ||
        !moduleAddObject(m.get(), "ContextVar", newRef(asObject(&ContextVarType))) ||
        !moduleAddObject(m.get(), "Token", newRef(asObject(&ContextTokenType)))) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
