// The builtin exception types: BaseException and the hierarchy of core/exceptions.def, with
// CPython 3.11's constructors, attributes, __str__ and __repr__. Exception groups live in
// exceptions_group.cpp.
#include "objects/exceptions.h"
#include "objects/seq_util.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/traceback.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions_internal.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

// ---------------------------------------------------------------------------------------------
// Shared slots

namespace {

// The static (builtin) type whose layout an instance uses.
Type* staticBase(Type* t) {
    while (t && isHeapType(t)) t = t->base;
    return t;
}

// The Object* fields after the BaseExceptionObject header of o's layout.
Object** extraFields(Object* o, ssize* count) {
    Type* b = staticBase(o->type);
    ssize size = b ? b->basicSize : ssize(sizeof(BaseExceptionObject));
    ssize extra = size - ssize(sizeof(BaseExceptionObject));
    *count = extra > 0 ? extra / ssize(sizeof(Object*)) : 0;
    return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + sizeof(BaseExceptionObject));
}

// The short class name (after the last dot) as CPython's _PyType_Name.
const char* shortTypeName(Type* t) {
    const char* n = t->name;
    const char* dot = std::strrchr(n, '.');
    return dot ? dot + 1 : n;
}

}  // namespace

void excClear(Object* o) {
    BaseExceptionObject* e = asExc(o);
    clearRef(e->dict);
    clearRef(e->args);
    clearRef(e->notes);
    clearRef(e->traceback);
    clearRef(e->context);
    clearRef(e->cause);
    ssize n = 0;
    Object** f = extraFields(o, &n);
    for (ssize i = 0; i < n; i++) clearRef(f[i]);
}

// Through the trashcan: a long __context__ chain (exceptions raised in except handlers of a
// deep recursion) is freed without C++ recursion as deep as the chain (V8's stack on wasm).
void excDealloc(Object* o) {
    if (!trashcanEnter(o, excDealloc)) return;
    excClear(o);
    freeObject(o);
    trashcanLeave();
}

void excTraverse(Object* o, VisitFn visit, void* arg) {
    BaseExceptionObject* e = asExc(o);
    Object* fields[] = {e->dict, e->args, e->notes, e->traceback, e->context, e->cause};
    for (Object* f : fields) {
        if (f) visit(f, arg);
    }
    ssize n = 0;
    Object** f = extraFields(o, &n);
    for (ssize i = 0; i < n; i++) {
        if (f[i]) visit(f[i], arg);
    }
}

bool excNoKeywords(Object* self, Object* kwargs) {
    if (kwargs && isDict(kwargs) && dictSize(kwargs) > 0) {
        setError(&ExcTypeError, "%s() takes no keyword arguments", self->type->name);
        return false;
    }
    return true;
}

Object* excNew(Type* type, Object* args, Object* kwargs) {
    Object* o = allocObject(type);
    if (!o) return nullptr;
    asExc(o)->args = args && isTuple(args) ? newRef(args) : newRef(emptyTuple());
    return o;
}

int excInit(Object* self, Object* args, Object* kwargs) {
    if (!excNoKeywords(self, kwargs)) return -1;
    setRef(asExc(self)->args, newRef(args ? args : emptyTuple()));
    return 0;
}

Object* excStr(Object* self) {
    Object* args = asExc(self)->args;
    if (!args || tupleSize(args) == 0) return newRef(emptyStr());
    if (tupleSize(args) == 1) return str(tupleItem(args, 0));
    return str(args);
}

Object* excRepr(Object* self) {
    Object* args = asExc(self)->args;
    const char* name = shortTypeName(self->type);
    if (args && tupleSize(args) == 1) return strFormat("%s(%R)", name, tupleItem(args, 0));
    if (!args || tupleSize(args) == 0) return strFormat("%s()", name);
    return strFormat("%s%R", name, args);
}

// ---------------------------------------------------------------------------------------------
// Public helpers

Object* newException(Type* type, Object* args) {
    return typeCallTupleDict(type, args ? args : emptyTuple(), nullptr);
}

void exceptionSetTraceback(Object* exc, Object* tb) {
    if (tb && isNone(tb)) {
        decref(tb);
        tb = nullptr;
    }
    setRef(asExc(exc)->traceback, tb);
}

void exceptionSetContext(Object* exc, Object* ctx) {
    if (ctx && isNone(ctx)) {
        decref(ctx);
        ctx = nullptr;
    }
    setRef(asExc(exc)->context, ctx);
}

void exceptionSetCause(Object* exc, Object* cause) {
    if (cause && isNone(cause)) {
        decref(cause);
        cause = nullptr;
    }
    asExc(exc)->suppressContext = true;
    setRef(asExc(exc)->cause, cause);
}

// ---------------------------------------------------------------------------------------------
// BaseException attributes and methods

