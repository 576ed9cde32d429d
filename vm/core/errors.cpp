// The current exception of the calling thread: raising, fetching, matching, and the
// errno -> OSError subclass mapping.
#include "core/errors.h"

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/traceback.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace krait {

namespace {

// The exception being handled (innermost non-None entry of the exc_info stack), borrowed.
Object* handledException(ThreadState* ts) {
    for (ExcInfo* e = ts->excInfo; e; e = e->previous) {
        if (e->exc && !isNone(e->exc)) return e->exc;
    }
    return nullptr;
}

}  // namespace

void chainExceptionContext(Object* exc) {
    Object* handled = handledException(currentThread());
    if (!handled || handled == exc || !isBaseException(handled) || !isBaseException(exc)) return;
    // Avoid creating a cycle: if exc is already in handled's context chain, cut it there.
    // The chain itself may already be cyclic (user code assigns __context__): a second pointer
    // moving at half speed meets the first one then, and the walk stops (Floyd).
    Object* o = handled;
    Object* slow = handled;
    bool advanceSlow = false;
    while (Object* ctx = asExc(o)->context) {
        if (ctx == exc) {
            exceptionSetContext(o, nullptr);
            break;
        }
        o = ctx;
        if (o == slow) break;
        if (advanceSlow) slow = asExc(slow)->context;
        advanceSlow = !advanceSlow;
    }
    exceptionSetContext(exc, newRef(handled));
}

Object* setErrorObject(Type* type, Object* value) {
    ThreadState* ts = currentThread();
    Object* exc = nullptr;
    // Errors raised while the builtin types are being readied (exceptions come last).
    if (!(type->flags & kTypeReady) && !typeReady(type)) return nullptr;
    if (value && isInstanceOf(value, type) && isBaseException(value)) {
        exc = newRef(value);
    } else {
        Object* args;
        if (!value) {
            args = newRef(emptyTuple());
        } else if (isTupleExact(value)) {
            args = newRef(value);
        } else {
            args = tuplePack({value});
        }
        if (!args) return nullptr;
        exc = newException(type, args);
        decref(args);
        if (!exc) return nullptr;
        if (!isBaseException(exc)) {
            Object* t = asObject(type);
            decref(exc);
            return setError(&ExcTypeError,
                            "calling %R should have returned an instance of BaseException, not %T",
                            t, exc);
        }
    }
    if (!ts) {
        std::fprintf(stderr, "krait: exception raised without a thread state (%s)\n",
                     type->name);
        decref(exc);
        return nullptr;
    }
    chainExceptionContext(exc);
    setRef(ts->currentException, exc);
    return nullptr;
}

Object* setError(Type* type, const char* fmt, ...) {
    std::string msg;
    va_list ap;
    va_start(ap, fmt);
    bool ok = formatToStd(msg, fmt, ap);
    va_end(ap);
    if (!ok) return nullptr;   // a %R/%S conversion raised: that error stands
    Object* s = strFromUtf8(msg);
    if (!s) {
        clearError();
        s = strFromLatin1(msg);
        if (!s) return nullptr;
    }
    setErrorObject(type, s);
    decref(s);
    return nullptr;
}

Object* setErrorNoMemory() { return setErrorObject(&ExcMemoryError, nullptr); }

namespace {

Type* osErrorSubclass(int err) {
    switch (err) {
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

}  // namespace

Object* setErrorFromErrno(Type* type, int err, Object* filename) {
    if (err == ENOMEM) return setErrorNoMemory();
    if (type == &ExcOSError) {
        if (Type* sub = osErrorSubclass(err)) type = sub;
    }
    const char* msg = err == 0 ? "Error" : std::strerror(err);
    Object* code = intFromInt64(err);
    Object* text = strFromUtf8(msg ? msg : "Unknown error");
    if (!code || !text) {
        xdecref(code);
        xdecref(text);
        return nullptr;
    }
    Object* args = filename ? tuplePack({code, text, filename}) : tuplePack({code, text});
    decref(code);
    decref(text);
    if (!args) return nullptr;
    Object* exc = newException(type, args);
    decref(args);
    if (!exc) return nullptr;
    setErrorObject(type, exc);
    decref(exc);
    return nullptr;
}

bool errOccurred() {
    ThreadState* ts = currentThread();
    return ts && ts->currentException != nullptr;
}

Object* currentError() {
    ThreadState* ts = currentThread();
    return ts ? ts->currentException : nullptr;
}

Object* fetchError() {
    ThreadState* ts = currentThread();
    if (!ts) return nullptr;
    Object* e = ts->currentException;
    ts->currentException = nullptr;
    return e;
}

void restoreError(Object* exc) {
    ThreadState* ts = currentThread();
    if (!ts) {
        xdecref(exc);
        return;
    }
    setRef(ts->currentException, exc);
}

void clearError() { restoreError(nullptr); }

namespace {

bool typeMatches(Type* excType, Object* typeOrTuple) {
    if (isTuple(typeOrTuple)) {
        for (ssize i = 0; i < tupleSize(typeOrTuple); i++) {
            if (typeMatches(excType, tupleItem(typeOrTuple, i))) return true;
        }
        return false;
    }
    if (!isType(typeOrTuple)) return false;
    return isSubtype(excType, asType(typeOrTuple));
}

}  // namespace

bool errMatches(Object* typeOrTuple) {
    Object* exc = currentError();
    if (!exc) return false;
    return typeMatches(exc->type, typeOrTuple);
}

bool errMatches(Type* type) {
    Object* exc = currentError();
    if (!exc) return false;
    return isSubtype(exc->type, type);
}

namespace {

// Writes text to sys.stderr (falling back to the C stream); swallows errors.
void writeStderr(Object* text) {
    InterpState* interp = currentThread() ? currentThread()->interp : nullptr;
    Object* err = interp && interp->sysDict ? dictGetItemStr(interp->sysDict, "stderr") : nullptr;
    if (err && !isNone(err)) {
        Object* r = callMethod(err, "write", &text, 1);
        if (r) {
            decref(r);
            return;
        }
        clearError();
    }
    std::fputs(strUtf8(text), stderr);
}

}  // namespace

// modules/sys_module.cpp
Object* sysUnraisableHookArgs(Object* exc, Object* errMsg, Object* obj);
bool sysIsDefaultUnraisableHook(Object* hook);

namespace {

// Calls a user-set sys.unraisablehook; false if there is none (or it is the default one).
// Errors of the hook itself are reported the default way.
bool callUserUnraisableHook(Object* exc, Object* obj, const char* msg) {
    InterpState* interp = currentInterp();
    if (!interp || !interp->sysDict) return false;
    Object* hook = dictGetItemStr(interp->sysDict, "unraisablehook");
    if (!hook || isNone(hook) || sysIsDefaultUnraisableHook(hook)) return false;
    Ref<> h = Ref<>::borrow(hook);
    Ref<> errMsg;
    if (msg) {
        errMsg = Ref<>::steal(strFormat("Exception ignored %s", msg));
        if (!errMsg) clearError();
    }
    Ref<> args = Ref<>::steal(sysUnraisableHookArgs(exc, errMsg.get(), obj));
    Ref<> r;
    if (args) r = Ref<>::steal(callOneArg(h.get(), args.get()));
    if (!r) {
        Object* err = fetchError();
        if (err) {
            Ref<> line = Ref<>::steal(strFromAscii("Exception ignored in sys.unraisablehook: "));
            Ref<> hr = Ref<>::steal(repr(h.get()));
            if (line && hr) {
                writeStderr(line.get());
                writeStderr(hr.get());
                Ref<> nl = Ref<>::steal(strFromAscii("\n"));
                if (nl) writeStderr(nl.get());
            }
            clearError();
            printException(err);
            decref(err);
            clearError();
        }
    }
    return true;
}

}  // namespace

void writeUnraisable(Object* obj) { writeUnraisableMsg(nullptr, obj); }

void writeUnraisableMsg(const char* msg, Object* obj) {
    Object* exc = fetchError();
    if (!exc) return;
    // An exception raised by C++ code has no traceback: give it one for the current Python
    // frame, as CPython's _PyErr_WriteUnraisableMsg does.
    if (isBaseException(exc) && !asExc(exc)->traceback) {
        ThreadState* ts = currentThread();
        if (ts && ts->currentFrame) tracebackAdd(exc, ts->currentFrame);
    }
    if (callUserUnraisableHook(exc, obj, msg)) {
        decref(exc);
        clearError();
        return;
    }
    if (obj) {
        Object* r = repr(obj);
        if (!r) {
            clearError();
            r = strFromAscii("<object repr() failed>");
        }
        if (r) {
            Object* line = msg ? strFormat("Exception ignored %s: %U\n", msg, r)
                               : strFormat("Exception ignored in: %U\n", r);
            decref(r);
            if (line) {
                writeStderr(line);
                decref(line);
            } else {
                clearError();
            }
        }
    }
    printException(exc);
    decref(exc);
    clearError();
}

}  // namespace krait
