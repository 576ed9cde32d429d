// Generators, coroutines, async generators and their helper awaitables.
#include "interp/generator.h"

#include <cstring>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "gc/gc.h"
#include "interp/eval.h"
#include "interp/function.h"
#include "interp/warnings.h"
#include "interp/eval_internal.h"
#include "interp/traceback.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

static_assert(offsetof(GenObject, frame) + sizeof(Frame) == sizeof(GenObject),
              "the generator's frame must be its last member (localsplus follows it)");

bool isGenLike(const Object* o) {
    return o->type == &GeneratorType || o->type == &CoroutineType ||
           o->type == &AsyncGeneratorType;
}

namespace {

const char* kindName(GenObject* gen) {
    if (gen->ob.type == &CoroutineType) return "coroutine";
    if (gen->ob.type == &AsyncGeneratorType) return "async generator";
    return "generator";
}

// StopIteration(value) without unpacking tuples (CPython's _PyGen_SetStopIterationValue).
void setStopIterationValue(Object* value) {
    if (!value || isNone(value)) {
        setErrorObject(&ExcStopIteration, nullptr);
        return;
    }
    Object* args = tuplePack({value});
    if (!args) return;
    Object* exc = newException(&ExcStopIteration, args);
    decref(args);
    if (exc) restoreError(exc);
}

// If StopIteration is set (or nothing is), stores its value (new reference) and clears it.
bool fetchStopIterationValue(Object** value) {
    if (!errOccurred()) {
        *value = newNone();
        return true;
    }
    if (!errMatches(&ExcStopIteration)) return false;
    Object* exc = fetchError();
    Object* v = nullptr;
    if (exc && isInstanceOf(exc, &ExcStopIteration)) {
        v = reinterpret_cast<StopIterationObject*>(exc)->value;
    }
    *value = newRef(v ? v : none());
    xdecref(exc);
    return true;
}

// Converts a send status into the method-call convention: yielded value, or null with
// StopIteration / StopAsyncIteration / the error set.
Object* statusToResult(GenObject* gen, SendStatus st, Object* r) {
    if (st == SendStatus::Next) return r;
    if (st == SendStatus::Return) {
        if (gen->ob.type == &AsyncGeneratorType) {
            decref(r);
            setErrorObject(&ExcStopAsyncIteration, nullptr);
            return nullptr;
        }
        setStopIterationValue(r);
        decref(r);
    }
    return nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Core machinery

Object* genFromRunningFrame(Frame* f) {
    CodeObject* co = f->code;
    Type* type = (co->flags & kCoCoroutine)        ? &CoroutineType
                 : (co->flags & kCoAsyncGenerator) ? &AsyncGeneratorType
                                                   : &GeneratorType;
    size_t extra = frameSize(co) - sizeof(Frame);
    Object* o = allocVarObject(type, extra);
    if (!o) return nullptr;
    GenObject* gen = asGen(o);
    Frame* gf = &gen->frame;
    std::memcpy(static_cast<void*>(gf), static_cast<const void*>(f), frameSize(co));
    gf->stackPointer = gf->localsplus() + (f->stackPointer - f->localsplus());
    gf->owner = FrameOwner::Generator;
    gf->previous = nullptr;
    gf->isEntry = 0;
    if (gf->frameObj) reinterpret_cast<FrameObject*>(gf->frameObj)->frame = gf;
    gen->code = newRef(&co->ob);
    if (f->func) {
        gen->name = newRef(asFunction(f->func)->name);
        gen->qualname = newRef(asFunction(f->func)->qualname);
    } else {
        gen->name = newRef(co->name);
        gen->qualname = newRef(co->qualname ? co->qualname : co->name);
    }
    gen->state = GenState::Created;
    gen->closed = false;
    return o;
}

void genEnterInline(ThreadState* ts, GenObject* gen) {
    gen->state = GenState::Executing;
    gen->excState.previous = ts->excInfo;
    ts->excInfo = &gen->excState;
}

void genLeaveInline(ThreadState* ts, GenObject* gen, bool finished) {
    ts->excInfo = gen->excState.previous;
    gen->excState.previous = nullptr;
    if (finished) {
        gen->state = GenState::Completed;
        clearRef(gen->excState.exc);
        if (!gen->closed) {
            gen->closed = true;
            frameClear(&gen->frame);
        }
    } else {
        gen->state = GenState::Suspended;
    }
}

bool genCheckResumable(GenObject* gen, Object* arg, bool* exhausted) {
    *exhausted = false;
    if (gen->state == GenState::Executing) {
        setError(&ExcValueError, "%s already executing", kindName(gen));
        return false;
    }
    if (gen->state == GenState::Completed) {
        if (gen->ob.type == &CoroutineType) {
            setError(&ExcRuntimeError, "cannot reuse already awaited coroutine");
            return false;
        }
        *exhausted = true;
        return false;
    }
    if (gen->state == GenState::Created && arg && !isNone(arg)) {
        setError(&ExcTypeError, "can't send non-None value to a just-started %s", kindName(gen));
        return false;
    }
    return true;
}

SendStatus genSend(Object* genObj, Object* arg, Object** result, bool throwing) {
    GenObject* gen = asGen(genObj);
    *result = nullptr;
    if (gen->state == GenState::Executing) {
        setError(&ExcValueError, "%s already executing", kindName(gen));
        return SendStatus::Error;
    }
    if (gen->state == GenState::Completed) {
        if (gen->ob.type == &CoroutineType && !throwing) {
            setError(&ExcRuntimeError, "cannot reuse already awaited coroutine");
            return SendStatus::Error;
        }
        if (!throwing) {
            *result = newNone();
            return SendStatus::Return;
        }
        return SendStatus::Error;
    }
    if (!throwing) {
        if (gen->state == GenState::Created && arg && !isNone(arg)) {
            setError(&ExcTypeError, "can't send non-None value to a just-started %s",
                     kindName(gen));
            return SendStatus::Error;
        }
        *gen->frame.stackPointer++ = newRef(arg ? arg : none());
    }
    ThreadState* ts = currentThread();
    genEnterInline(ts, gen);
    // An exception thrown into a generator suspended inside an except block gets the handled
    // exception as __context__ (CPython's _PyErr_ChainStackItem).
    if (throwing && gen->excState.exc && !isNone(gen->excState.exc)) {
        chainExceptionContext(currentError());
    }
    gen->frame.previous = ts->currentFrame;
    incref(genObj);   // keep the generator alive while its frame runs
    Object* r = evalFrame(ts, &gen->frame, throwing);
    SendStatus st;
    if (gen->state == GenState::Completed) {
        st = r ? SendStatus::Return : SendStatus::Error;
    } else {
        st = r ? SendStatus::Next : SendStatus::Error;
    }
    *result = r;
    decref(genObj);
    return st;
}

SendStatus iterSend(Object* iter, Object* arg, Object** result) {
    if (iter->type == &GeneratorType || iter->type == &CoroutineType) {
        return genSend(iter, arg, result);
    }
    Object* r;
    if (isNone(arg) && iter->type->iterNext) {
        if (iter->type->flags & kTypeHeap) {
            // The heap-type slot drops StopIteration's value: call __next__ itself.
            Object* m = lookupSpecial(iter, KRAIT_STR(__next__));
            r = m ? callNoArgs(m) : iter->type->iterNext(iter);
            xdecref(m);
        } else {
            r = iter->type->iterNext(iter);
        }
    } else {
        r = callMethod(iter, "send", &arg, 1);
    }
    if (r) {
        *result = r;
        return SendStatus::Next;
    }
    if (fetchStopIterationValue(result)) return SendStatus::Return;
    return SendStatus::Error;
}

Object* genYieldFrom(GenObject* gen) {
    if (gen->state != GenState::Suspended || !gen->frame.prevInstr) return nullptr;
    const CodeUnit* p = gen->frame.prevInstr;
    if (unitOp(*p) != Op::YIELD_VALUE) return nullptr;
    CodeUnit next = p[1];
    if (unitOp(next) != Op::RESUME || unitArg(next) < 2) return nullptr;
    if (gen->frame.stackPointer <= gen->frame.stackBase()) return nullptr;
    return gen->frame.stackPointer[-1];
}

namespace {

// close() of a delegate (yield from target): 0 ok, -1 error.
int closeIter(Object* yf);

Object* genClose(GenObject* gen);

Object* normalizeThrowArgs(Object* typ, Object* val, Object* tb);

// The throw() machinery (CPython's _gen_throw). args/nargs are throw()'s arguments
// (typ[, val[, tb]]), passed on unchanged to a delegate's throw().
Object* genThrowRaw(GenObject* gen, bool closeOnGenExit, Object* const* args, size_t nargs) {
    Object* typ = args[0];
    Object* yf = genYieldFrom(gen);
    if (yf) {
        incref(yf);
        Object* ret = nullptr;
        bool isGenExit = isExceptionClass(typ)
                             ? isSubtype(asType(typ), &ExcGeneratorExit)
                             : isInstanceOf(typ, &ExcGeneratorExit);
        if (isGenExit && closeOnGenExit) {
            gen->state = GenState::Executing;
            int err = closeIter(yf);
            gen->state = GenState::Suspended;
            decref(yf);
            if (err < 0) {
                Object* r = nullptr;
                SendStatus st = genSend(&gen->ob, nullptr, &r, true);
                return statusToResult(gen, st, r);
            }
            goto throwHere;
        }
        if (yf->type == &GeneratorType || yf->type == &CoroutineType) {
            gen->state = GenState::Executing;
            // Link this generator's frame into the stack while the delegate runs, so the
            // delegate sees it as f_back (complete backtraces, as CPython's _gen_throw).
            ThreadState* ts = currentThread();
            Frame* prev = ts->currentFrame;
            gen->frame.previous = prev;
            ts->currentFrame = &gen->frame;
            ret = genThrowRaw(asGen(yf), closeOnGenExit, args, nargs);
            ts->currentFrame = prev;
            gen->frame.previous = nullptr;
            gen->state = GenState::Suspended;
        } else {
            Object* meth = lookupAttr(yf, KRAIT_STR(throw));
            if (!meth) {
                decref(yf);
                if (errOccurred()) {
                    Object* r = nullptr;
                    SendStatus st = genSend(&gen->ob, nullptr, &r, true);
                    return statusToResult(gen, st, r);
                }
                goto throwHere;
            }
            gen->state = GenState::Executing;
            ret = call(meth, args, nargs);
            gen->state = GenState::Suspended;
            decref(meth);
        }
        decref(yf);
        if (!ret) {
            // The delegate finished (or failed): leave the yield-from loop in gen.
            Object* val = nullptr;
            Frame* f = &gen->frame;
            const CodeUnit* send = f->prevInstr - 1;
            if (fetchStopIterationValue(&val) && unitOp(*send) == Op::SEND) {
                decref(*--f->stackPointer);   // the delegate
                uint32_t target = unitArg(*send);
                const CodeUnit* base = f->codeBase();
                if (target > 0 && kOpInfo[size_t(unitOp(base[target - 1]))].caches == 0) {
                    f->prevInstr = base + target - 1;
                    Object* r = nullptr;
                    SendStatus st = genSend(&gen->ob, val, &r, false);
                    decref(val);
                    return statusToResult(gen, st, r);
                }
                *f->stackPointer++ = val;   // cannot jump: keep the stack balanced
                setError(&ExcSystemError, "cannot resume generator after yield from");
            } else if (val) {
                decref(val);
            }
            Object* r = nullptr;
            SendStatus st = genSend(&gen->ob, nullptr, &r, true);
            return statusToResult(gen, st, r);
        }
        return ret;
    }
throwHere:
    Object* exc = normalizeThrowArgs(typ, nargs > 1 ? args[1] : nullptr,
                                     nargs > 2 ? args[2] : nullptr);
    if (!exc) return nullptr;
    restoreError(exc);
    Object* r = nullptr;
    SendStatus st = genSend(&gen->ob, nullptr, &r, true);
    return statusToResult(gen, st, r);
}

Object* genThrowExc(GenObject* gen, bool closeOnGenExit, Object* exc) {
    return genThrowRaw(gen, closeOnGenExit, &exc, 1);
}

// Normalises throw(typ[, val[, tb]]) arguments into an exception instance (new reference).
Object* normalizeThrowArgs(Object* typ, Object* val, Object* tb) {
    if (tb && isNone(tb)) tb = nullptr;
    if (tb && !isTraceback(tb)) {
        return setError(&ExcTypeError, "throw() third argument must be a traceback object");
    }
    Object* exc;
    if (isExceptionClass(typ)) {
        if (val && isInstance(val, typ) > 0) {
            exc = newRef(val);
        } else if (!val || isNone(val)) {
            exc = callNoArgs(typ);
        } else if (isTuple(val)) {
            exc = callTupleDict(typ, val, nullptr);
        } else {
            exc = callOneArg(typ, val);
        }
        if (exc && !isBaseException(exc)) {
            setError(&ExcTypeError,
                     "calling %R should have returned an instance of BaseException, not %s", typ,
                     typeName(exc->type));
            decref(exc);
            exc = nullptr;
        }
        // As PyErr_NormalizeException: an error while instantiating the class becomes the
        // exception thrown into the generator.
        if (!exc) exc = fetchError();
        if (!exc) return nullptr;
    } else if (isBaseException(typ)) {
        if (val && !isNone(val)) {
            return setError(&ExcTypeError, "instance exception may not have a separate value");
        }
        exc = newRef(typ);
    } else {
        return setError(&ExcTypeError,
                        "exceptions must be classes or instances deriving from BaseException, "
                        "not %s",
                        typeName(typ->type));
    }
    if (tb) setRef(asExc(exc)->traceback, newRef(tb));
    return exc;
}

Object* genThrowArgs(GenObject* gen, bool closeOnGenExit, Object* const* args, size_t nargs) {
    if (!checkArgCount("throw", nargs, 1, 3)) return nullptr;
    // The traceback argument is checked before delegating (as CPython).
    if (nargs > 2 && !isNone(args[2]) && !isTraceback(args[2])) {
        return setError(&ExcTypeError, "throw() third argument must be a traceback object");
    }
    return genThrowRaw(gen, closeOnGenExit, args, nargs);
}

int closeIter(Object* yf) {
    if (yf->type == &GeneratorType || yf->type == &CoroutineType) {
        Object* r = genClose(asGen(yf));
        if (!r) return -1;
        decref(r);
        return 0;
    }
    Object* meth = lookupAttr(yf, KRAIT_STR(close));
    if (!meth) {
        if (errOccurred()) {
            writeUnraisable(yf);
        }
        return 0;
    }
    Object* r = callNoArgs(meth);
    decref(meth);
    if (!r) return -1;
    decref(r);
    return 0;
}

Object* genClose(GenObject* gen) {
    if (gen->state == GenState::Created) {
        // Never started: nothing can catch GeneratorExit.
        gen->state = GenState::Completed;
        if (!gen->closed) {
            gen->closed = true;
            frameClear(&gen->frame);
        }
        return newNone();
    }
    if (gen->state == GenState::Completed) return newNone();
    Object* yf = genYieldFrom(gen);
    int err = 0;
    if (yf) {
        incref(yf);
        gen->state = GenState::Executing;
        err = closeIter(yf);
        gen->state = GenState::Suspended;
        decref(yf);
    }
    if (err == 0) setErrorObject(&ExcGeneratorExit, nullptr);
    Object* r = nullptr;
    SendStatus st = genSend(&gen->ob, nullptr, &r, true);
    if (st == SendStatus::Next) {
        decref(r);
        return setError(&ExcRuntimeError, "%s ignored GeneratorExit", kindName(gen));
    }
    if (st == SendStatus::Return) {
        decref(r);
        return newNone();
    }
    if (errMatches(&ExcStopIteration) || errMatches(&ExcGeneratorExit)) {
        clearError();
        return newNone();
    }
    return nullptr;
}

// ---- Generator type slots and methods ----

Object* genIterNext(Object* o) {
    Object* r = nullptr;
    SendStatus st = genSend(o, nullptr, &r);
    if (st == SendStatus::Next) return r;
    if (st == SendStatus::Return) {
        if (!isNone(r)) setStopIterationValue(r);
        decref(r);
    }
    return nullptr;
}

Object* genSendMethod(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("send", nargs, 1, 1)) return nullptr;
    GenObject* gen = asGen(self);
    Object* r = nullptr;
    SendStatus st = genSend(self, args[0], &r);
    return statusToResult(gen, st, r);
}

Object* genThrowMethod(Object* self, Object* const* args, size_t nargs, Object*) {
    return genThrowArgs(asGen(self), true, args, nargs);
}

Object* genCloseMethod(Object* self, Object* const*, size_t, Object*) {
    return genClose(asGen(self));
}

// A coroutine destroyed before it ever ran: CPython's _PyErr_WarnUnawaitedCoroutine, which
// hands it to Lib's warnings._warn_unawaited_coroutine ("coroutine '...' was never
// awaited", a RuntimeWarning attributed to the Python code running when it dies).
bool needsUnawaitedWarning(Object* o) {
    GenObject* gen = asGen(o);
    return o->type == &CoroutineType && gen->state == GenState::Created && !gen->closed;
}

void warnUnawaitedCoroutine(Object* coro) {
    Object* saved = fetchError();
    bool warned = false;
    Ref<> fn = Ref<>::steal(warningsLibAttr("_warn_unawaited_coroutine", true));
    if (fn) {
        Ref<> r = Ref<>::steal(callOneArg(fn.get(), coro));
        // An "error" filter raises the warning itself: it is reported, not warned again.
        warned = r || errMatches(&ExcRuntimeWarning);
    }
    if (errOccurred()) writeUnraisable(coro);
    if (!warned) {
        // No warnings module (at exit): warn directly, as CPython's fallback does.
        Ref<> msg = Ref<>::steal(strFormat("coroutine '%S' was never awaited", asGen(coro)->qualname));
        if (!msg || !warnWithSource(&ExcRuntimeWarning, msg.get(), 1, coro)) writeUnraisable(coro);
    }
    restoreError(saved);
}

// tp_finalize (PEP 442): warns about a never-awaited coroutine, or closes a suspended generator, once, from dealloc or from the cycle
// collector (a generator in a reference cycle is finalized too, CPython's _PyGen_Finalize).
void genFinalize(Object* o) {
    GenObject* gen = asGen(o);
    if (needsUnawaitedWarning(o)) {
        warnUnawaitedCoroutine(o);
        return;
    }
    if (gen->state != GenState::Suspended) return;
    Object* saved = fetchError();
    if (o->type == &AsyncGeneratorType && gen->finalizer) {
        Object* r = callOneArg(gen->finalizer, o);
        if (!r) writeUnraisable(o);
        else decref(r);
    } else {
        Object* r = genClose(gen);
        if (!r) writeUnraisable(o);
        else decref(r);
    }
    restoreError(saved);
}

void genDealloc(Object* o) {
    GenObject* gen = asGen(o);
    if (gen->weaklist) clearWeakrefs(o);
    if ((gen->state == GenState::Suspended || needsUnawaitedWarning(o)) && gcMarkFinalized(o)) {
        o->refcnt = 1;   // resurrect while finalizing
        genFinalize(o);
        if (--o->refcnt != 0) return;   // resurrected by the finalizer
    }
    if (!gen->closed) {
        gen->closed = true;
        frameClear(&gen->frame);
    }
    clearRef(gen->name);
    clearRef(gen->qualname);
    clearRef(gen->code);
    clearRef(gen->excState.exc);
    clearRef(gen->finalizer);
    clearRef(gen->origin);
    freeObject(o);
}

void genTraverse(Object* o, VisitFn visit, void* arg) {
    GenObject* gen = asGen(o);
    if (gen->name) visit(gen->name, arg);
    if (gen->qualname) visit(gen->qualname, arg);
    if (gen->code) visit(gen->code, arg);
    if (gen->excState.exc) visit(gen->excState.exc, arg);
    if (gen->finalizer) visit(gen->finalizer, arg);
    if (gen->closed) return;
    Frame* f = &gen->frame;
    Object** lp = f->localsplus();
    for (int i = 0; i < f->code->nLocalsPlus; i++) if (lp[i]) visit(lp[i], arg);
    if (gen->state != GenState::Executing) {
        for (Object** p = f->stackBase(); p < f->stackPointer; p++) if (*p) visit(*p, arg);
    }
    if (f->func) visit(f->func, arg);
    if (f->locals) visit(f->locals, arg);
    if (f->frameObj) visit(f->frameObj, arg);
}

Object* genRepr(Object* o) {
    const char* kind = o->type == &CoroutineType       ? "coroutine"
                       : o->type == &AsyncGeneratorType ? "async_generator"
                                                        : "generator";
    return strFormat("<%s object %U at %p>", kind, asGen(o)->qualname, static_cast<void*>(o));
}

Object* genGetName(Object* o, void*) { return newRef(asGen(o)->name); }
int genSetName(Object* o, Object* v, void*) {
    if (!v || !isStr(v)) {
        setError(&ExcTypeError, "__name__ must be set to a string object");
        return -1;
    }
    setRef(asGen(o)->name, newRef(v));
    return 0;
}
Object* genGetQualname(Object* o, void*) { return newRef(asGen(o)->qualname); }
int genSetQualname(Object* o, Object* v, void*) {
    if (!v || !isStr(v)) {
        setError(&ExcTypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    setRef(asGen(o)->qualname, newRef(v));
    return 0;
}
Object* genGetFrame(Object* o, void*) {
    GenObject* gen = asGen(o);
    if (gen->state == GenState::Completed || gen->closed) return newNone();
    return frameGetObject(&gen->frame);
}
Object* genGetRunning(Object* o, void*) { return newBool(asGen(o)->state == GenState::Executing); }
Object* genGetSuspended(Object* o, void*) { return newBool(asGen(o)->state == GenState::Suspended); }
Object* genGetCode(Object* o, void*) { return newRef(asGen(o)->code); }
Object* genGetYieldFrom(Object* o, void*) {
    Object* yf = genYieldFrom(asGen(o));
    return newRef(yf ? yf : none());
}
Object* coroGetOrigin(Object*, void*) { return newNone(); }
Object* agGetRunning(Object* o, void*) { return newBool(asGen(o)->runningAsync); }

const GetSetDef kGenGetSets[] = {
    {"__name__", genGetName, genSetName, nullptr, nullptr},
    {"__qualname__", genGetQualname, genSetQualname, nullptr, nullptr},
    {"gi_frame", genGetFrame, nullptr, nullptr, nullptr},
    {"gi_running", genGetRunning, nullptr, nullptr, nullptr},
    {"gi_suspended", genGetSuspended, nullptr, nullptr, nullptr},
    {"gi_code", genGetCode, nullptr, nullptr, nullptr},
    {"gi_yieldfrom", genGetYieldFrom, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kGenMethods[] = {
    {"send", genSendMethod, kMethNoKw, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", genThrowMethod, kMethNoKw, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."},
    {"close", genCloseMethod, kMethNoKw, "close() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- Coroutines ----

struct CoroWrapperObject {
    Object ob;
    Object* coro;
};

Object* coroAwait(Object* o) {
    Object* w = allocObject(&CoroWrapperType);
    if (!w) return nullptr;
    reinterpret_cast<CoroWrapperObject*>(w)->coro = newRef(o);
    return w;
}

const GetSetDef kCoroGetSets[] = {
    {"__name__", genGetName, genSetName, nullptr, nullptr},
    {"__qualname__", genGetQualname, genSetQualname, nullptr, nullptr},
    {"cr_frame", genGetFrame, nullptr, nullptr, nullptr},
    {"cr_running", genGetRunning, nullptr, nullptr, nullptr},
    {"cr_suspended", genGetSuspended, nullptr, nullptr, nullptr},
    {"cr_code", genGetCode, nullptr, nullptr, nullptr},
    {"cr_await", genGetYieldFrom, nullptr, nullptr, nullptr},
    {"cr_origin", coroGetOrigin, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void coroWrapperDealloc(Object* o) {
    clearRef(reinterpret_cast<CoroWrapperObject*>(o)->coro);
    freeObject(o);
}
void coroWrapperTraverse(Object* o, VisitFn visit, void* arg) {
    Object* c = reinterpret_cast<CoroWrapperObject*>(o)->coro;
    if (c) visit(c, arg);
}
Object* coroWrapperNext(Object* o) { return genIterNext(reinterpret_cast<CoroWrapperObject*>(o)->coro); }
Object* coroWrapperSend(Object* self, Object* const* args, size_t nargs, Object* kw) {
    return genSendMethod(reinterpret_cast<CoroWrapperObject*>(self)->coro, args, nargs, kw);
}
Object* coroWrapperThrow(Object* self, Object* const* args, size_t nargs, Object* kw) {
    return genThrowMethod(reinterpret_cast<CoroWrapperObject*>(self)->coro, args, nargs, kw);
}
Object* coroWrapperClose(Object* self, Object* const* args, size_t nargs, Object* kw) {
    return genCloseMethod(reinterpret_cast<CoroWrapperObject*>(self)->coro, args, nargs, kw);
}

const MethodDef kCoroWrapperMethods[] = {
    {"send", coroWrapperSend, kMethNoKw, nullptr},
    {"throw", coroWrapperThrow, kMethNoKw, nullptr},
    {"close", coroWrapperClose, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- Async generators ----

struct WrappedValueObject {
    Object ob;
    Object* value;
};
enum AwaitableState : int { kAwaitInit = 0, kAwaitIter = 1, kAwaitClosed = 2 };
struct ASendObject {
    Object ob;
    Object* gen;
    Object* sendval;
    int state;
};
struct AThrowObject {
    Object ob;
    Object* gen;
    Object* args;    // tuple (athrow) or null (aclose)
    int state;
};

bool isWrappedValue(const Object* o) { return o->type == &AsyncGenWrappedValueType; }

void asyncGenInitHooks(GenObject* gen) {
    if (gen->hooksCalled) return;
    gen->hooksCalled = true;
    ThreadState* ts = currentThread();
    if (ts->asyncGenFinalizer) setRef(gen->finalizer, newRef(ts->asyncGenFinalizer));
    if (ts->asyncGenFirstIter) {
        Object* r = callOneArg(ts->asyncGenFirstIter, &gen->ob);
        if (!r) writeUnraisable(&gen->ob);
        else decref(r);
    }
}

// Turns a value coming out of the async generator's frame into the awaitable protocol.
Object* asyncGenUnwrap(GenObject* gen, Object* result) {
    if (!result) {
        if (!errOccurred()) setErrorObject(&ExcStopAsyncIteration, nullptr);
        if (errMatches(&ExcStopAsyncIteration) || errMatches(&ExcGeneratorExit)) {
            gen->closed = gen->closed || gen->state == GenState::Completed;
        }
        gen->runningAsync = false;
        return nullptr;
    }
    if (isWrappedValue(result)) {
        setStopIterationValue(reinterpret_cast<WrappedValueObject*>(result)->value);
        decref(result);
        gen->runningAsync = false;
        return nullptr;
    }
    return result;
}

// Sends into the async generator: yielded value, or null with StopAsyncIteration at the end.
Object* asyncGenSendRaw(GenObject* gen, Object* arg) {
    Object* r = nullptr;
    SendStatus st = genSend(&gen->ob, arg, &r);
    return statusToResult(gen, st, r);
}

Object* asendSendImpl(ASendObject* o, Object* arg) {
    GenObject* gen = asGen(o->gen);
    if (o->state == kAwaitClosed) {
        return setError(&ExcRuntimeError, "cannot reuse already awaited __anext__()/asend()");
    }
    if (o->state == kAwaitInit) {
        if (gen->runningAsync) {
            return setError(&ExcRuntimeError, "anext(): asynchronous generator is already running");
        }
        if (!arg || isNone(arg)) arg = o->sendval;
        o->state = kAwaitIter;
    }
    gen->runningAsync = true;
    Object* r = asyncGenUnwrap(gen, asyncGenSendRaw(gen, arg));
    if (!r) o->state = kAwaitClosed;
    return r;
}

Object* asendIterNext(Object* o) { return asendSendImpl(reinterpret_cast<ASendObject*>(o), nullptr); }
Object* asendSend(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("send", nargs, 1, 1)) return nullptr;
    return asendSendImpl(reinterpret_cast<ASendObject*>(self), args[0]);
}
Object* asendThrow(Object* self, Object* const* args, size_t nargs, Object*) {
    ASendObject* o = reinterpret_cast<ASendObject*>(self);
    if (o->state == kAwaitClosed) {
        return setError(&ExcRuntimeError, "cannot reuse already awaited __anext__()/asend()");
    }
    GenObject* gen = asGen(o->gen);
    Object* r = asyncGenUnwrap(gen, genThrowArgs(gen, false, args, nargs));
    if (!r) o->state = kAwaitClosed;
    return r;
}
Object* asendClose(Object* self, Object* const*, size_t, Object*) {
    reinterpret_cast<ASendObject*>(self)->state = kAwaitClosed;
    return newNone();
}
void asendDealloc(Object* o) {
    clearRef(reinterpret_cast<ASendObject*>(o)->gen);
    clearRef(reinterpret_cast<ASendObject*>(o)->sendval);
    freeObject(o);
}
void asendTraverse(Object* o, VisitFn visit, void* arg) {
    ASendObject* a = reinterpret_cast<ASendObject*>(o);
    if (a->gen) visit(a->gen, arg);
    if (a->sendval) visit(a->sendval, arg);
}
Object* selfAwait(Object* o) { return newRef(o); }

const MethodDef kASendMethods[] = {
    {"send", asendSend, kMethNoKw, nullptr},
    {"throw", asendThrow, kMethNoKw, nullptr},
    {"close", asendClose, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* athrowYieldClose(GenObject* gen, AThrowObject* o) {
    gen->runningAsync = false;
    o->state = kAwaitClosed;
    return setError(&ExcRuntimeError, "async generator ignored GeneratorExit");
}

Object* athrowCheckError(GenObject* gen, AThrowObject* o) {
    gen->runningAsync = false;
    o->state = kAwaitClosed;
    if (errMatches(&ExcStopAsyncIteration) || errMatches(&ExcGeneratorExit)) {
        if (!o->args) {
            clearError();
            setErrorObject(&ExcStopIteration, nullptr);
        }
    }
    return nullptr;
}

Object* athrowSendImpl(AThrowObject* o, Object* arg) {
    GenObject* gen = asGen(o->gen);
    if (o->state == kAwaitClosed) {
        return setError(&ExcRuntimeError, "cannot reuse already awaited aclose()/athrow()");
    }
    if (gen->state == GenState::Completed) {
        o->state = kAwaitClosed;
        setErrorObject(&ExcStopIteration, nullptr);
        return nullptr;
    }
    Object* retval;
    if (o->state == kAwaitInit) {
        if (gen->runningAsync) {
            o->state = kAwaitClosed;
            return setError(&ExcRuntimeError, o->args
                                                  ? "athrow(): asynchronous generator is already running"
                                                  : "aclose(): asynchronous generator is already running");
        }
        if (arg && !isNone(arg)) {
            return setError(&ExcRuntimeError, "can't send non-None value to a just-started coroutine");
        }
        o->state = kAwaitIter;
        gen->runningAsync = true;
        if (!o->args) {
            Object* exc = newException(&ExcGeneratorExit, emptyTuple());
            if (!exc) return nullptr;
            retval = genThrowExc(gen, false, exc);
            decref(exc);
            if (retval && isWrappedValue(retval)) {
                decref(retval);
                return athrowYieldClose(gen, o);
            }
        } else {
            retval = genThrowArgs(gen, false, asTuple(o->args)->items, size_t(tupleSize(o->args)));
            retval = asyncGenUnwrap(gen, retval);
        }
        if (!retval) return athrowCheckError(gen, o);
        return retval;
    }
    retval = asyncGenSendRaw(gen, arg ? arg : none());
    if (o->args) return asyncGenUnwrap(gen, retval);
    if (retval && isWrappedValue(retval)) {
        decref(retval);
        return athrowYieldClose(gen, o);
    }
    if (!retval) return athrowCheckError(gen, o);
    return retval;
}

Object* athrowIterNext(Object* o) { return athrowSendImpl(reinterpret_cast<AThrowObject*>(o), nullptr); }
Object* athrowSend(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("send", nargs, 1, 1)) return nullptr;
    return athrowSendImpl(reinterpret_cast<AThrowObject*>(self), args[0]);
}
Object* athrowThrow(Object* self, Object* const* args, size_t nargs, Object*) {
    AThrowObject* o = reinterpret_cast<AThrowObject*>(self);
    if (o->state == kAwaitClosed) {
        return setError(&ExcRuntimeError, "cannot reuse already awaited aclose()/athrow()");
    }
    GenObject* gen = asGen(o->gen);
    Object* retval = genThrowArgs(gen, false, args, nargs);
    if (o->args) return asyncGenUnwrap(gen, retval);
    if (retval && isWrappedValue(retval)) {
        decref(retval);
        return athrowYieldClose(gen, o);
    }
    if (!retval && (errMatches(&ExcStopAsyncIteration) || errMatches(&ExcGeneratorExit))) {
        clearError();
        setErrorObject(&ExcStopIteration, nullptr);
    }
    return retval;
}
Object* athrowClose(Object* self, Object* const*, size_t, Object*) {
    reinterpret_cast<AThrowObject*>(self)->state = kAwaitClosed;
    return newNone();
}
void athrowDealloc(Object* o) {
    clearRef(reinterpret_cast<AThrowObject*>(o)->gen);
    clearRef(reinterpret_cast<AThrowObject*>(o)->args);
    freeObject(o);
}
void athrowTraverse(Object* o, VisitFn visit, void* arg) {
    AThrowObject* a = reinterpret_cast<AThrowObject*>(o);
    if (a->gen) visit(a->gen, arg);
    if (a->args) visit(a->args, arg);
}

const MethodDef kAThrowMethods[] = {
    {"send", athrowSend, kMethNoKw, nullptr},
    {"throw", athrowThrow, kMethNoKw, nullptr},
    {"close", athrowClose, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* newASend(Object* gen, Object* sendval) {
    asyncGenInitHooks(asGen(gen));
    Object* o = allocObject(&AsyncGenASendType);
    if (!o) return nullptr;
    ASendObject* a = reinterpret_cast<ASendObject*>(o);
    a->gen = newRef(gen);
    a->sendval = newRef(sendval ? sendval : none());
    a->state = kAwaitInit;
    return o;
}

Object* newAThrow(Object* gen, Object* args) {
    asyncGenInitHooks(asGen(gen));
    Object* o = allocObject(&AsyncGenAThrowType);
    if (!o) return nullptr;
    AThrowObject* a = reinterpret_cast<AThrowObject*>(o);
    a->gen = newRef(gen);
    a->args = args;
    xincref(args);
    a->state = kAwaitInit;
    return o;
}

Object* agAnext(Object* o) { return newASend(o, nullptr); }
Object* agAsend(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("asend", nargs, 1, 1)) return nullptr;
    return newASend(self, args[0]);
}
Object* agAthrow(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("athrow", nargs, 1, 3)) return nullptr;
    Object* t = tupleFromArray(args, ssize(nargs));
    if (!t) return nullptr;
    Object* r = newAThrow(self, t);
    decref(t);
    return r;
}
Object* agAclose(Object* self, Object* const*, size_t, Object*) { return newAThrow(self, nullptr); }

const MethodDef kAsyncGenMethods[] = {
    {"asend", agAsend, kMethNoKw, "asend(v) -> send 'v' in generator."},
    {"athrow", agAthrow, kMethNoKw, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", agAclose, kMethNoKw, "aclose() -> raise GeneratorExit inside generator."},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kAsyncGenGetSets[] = {
    {"__name__", genGetName, genSetName, nullptr, nullptr},
    {"__qualname__", genGetQualname, genSetQualname, nullptr, nullptr},
    {"ag_frame", genGetFrame, nullptr, nullptr, nullptr},
    {"ag_running", agGetRunning, nullptr, nullptr, nullptr},
    {"ag_suspended", genGetSuspended, nullptr, nullptr, nullptr},
    {"ag_code", genGetCode, nullptr, nullptr, nullptr},
    {"ag_await", genGetYieldFrom, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void wrappedDealloc(Object* o) {
    clearRef(reinterpret_cast<WrappedValueObject*>(o)->value);
    freeObject(o);
}
void wrappedTraverse(Object* o, VisitFn visit, void* arg) {
    Object* v = reinterpret_cast<WrappedValueObject*>(o)->value;
    if (v) visit(v, arg);
}

}  // namespace

Object* asyncGenWrapValue(Object* v) {
    Object* o = allocObject(&AsyncGenWrappedValueType);
    if (!o) return nullptr;
    reinterpret_cast<WrappedValueObject*>(o)->value = newRef(v);
    return o;
}

Object* getAwaitableIter(Object* o) {
    if (o->type == &CoroutineType ||
        (o->type == &GeneratorType && (asCode(asGen(o)->code)->flags & kCoIterableCoroutine))) {
        return newRef(o);
    }
    UnaryFn aw = o->type->await_;
    Object* res = nullptr;
    if (aw) {
        res = aw(o);
    } else {
        Object* m = lookupSpecial(o, KRAIT_STR(__await__));
        if (!m) {
            if (!errOccurred()) {
                setError(&ExcTypeError, "object %s can't be used in 'await' expression",
                         typeName(o->type));
            }
            return nullptr;
        }
        res = callNoArgs(m);
        decref(m);
    }
    if (!res) return nullptr;
    if (res->type == &CoroutineType ||
        (res->type == &GeneratorType && (asCode(asGen(res)->code)->flags & kCoIterableCoroutine))) {
        decref(res);
        return setError(&ExcTypeError, "__await__() returned a coroutine");
    }
    if (!res->type->iterNext) {
        setError(&ExcTypeError, "__await__() returned non-iterator of type '%s'",
                 typeName(res->type));
        decref(res);
        return nullptr;
    }
    return res;
}

Type GeneratorType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "generator",
    .basicSize = sizeof(GenObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .weaklistOffset = offsetof(GenObject, weaklist),
    .methods = kGenMethods,
    .getsets = kGenGetSets,
    .dealloc = genDealloc,
    .traverse = genTraverse,
    .finalize = genFinalize,
    .repr = genRepr,
    .iter = selfIterSlot,
    .iterNext = genIterNext,
};

Type CoroutineType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "coroutine",
    .basicSize = sizeof(GenObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .weaklistOffset = offsetof(GenObject, weaklist),
    .methods = kGenMethods,
    .getsets = kCoroGetSets,
    .dealloc = genDealloc,
    .traverse = genTraverse,
    .finalize = genFinalize,
    .repr = genRepr,
    .await_ = coroAwait,
};

Type CoroWrapperType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "coroutine_wrapper",
    .basicSize = sizeof(CoroWrapperObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kCoroWrapperMethods,
    .dealloc = coroWrapperDealloc,
    .traverse = coroWrapperTraverse,
    .iter = selfIterSlot,
    .iterNext = coroWrapperNext,
};

Type AsyncGeneratorType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "async_generator",
    .basicSize = sizeof(GenObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .weaklistOffset = offsetof(GenObject, weaklist),
    .methods = kAsyncGenMethods,
    .getsets = kAsyncGenGetSets,
    .dealloc = genDealloc,
    .traverse = genTraverse,
    .finalize = genFinalize,
    .repr = genRepr,
    .aiter = selfIterSlot,
    .anext = agAnext,
};

Type AsyncGenASendType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "async_generator_asend",
    .basicSize = sizeof(ASendObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kASendMethods,
    .dealloc = asendDealloc,
    .traverse = asendTraverse,
    .iter = selfIterSlot,
    .iterNext = asendIterNext,
    .await_ = selfAwait,
};

Type AsyncGenAThrowType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "async_generator_athrow",
    .basicSize = sizeof(AThrowObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kAThrowMethods,
    .dealloc = athrowDealloc,
    .traverse = athrowTraverse,
    .iter = selfIterSlot,
    .iterNext = athrowIterNext,
    .await_ = selfAwait,
};

Type AsyncGenWrappedValueType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "async_generator_wrapped_value",
    .basicSize = sizeof(WrappedValueObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .dealloc = wrappedDealloc,
    .traverse = wrappedTraverse,
};

}  // namespace krait
