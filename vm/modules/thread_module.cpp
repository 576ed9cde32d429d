// The _thread module (CPython's Modules/_threadmodule.c): OS threads with their own
// ThreadState under the GIL (core/gil.h), lock and RLock over platform::SemLock, thread-local
// objects (_local), get_ident, _count, stack_size, interrupt_main, _set_sentinel and the
// default threading.excepthook (_excepthook / _ExceptHookArgs).
//
// Thread-local objects: each _local keeps one dict per thread that used it, keyed by the
// ThreadState's serial number (never reused, unlike OS thread ids). The dicts are owned by
// the _local object (so the cycle collector sees cycles through them); a thread that ends
// drops its dicts from every live _local (the interpreter keeps a registry of them). Attribute
// access installs the calling thread's dict in the object's __dict__ slot and then does the
// generic lookup, so descriptors, __slots__ and subclasses work as usual.
//
// Without OS threads (the wasm builds) start_new_thread raises RuntimeError("can't start new
// thread") as CPython without pthreads does; everything else works single-threaded.
#include <cmath>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/gil.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/traceback_print.h"
#include "modules/modules.h"
#include "modules/signal_module.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "platform/platform.h"
#include "platform/threads.h"

namespace krait {

extern Type ThreadLockType;
extern Type ThreadRLockType;
extern Type ThreadLocalType;
extern Type ExceptHookArgsType;

namespace {

using Args = Object* const*;

// TIMEOUT_MAX in seconds: the largest timeout the nanosecond clock arithmetic can hold.
constexpr double kTimeoutMax = 9223372036.0;
constexpr size_t kMinStackSize = 32768;

// Per-interpreter state of the module (InterpState::threadModuleState).
struct LocalObject;
struct ThreadModuleState {
    std::vector<LocalObject*> locals;   // every live _local (borrowed)
    size_t stackSize = 0;               // stack_size(): 0 = the platform default
};

ThreadModuleState* moduleState(InterpState* interp) {
    if (!interp->threadModuleState) interp->threadModuleState = new ThreadModuleState();
    return static_cast<ThreadModuleState*>(interp->threadModuleState);
}

// ---- Waiting for a lock ----

// Runs the handlers of pending signals in the main thread; true if one raised (signals are
// handled by the main thread only).
bool takePendingInterrupt() {
    ThreadState* ts = currentThread();
    InterpState* interp = ts->interp;
    if (!signalsPending(interp) || ts != interp->mainThread) return false;
    return !runPendingSignals(ts);
}

// Acquires sem, waiting at most timeoutNs (< 0: forever) with the GIL released. Returns 1
// acquired, 0 timed out, -1 with an exception set (KeyboardInterrupt while waiting).
int acquireTimed(platform::SemLock* sem, int64_t timeoutNs) {
    if (sem->tryAcquire()) return 1;
    if (timeoutNs == 0) return 0;
    if (!platform::kHaveThreads) {
        // One thread: nothing can ever release the lock while we wait.
        if (timeoutNs < 0) {
            setError(&ExcRuntimeError, "deadlock: acquiring a held lock with one thread");
            return -1;
        }
        platform::sleepSeconds(static_cast<double>(timeoutNs) / 1e9);
        return 0;
    }
    int64_t deadline = timeoutNs > 0 ? platform::monotonicTimeNs() + timeoutNs : 0;
    for (;;) {
        platform::LockResult r;
        {
            AllowThreads allow;
            r = sem->acquire(timeoutNs);
        }
        if (r == platform::LockResult::kAcquired) return 1;
        if (r == platform::LockResult::kTimedOut) return 0;
        // A signal handler ran: Ctrl-C raises in the main thread; otherwise wait on.
        if (takePendingInterrupt()) return -1;
        if (timeoutNs > 0) {
            timeoutNs = deadline - platform::monotonicTimeNs();
            if (timeoutNs <= 0) return sem->tryAcquire() ? 1 : 0;
        }
    }
}

// Parses acquire(blocking=True, timeout=-1) as CPython's lock_acquire_parse_args: the
// timeout in nanoseconds (-1 forever, 0 non-blocking). False with an exception set.
bool parseAcquireArgs(const char* fname, Args args, size_t nargs, Object* kwnames,
                      int64_t* timeoutNs) {
    static const char* const kNames[] = {"blocking", "timeout"};
    Object* a[2] = {nullptr, nullptr};
    if (!parseArgs(fname, args, nargs, kwnames, kNames, 2, 0, a)) return false;
    bool blocking = true;
    if (a[0]) {
        int t = isTrue(a[0]);
        if (t < 0) return false;
        blocking = t != 0;
    }
    int64_t ns = -1000000000;   // timeout=-1 (unset)
    if (a[1]) {
        Object* t = a[1];
        if (isFloat(t)) {
            double d = floatValue(t);
            if (std::isnan(d)) {
                setError(&ExcValueError, "Invalid value NaN (not a number)");
                return false;
            }
            double v = d * 1e9;
            if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) {
                setError(&ExcOverflowError, "timestamp too large to convert to C _PyTime_t");
                return false;
            }
            ns = static_cast<int64_t>(std::nearbyint(v));
        } else {
            Ref<> idx = Ref<>::steal(numberIndex(t));
            if (!idx) return false;
            int64_t secs = 0;
            if (!intAsInt64(idx.get(), &secs) || secs > INT64_MAX / 1000000000 ||
                secs < INT64_MIN / 1000000000) {
                clearError();
                setError(&ExcOverflowError, "timestamp too large to convert to C _PyTime_t");
                return false;
            }
            ns = secs * 1000000000;
        }
    }
    if (!blocking && ns != -1000000000) {
        setError(&ExcValueError, "can't specify a timeout for a non-blocking call");
        return false;
    }
    if (ns < 0 && ns != -1000000000) {
        setError(&ExcValueError, "timeout value must be positive");
        return false;
    }
    if (!blocking) {
        *timeoutNs = 0;
    } else {
        *timeoutNs = ns == -1000000000 ? -1 : ns;
    }
    return true;
}

// ---- lock ----

struct LockObject {
    Object ob;
    platform::SemLock* sem;
    bool locked;
    Object* weaklist;
};

LockObject* asLock(Object* o) { return reinterpret_cast<LockObject*>(o); }

Object* newLock(Type* t) {
    auto* sem = new (std::nothrow) platform::SemLock();
    if (!sem) return setErrorObject(&ExcMemoryError, nullptr);
    Object* o = allocObject(t);
    if (!o) {
        delete sem;
        return nullptr;
    }
    asLock(o)->sem = sem;
    asLock(o)->locked = false;
    return o;
}

void lockDealloc(Object* o) {
    LockObject* l = asLock(o);
    if (l->weaklist) clearWeakrefs(o);
    delete l->sem;
    l->sem = nullptr;
    freeObject(o);
}

Object* lockTpNew(Type* t, Object*, Object*) {
    return setError(&ExcTypeError, "cannot create '%s' instances", t->name);
}

Object* lockAcquire(Object* self, Args args, size_t nargs, Object* kwnames) {
    int64_t timeout;
    if (!parseAcquireArgs("acquire", args, nargs, kwnames, &timeout)) return nullptr;
    int r = acquireTimed(asLock(self)->sem, timeout);
    if (r < 0) return nullptr;
    if (r) asLock(self)->locked = true;
    return newBool(r != 0);
}

Object* lockEnter(Object* self, Args, size_t, Object*) {
    int r = acquireTimed(asLock(self)->sem, -1);
    if (r < 0) return nullptr;
    if (r) asLock(self)->locked = true;
    return newBool(r != 0);
}

Object* lockRelease(Object* self, Args, size_t, Object*) {
    LockObject* l = asLock(self);
    if (!l->locked) return setError(&ExcRuntimeError, "release unlocked lock");
    l->locked = false;
    l->sem->release();
    return newNone();
}

Object* lockLocked(Object* self, Args, size_t, Object*) { return newBool(asLock(self)->locked); }

Object* lockAtForkReinit(Object* self, Args, size_t, Object*) {
    asLock(self)->sem->reinit();
    asLock(self)->locked = false;
    return newNone();
}

Object* lockRepr(Object* self) {
    return strFormat("<%s %s object at %p>", asLock(self)->locked ? "locked" : "unlocked",
                     self->type->name, static_cast<void*>(self));
}

const char kAcquireDoc[] =
    "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\n"
    "Lock the lock.  Without argument, this blocks if the lock is already\nlocked (even by "
    "the same thread), waiting for another thread to release\nthe lock, and return True once "
    "the lock is acquired.\nWith an argument, this will only block if the argument is true,\n"
    "and the return value reflects whether the lock is acquired.\nThe blocking operation is "
    "interruptible.";
const char kReleaseDoc[] =
    "release()\n(release_lock() is an obsolete synonym)\n\nRelease the lock, allowing another "
    "thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the "
    "locked state,\nbut it needn't be locked by the same thread that unlocks it.";
const char kLockedDoc[] =
    "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\nReturn whether the lock is in "
    "the locked state.";

const MethodDef kLockMethods[] = {
    {"acquire_lock", lockAcquire, 0, kAcquireDoc},
    {"acquire", lockAcquire, 0, kAcquireDoc},
    {"release_lock", lockRelease, kMethNoKw, kReleaseDoc},
    {"release", lockRelease, kMethNoKw, kReleaseDoc},
    {"locked_lock", lockLocked, kMethNoKw, kLockedDoc},
    {"locked", lockLocked, kMethNoKw, kLockedDoc},
    {"__enter__", lockEnter, 0, kAcquireDoc},
    {"__exit__", lockRelease, 0, kReleaseDoc},
    {"_at_fork_reinit", lockAtForkReinit, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- RLock ----

struct RLockObject {
    Object ob;
    platform::SemLock* sem;
    uint64_t owner;   // ident of the owning thread (0: none)
    uint64_t count;
    Object* weaklist;
};

RLockObject* asRLock(Object* o) { return reinterpret_cast<RLockObject*>(o); }

uint64_t myIdent() { return currentThread()->ident; }

// An int in [0, 2**64) (thread idents are unsigned). False with OverflowError otherwise.
bool intAsUint64(Object* o, uint64_t* out) {
    int64_t v = 0;
    if (intAsInt64(o, &v)) {
        *out = static_cast<uint64_t>(v);
        return true;
    }
    clearError();
    Ref<> half = Ref<>::steal(intFromUint64(uint64_t(1) << 63));
    if (!half) return false;
    Ref<> low = Ref<>::steal(binaryOp(o, half.get(), BinOp::Subtract));
    if (!low || !intAsInt64(low.get(), &v) || v < 0) {
        if (!errOccurred()) setError(&ExcOverflowError, "Python int too large to convert to C long");
        return false;
    }
    *out = static_cast<uint64_t>(v) + (uint64_t(1) << 63);
    return true;
}

Object* rlockTpNew(Type* t, Object*, Object*) {
    auto* sem = new (std::nothrow) platform::SemLock();
    if (!sem) return setErrorObject(&ExcMemoryError, nullptr);
    Object* o = allocObject(t);
    if (!o) {
        delete sem;
        return nullptr;
    }
    asRLock(o)->sem = sem;
    return o;
}

void rlockDealloc(Object* o) {
    RLockObject* r = asRLock(o);
    if (r->weaklist) clearWeakrefs(o);
    delete r->sem;
    r->sem = nullptr;
    freeObject(o);
}

// 1 acquired, 0 not, -1 error.
int rlockAcquireTimed(Object* self, int64_t timeout) {
    RLockObject* r = asRLock(self);
    uint64_t me = myIdent();
    if (r->count > 0 && r->owner == me) {
        if (r->count == UINT64_MAX) {
            setError(&ExcOverflowError, "Internal lock count overflowed");
            return -1;
        }
        r->count++;
        return 1;
    }
    int got = acquireTimed(r->sem, timeout);
    if (got == 1) {
        r->owner = me;
        r->count = 1;
    }
    return got;
}

Object* rlockAcquire(Object* self, Args args, size_t nargs, Object* kwnames) {
    int64_t timeout;
    if (!parseAcquireArgs("acquire", args, nargs, kwnames, &timeout)) return nullptr;
    int got = rlockAcquireTimed(self, timeout);
    if (got < 0) return nullptr;
    return newBool(got != 0);
}

Object* rlockRelease(Object* self, Args, size_t, Object*) {
    RLockObject* r = asRLock(self);
    if (r->count == 0 || r->owner != myIdent()) {
        return setError(&ExcRuntimeError, "cannot release un-acquired lock");
    }
    if (--r->count == 0) {
        r->owner = 0;
        r->sem->release();
    }
    return newNone();
}

Object* rlockAcquireRestore(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_acquire_restore", kwnames) ||
        !checkArgCount("_acquire_restore", nargs, 1, 1)) {
        return nullptr;
    }
    Object* state = args[0];
    if (!isTuple(state) || tupleSize(state) != 2) {
        return setError(&ExcTypeError, "_acquire_restore() argument 1 must be a 2-tuple");
    }
    int64_t count = 0;
    uint64_t ownerU = 0;
    Ref<> c = Ref<>::steal(numberIndex(tupleItem(state, 0)));
    if (!c || !intAsInt64(c.get(), &count)) return nullptr;
    Ref<> o = Ref<>::steal(numberIndex(tupleItem(state, 1)));
    if (!o || !intAsUint64(o.get(), &ownerU)) return nullptr;
    RLockObject* r = asRLock(self);
    int got = acquireTimed(r->sem, -1);
    if (got < 0) return nullptr;
    if (!got) return setError(&ExcRuntimeError, "couldn't acquire lock");
    r->owner = ownerU;
    r->count = static_cast<uint64_t>(count);
    return newNone();
}

Object* rlockReleaseSave(Object* self, Args, size_t, Object*) {
    RLockObject* r = asRLock(self);
    if (r->count == 0) return setError(&ExcRuntimeError, "cannot release un-acquired lock");
    uint64_t owner = r->owner, count = r->count;
    r->count = 0;
    r->owner = 0;
    r->sem->release();
    Object* c = intFromUint64(count);
    Object* o = intFromUint64(owner);
    if (!c || !o) {
        xdecref(c);
        xdecref(o);
        return nullptr;
    }
    Object* t = tuplePack({c, o});
    decref(c);
    decref(o);
    return t;
}

Object* rlockIsOwned(Object* self, Args, size_t, Object*) {
    RLockObject* r = asRLock(self);
    return newBool(r->count > 0 && r->owner == myIdent());
}

Object* rlockAtForkReinit(Object* self, Args, size_t, Object*) {
    RLockObject* r = asRLock(self);
    r->sem->reinit();
    r->owner = 0;
    r->count = 0;
    return newNone();
}

Object* rlockRepr(Object* self) {
    RLockObject* r = asRLock(self);
    return strFormat("<%s %s object owner=%llu count=%llu at %p>",
                     r->count ? "locked" : "unlocked", self->type->name,
                     static_cast<unsigned long long>(r->owner),
                     static_cast<unsigned long long>(r->count), static_cast<void*>(self));
}

const MethodDef kRLockMethods[] = {
    {"acquire", rlockAcquire, 0, kAcquireDoc},
    {"release", rlockRelease, kMethNoKw, kReleaseDoc},
    {"_is_owned", rlockIsOwned, kMethNoKw, "For internal use by `threading.Condition`."},
    {"_acquire_restore", rlockAcquireRestore, 0, "For internal use by `threading.Condition`."},
    {"_release_save", rlockReleaseSave, kMethNoKw, "For internal use by `threading.Condition`."},
    {"__enter__", rlockAcquire, 0, kAcquireDoc},
    {"__exit__", rlockRelease, 0, kReleaseDoc},
    {"_at_fork_reinit", rlockAtForkReinit, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- _local ----

struct LocalObject {
    Object ob;
    Object* dict;       // the dict of the thread that accessed it last (owned; __dict__ slot)
    Object* weaklist;
    Object* args;       // constructor arguments, for __init__ in each new thread (owned)
    Object* kwargs;
    std::vector<std::pair<uint64_t, Object*>>* dicts;   // thread serial -> dict (owned)
};

LocalObject* asLocal(Object* o) { return reinterpret_cast<LocalObject*>(o); }

bool hasCustomInit(Type* t) { return t->init && t->init != ObjectType.init; }

Object* localTpNew(Type* t, Object* args, Object* kwargs) {
    bool haveArgs = (args && tupleSize(args) > 0) || (kwargs && dictSize(kwargs) > 0);
    if (haveArgs && !hasCustomInit(t)) {
        return setError(&ExcTypeError, "Initialization arguments are not supported");
    }
    auto* dicts = new (std::nothrow) std::vector<std::pair<uint64_t, Object*>>();
    if (!dicts) return setErrorObject(&ExcMemoryError, nullptr);
    Object* o = allocObject(t);
    if (!o) {
        delete dicts;
        return nullptr;
    }
    LocalObject* l = asLocal(o);
    l->dicts = dicts;
    l->args = args ? newRef(args) : nullptr;
    l->kwargs = kwargs && dictSize(kwargs) > 0 ? newRef(kwargs) : nullptr;
    // The creating thread's dict exists at once (its __init__ runs through the type call).
    Object* d = dictNew();
    if (!d) {
        decref(o);
        return nullptr;
    }
    dicts->push_back({currentThread()->serial, d});
    l->dict = newRef(d);
    moduleState(currentInterp())->locals.push_back(l);
    return o;
}

void localClearDicts(LocalObject* l) {
    if (!l->dicts) return;
    std::vector<std::pair<uint64_t, Object*>> old;
    old.swap(*l->dicts);
    for (auto& e : old) decref(e.second);
}

void localClear(Object* self) {
    LocalObject* l = asLocal(self);
    clearRef(l->args);
    clearRef(l->kwargs);
    clearRef(l->dict);
    localClearDicts(l);
}

void localTraverse(Object* self, VisitFn visit, void* arg) {
    LocalObject* l = asLocal(self);
    if (l->args) visit(l->args, arg);
    if (l->kwargs) visit(l->kwargs, arg);
    if (l->dict) visit(l->dict, arg);
    if (l->dicts) {
        for (auto& e : *l->dicts) visit(e.second, arg);
    }
    // A subclass's type is visited by subtypeTraverse (which then calls this).
}

void localDealloc(Object* self) {
    LocalObject* l = asLocal(self);
    if (InterpState* interp = currentInterp()) {
        auto& v = moduleState(interp)->locals;
        for (size_t i = 0; i < v.size(); i++) {
            if (v[i] == l) {
                v[i] = v.back();
                v.pop_back();
                break;
            }
        }
    }
    if (l->weaklist) clearWeakrefs(self);
    localClear(self);
    delete l->dicts;
    l->dicts = nullptr;
    freeObject(self);   // drops a subclass instance's reference to its type too
}

// The calling thread's dict of a _local (borrowed), created (and __init__ run) on first use.
Object* localThreadDict(Object* self) {
    LocalObject* l = asLocal(self);
    uint64_t serial = currentThread()->serial;
    for (auto& e : *l->dicts) {
        if (e.first == serial) {
            if (l->dict != e.second) setRef(l->dict, newRef(e.second));
            return e.second;
        }
    }
    Object* d = dictNew();
    if (!d) return nullptr;
    l->dicts->push_back({serial, d});
    setRef(l->dict, newRef(d));
    Type* t = self->type;
    if (hasCustomInit(t)) {
        Ref<> keep = Ref<>::borrow(self);
        Ref<> args = l->args ? Ref<>::borrow(l->args) : Ref<>::steal(tupleNew(0));
        if (!args || t->init(self, args.get(), l->kwargs) < 0) {
            // Forget the half-initialised dict so that the next access tries again.
            for (size_t i = 0; i < l->dicts->size(); i++) {
                if ((*l->dicts)[i].first == serial) {
                    Object* dead = (*l->dicts)[i].second;
                    l->dicts->erase(l->dicts->begin() + static_cast<std::ptrdiff_t>(i));
                    if (l->dict == dead) clearRef(l->dict);
                    decref(dead);
                    break;
                }
            }
            return nullptr;
        }
        // __init__ may have switched threads and back: find the dict again.
        for (auto& e : *l->dicts) {
            if (e.first == serial) {
                if (l->dict != e.second) setRef(l->dict, newRef(e.second));
                return e.second;
            }
        }
        return setError(&ExcRuntimeError, "thread-local dict vanished during __init__");
    }
    return d;
}

bool isDunderDict(Object* name) { return isStr(name) && strEqualsAscii(name, "__dict__"); }

Object* localGetAttr(Object* self, Object* name) {
    Object* d = localThreadDict(self);
    if (!d) return nullptr;
    if (isDunderDict(name)) return newRef(d);
    return genericGetAttr(self, name);
}

int localSetAttr(Object* self, Object* name, Object* value) {
    if (isDunderDict(name)) {
        setError(&ExcAttributeError, "'%s' object attribute '__dict__' is read-only",
                 self->type->name);
        return -1;
    }
    if (!localThreadDict(self)) return -1;
    return genericSetAttr(self, name, value);
}

// A thread ends: drop its dicts from every _local.
void localsThreadExit(ThreadState* ts) {
    if (!ts->interp->threadModuleState) return;
    std::vector<Object*> dead;
    for (LocalObject* l : moduleState(ts->interp)->locals) {
        auto& v = *l->dicts;
        for (size_t i = 0; i < v.size(); i++) {
            if (v[i].first == ts->serial) {
                if (l->dict == v[i].second) {
                    dead.push_back(l->dict);
                    l->dict = nullptr;
                }
                dead.push_back(v[i].second);
                v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
    }
    for (Object* d : dead) decref(d);
}

// ---- _ExceptHookArgs and _excepthook ----

Object* hookArgsGet(Object* self, void* closure) {
    return newRef(tupleItem(self, ssize(reinterpret_cast<intptr_t>(closure))));
}

Object* hookArgsRepr(Object* self) {
    static const char* const kFields[] = {"exc_type", "exc_value", "exc_traceback", "thread"};
    std::string out = "_thread._ExceptHookArgs(";
    for (ssize i = 0; i < 4 && i < tupleSize(self); i++) {
        Ref<> r = Ref<>::steal(repr(tupleItem(self, i)));
        if (!r) return nullptr;
        if (i) out += ", ";
        out += kFields[i];
        out += "=";
        out += strView(r.get());
    }
    out += ")";
    return strFromUtf8(out);
}

Object* hookArgsNew(Type* t, Object* args, Object* kwargs) {
    if (kwargs && dictSize(kwargs) > 0) {
        return setError(&ExcTypeError, "_ExceptHookArgs() takes no keyword arguments");
    }
    if (tupleSize(args) != 1) {
        return setError(&ExcTypeError,
                        "_ExceptHookArgs() takes exactly 1 positional argument (%zd given)",
                        tupleSize(args));
    }
    Ref<> seq = Ref<>::steal(sequenceTuple(tupleItem(args, 0)));
    if (!seq) return nullptr;
    ssize n = tupleSize(seq.get());
    if (n != 4) {
        return setError(&ExcTypeError, "_thread._ExceptHookArgs() takes a 4-sequence (%zd-sequence given)",
                        n);
    }
    Object* r = tupleNewOfType(t, 4);
    if (!r) return nullptr;
    for (ssize i = 0; i < 4; i++) tupleSetItemSteal(r, i, newRef(tupleItem(seq.get(), i)));
    return r;
}

Object* hookArgsReduce(Object* self, Args, size_t, Object*) {
    Ref<> plain = Ref<>::steal(tupleSlice(self, 0, tupleSize(self)));
    if (!plain) return nullptr;
    Ref<> inner = Ref<>::steal(tuplePack({plain.get()}));
    if (!inner) return nullptr;
    return tuplePack({asObject(self->type), inner.get()});
}

#define KRAIT_HOOK_FIELD(name, i, doc) \
    {name, hookArgsGet, nullptr, doc, reinterpret_cast<void*>(intptr_t(i))}
const GetSetDef kHookArgsFields[] = {
    KRAIT_HOOK_FIELD("exc_type", 0, "Exception type"),
    KRAIT_HOOK_FIELD("exc_value", 1, "Exception value"),
    KRAIT_HOOK_FIELD("exc_traceback", 2, "Exception traceback"),
    KRAIT_HOOK_FIELD("thread", 3, "Thread"),
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
#undef KRAIT_HOOK_FIELD

const MethodDef kHookArgsMethods[] = {
    {"__reduce__", hookArgsReduce, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

bool writeToFile(Object* file, Object* text) {
    Ref<> r = Ref<>::steal(callMethod(file, "write", &text, 1));
    return bool(r);
}

bool flushFile(Object* file) {
    Ref<> r = Ref<>::steal(callMethod(file, "flush", nullptr, 0));
    if (!r) clearError();
    return true;
}

Object* threadExcepthook(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_excepthook", kwnames) || !checkArgCount("_excepthook", nargs, 1, 1))
        return nullptr;
    Object* a = args[0];
    if (a->type != &ExceptHookArgsType) {
        return setError(&ExcTypeError, "_thread.excepthook argument type must be ExceptHookArgs");
    }
    Object* excType = tupleItem(a, 0);
    Object* excValue = tupleItem(a, 1);
    Object* thread = tupleItem(a, 3);
    if (excType == asObject(&ExcSystemExit)) return newNone();
    InterpState* interp = currentInterp();
    Ref<> file;
    if (Object* f = dictGetItemStr(interp->sysDict, "stderr"); f && !isNone(f)) {
        file = Ref<>::borrow(f);
    } else {
        if (isNone(thread)) return newNone();
        file = Ref<>::steal(getAttr(thread, "_stderr"));
        if (!file) return nullptr;
        if (isNone(file.get())) return newNone();
    }
    Ref<> name;
    if (!isNone(thread)) {
        name = Ref<>::steal(getAttr(thread, "name"));
        if (!name) clearError();
    }
    Ref<> header;
    if (name) {
        Ref<> s = Ref<>::steal(str(name.get()));
        if (!s) return nullptr;
        header = Ref<>::steal(strFormat("Exception in thread %U:\n", s.get()));
    } else {
        header = Ref<>::steal(strFormat("Exception in thread %llu:\n",
                                        static_cast<unsigned long long>(myIdent())));
    }
    if (!header || !writeToFile(file.get(), header.get())) return nullptr;
    flushFile(file.get());
    if (isInstanceOf(excValue, &ExcBaseException)) {
        displayException(excValue, file.get());
    } else {
        Ref<> s = Ref<>::steal(strFormat("%S\n", excType));
        if (s) writeToFile(file.get(), s.get());
        clearError();
    }
    flushFile(file.get());
    return newNone();
}

// ---- Threads ----

struct BootState {
    ThreadState* ts;
    Object* func;
    Object* args;
    Object* kwargs;   // or null
};

// Drops what a ThreadState owns while the GIL is still held (finalizers may run).
void releaseThreadObjects(ThreadState* ts) {
    if (ts->sentinel) {
        // _set_sentinel(): the lock threading's join() waits on.
        LockObject* l = asLock(ts->sentinel);
        if (l->locked) {
            l->locked = false;
            l->sem->release();
        }
        clearRef(ts->sentinel);
    }
    localsThreadExit(ts);
    if (ts->currentException) clearRef(ts->currentException);
    clearRef(ts->baseExcInfo.exc);
    clearRef(ts->context);
    clearRef(ts->asyncGenFirstIter);
    clearRef(ts->asyncGenFinalizer);
    // Free lists are per thread: give their objects back to the shared allocator.
    intFreeListClear();
    floatFreeListClear();
    sliceCacheClear();
}

void threadEntry(void* p) {
    BootState* b = static_cast<BootState*>(p);
    ThreadState* ts = b->ts;
    InterpState* interp = ts->interp;
    ts->stackBase = 0;
    setCurrentThread(ts);   // records this thread's stack base
    gilAcquire(ts);
    Object* r = callTupleDict(b->func, b->args, b->kwargs);
    if (r) {
        decref(r);
    } else if (errMatches(&ExcSystemExit)) {
        clearError();
    } else {
        // CPython's _PyErr_WriteUnraisableMsg("in thread started by", func): through
        // sys.unraisablehook when one is set.
        writeUnraisableMsg("in thread started by", b->func);
    }
    decref(b->func);
    decref(b->args);
    xdecref(b->kwargs);
    delete b;
    releaseThreadObjects(ts);
    if (ts->currentException) clearRef(ts->currentException);
    interp->threadCount--;
    destroyThreadState(ts);   // unlinks it (GIL held); owns nothing any more
    gilReleaseExiting(interp);
}

Object* startNewThread(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("start_new_thread", kwnames) ||
        !checkArgCount("start_new_thread", nargs, 2, 3)) {
        return nullptr;
    }
    Object* func = args[0];
    Object* fargs = args[1];
    Object* fkwargs = nargs > 2 ? args[2] : nullptr;
    if (!isCallable(func)) return setError(&ExcTypeError, "first arg must be callable");
    if (!isTuple(fargs)) return setError(&ExcTypeError, "2nd arg must be a tuple");
    if (fkwargs && !isDict(fkwargs)) {
        return setError(&ExcTypeError, "optional 3rd arg must be a dictionary");
    }
    if (!platform::kHaveThreads) return setError(&ExcRuntimeError, "can't start new thread");
    ThreadState* ts = currentThread();
    InterpState* interp = ts->interp;
    if (!gilEnable(ts)) return nullptr;
    ThreadState* nts = createThreadState(interp);
    size_t stack = moduleState(interp)->stackSize;
    size_t effective = stack ? stack : 8u * 1024u * 1024u;
    if (nts->stackBudget > effective / 2) nts->stackBudget = effective / 2;
    auto* b = new BootState{nts, newRef(func), newRef(fargs), fkwargs ? newRef(fkwargs) : nullptr};
    interp->threadCount++;
    uint64_t ident = 0;
    int err = 0;
    if (!platform::startThread(threadEntry, b, stack, &ident, &err)) {
        interp->threadCount--;
        decref(b->func);
        decref(b->args);
        xdecref(b->kwargs);
        delete b;
        destroyThreadState(nts);
        setCurrentThread(ts);
        return setError(&ExcRuntimeError, "can't start new thread");
    }
    nts->ident = ident;
    return intFromUint64(ident);
}

Object* allocateLock(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("allocate_lock", kwnames) || !checkArgCount("allocate_lock", nargs, 0, 0))
        return nullptr;
    return newLock(&ThreadLockType);
}

Object* getIdent(Object*, Args, size_t, Object*) { return intFromUint64(myIdent()); }

Object* getNativeId(Object*, Args, size_t, Object*) {
    return intFromUint64(platform::nativeThreadId());
}

Object* threadCount(Object*, Args, size_t, Object*) {
    return intFromInt64(currentInterp()->threadCount);
}

Object* stackSize(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("stack_size", kwnames) || !checkArgCount("stack_size", nargs, 0, 1))
        return nullptr;
    ThreadModuleState* st = moduleState(currentInterp());
    size_t old = st->stackSize;
    if (nargs == 0) {   // as CPython: no argument means size 0 (the default) too
        st->stackSize = 0;
        return intFromUint64(old);
    }
    Ref<> idx = Ref<>::steal(numberIndex(args[0]));
    if (!idx) return nullptr;
    int64_t v = 0;
    if (!intAsInt64(idx.get(), &v)) return nullptr;
    if (v < 0) return setError(&ExcValueError, "size must be 0 or a positive value");
    if (v != 0 && static_cast<size_t>(v) < kMinStackSize) {
        return setError(&ExcValueError, "size not valid: %lld bytes", static_cast<long long>(v));
    }
    st->stackSize = static_cast<size_t>(v);
    return intFromUint64(old);
}

Object* interruptMain(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("interrupt_main", kwnames) || !checkArgCount("interrupt_main", nargs, 0, 1))
        return nullptr;
    int64_t sig = 2;
    if (nargs) {
        Ref<> idx = Ref<>::steal(numberIndex(args[0]));
        if (!idx || !intAsInt64(idx.get(), &sig)) return nullptr;
    }
    if (sig < 1 || sig >= 65) return setError(&ExcValueError, "signal number out of range");
    // The signal's Python handler runs in the main thread at its next eval-breaker check
    // (right after this call when called there); nothing happens while the handler is
    // SIG_IGN or SIG_DFL.
    simulateSignal(currentInterp(), static_cast<int>(sig));
    return newNone();
}

Object* threadExit(Object*, Args, size_t, Object*) {
    return setErrorObject(&ExcSystemExit, nullptr);
}

Object* setSentinel(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_set_sentinel", kwnames) || !checkArgCount("_set_sentinel", nargs, 0, 0))
        return nullptr;
    Object* lock = newLock(&ThreadLockType);
    if (!lock) return nullptr;
    ThreadState* ts = currentThread();
    setRef(ts->sentinel, newRef(lock));
    return lock;
}

Object* daemonThreadsAllowed(Object*, Args, size_t, Object*) { return newBool(true); }

const MethodDef kThreadMethods[] = {
    {"start_new_thread", startNewThread, 0,
     "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\n"
     "Start a new thread and return its identifier."},
    {"start_new", startNewThread, 0,
     "start_new(function, args[, kwargs])\n(start_new_thread() is an obsolete synonym)"},
    {"allocate_lock", allocateLock, 0,
     "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock "
     "object. See help(type(threading.Lock())) for\ninformation about locks."},
    {"allocate", allocateLock, 0, "allocate_lock() -> lock object"},
    {"exit_thread", threadExit, 0,
     "exit()\n(exit_thread() is an obsolete synonym)\n\nThis is synonymous to ``raise "
     "SystemExit''."},
    {"exit", threadExit, 0, "exit()\n\nThis is synonymous to ``raise SystemExit''."},
    {"interrupt_main", interruptMain, 0,
     "interrupt_main(signum=signal.SIGINT, /)\n\nSimulate the arrival of the given signal in "
     "the main thread."},
    {"get_ident", getIdent, kMethNoKw,
     "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current "
     "thread\namongst other threads that exist simultaneously."},
    {"get_native_id", getNativeId, kMethNoKw,
     "get_native_id() -> integer\n\nReturn a non-negative integer identifying the thread as "
     "reported\nby the OS (kernel)."},
    {"_count", threadCount, kMethNoKw,
     "_count() -> integer\n\nReturn the number of currently running Python threads, excluding\n"
     "the main thread."},
    {"stack_size", stackSize, 0,
     "stack_size([size]) -> size\n\nReturn the thread stack size used when creating new "
     "threads."},
    {"_set_sentinel", setSentinel, 0,
     "_set_sentinel() -> lock\n\nSet a sentinel lock that will be released when the current "
     "thread\nstate is finalized (after it is untied from the interpreter)."},
    {"_excepthook", threadExcepthook, 0,
     "excepthook(exc_type, exc_value, exc_traceback, thread)\n\nHandle uncaught "
     "Thread.run() exception."},
    {"daemon_threads_allowed", daemonThreadsAllowed, 0,
     "Return True if daemon threads are allowed in the current interpreter."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type ThreadLockType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_thread.lock",
    .basicSize = sizeof(LockObject),
    .weaklistOffset = offsetof(LockObject, weaklist),
    .methods = kLockMethods,
    .dealloc = lockDealloc,
    .repr = lockRepr,
    .getAttr = genericGetAttr,
    .new_ = lockTpNew,
};

Type ThreadRLockType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_thread.RLock",
    .basicSize = sizeof(RLockObject),
    .flags = kTypeBaseType,
    .weaklistOffset = offsetof(RLockObject, weaklist),
    .methods = kRLockMethods,
    .dealloc = rlockDealloc,
    .repr = rlockRepr,
    .getAttr = genericGetAttr,
    .new_ = rlockTpNew,
};

Type ThreadLocalType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_thread._local",
    .basicSize = sizeof(LocalObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "Thread-local data",
    .dictOffset = offsetof(LocalObject, dict),
    .weaklistOffset = offsetof(LocalObject, weaklist),
    .dealloc = localDealloc,
    .traverse = localTraverse,
    .clear = localClear,
    .getAttr = localGetAttr,
    .setAttr = localSetAttr,
    .new_ = localTpNew,
};

Type ExceptHookArgsType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_thread._ExceptHookArgs",
    .basicSize = sizeof(TupleObject),
    .flags = kTypeTupleSubclass,
    .base = &TupleType,
    .doc = "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
    .methods = kHookArgsMethods,
    .getsets = kHookArgsFields,
    .repr = hookArgsRepr,
    .new_ = hookArgsNew,
};

Object* createThreadModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_thread"));
    if (!m || !moduleAddFunctions(m.get(), kThreadMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__",
                         "This module provides primitive operations to write multi-threaded "
                         "programs.\nThe 'threading' module provides a more convenient "
                         "interface.")) {
        return nullptr;
    }
    const struct {
        const char* name;
        Type* type;
    } types[] = {{"LockType", &ThreadLockType},
                 {"RLock", &ThreadRLockType},
                 {"_local", &ThreadLocalType},
                 {"_ExceptHookArgs", &ExceptHookArgsType}};
    for (const auto& t : types) {
        if (!typeReady(t.type)) return nullptr;
        if (!moduleAddObject(m.get(), t.name, newRef(asObject(t.type)))) return nullptr;
    }
    if (!moduleAddObject(m.get(), "error", newRef(asObject(&ExcRuntimeError)))) return nullptr;
    if (!moduleAddObject(m.get(), "TIMEOUT_MAX", floatFromDouble(kTimeoutMax))) return nullptr;
    return m.release();
}

}  // namespace krait
