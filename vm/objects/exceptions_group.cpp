// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules, derive, split and
// subgroup, as CPython 3.11.
#include <cstddef>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/exceptions_internal.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

BaseExceptionGroupObject* asGroup(Object* o) {
    return reinterpret_cast<BaseExceptionGroupObject*>(o);
}

bool isGroup(Object* o) { return isInstanceOf(o, &ExcBaseExceptionGroup); }

bool isSequenceLike(Object* o) {
    if (isList(o) || isTuple(o)) return true;
    if (isDict(o)) return false;
    return o->type->getItem != nullptr && typeLookup(o->type, "__getitem__") != nullptr;
}

Object* groupNew(Type* type, Object* args, Object* kwargs) {
    if (kwargs && dictSize(kwargs) > 0) {
        return setError(&ExcTypeError, "%s() takes no keyword arguments", type->name);
    }
    ssize n = tupleSize(args);
    if (n != 2) {
        return setError(&ExcTypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments "
                        "(%zd given)", n);
    }
    Object* message = tupleItem(args, 0);
    Object* exceptions = tupleItem(args, 1);
    if (!isStr(message)) {
        return setError(&ExcTypeError, "BaseExceptionGroup.__new__() argument 1 must be str, "
                        "not %s", isNone(message) ? "None" : typeName(message->type));
    }
    if (!isSequenceLike(exceptions)) {
        return setError(&ExcTypeError, "second argument (exceptions) must be a sequence");
    }
    Ref<> excs = Ref<>::steal(sequenceTuple(exceptions));
    if (!excs) return nullptr;
    ssize count = tupleSize(excs.get());
    if (count == 0) {
        return setError(&ExcValueError, "second argument (exceptions) must be a non-empty "
                        "sequence");
    }
    bool nestedBase = false;
    for (ssize i = 0; i < count; i++) {
        Object* e = tupleItem(excs.get(), i);
        if (!isBaseException(e)) {
            return setError(&ExcValueError, "Item %zd of second argument (exceptions) is not "
                            "an exception", i);
        }
        if (!isInstanceOf(e, &ExcException)) nestedBase = true;
    }
    Type* cls = type;
    if (cls == &ExcBaseExceptionGroup) {
        if (!nestedBase) cls = &ExcExceptionGroup;
    } else if (cls == &ExcExceptionGroup) {
        if (nestedBase) {
            return setError(&ExcTypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (nestedBase && isSubtype(cls, &ExcException)) {
        return setError(&ExcTypeError, "Cannot nest BaseExceptions in '%s'", cls->name);
    }
    Object* o = excNew(cls, args, kwargs);
    if (!o) return nullptr;
    asGroup(o)->msg = newRef(message);
    asGroup(o)->excs = excs.release();
    return o;
}

int groupInit(Object* self, Object* args, Object* kwargs) {
    if (!excNoKeywords(self, kwargs)) return -1;
    return excInit(self, args, nullptr);
}

Object* groupStr(Object* self) {
    BaseExceptionGroupObject* g = asGroup(self);
    ssize n = g->excs ? tupleSize(g->excs) : 0;
    return strFormat("%S (%zd sub-exception%s)", g->msg ? g->msg : emptyStr(), n,
                     n > 1 ? "s" : "");
}

Object* groupDerive(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("BaseExceptionGroup.derive", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "BaseExceptionGroup.derive() takes exactly one argument "
                        "(%zd given)", ssize(nargs));
    }
    BaseExceptionGroupObject* g = asGroup(self);
    Object* cargs[2] = {g->msg ? g->msg : emptyStr(), args[0]};
    return call(asObject(&ExcBaseExceptionGroup), cargs, 2);
}

enum class MatcherKind { ByType, ByPredicate, Instance };

struct Matcher {
    MatcherKind kind;
    Object* value;   // borrowed
};

bool makeMatcher(Object* cond, Matcher* m) {
    if (isExceptionClass(cond)) {
        *m = {MatcherKind::ByType, cond};
        return true;
    }
    if (isTuple(cond)) {
        bool allTypes = true;
        for (ssize i = 0; i < tupleSize(cond); i++) {
            if (!isExceptionClass(tupleItem(cond, i))) allTypes = false;
        }
        if (allTypes) {
            *m = {MatcherKind::ByType, cond};
            return true;
        }
    } else if (isCallable(cond) && !isType(cond)) {
        *m = {MatcherKind::ByPredicate, cond};
        return true;
    }
    setError(&ExcTypeError, "expected a function, exception type or tuple of exception types");
    return false;
}

// -1 error, 0 no match, 1 match.
int matches(const Matcher& m, Object* exc) {
    switch (m.kind) {
    case MatcherKind::ByType:
        return isInstance(exc, m.value);
    case MatcherKind::ByPredicate: {
        Object* r = callOneArg(m.value, exc);
        if (!r) return -1;
        int t = isTrue(r);
        decref(r);
        return t;
    }
    case MatcherKind::Instance:
        return exc == m.value ? 1 : 0;
    }
    return 0;
}

// A group like `orig` holding `excs` (a list) with orig's traceback, cause, context and notes;
// null result (no error) if excs is empty.
bool subset(Object* orig, Object* excs, Object** result) {
    *result = nullptr;
    if (listSize(excs) == 0) return true;
    Ref<> eg = Ref<>::steal(callMethod(orig, "derive", &excs, 1));
    if (!eg) return false;
    if (!isGroup(eg.get())) {
        setError(&ExcTypeError, "derive must return an instance of BaseExceptionGroup");
        return false;
    }
    BaseExceptionObject* o = asExc(orig);
    if (o->traceback) exceptionSetTraceback(eg.get(), newRef(o->traceback));
    exceptionSetContext(eg.get(), o->context ? newRef(o->context) : nullptr);
    exceptionSetCause(eg.get(), o->cause ? newRef(o->cause) : nullptr);
    Ref<> notes = Ref<>::steal(lookupAttr(orig, KRAIT_STR(__notes__)));
    if (!notes && errOccurred()) return false;
    if (notes && (isList(notes.get()) || isTuple(notes.get()))) {
        Ref<> copy = Ref<>::steal(sequenceList(notes.get()));
        if (!copy || setAttr(eg.get(), KRAIT_STR(__notes__), copy.get()) < 0) return false;
    }
    *result = eg.release();
    return true;
}

// Splits exc by the matcher into *match and *rest (new references or null).
bool splitRecursive(Object* exc, const Matcher& m, bool constructRest, Object** match,
                    Object** rest) {
    *match = nullptr;
    *rest = nullptr;
    int r = matches(m, exc);
    if (r < 0) return false;
    if (r) {
        *match = newRef(exc);
        return true;
    }
    if (!isGroup(exc)) {
        if (constructRest) *rest = newRef(exc);
        return true;
    }
    Object* excs = asGroup(exc)->excs;
    Ref<> matchList = Ref<>::steal(listNew(0));
    Ref<> restList = Ref<>::steal(constructRest ? listNew(0) : nullptr);
    if (!matchList || (constructRest && !restList)) return false;
    if (!enterRecursiveCall(" in split()")) return false;
    bool ok = true;
    for (ssize i = 0; ok && excs && i < tupleSize(excs); i++) {
        Object *m1 = nullptr, *r1 = nullptr;
        ok = splitRecursive(tupleItem(excs, i), m, constructRest, &m1, &r1);
        if (ok && m1) ok = listAppend(matchList.get(), m1) == 0;
        if (ok && r1) ok = listAppend(restList.get(), r1) == 0;
        xdecref(m1);
        xdecref(r1);
    }
    leaveRecursiveCall();
    if (!ok) return false;
    if (!subset(exc, matchList.get(), match)) return false;
    if (constructRest && !subset(exc, restList.get(), rest)) {
        clearRef(*match);
        return false;
    }
    return true;
}

Object* groupSplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("BaseExceptionGroup.split", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "BaseExceptionGroup.split() takes exactly one argument "
                        "(%zd given)", ssize(nargs));
    }
    Matcher m;
    if (!makeMatcher(args[0], &m)) return nullptr;
    Object *match, *rest;
    if (!splitRecursive(self, m, true, &match, &rest)) return nullptr;
    Object* t = tuplePack({match ? match : none(), rest ? rest : none()});
    xdecref(match);
    xdecref(rest);
    return t;
}