namespace {

Object* excGetArgs(Object* self, void*) {
    Object* a = asExc(self)->args;
    return newRef(a ? a : emptyTuple());
}

int excSetArgs(Object* self, Object* value, void*) {
    if (!value) {
        setError(&ExcTypeError, "args may not be deleted");
        return -1;
    }
    Object* t = sequenceTuple(value);
    if (!t) return -1;
    setRef(asExc(self)->args, t);
    return 0;
}

Object* excGetTraceback(Object* self, void*) {
    Object* t = asExc(self)->traceback;
    return newRef(t ? t : none());
}

int excSetTracebackAttr(Object* self, Object* value, void*) {
    if (!value) {
        setError(&ExcTypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (!isNone(value) && !isTraceback(value)) {
        setError(&ExcTypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    exceptionSetTraceback(self, newRef(value));
    return 0;
}

Object* excGetContext(Object* self, void*) {
    Object* c = asExc(self)->context;
    return newRef(c ? c : none());
}

int excSetContextAttr(Object* self, Object* value, void*) {
    if (!value) {
        setError(&ExcTypeError, "__context__ may not be deleted");
        return -1;
    }
    if (!isNone(value) && !isBaseException(value)) {
        setError(&ExcTypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    exceptionSetContext(self, newRef(value));
    return 0;
}

Object* excGetCause(Object* self, void*) {
    Object* c = asExc(self)->cause;
    return newRef(c ? c : none());
}

int excSetCauseAttr(Object* self, Object* value, void*) {
    if (!value) {
        setError(&ExcTypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (!isNone(value) && !isBaseException(value)) {
        setError(&ExcTypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    exceptionSetCause(self, newRef(value));
    return 0;
}

Object* excGetDict(Object* self, void*) {
    BaseExceptionObject* e = asExc(self);
    if (!e->dict) {
        e->dict = dictNew();
        if (!e->dict) return nullptr;
    }
    return newRef(e->dict);
}

int excSetDict(Object* self, Object* value, void*) {
    if (!value) {
        setError(&ExcTypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!isDict(value)) {
        setError(&ExcTypeError, "__dict__ must be a dictionary");
        return -1;
    }
    setRef(asExc(self)->dict, newRef(value));
    return 0;
}

const GetSetDef kExcGetSets[] = {
    {"__dict__", excGetDict, excSetDict, nullptr, nullptr},
    {"args", excGetArgs, excSetArgs, nullptr, nullptr},
    {"__traceback__", excGetTraceback, excSetTracebackAttr, nullptr, nullptr},
    {"__context__", excGetContext, excSetContextAttr, "exception context", nullptr},
    {"__cause__", excGetCause, excSetCauseAttr, "exception cause", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const MemberDef kExcMembers[] = {
    {"__suppress_context__", MemberKind::Bool, offsetof(BaseExceptionObject, suppressContext),
     nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

Object* excWithTraceback(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("BaseException.with_traceback", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "BaseException.with_traceback() takes exactly one "
                        "argument (%zd given)", ssize(nargs));
    }
    if (excSetTracebackAttr(self, args[0], nullptr) < 0) return nullptr;
    return newRef(self);
}

Object* excAddNote(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("BaseException.add_note", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "BaseException.add_note() takes exactly one argument "
                        "(%zd given)", ssize(nargs));
    }
    Object* note = args[0];
    if (!isStr(note)) {
        return setError(&ExcTypeError, "note must be a str, not '%s'", typeName(note->type));
    }
    Ref<> notes = Ref<>::steal(lookupAttr(self, KRAIT_STR(__notes__)));
    if (!notes) {
        if (errOccurred()) return nullptr;
        notes.reset(listNew(0));
        if (!notes || setAttr(self, KRAIT_STR(__notes__), notes.get()) < 0) return nullptr;
    } else if (!isList(notes.get())) {
        return setError(&ExcTypeError, "Cannot add note: __notes__ is not a list");
    }
    if (listAppend(notes.get(), note) < 0) return nullptr;
    return newNone();
}

Object* excReduce(Object* self, Object* const*, size_t, Object*) {
    BaseExceptionObject* e = asExc(self);
    Object* args = e->args ? e->args : emptyTuple();
    if (e->dict && dictSize(e->dict) > 0) return tuplePack({asObject(self->type), args, e->dict});
    return tuplePack({asObject(self->type), args});
}

Object* excSetState(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) {
        return setError(&ExcTypeError, "BaseException.__setstate__() takes exactly one argument "
                        "(%zd given)", ssize(nargs));
    }
    Object* state = args[0];
    if (!isNone(state)) {
        if (!isDict(state)) return setError(&ExcTypeError, "state is not a dictionary");
        ssize pos = 0;
        Object *k, *v;
        while (dictNext(state, &pos, &k, &v)) {
            // setattr may run Python code (a str subclass's __hash__) that mutates the dict.
            Ref<> key = Ref<>::borrow(k);
            Ref<> value = Ref<>::borrow(v);
            if (setAttr(self, key.get(), value.get()) < 0) return nullptr;
        }
    }
    return newNone();
}

const MethodDef kExcMethods[] = {
    {"with_traceback", excWithTraceback, 0,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", excAddNote, 0,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", excReduce, 0, nullptr},
    {"__setstate__", excSetState, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Keyword-only attribute parsing shared by NameError, AttributeError and ImportError.

namespace {

// Parses kwargs (dict or null) allowing only `names`; stores borrowed values in out.
bool parseExcKeywords(const char* typeNameText, Object* kwargs, const char* const* names,
                      int n, Object** out) {
    for (int i = 0; i < n; i++) out[i] = nullptr;
    if (!kwargs || !isDict(kwargs)) return true;
    ssize pos = 0;
    Object *k, *v;
    while (dictNext(kwargs, &pos, &k, &v)) {
        bool found = false;
        for (int i = 0; i < n; i++) {
            if (isStr(k) && strEqualsAscii(k, names[i])) {
                out[i] = v;
                found = true;
            }
        }
        if (!found) {
            if (!isStr(k)) {
                setError(&ExcTypeError, "keywords must be strings");
            } else {
                setError(&ExcTypeError, "'%U' is an invalid keyword argument for %s()", k,
                         typeNameText);
            }
            return false;
        }
    }
    return true;
}

template <class T> T* layout(Object* o) { return reinterpret_cast<T*>(o); }

// ---- SystemExit ----
int systemExitInit(Object* self, Object* args, Object* kwargs) {
    if (excInit(self, args, kwargs) < 0) return -1;
    ssize n = tupleSize(args);
    Object* code = n == 0 ? none() : n == 1 ? tupleItem(args, 0) : args;
    setRef(layout<SystemExitObject>(self)->code, newRef(code));
    return 0;
}
const MemberDef kSystemExitMembers[] = {
    {"code", MemberKind::Object, offsetof(SystemExitObject, code), "exception code"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

// ---- StopIteration ----
int stopIterationInit(Object* self, Object* args, Object* kwargs) {
    if (excInit(self, args, kwargs) < 0) return -1;
    Object* v = tupleSize(args) > 0 ? tupleItem(args, 0) : none();
    setRef(layout<StopIterationObject>(self)->value, newRef(v));
    return 0;
}
const MemberDef kStopIterationMembers[] = {
    {"value", MemberKind::Object, offsetof(StopIterationObject, value), "generator return value"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

// ---- KeyError ----
Object* keyErrorStr(Object* self) {
    Object* args = asExc(self)->args;
    if (args && tupleSize(args) == 1) return repr(tupleItem(args, 0));
    return excStr(self);
}

// ---- NameError ----
int nameErrorInit(Object* self, Object* args, Object* kwargs) {
    if (excInit(self, args, nullptr) < 0) return -1;
    static const char* const kNames[] = {"name"};
    Object* vals[1];
    if (!parseExcKeywords(self->type->name, kwargs, kNames, 1, vals)) return -1;
    setRef(layout<NameErrorObject>(self)->name, vals[0] ? newRef(vals[0]) : nullptr);
    return 0;
}
const MemberDef kNameErrorMembers[] = {
    {"name", MemberKind::Object, offsetof(NameErrorObject, name), "name"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

// ---- AttributeError ----
int attributeErrorInit(Object* self, Object* args, Object* kwargs) {
    if (excInit(self, args, nullptr) < 0) return -1;
    static const char* const kNames[] = {"name", "obj"};
    Object* vals[2];
    if (!parseExcKeywords(self->type->name, kwargs, kNames, 2, vals)) return -1;
    AttributeErrorObject* a = layout<AttributeErrorObject>(self);
    setRef(a->name, vals[0] ? newRef(vals[0]) : nullptr);
    setRef(a->obj, vals[1] ? newRef(vals[1]) : nullptr);
    return 0;
}
const MemberDef kAttributeErrorMembers[] = {
    {"name", MemberKind::Object, offsetof(AttributeErrorObject, name), "attribute name"},
    {"obj", MemberKind::Object, offsetof(AttributeErrorObject, obj), "object"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

// ---- ImportError ----
int importErrorInit(Object* self, Object* args, Object* kwargs) {
    if (excInit(self, args, nullptr) < 0) return -1;
    static const char* const kNames[] = {"name", "path"};
    Object* vals[2];
    if (!parseExcKeywords(self->type->name, kwargs, kNames, 2, vals)) return -1;
    ImportErrorObject* e = layout<ImportErrorObject>(self);
    setRef(e->name, vals[0] ? newRef(vals[0]) : nullptr);
    setRef(e->path, vals[1] ? newRef(vals[1]) : nullptr);
    setRef(e->msg, tupleSize(args) == 1 ? newRef(tupleItem(args, 0)) : nullptr);
    return 0;
}
Object* importErrorStr(Object* self) {
    ImportErrorObject* e = layout<ImportErrorObject>(self);
    if (e->msg && !isNone(e->msg)) return str(e->msg);
    return excStr(self);
}
Object* importErrorReduce(Object* self, Object* const*, size_t, Object*) {
    ImportErrorObject* e = layout<ImportErrorObject>(self);
    Ref<> state = Ref<>::steal(e->base.dict ? dictCopy(e->base.dict) : dictNew());
    if (!state) return nullptr;
    if (e->name && !isNone(e->name) && dictSetItemStr(state.get(), "name", e->name) < 0)
        return nullptr;
    if (e->path && !isNone(e->path) && dictSetItemStr(state.get(), "path", e->path) < 0)
        return nullptr;
    Object* args = e->base.args ? e->base.args : emptyTuple();
    if (dictSize(state.get()) == 0) return tuplePack({asObject(self->type), args});
    return tuplePack({asObject(self->type), args, state.get()});
}
const MemberDef kImportErrorMembers[] = {
    {"msg", MemberKind::Object, offsetof(ImportErrorObject, msg), "exception message"},
    {"name", MemberKind::Object, offsetof(ImportErrorObject, name), "module name"},
    {"path", MemberKind::Object, offsetof(ImportErrorObject, path), "module path"},
    {nullptr, MemberKind::Object, 0, nullptr},
};
const MethodDef kImportErrorMethods[] = {
    {"__reduce__", importErrorReduce, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// OSError

namespace {

Type* osErrorSubclassFor(Object* errnoObj) {
    int64_t err = 0;
    if (!isInt(errnoObj) || !intIsSmall(errnoObj)) return nullptr;
    err = asInt(errnoObj)->value;
    if (err < 0 || err > 100000) return nullptr;
    switch (int(err)) {
    case EAGAIN: return &ExcBlockingIOError;
#if defined(EWOULDBLOCK) && EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK: return &ExcBlockingIOError;
#endif
    case EALREADY: return &ExcBlockingIOError;
    case EINPROGRESS: return &ExcBlockingIOError;
    case ECHILD: return &ExcChildProcessError;
    case EPIPE: return &ExcBrokenPipeError;
#ifdef ESHUTDOWN
    case ESHUTDOWN: return &ExcBrokenPipeError;
#endif
    case ECONNABORTED: return &ExcConnectionAbortedError;
    case ECONNREFUSED: return &ExcConnectionRefusedError;
    case ECONNRESET: return &ExcConnectionResetError;
    case EEXIST: return &ExcFileExistsError;
    case ENOENT: return &ExcFileNotFoundError;
    case EISDIR: return &ExcIsADirectoryError;
    case ENOTDIR: return &ExcNotADirectoryError;
    case EINTR: return &ExcInterruptedError;
    case EACCES: return &ExcPermissionError;
    case EPERM: return &ExcPermissionError;
    case ESRCH: return &ExcProcessLookupError;
    case ETIMEDOUT: return &ExcTimeoutError;
    default: return nullptr;
    }
}

Object* osErrorNew(Type* type, Object* args, Object* kwargs);
int osErrorInit(Object* self, Object* args, Object* kwargs);

// CPython's oserror_use_init: a subclass that overrides __init__ but not __new__ parses its
// arguments in __init__.
bool osErrorUseInit(Type* t) { return t->init != osErrorInit && t->new_ == osErrorNew; }

// Stores errno/strerror/filename/filename2 and the (possibly truncated) args.
bool osErrorFill(Object* self, Object* args) {
    OSErrorObject* e = layout<OSErrorObject>(self);
    ssize n = tupleSize(args);
    Ref<> finalArgs = Ref<>::borrow(args);
    if (n >= 2 && n <= 5) {
        Object* filename = n >= 3 ? tupleItem(args, 2) : nullptr;
        Object* filename2 = n >= 5 ? tupleItem(args, 4) : nullptr;
        setRef(e->myerrno, newRef(tupleItem(args, 0)));
        setRef(e->strerror, newRef(tupleItem(args, 1)));
        if (filename && !isNone(filename)) {
            setRef(e->filename, newRef(filename));
            if (filename2 && !isNone(filename2)) setRef(e->filename2, newRef(filename2));
            finalArgs.reset(tupleSlice(args, 0, 2));
            if (!finalArgs) return false;
        }
    }
    setRef(e->base.args, finalArgs.release());
    return true;
}

Object* osErrorNew(Type* type, Object* args, Object* kwargs) {
    bool useInit = osErrorUseInit(type);
    if (!useInit) {
        if (kwargs && dictSize(kwargs) > 0) {
            return setError(&ExcTypeError, "%s() takes no keyword arguments", type->name);
        }
        ssize n = tupleSize(args);
        if (type == &ExcOSError && n >= 2 && n <= 5) {
            if (Type* sub = osErrorSubclassFor(tupleItem(args, 0))) type = sub;
        }
    }
    Object* o = allocObject(type);
    if (!o) return nullptr;
    if (useInit) {
        asExc(o)->args = newRef(emptyTuple());
    } else if (!osErrorFill(o, args)) {
        decref(o);
        return nullptr;
    }
    return o;
}

int osErrorInit(Object* self, Object* args, Object* kwargs) {
    if (!osErrorUseInit(self->type)) return 0;
    if (!excNoKeywords(self, kwargs)) return -1;
    return osErrorFill(self, args) ? 0 : -1;
}

Object* osErrorStr(Object* self) {
    OSErrorObject* e = layout<OSErrorObject>(self);
    Object* en = e->myerrno ? e->myerrno : none();
    Object* se = e->strerror ? e->strerror : none();
    if (e->filename) {
        if (e->filename2) {
            return strFormat("[Errno %S] %S: %R -> %R", en, se, e->filename, e->filename2);
        }
        return strFormat("[Errno %S] %S: %R", en, se, e->filename);
    }
    if (e->myerrno && e->strerror) return strFormat("[Errno %S] %S", en, se);
    return excStr(self);
}

Object* osErrorReduce(Object* self, Object* const*, size_t, Object*) {
    OSErrorObject* e = layout<OSErrorObject>(self);
    Ref<> args = Ref<>::borrow(e->base.args ? e->base.args : emptyTuple());
    if (tupleSize(args.get()) == 2 && e->filename) {
        Object* f2 = e->filename2 ? e->filename2 : nullptr;
        if (f2) {
            args.reset(tuplePack({tupleItem(args.get(), 0), tupleItem(args.get(), 1),
                                  e->filename, none(), f2}));
        } else {
            args.reset(tuplePack({tupleItem(args.get(), 0), tupleItem(args.get(), 1),
                                  e->filename}));
        }
        if (!args) return nullptr;
    }
    if (e->base.dict && dictSize(e->base.dict) > 0) {
        return tuplePack({asObject(self->type), args.get(), e->base.dict});
    }
    return tuplePack({asObject(self->type), args.get()});
}

const MemberDef kOSErrorMembers[] = {
    {"errno", MemberKind::Object, offsetof(OSErrorObject, myerrno), "POSIX exception code"},
    {"strerror", MemberKind::Object, offsetof(OSErrorObject, strerror), "exception strerror"},
    {"filename", MemberKind::Object, offsetof(OSErrorObject, filename), "exception filename"},
    {"filename2", MemberKind::Object, offsetof(OSErrorObject, filename2),
     "second exception filename"},
    {nullptr, MemberKind::Object, 0, nullptr},
};
const MethodDef kOSErrorMethods[] = {
    {"__reduce__", osErrorReduce, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---------------------------------------------------------------------------------------------
// SyntaxError

int syntaxErrorInit(Object* self, Object* args, Object* kwargs) {
    if (excInit(self, args, kwargs) < 0) return -1;
    SyntaxErrorObject* e = layout<SyntaxErrorObject>(self);
    ssize n = tupleSize(args);
    if (n >= 1) setRef(e->msg, newRef(tupleItem(args, 0)));
    if (n == 2) {
        Ref<> info = Ref<>::steal(sequenceTuple(tupleItem(args, 1)));
        if (!info) return -1;
        ssize m = tupleSize(info.get());
        if (m < 4 || m > 6) {
            if (m < 4) {
                setError(&ExcTypeError, "function takes at least 4 arguments (%zd given)", m);
            } else {
                setError(&ExcTypeError, "function takes at most 6 arguments (%zd given)", m);
            }
            return -1;
        }
        Object** slots[] = {&e->filename, &e->lineno, &e->offset, &e->text, &e->endLineno,
                            &e->endOffset};
        for (ssize i = 0; i < 6; i++) {
            setRef(*slots[i], i < m ? newRef(tupleItem(info.get(), i)) : nullptr);
        }
        if (e->endLineno && !e->endOffset) {
            setError(&ExcTypeError, "end_offset must be provided when end_lineno is provided");
            return -1;
        }
    }
    return 0;
}

Object* syntaxErrorStr(Object* self) {
    SyntaxErrorObject* e = layout<SyntaxErrorObject>(self);
    Ref<> filename;
    if (e->filename && isStr(e->filename)) {
        std::string_view f = strView(e->filename);
        size_t slash = f.rfind('/');
        filename.reset(slash == std::string_view::npos
                           ? newRef(e->filename)
                           : strFromUtf8(f.substr(slash + 1)));
        if (!filename) return nullptr;
    }
    bool haveLine = e->lineno && isInt(e->lineno);
    Object* msg = e->msg ? e->msg : none();
    if (filename && haveLine) {
        return strFormat("%S (%U, line %S)", msg, filename.get(), e->lineno);
    }
    if (filename) return strFormat("%S (%U)", msg, filename.get());
    if (haveLine) return strFormat("%S (line %S)", msg, e->lineno);
    return str(msg);
}

const MemberDef kSyntaxErrorMembers[] = {
    {"msg", MemberKind::Object, offsetof(SyntaxErrorObject, msg), "exception msg"},
    {"filename", MemberKind::Object, offsetof(SyntaxErrorObject, filename), "exception filename"},
    {"lineno", MemberKind::Object, offsetof(SyntaxErrorObject, lineno), "exception lineno"},
    {"offset", MemberKind::Object, offsetof(SyntaxErrorObject, offset), "exception offset"},
    {"text", MemberKind::Object, offsetof(SyntaxErrorObject, text), "exception text"},
    {"end_lineno", MemberKind::Object, offsetof(SyntaxErrorObject, endLineno),
     "exception end lineno"},
    {"end_offset", MemberKind::Object, offsetof(SyntaxErrorObject, endOffset),
     "exception end offset"},
    {"print_file_and_line", MemberKind::Object, offsetof(SyntaxErrorObject, printFileAndLine),
     "exception print_file_and_line"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

// ---------------------------------------------------------------------------------------------
// UnicodeError and its subclasses

// Parses args with a tiny subset of PyArg_ParseTuple: 'U' str, 'O' any, 'n' int.
bool parseUnicodeArgs(Object* args, const char* fmt, Object** out) {
    ssize want = ssize(std::strlen(fmt));
    ssize n = tupleSize(args);
    if (n != want) {
        setError(&ExcTypeError, "function takes exactly %zd arguments (%zd given)", want, n);
        return false;
    }
    for (ssize i = 0; i < n; i++) {
        Object* v = tupleItem(args, i);
        if (fmt[i] == 'U' && !isStr(v)) {
            setError(&ExcTypeError, "argument %zd must be str, not %s", i + 1,
                     isNone(v) ? "None" : typeName(v->type));
            return false;
        }
        if (fmt[i] == 'n') {
            if (!isIndex(v)) {
                setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                         typeName(v->type));
                return false;
            }
            Object* iv = numberIndex(v);
            if (!iv) return false;
            out[i] = iv;   // new reference
            continue;
        }
        out[i] = newRef(v);
    }
    return true;
}

int unicodeErrorFill(Object* self, Object* args, const char* fmt, bool decode) {
    UnicodeErrorObject* e = layout<UnicodeErrorObject>(self);
    Object* vals[5] = {nullptr, nullptr, nullptr, nullptr, nullptr};
    if (!parseUnicodeArgs(args, fmt, vals)) {
        for (Object* v : vals) xdecref(v);
        return -1;
    }
    int i = 0;
    if (std::strlen(fmt) == 5) setRef(e->encoding, vals[i++]);
    setRef(e->object, vals[i++]);
    setRef(e->start, vals[i++]);
    setRef(e->end, vals[i++]);
    setRef(e->reason, vals[i++]);
    if (decode && !isBytes(e->object)) {
        std::string_view view;
        if (!getBytesView(e->object, &view)) return -1;
        Object* b = bytesFromStd(view);
        if (!b) return -1;
        setRef(e->object, b);
    }
    return 0;
}

int unicodeEncodeErrorInit(Object* self, Object* args, Object* kwargs) {
    if (excInit(self, args, kwargs) < 0) return -1;
    return unicodeErrorFill(self, args, "UUnnU", false);
}
int unicodeDecodeErrorInit(Object* self, Object* args, Object* kwargs) {
    if (excInit(self, args, kwargs) < 0) return -1;
    return unicodeErrorFill(self, args, "UOnnU", true);
}
int unicodeTranslateErrorInit(Object* self, Object* args, Object* kwargs) {
    if (excInit(self, args, kwargs) < 0) return -1;
    return unicodeErrorFill(self, args, "UnnU", false);
}

ssize intField(Object* o) {
    if (!o || !isInt(o)) return 0;
    ssize v = intAsSsize(o);
    if (v == -1 && errOccurred()) {
        clearError();
        return 0;
    }
    return v;
}

// "\\x%02x" / "\\u%04x" / "\\U%08x" for a code point.
std::string escapedCodePoint(uint32_t c) {
    char buf[16];
    if (c <= 0xff) {
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
    } else if (c <= 0xffff) {
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
    } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", c);
    }
    return buf;
}

Object* unicodeEncodeErrorStr(Object* self) {
    UnicodeErrorObject* e = layout<UnicodeErrorObject>(self);
    if (!e->object) return newRef(emptyStr());
    Ref<> reason = Ref<>::steal(str(e->reason ? e->reason : none()));
    Ref<> enc = Ref<>::steal(str(e->encoding ? e->encoding : none()));
    if (!reason || !enc) return nullptr;
    ssize start = intField(e->start), end = intField(e->end);
    if (isStr(e->object) && start >= 0 && start < strLength(e->object) && end == start + 1) {
        std::string esc = escapedCodePoint(strCharAt(e->object, start));
        return strFormat("'%U' codec can't encode character '%s' in position %zd: %U", enc.get(),
                         esc.c_str(), start, reason.get());
    }
    return strFormat("'%U' codec can't encode characters in position %zd-%zd: %U", enc.get(),
                     start, end - 1, reason.get());
}

Object* unicodeDecodeErrorStr(Object* self) {
    UnicodeErrorObject* e = layout<UnicodeErrorObject>(self);
    if (!e->object) return newRef(emptyStr());
    Ref<> reason = Ref<>::steal(str(e->reason ? e->reason : none()));
    Ref<> enc = Ref<>::steal(str(e->encoding ? e->encoding : none()));
    if (!reason || !enc) return nullptr;
    ssize start = intField(e->start), end = intField(e->end);
    if (isBytes(e->object) && start >= 0 && start < bytesSize(e->object) && end == start + 1) {
        unsigned byte = static_cast<unsigned char>(bytesData(e->object)[start]);
        return strFormat("'%U' codec can't decode byte 0x%02x in position %zd: %U", enc.get(),
                         byte, start, reason.get());
    }
    return strFormat("'%U' codec can't decode bytes in position %zd-%zd: %U", enc.get(), start,
                     end - 1, reason.get());
}

Object* unicodeTranslateErrorStr(Object* self) {
    UnicodeErrorObject* e = layout<UnicodeErrorObject>(self);
    if (!e->object) return newRef(emptyStr());
    Ref<> reason = Ref<>::steal(str(e->reason ? e->reason : none()));
    if (!reason) return nullptr;
    ssize start = intField(e->start), end = intField(e->end);
    if (isStr(e->object) && start >= 0 && start < strLength(e->object) && end == start + 1) {
        std::string esc = escapedCodePoint(strCharAt(e->object, start));
        return strFormat("can't translate character '%s' in position %zd: %U", esc.c_str(),
                         start, reason.get());
    }
    return strFormat("can't translate characters in position %zd-%zd: %U", start, end - 1,
                     reason.get());
}

const MemberDef kUnicodeErrorMembers[] = {
    {"encoding", MemberKind::Object, offsetof(UnicodeErrorObject, encoding), "exception encoding"},
    {"object", MemberKind::Object, offsetof(UnicodeErrorObject, object), "exception object"},
    {"start", MemberKind::Object, offsetof(UnicodeErrorObject, start), "exception start"},
    {"end", MemberKind::Object, offsetof(UnicodeErrorObject, end), "exception end"},
    {"reason", MemberKind::Object, offsetof(UnicodeErrorObject, reason), "exception reason"},
    {nullptr, MemberKind::Object, 0, nullptr},
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// SystemExit status

bool systemExitStatus(Object* exc, int* status) {
    if (!exc || !isInstanceOf(exc, &ExcSystemExit)) return false;
    Object* code = reinterpret_cast<SystemExitObject*>(exc)->code;
    Ref<> holder;
    if (!code) {
        // A subclass that did not run SystemExit.__init__: fall back to the attribute.
        holder.reset(lookupAttr(exc, KRAIT_STR(code)));
        if (!holder) clearError();
        code = holder.get();
    }
    if (!code || isNone(code)) {
        *status = 0;
        return true;
    }
    if (isInt(code)) {
        int64_t v = 0;
        if (intAsInt64(code, &v)) {
            *status = int(v);
        } else {
            clearError();
            *status = -1;
        }
        return true;
    }
    // Anything else is printed to stderr and the status is 1.
    Ref<> text = Ref<>::steal(str(code));
    if (text) {
        Ref<> line = Ref<>::steal(strFormat("%U\n", text.get()));
        InterpState* interp = currentThread() ? currentThread()->interp : nullptr;
        Object* err = interp && interp->sysDict ? dictGetItemStr(interp->sysDict, "stderr")
                                                : nullptr;
        bool written = false;
        if (line && err && !isNone(err)) {
            Object* arg = line.get();
            Object* r = callMethod(err, "write", &arg, 1);
            if (r) {
                decref(r);
                written = true;
                Object* f = callMethod(err, "flush", nullptr, 0);
                if (f) decref(f); else clearError();
            }
        }
        if (!written && line) {
            clearError();
            std::fputs(strUtf8(line.get()), stderr);
        }
    }
    clearError();
    *status = 1;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Type objects

Type BaseExceptionType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "BaseException",
    .basicSize = sizeof(BaseExceptionObject),
    .flags = kExcTypeFlags,
    .doc = "Common base class for all exceptions",
    .dictOffset = kExcDictOffset,
    .methods = kExcMethods,
    .getsets = kExcGetSets,
    .members = kExcMembers,
    .dealloc = excDealloc,
    .traverse = excTraverse,
    .clear = excClear,
    .repr = excRepr,
    .str = excStr,
    .getAttr = genericGetAttr,
    .setAttr = genericSetAttr,
    .new_ = excNew,
    .init = excInit,
};

// An exception type with BaseExceptionObject's layout and no slots of its own.
#define KRAIT_SIMPLE_EXC(NAME, BASE, DOC)                         \
    Type Exc##NAME = {                                            \
        .ob = {kImmortalRefcnt, &TypeType},                       \
        .name = #NAME,                                            \
        .basicSize = sizeof(BaseExceptionObject),                 \
        .flags = kExcTypeFlags,                                   \
        .base = &Exc##BASE,                                       \
        .doc = DOC,                                               \
        .dictOffset = kExcDictOffset,                             \
    };

KRAIT_SIMPLE_EXC(Exception, BaseException, "Common base class for all non-exit exceptions.")
KRAIT_SIMPLE_EXC(GeneratorExit, BaseException, "Request that a generator exit.")
KRAIT_SIMPLE_EXC(KeyboardInterrupt, BaseException, "Program interrupted by user.")
KRAIT_SIMPLE_EXC(ArithmeticError, Exception, "Base class for arithmetic errors.")
KRAIT_SIMPLE_EXC(FloatingPointError, ArithmeticError, "Floating point operation failed.")
KRAIT_SIMPLE_EXC(OverflowError, ArithmeticError, "Result too large to be represented.")
KRAIT_SIMPLE_EXC(ZeroDivisionError, ArithmeticError,
                 "Second argument to a division or modulo operation was zero.")
KRAIT_SIMPLE_EXC(AssertionError, Exception, "Assertion failed.")
KRAIT_SIMPLE_EXC(BufferError, Exception, "Buffer error.")
KRAIT_SIMPLE_EXC(EOFError, Exception, "Read beyond end of file.")
KRAIT_SIMPLE_EXC(LookupError, Exception, "Base class for lookup errors.")
KRAIT_SIMPLE_EXC(IndexError, LookupError, "Sequence index out of range.")
KRAIT_SIMPLE_EXC(MemoryError, Exception, "Out of memory.")
KRAIT_SIMPLE_EXC(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
KRAIT_SIMPLE_EXC(RuntimeError, Exception, "Unspecified run-time error.")
KRAIT_SIMPLE_EXC(NotImplementedError, RuntimeError,
                 "Method or function hasn't been implemented yet.")
KRAIT_SIMPLE_EXC(RecursionError, RuntimeError, "Recursion limit exceeded.")
KRAIT_SIMPLE_EXC(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
KRAIT_SIMPLE_EXC(SystemError, Exception,
                 "Internal error in the Python interpreter.\n\nPlease report this to the Python "
                 "maintainer, along with the traceback,\nthe Python version, and the hardware/OS "
                 "platform and version.")
KRAIT_SIMPLE_EXC(TypeError, Exception, "Inappropriate argument type.")
KRAIT_SIMPLE_EXC(ValueError, Exception, "Inappropriate argument value (of correct type).")
KRAIT_SIMPLE_EXC(UnicodeError, ValueError, "Unicode related error.")
KRAIT_SIMPLE_EXC(Warning, Exception, "Base class for warning categories.")
KRAIT_SIMPLE_EXC(BytesWarning, Warning,
                 "Base class for warnings about bytes and buffer related problems, mostly\n"
                 "related to conversion from str or comparing to str.")
KRAIT_SIMPLE_EXC(DeprecationWarning, Warning,
                 "Base class for warnings about deprecated features.")
KRAIT_SIMPLE_EXC(EncodingWarning, Warning, "Base class for warnings about encodings.")
KRAIT_SIMPLE_EXC(FutureWarning, Warning,
                 "Base class for warnings about constructs that will change semantically\n"
                 "in the future.")
KRAIT_SIMPLE_EXC(ImportWarning, Warning,
                 "Base class for warnings about probable mistakes in module imports")
KRAIT_SIMPLE_EXC(PendingDeprecationWarning, Warning,
                 "Base class for warnings about features which will be deprecated\n"
                 "in the future.")
KRAIT_SIMPLE_EXC(ResourceWarning, Warning,
                 "Base class for warnings about resource usage.")
KRAIT_SIMPLE_EXC(RuntimeWarning, Warning,
                 "Base class for warnings about dubious runtime behavior.")
KRAIT_SIMPLE_EXC(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
KRAIT_SIMPLE_EXC(UnicodeWarning, Warning,
                 "Base class for warnings about Unicode related problems, mostly\n"
                 "related to conversion problems.")
KRAIT_SIMPLE_EXC(UserWarning, Warning, "Base class for warnings generated by user code.")

#undef KRAIT_SIMPLE_EXC

Type ExcSystemExit = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "SystemExit",
    .basicSize = sizeof(SystemExitObject),
    .flags = kExcTypeFlags,
    .base = &BaseExceptionType,
    .doc = "Request to exit from the interpreter.",
    .dictOffset = kExcDictOffset,
    .members = kSystemExitMembers,
    .init = systemExitInit,
};

Type ExcStopIteration = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "StopIteration",
    .basicSize = sizeof(StopIterationObject),
    .flags = kExcTypeFlags,
    .base = &ExcException,
    .doc = "Signal the end from iterator.__next__().",
    .dictOffset = kExcDictOffset,
    .members = kStopIterationMembers,
    .init = stopIterationInit,
};

Type ExcKeyError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "KeyError",
    .basicSize = sizeof(BaseExceptionObject),
    .flags = kExcTypeFlags,
    .base = &ExcLookupError,
    .doc = "Mapping key not found.",
    .dictOffset = kExcDictOffset,
    .str = keyErrorStr,
};

Type ExcAttributeError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "AttributeError",
    .basicSize = sizeof(AttributeErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcException,
    .doc = "Attribute not found.",
    .dictOffset = kExcDictOffset,
    .members = kAttributeErrorMembers,
    .init = attributeErrorInit,
};

Type ExcNameError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "NameError",
    .basicSize = sizeof(NameErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcException,
    .doc = "Name not found globally.",
    .dictOffset = kExcDictOffset,
    .members = kNameErrorMembers,
    .init = nameErrorInit,
};

Type ExcUnboundLocalError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "UnboundLocalError",
    .basicSize = sizeof(NameErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcNameError,
    .doc = "Local name referenced but not bound to a value.",
    .dictOffset = kExcDictOffset,
};

Type ExcImportError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "ImportError",
    .basicSize = sizeof(ImportErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcException,
    .doc = "Import can't find module, or can't find name in module.",
    .dictOffset = kExcDictOffset,
    .methods = kImportErrorMethods,
    .members = kImportErrorMembers,
    .str = importErrorStr,
    .init = importErrorInit,
};

Type ExcModuleNotFoundError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "ModuleNotFoundError",
    .basicSize = sizeof(ImportErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcImportError,
    .doc = "Module not found.",
    .dictOffset = kExcDictOffset,
};

Type ExcOSError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "OSError",
    .basicSize = sizeof(OSErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcException,
    .doc = "Base class for I/O related errors.",
    .dictOffset = kExcDictOffset,
    .methods = kOSErrorMethods,
    .members = kOSErrorMembers,
    .str = osErrorStr,
    .new_ = osErrorNew,
    .init = osErrorInit,
};

#define KRAIT_OS_EXC(NAME, BASE, DOC)                             \
    Type Exc##NAME = {                                            \
        .ob = {kImmortalRefcnt, &TypeType},                       \
        .name = #NAME,                                            \
        .basicSize = sizeof(OSErrorObject),                       \
        .flags = kExcTypeFlags,                                   \
        .base = &Exc##BASE,                                       \
        .doc = DOC,                                               \
        .dictOffset = kExcDictOffset,                             \
    };

KRAIT_OS_EXC(BlockingIOError, OSError, "I/O operation would block.")
KRAIT_OS_EXC(ChildProcessError, OSError, "Child process error.")
KRAIT_OS_EXC(ConnectionError, OSError, "Connection error.")
KRAIT_OS_EXC(BrokenPipeError, ConnectionError, "Broken pipe.")
KRAIT_OS_EXC(ConnectionAbortedError, ConnectionError, "Connection aborted.")
KRAIT_OS_EXC(ConnectionRefusedError, ConnectionError, "Connection refused.")
KRAIT_OS_EXC(ConnectionResetError, ConnectionError, "Connection reset.")
KRAIT_OS_EXC(FileExistsError, OSError, "File already exists.")
KRAIT_OS_EXC(FileNotFoundError, OSError, "File not found.")
KRAIT_OS_EXC(InterruptedError, OSError, "Interrupted by signal.")
KRAIT_OS_EXC(IsADirectoryError, OSError, "Operation doesn't work on directories.")
KRAIT_OS_EXC(NotADirectoryError, OSError, "Operation only works on directories.")
KRAIT_OS_EXC(PermissionError, OSError, "Not enough permissions.")
KRAIT_OS_EXC(ProcessLookupError, OSError, "Process not found.")
KRAIT_OS_EXC(TimeoutError, OSError, "Timeout expired.")

#undef KRAIT_OS_EXC

Type ExcSyntaxError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "SyntaxError",
    .basicSize = sizeof(SyntaxErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcException,
    .doc = "Invalid syntax.",
    .dictOffset = kExcDictOffset,
    .members = kSyntaxErrorMembers,
    .str = syntaxErrorStr,
    .init = syntaxErrorInit,
};

Type ExcIndentationError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "IndentationError",
    .basicSize = sizeof(SyntaxErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcSyntaxError,
    .doc = "Improper indentation.",
    .dictOffset = kExcDictOffset,
};

Type ExcTabError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "TabError",
    .basicSize = sizeof(SyntaxErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcIndentationError,
    .doc = "Improper mixture of spaces and tabs.",
    .dictOffset = kExcDictOffset,
};

Type ExcUnicodeEncodeError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "UnicodeEncodeError",
    .basicSize = sizeof(UnicodeErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcUnicodeError,
    .doc = "Unicode encoding error.",
    .dictOffset = kExcDictOffset,
    .members = kUnicodeErrorMembers,
    .str = unicodeEncodeErrorStr,
    .init = unicodeEncodeErrorInit,
};

Type ExcUnicodeDecodeError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "UnicodeDecodeError",
    .basicSize = sizeof(UnicodeErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcUnicodeError,
    .doc = "Unicode decoding error.",
    .dictOffset = kExcDictOffset,
    .members = kUnicodeErrorMembers,
    .str = unicodeDecodeErrorStr,
    .init = unicodeDecodeErrorInit,
};

Type ExcUnicodeTranslateError = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "UnicodeTranslateError",
    .basicSize = sizeof(UnicodeErrorObject),
    .flags = kExcTypeFlags,
    .base = &ExcUnicodeError,
    .doc = "Unicode translation error.",
    .dictOffset = kExcDictOffset,
    .members = kUnicodeErrorMembers,
    .str = unicodeTranslateErrorStr,
    .init = unicodeTranslateErrorInit,
};

}  // namespace krait