Object* groupSubgroup(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("BaseExceptionGroup.subgroup", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "BaseExceptionGroup.subgroup() takes exactly one "
                        "argument (%zd given)", ssize(nargs));
    }
    Matcher m;
    if (!makeMatcher(args[0], &m)) return nullptr;
    Object *match, *rest;
    if (!splitRecursive(self, m, false, &match, &rest)) return nullptr;
    xdecref(rest);
    return match ? match : newNone();
}

Object* groupClassGetItem(Object* cls, Object* const*, size_t, Object*) {
    // Without types.GenericAlias, subscripting returns the class itself.
    return newRef(cls);
}

const MethodDef kGroupMethods[] = {
    {"derive", groupDerive, 0, nullptr},
    {"split", groupSplit, 0, nullptr},
    {"subgroup", groupSubgroup, 0, nullptr},
    {"__class_getitem__", groupClassGetItem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef kGroupMembers[] = {
    {"message", MemberKind::ObjectReadOnly, offsetof(BaseExceptionGroupObject, msg),
     "exception message"},
    {"exceptions", MemberKind::ObjectReadOnly, offsetof(BaseExceptionGroupObject, excs),
     "nested exceptions"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

}  // namespace

Type ExcBaseExceptionGroup = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "BaseExceptionGroup",
    .basicSize = sizeof(BaseExceptionGroupObject),
    .flags = kExcTypeFlags,
    .base = &BaseExceptionType,
    .doc = "A combination of multiple unrelated exceptions.",
    .dictOffset = kExcDictOffset,
    .methods = kGroupMethods,
    .members = kGroupMembers,
    .str = groupStr,
    .new_ = groupNew,
    .init = groupInit,
};

Type ExcExceptionGroup = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "ExceptionGroup",
    .basicSize = sizeof(BaseExceptionGroupObject),
    .flags = kExcTypeFlags,
    .base = &ExcBaseExceptionGroup,
    .dictOffset = kExcDictOffset,
};

}  // namespace krait
