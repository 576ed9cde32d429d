// The tier-1 bytecode interpreter loop.
//
// Rules of the loop (the resumable core):
// 1. A Python-to-Python call (CALL / CALL_FUNCTION_EX on a function or a bound method of one)
//    pushes a frame on the thread's frame stack and jumps to start_frame: no C++ recursion.
//    RETURN_VALUE pops it and continues in the caller. Only the entry frame of an invocation
//    returns to C++.
// 2. Generators driven by FOR_ITER and SEND (for, yield from, await) run inline the same way:
//    their embedded frame is linked under the current one; YIELD_VALUE and RETURN_VALUE
//    continue the driver at the instruction after (or the target of) FOR_ITER/SEND.
// 3. Between two instructions all state is in heap frames (f->prevInstr, f->stackPointer), so
//    the loop can stop at the eval breaker (RESUME, JUMP_BACKWARD) and continue later.
// 4. The value stack of the running frame lives in registers (sp); it is written back to
//    f->stackPointer whenever the frame is left.
#include "interp/eval.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "bytecode/code.h"
#include "core/abstract.h"
#include "core/abstract_dunder.h"
#include "core/errors.h"
#include "core/gil.h"
#include "core/types.h"
#include "interp/eval_internal.h"
#include "interp/frame.h"
#include "interp/function.h"
#include "interp/generator.h"
#include "interp/specialize.h"
#include "interp/traceback.h"
#include "modules/signal_module.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/instance_values.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/descr.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

// Dispatch: computed goto where the compiler supports it, a switch elsewhere (wasm, where a
// switch is faster). CMake may force either with -DKRAIT_USE_COMPUTED_GOTO=0/1.
#ifndef KRAIT_USE_COMPUTED_GOTO
#if defined(__GNUC__) && !defined(__wasm__)
#define KRAIT_USE_COMPUTED_GOTO 1
#else
#define KRAIT_USE_COMPUTED_GOTO 0
#endif
#endif

// Lean loop state: the eval loop keeps only the frame, instruction, stack and code base in
// local variables and reads the code object, locals, constants and names through the frame.
// On wasm fewer values live across the dispatch means fewer spills and moves there (V8's
// calling convention has no callee-saved registers, so every call in a handler spills them).
#ifndef KRAIT_LEAN_LOOP_STATE
#ifdef __wasm__
#define KRAIT_LEAN_LOOP_STATE 1
#else
#define KRAIT_LEAN_LOOP_STATE 0
#endif
#endif

namespace krait {

namespace {

constexpr int cachesOf(Op op) { return kOpInfo[size_t(op)].caches; }

enum class LoopMode { Start, Throw, ResumePaused, Reenter };

// Where an invocation of the loop left off when it returned to runLoopFor() only to be called
// again (see KRAIT_LOOP_REENTRY): the innermost frame and its next instruction.
struct LoopReentry {
    Frame* frame = nullptr;
    const CodeUnit* ip = nullptr;
};

// Exception-table lookup for the instruction at `index`.
const ExceptionEntry* findHandler(CodeObject* co, int index) {
    const auto* table = co->exceptionTable;
    if (!table || table->empty() || index < 0) return nullptr;
    size_t lo = 0, hi = table->size();
    uint32_t i = uint32_t(index);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const ExceptionEntry& e = (*table)[mid];
        if (i < e.start) hi = mid;
        else if (i >= e.end) lo = mid + 1;
        else return &e;
    }
    return nullptr;
}

inline bool isGenCode(const CodeObject* co) {
    return (co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) != 0;
}

// A plain Python function (not a generator, coroutine or async generator function): one whose
// call can run as a frame pushed by the interpreter.
inline bool isPlainPyFunction(Object* fn) {
    return fn && fn->type == &FunctionType && !isGenCode(asCode(asFunction(fn)->code));
}

// One more level of recursion depth for a C-level recursion check of CPython's that has no
// frame of its own here (type.__call__ of an inlined __init__, a comparison); counted as the
// frame check at startFrame counts.
bool enterExtraLevel(ThreadState* ts, const char* where) {
    if (++ts->pyDepth + ts->cppDepth - ts->evalDepth >
            ts->interp->recursionLimit + ts->recursionHeadroom &&
        !ts->inRecursionError) {
        --ts->pyDepth;
        setError(&ExcRecursionError, "maximum recursion depth exceeded%s", where);
        return false;
    }
    return true;
}

// Pushes the frame of operator dunder fn(x, y); x and y stay on the caller's stack (the frame
// takes references of its own). Null with an error set on failure.
// y null: fn(x); z non-null: fn(x, y, z).
Frame* pushDunderFrame(ThreadState* ts, Object* fn, Object* x, Object* y, DunderKind kind,
                       Object* z = nullptr) {
    FunctionObject* func = asFunction(fn);
    Frame* nf = framePush(ts, asCode(func->code), fn, func->globals, func->builtins, nullptr);
    if (!nf) return nullptr;
    Object* args[3] = {x, y, z};
    if (!frameBindArgs(nf, func, args, z ? 3 : y ? 2 : 1, nullptr)) {
        frameClearAndPop(ts, nf);
        return nullptr;
    }
    nf->dunderKind = kind;
    return nf;
}

// PEP 479: StopIteration (and StopAsyncIteration in async generators) leaving a generator
// frame becomes RuntimeError.
void convertStopIteration(CodeObject* co) {
    const char* kind = (co->flags & kCoCoroutine) ? "coroutine"
                       : (co->flags & kCoAsyncGenerator) ? "async generator"
                                                         : "generator";
    const char* what = nullptr;
    if (errMatches(&ExcStopIteration)) what = "StopIteration";
    else if ((co->flags & kCoAsyncGenerator) && errMatches(&ExcStopAsyncIteration))
        what = "StopAsyncIteration";
    if (!what) return;
    Object* orig = fetchError();
    setError(&ExcRuntimeError, "%s raised %s", kind, what);
    Object* exc = currentError();
    if (exc && orig) {
        BaseExceptionObject* e = asExc(exc);
        setRef(e->cause, newRef(orig));
        setRef(e->context, newRef(orig));
        e->suppressContext = true;
    }
    xdecref(orig);
}

// Fast int arithmetic for BINARY_OP; returns null (no error) when not applicable.
inline Object* binaryOpFast(Object* a, Object* b, int op) {
    if (isIntExact(a) && isIntExact(b) && intIsSmall(a) && intIsSmall(b)) {
        int64_t x = asInt(a)->value, y = asInt(b)->value, r;
        switch (BinOp(op)) {
        case BinOp::Add: case BinOp::InplaceAdd:
            if (__builtin_add_overflow(x, y, &r)) return nullptr;
            return intFromInt64(r);
        case BinOp::Subtract: case BinOp::InplaceSubtract:
            if (__builtin_sub_overflow(x, y, &r)) return nullptr;
            return intFromInt64(r);
        case BinOp::Multiply: case BinOp::InplaceMultiply:
            if (mulOverflow64(x, y, &r)) return nullptr;
            return intFromInt64(r);
        case BinOp::And: case BinOp::InplaceAnd: return intFromInt64(x & y);
        case BinOp::Or: case BinOp::InplaceOr: return intFromInt64(x | y);
        case BinOp::Xor: case BinOp::InplaceXor: return intFromInt64(x ^ y);
        case BinOp::FloorDivide: case BinOp::InplaceFloorDivide: {
            if (y == 0 || (x == INT64_MIN && y == -1)) return nullptr;
            int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
            return intFromInt64(q);
        }
        case BinOp::Power: case BinOp::InplacePower: {
            // Square-and-multiply; a negative exponent (float result) or an overflow goes to
            // the generic path.
            if (y < 0) return nullptr;
            int64_t result = 1, base = x;
            for (;;) {
                if (y & 1) {
                    if (mulOverflow64(result, base, &result)) return nullptr;
                }
                y >>= 1;
                if (!y) break;
                if (mulOverflow64(base, base, &base)) return nullptr;
            }
            return intFromInt64(result);
        }
        case BinOp::Remainder: case BinOp::InplaceRemainder: {
            if (y == 0 || y == -1) return nullptr;
            int64_t m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) m += y;
            return intFromInt64(m);
        }
        default: return nullptr;
        }
    }
    if (isFloatExact(a) && isFloatExact(b)) {
        double x = floatValue(a), y = floatValue(b);
        switch (BinOp(op)) {
        case BinOp::Add: case BinOp::InplaceAdd: return floatFromDouble(x + y);
        case BinOp::Subtract: case BinOp::InplaceSubtract: return floatFromDouble(x - y);
        case BinOp::Multiply: case BinOp::InplaceMultiply: return floatFromDouble(x * y);
        case BinOp::TrueDivide: case BinOp::InplaceTrueDivide:
            if (y == 0.0) return nullptr;
            return floatFromDouble(x / y);
        default: return nullptr;
        }
    }
    return nullptr;
}

// An exact float or exact small int as a double (false for anything else).
inline bool numAsDouble(Object* o, double* out) {
    if (isFloatExact(o)) {
        *out = floatValue(o);
        return true;
    }
    if (isIntExact(o) && intIsSmall(o)) {
        *out = double(asInt(o)->value);
        return true;
    }
    return false;
}

// Both operands as doubles for the float comparisons: exact floats, or one exact float and one
// exact small int within 2**53 (converted exactly, so the order is the mathematical one).
inline bool numPairAsDoubles(Object* a, Object* b, double* x, double* y) {
    constexpr int64_t kExact = int64_t(1) << 53;
    if (isFloatExact(a)) {
        *x = floatValue(a);
        if (isFloatExact(b)) {
            *y = floatValue(b);
            return true;
        }
        if (!isIntExact(b) || !intIsSmall(b)) return false;
        int64_t v = asInt(b)->value;
        if (v > kExact || v < -kExact) return false;
        *y = double(v);
        return true;
    }
    if (!isFloatExact(b) || !isIntExact(a) || !intIsSmall(a)) return false;
    int64_t v = asInt(a)->value;
    if (v > kExact || v < -kExact) return false;
    *x = double(v);
    *y = floatValue(b);
    return true;
}

// Fast comparisons for COMPARE_OP; returns -1 when not applicable, else 0/1.
inline int compareFast(Object* a, Object* b, int op) {
    if (isIntExact(a) && isIntExact(b) && intIsSmall(a) && intIsSmall(b)) {
        int64_t x = asInt(a)->value, y = asInt(b)->value;
        switch (CompareOp(op)) {
        case CompareOp::Lt: return x < y;
        case CompareOp::Le: return x <= y;
        case CompareOp::Eq: return x == y;
        case CompareOp::Ne: return x != y;
        case CompareOp::Gt: return x > y;
        case CompareOp::Ge: return x >= y;
        }
    }
    if (isFloatExact(a) && isFloatExact(b)) {
        double x = floatValue(a), y = floatValue(b);
        switch (CompareOp(op)) {
        case CompareOp::Lt: return x < y;
        case CompareOp::Le: return x <= y;
        case CompareOp::Eq: return x == y;
        case CompareOp::Ne: return x != y;
        case CompareOp::Gt: return x > y;
        case CompareOp::Ge: return x >= y;
        }
    }
    if (isStrExact(a) && isStrExact(b) && (CompareOp(op) == CompareOp::Eq || CompareOp(op) == CompareOp::Ne)) {
        bool eq = a == b || strEqual(a, b);
        return CompareOp(op) == CompareOp::Eq ? eq : !eq;
    }
    return -1;
}

// Truth value with fast paths; -1 on error.
inline int truth(Object* v) {
    if (v == trueObj()) return 1;
    if (v == falseObj() || isNone(v)) return 0;
    return isTrue(v);
}

// Resolves a global name (LOAD_GLOBAL): borrowed or new? Returns a NEW reference or null.
inline Object* loadGlobal(Frame* f, Object* name) {
    if (isDictExact(f->globals) && isDictExact(f->builtins)) {
        Object* v = dictGetItem(f->globals, name);
        if (!v) {
            if (errOccurred()) return nullptr;
            v = dictGetItem(f->builtins, name);
            if (!v) {
                if (!errOccurred()) raiseNameError(&ExcNameError, "name '%U' is not defined", name);
                return nullptr;
            }
        }
        return newRef(v);
    }
    Object* v = dictGetItem(f->globals, name);
    if (v) return newRef(v);
    if (errOccurred()) return nullptr;
    v = getItem(f->builtins, name);
    if (!v && errMatches(&ExcKeyError)) {
        clearError();
        raiseNameError(&ExcNameError, "name '%U' is not defined", name);
    }
    return v;
}

// Mapping lookup that treats KeyError as "missing": returns new ref, or null with *err false.
inline Object* mappingLookup(Object* mapping, Object* key, bool* err) {
    *err = false;
    if (isDictExact(mapping)) {
        Object* v = dictGetItem(mapping, key);
        if (v) return newRef(v);
        if (errOccurred()) *err = true;
        return nullptr;
    }
    Object* v = getItem(mapping, key);
    if (!v) {
        if (errMatches(&ExcKeyError)) clearError();
        else *err = true;
    }
    return v;
}

// A type version in a polymorphic set (a, b, c, d); free slots hold 0, which never matches
// because no versioned type has tag 0.
inline bool versionIn(uint32_t tv, uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
    return tv == a || (tv != 0 && (tv == b || tv == c || tv == d));
}

inline Object* cachePtr(const CodeUnit* c) {
    uint64_t p;
    std::memcpy(&p, c, sizeof p);
    return reinterpret_cast<Object*>(uintptr_t(p));
}

// The instance __dict__ of an object whose type has a dict offset (borrowed, may be null).
inline Object* instanceDictFast(Object* o) {
    return *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + o->type->dictOffset);
}

// The live entry number ix of an instance dict if its key is name, else null. An entry of the
// inline table is checked without reading the header first (the inline slots hold keys only
// while live, see DictObject): one dependent load less on the attribute fast paths.
inline DictEntry* instanceEntry(DictObject* d, uint32_t ix, Object* name) {
    if (ix < uint32_t(kDictInlineUsable) && d->inlineEntries[ix].key == name) {
        return &d->inlineEntries[ix];
    }
    if (ssize(ix) >= d->nentries || d->entries[ix].key != name) return nullptr;
    return &d->entries[ix];
}

// Whether an instance values array holds name (an exact str with its hash cached), for the
// method and class-attribute loads that must not be shadowed: a clear bit in the shared keys'
// hash summary answers without a search.
inline bool instanceValuesShadow(Object* owner, Object* slot, Object* name) {
    SharedKeys* k = asHeapType(owner->type)->sharedKeys;
    return ((k->hashBits >> (static_cast<uint64_t>(asStr(name)->hash) & 63)) & 1) &&
           instanceValuesHas(owner, slot, name);
}

// Whether starting one more Python frame exceeds the recursion limit (counts it in pyDepth).
// Eval-loop entries are not counted (as CPython: a limit of N allows N frames).
inline bool frameDepthExceeded(ThreadState* ts) {
    return ++ts->pyDepth + ts->cppDepth - ts->evalDepth >
               ts->interp->recursionLimit + ts->recursionHeadroom &&
           !ts->inRecursionError;
}

// Where unwinding continues in a frame: the handler's first instruction (null: no handler,
// or no memory for the lasti, so the frame must be popped) and the value-stack pointer.
struct HandlerJump {
    const CodeUnit* ip;
    Object** sp;
};

// Looks for a handler of the raised exception in frame f at the instruction `from` (null:
// the frame's last instruction). On success pops the value stack to the handler's depth and
// pushes the lasti (if the handler wants it) and the exception.
HandlerJump unwindToHandler(Frame* f, CodeObject* co, const CodeUnit* base,
                            const CodeUnit* from, Object** sp) {
    int lasti = f->lasti();
    const ExceptionEntry* h = findHandler(co, from ? int(from - base) : lasti);
    if (!h) return {nullptr, sp};
    Object** target = f->stackBase() + h->depth;
    while (sp > target) xdecref(*--sp);
    if (h->lasti) {
        Object* li = intFromInt64(lasti);
        if (!li) return {nullptr, sp};
        *sp++ = li;
    }
    *sp++ = fetchError();
    return {base + h->target, sp};
}

// Pops frame f, in which the raised exception found no handler (sp: its stack pointer);
// returns its caller.
Frame* popFrameUnwinding(ThreadState* ts, Frame* f, CodeObject* co, Object** sp) {
    Object** stackBottom = f->stackBase();
    while (sp > stackBottom) xdecref(*--sp);
    f->stackPointer = sp;
    --ts->pyDepth;
    Frame* prev = f->previous;
    f->isEntry = 0;
    if (f->isInit) --ts->pyDepth;
    if (f->dunderKind == kDunderCompare || f->dunderKind == kDunderCall) --ts->pyDepth;
    if (f->owner == FrameOwner::Generator) {
        if (isGenCode(co)) convertStopIteration(co);
        f->previous = nullptr;
        genLeaveInline(ts, genFromFrame(f), true);
    } else {
        frameClearAndPop(ts, f);
    }
    return prev;
}

// How the loop's `unwind` block starts (see there).
enum class UnwindKind { Raise, Reraise, PopFrame };

template <bool kStats>
Object* runLoop(ThreadState* ts, Frame* entry, LoopMode mode, LoopReentry* reentry);

// The loop is instantiated twice: with -X stats every dispatch and every failed guard is
// counted; without it no counting code exists at all. With KRAIT_LOOP_REENTRY the loop
// returns here every kLoopReentryTicks ticks (state saved in `reentry`) and is called again
// at once: wasm engines tier functions up from baseline to optimized code but only for calls
// that start after the optimized code is ready (no on-stack replacement), so a loop
// invocation that runs a whole program would otherwise stay in baseline code (V8: Liftoff,
// about 4x slower here, calling into V8's tier-up runtime again and again).
inline Object* runLoopFor(ThreadState* ts, Frame* entry, LoopMode mode) {
    SpecState* st = specState(ts->interp);
    bool withStats = st && st->stats;
    LoopReentry reentry;
    for (;;) {
        Object* r = withStats ? runLoop<true>(ts, entry, mode, &reentry)
                              : runLoop<false>(ts, entry, mode, &reentry);
        if (r || !reentry.frame) return r;
        mode = LoopMode::Reenter;
    }
}

}  // namespace

Object* evalFrame(ThreadState* ts, Frame* frame, bool throwing) {
    return runLoopFor(ts, frame, throwing ? LoopMode::Throw : LoopMode::Start);
}

namespace {

template <bool kStats>
Object* runLoop(ThreadState* ts, Frame* entry, LoopMode mode, LoopReentry* reentry) {
    Frame* f = entry;
    SpecStats* stats = nullptr;
    if constexpr (kStats) stats = specState(ts->interp)->stats;
    (void)stats;
    Object** sp;
    const CodeUnit* ip;
    const CodeUnit* base;
#if KRAIT_LEAN_LOOP_STATE
    // The frame's code, locals, constants and names are read through f where used.
#define co (f->code)
#define lp (f->localsplus())
#define consts (asTuple(f->code->consts)->items)
#define names (asTuple(f->code->names)->items)
#else
    CodeObject* co;
    Object** lp;
    Object* const* consts;
    Object* const* names;
#endif
    Object* kwnames = nullptr;
    uint32_t oparg = 0;
    // Set at each jump to `unwind` (so neither is live across the dispatch): how unwinding
    // starts and, for RERAISE, the instruction whose handler applies (the frame's prevInstr
    // then holds the restored lasti for tracebacks and the next handler's pushed lasti).
    const CodeUnit* unwindFrom = nullptr;
    UnwindKind unwindKind = UnwindKind::Raise;

#if KRAIT_USE_COMPUTED_GOTO
    static void* const kTargets[] = {
#define KRAIT_OP(name, caches, flags) &&TARGET_##name,
#define KRAIT_SPEC(name, family) &&TARGET_##name,
#include "bytecode/ops.def"
#undef KRAIT_SPEC
#undef KRAIT_OP
    };
#define TARGET(op) TARGET_##op:
#define DISPATCH()                                   \
    do {                                             \
        f->prevInstr = ip;                           \
        CodeUnit u_ = *ip++;                         \
        oparg = unitArg(u_);                         \
        if constexpr (kStats) stats->executed[u_ & 0xff]++; \
        goto* kTargets[u_ & 0xff];                   \
    } while (0)
#else
#define TARGET(op) case Op::op:
#define DISPATCH() goto dispatch
#endif
// A generic instruction with specialized forms: its body is also the landing point of their
// failed guards (DEOPT_IF).
#define GENERIC(op) TARGET(op) LABEL_##op:
// The instruction unit being executed (ip points at its first cache unit).
#define INSTR_UNIT() const_cast<CodeUnit*>(ip - 1)
// Adaptive counter step of a generic instruction: at zero run the specializer and execute the
// (possibly rewritten) instruction again, else count down.
#define ADAPTIVE(specializeCall)                     \
    do {                                             \
        if (counterTriggers(ip[0])) {                \
            specializeCall;                          \
            ip--;                                    \
            DISPATCH();                              \
        }                                            \
        const_cast<CodeUnit*>(ip)[0]--;              \
    } while (0)
#define DEOPT_IF(cond, family)                                                   \
    do {                                                                         \
        if (__builtin_expect(!!(cond), 0)) {                                     \
            if constexpr (kStats) stats->misses[size_t(unitOp(ip[-1]))]++;           \
            goto LABEL_##family;                                                 \
        }                                                                        \
    } while (0)
#ifdef KRAIT_TRACE_EVAL
#undef DISPATCH
#define DISPATCH() goto dispatch
#endif

#if KRAIT_LEAN_LOOP_STATE
#define LOAD_FRAME()                                       \
    do {                                                   \
        sp = f->stackPointer;                              \
        base = f->code->code->data();                      \
        ts->currentFrame = f;                              \
    } while (0)
#else
#define LOAD_FRAME()                                       \
    do {                                                   \
        co = f->code;                                      \
        lp = f->localsplus();                              \
        sp = f->stackPointer;                              \
        base = co->code->data();                           \
        consts = asTuple(co->consts)->items;               \
        names = asTuple(co->names)->items;                 \
        ts->currentFrame = f;                              \
    } while (0)
#endif
#define LEAVE_EVAL_ENTRY()  \
    do {                    \
        --ts->evalDepth;    \
        leaveRecursiveCall(); \
    } while (0)
#define RESUME_IP() \
    (f->prevInstr ? f->prevInstr + 1 + kOpInfo[size_t(unitOp(*f->prevInstr))].caches : base)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(n)])
#define SKIP(op) (ip += cachesOf(Op::op))
// After a call to a C++ callable: a signal it let through (Ctrl-C, _thread.interrupt_main()
// from another thread while a lock wait returned) is handled before the next instruction, as
// CPython 3.11's CHECK_EVAL_BREAKER() after CALL. Only the pending flag is read (the tick
// countdown stays with RESUME and JUMP_BACKWARD).
#define CHECK_PENDING_AFTER_CALL()                      \
    do {                                                \
        if (ts->interp->pendingInterrupt) goto evalBreaker; \
    } while (0)
#define JUMP_TO(target) (ip = base + (target))

    if (mode == LoopMode::Reenter) {
        // The same invocation continuing at the depth it had (so no limit check: a frame
        // at exactly the recursion limit may be running).
        ++ts->cppDepth;
        ++ts->evalDepth;
        f = reentry->frame;
        reentry->frame = nullptr;
        LOAD_FRAME();
        ip = reentry->ip;
        DISPATCH();
    }
    // The entry counts as C++ recursion for the native stack guard; evalDepth takes it out of
    // the recursion-limit count again.
    ++ts->evalDepth;
    // Reducible control flow: every way into the loop below goes through the dispatch. The
    // entry paths that need the frame-starting or unwinding code repeat it here (for the entry
    // frame only) instead of jumping to startFrame/error: a jump from outside into another
    // block of the loop makes its control flow irreducible, which the wasm backend (LLVM's
    // WebAssemblyFixIrreducibleControlFlow) fixes by routing every back edge, so every
    // instruction, through an extra dispatcher on a label variable. For the same reason the
    // unwinding loop has a single entry, `unwind`.
    // The entry frame raised before running anything, or found no handler: pop it and return.
#define RETURN_POPPING_ENTRY()                                    \
    do {                                                          \
        ts->currentFrame = popFrameUnwinding(ts, f, co, sp);      \
        LEAVE_EVAL_ENTRY();                                       \
        return nullptr;                                           \
    } while (0)
    if (!enterRecursiveCall("")) {
        // Nothing ran: unwind the entry frame as if it raised at its start.
        f = entry;
        LOAD_FRAME();
        ++ts->pyDepth;
        ++ts->cppDepth;   // balanced by the LEAVE_EVAL_ENTRY() on the way out
        RETURN_POPPING_ENTRY();
    }
    entry->isEntry = 1;

    if (mode == LoopMode::ResumePaused) {
        f = ts->pausedFrame;
        ts->pausedFrame = nullptr;
        LOAD_FRAME();
        ip = static_cast<const CodeUnit*>(ts->pausedIp);
        DISPATCH();
    }
    if (mode == LoopMode::Throw) {
        // As `error` and `unwind` below do for a frame that raised.
        ++ts->pyDepth;
        LOAD_FRAME();
        if (!ts->currentException) {
            setError(&ExcSystemError, "error return without exception set");
        }
        tracebackAdd(ts->currentException, f);
        HandlerJump hj = unwindToHandler(f, co, base, nullptr, sp);
        sp = hj.sp;
        if (!hj.ip) RETURN_POPPING_ENTRY();
        ip = hj.ip;
        DISPATCH();
    }
    // As startFrame below does.
    if (frameDepthExceeded(ts)) {
        LOAD_FRAME();
        setError(&ExcRecursionError, "maximum recursion depth exceeded");
        RETURN_POPPING_ENTRY();
    }
    LOAD_FRAME();
    ip = RESUME_IP();
    DISPATCH();
#undef RETURN_POPPING_ENTRY

startFrame:
    // f is a new frame or a resumed generator frame; f->previous is its caller.
    // Eval-loop entries are not counted (as CPython: a limit of N allows N frames).
    if (frameDepthExceeded(ts)) {
        LOAD_FRAME();
        setError(&ExcRecursionError, "maximum recursion depth exceeded");
        goto popFrameWithError;
    }
    LOAD_FRAME();
    ip = RESUME_IP();
    DISPATCH();

#if !KRAIT_USE_COMPUTED_GOTO
dispatch:
    f->prevInstr = ip;
    {
        CodeUnit u = *ip++;
        oparg = unitArg(u);
        if constexpr (kStats) stats->executed[u & 0xff]++;
        switch (unitOp(u)) {
#elif defined(KRAIT_TRACE_EVAL)
dispatch:
    f->prevInstr = ip;
    {
        CodeUnit u = *ip++;
        oparg = unitArg(u);
        std::fprintf(stderr, "[%d] %s %u (depth %d)\n", int(ip - 1 - base),
                     kOpInfo[u & 0xff].name, oparg, int(sp - f->stackBase()));
        if constexpr (kStats) stats->executed[u & 0xff]++;
        goto* kTargets[u & 0xff];
    }
#endif

    TARGET(NOP) { DISPATCH(); }
    TARGET(CACHE) {
        setError(&ExcSystemError, "executed a CACHE unit");
        goto error;
    }
    TARGET(RESUME) {
        if (ts->interp->pendingInterrupt || --ts->tickCountdown < 0) goto evalBreaker;
        DISPATCH();
    }
    TARGET(POP_TOP) {
        Object* v = POP();
        xdecref(v);
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(nullptr);
        DISPATCH();
    }
    TARGET(COPY) {
        Object* v = PEEK(int(oparg));
        xincref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        Object* t = TOP();
        TOP() = PEEK(int(oparg));
        PEEK(int(oparg)) = t;
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        PUSH(newRef(consts[oparg]));
        DISPATCH();
    }
    TARGET(LOAD_FAST_CHECK)
    TARGET(LOAD_FAST) {
        Object* v = lp[oparg];
        if (!v) {
            raiseUnboundError(co, int(oparg));
            goto error;
        }
        PUSH(newRef(v));
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        Object* v = POP();
        Object* old = lp[oparg];
        lp[oparg] = v;
        xdecref(old);
        DISPATCH();
    }
// Superinstructions (CPython 3.11's): the first instruction, then the next unit - left in
// place, so a jump to it runs it alone - as the second, with one dispatch for both.
#define NEXT_UNIT_ARG()          \
    do {                         \
        f->prevInstr = ip;       \
        oparg = unitArg(*ip++);  \
    } while (0)
#define LOAD_FAST_BODY()                           \
    do {                                           \
        Object* v_ = lp[oparg];                    \
        if (!v_) {                                 \
            raiseUnboundError(co, int(oparg));     \
            goto error;                            \
        }                                          \
        PUSH(newRef(v_));                          \
    } while (0)
#define STORE_FAST_BODY()                          \
    do {                                           \
        Object* v_ = POP();                        \
        Object* old_ = lp[oparg];                  \
        lp[oparg] = v_;                            \
        xdecref(old_);                             \
    } while (0)
    TARGET(LOAD_FAST__LOAD_FAST) {
        LOAD_FAST_BODY();
        NEXT_UNIT_ARG();
        LOAD_FAST_BODY();
        DISPATCH();
    }
    TARGET(LOAD_FAST__LOAD_CONST) {
        LOAD_FAST_BODY();
        NEXT_UNIT_ARG();
        PUSH(newRef(consts[oparg]));
        DISPATCH();
    }
    TARGET(LOAD_CONST__LOAD_FAST) {
        PUSH(newRef(consts[oparg]));
        NEXT_UNIT_ARG();
        LOAD_FAST_BODY();
        DISPATCH();
    }
    TARGET(STORE_FAST__LOAD_FAST) {
        STORE_FAST_BODY();
        NEXT_UNIT_ARG();
        LOAD_FAST_BODY();
        DISPATCH();
    }
    TARGET(STORE_FAST__STORE_FAST) {
        STORE_FAST_BODY();
        NEXT_UNIT_ARG();
        STORE_FAST_BODY();
        DISPATCH();
    }
#undef STORE_FAST_BODY
#undef LOAD_FAST_BODY
#undef NEXT_UNIT_ARG
    TARGET(DELETE_FAST) {
        Object* v = lp[oparg];
        if (!v) {
            raiseUnboundError(co, int(oparg));
            goto error;
        }
        lp[oparg] = nullptr;
        decref(v);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Object* name = names[oparg];
        if (!f->locals) {
            setError(&ExcSystemError, "no locals when loading %R", name);
            goto error;
        }
        bool err;
        Object* v = mappingLookup(f->locals, name, &err);
        if (err) goto error;
        if (!v) {
            v = dictGetItem(f->globals, name);
            if (v) {
                incref(v);
            } else {
                if (errOccurred()) goto error;
                v = mappingLookup(f->builtins, name, &err);
                if (err) goto error;
                if (!v) {
                    raiseNameError(&ExcNameError, "name '%U' is not defined", name);
                    goto error;
                }
            }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Object* name = names[oparg];
        Object* v = POP();
        if (!f->locals) {
            decref(v);
            setError(&ExcSystemError, "no locals found when storing %R", name);
            goto error;
        }
        int r = isDictExact(f->locals) ? dictSetItem(f->locals, name, v)
                                       : setItem(f->locals, name, v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        Object* name = names[oparg];
        if (!f->locals) {
            setError(&ExcSystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (delItem(f->locals, name) < 0) {
            if (errMatches(&ExcKeyError)) {
                clearError();
                raiseNameError(&ExcNameError, "name '%U' is not defined", name);
            }
            goto error;
        }
        DISPATCH();
    }
    GENERIC(LOAD_GLOBAL) {
        Object* name = names[oparg >> 1];
        ADAPTIVE(specializeLoadGlobal(INSTR_UNIT(), f->globals, f->builtins, name));
        Object* v = loadGlobal(f, name);
        if (!v) goto error;
        if (oparg & 1) PUSH(nullptr);
        PUSH(v);
        SKIP(LOAD_GLOBAL);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL_MODULE) {
        DictObject* g = asDictObject(f->globals);
        DEOPT_IF(g->keysVersion != ip[2], LOAD_GLOBAL);
        Object* v = g->entries[ip[1]].value;
        if (oparg & 1) PUSH(nullptr);
        PUSH(newRef(v));
        SKIP(LOAD_GLOBAL);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL_BUILTIN) {
        DictObject* g = asDictObject(f->globals);
        DictObject* b = asDictObject(f->builtins);
        DEOPT_IF(g->keysVersion != ip[2], LOAD_GLOBAL);
        DEOPT_IF(b->keysVersion != ip[3], LOAD_GLOBAL);
        Object* v = b->entries[ip[1]].value;
        if (oparg & 1) PUSH(nullptr);
        PUSH(newRef(v));
        SKIP(LOAD_GLOBAL);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Object* v = POP();
        int r = dictSetItem(f->globals, names[oparg], v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        Object* name = names[oparg];
        if (dictDelItem(f->globals, name) < 0) {
            if (errMatches(&ExcKeyError)) {
                clearError();
                raiseNameError(&ExcNameError, "name '%U' is not defined", name);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(MAKE_CELL) {
        Object* cell = cellNew(lp[oparg]);
        if (!cell) goto error;
        xdecref(lp[oparg]);
        lp[oparg] = cell;
        DISPATCH();
    }
    TARGET(COPY_FREE_VARS) {
        Object* closure = f->func ? asFunction(f->func)->closure : nullptr;
        int offset = co->nLocalsPlus - int(oparg);
        for (uint32_t i = 0; i < oparg; i++) {
            Object* c = closure && ssize(i) < tupleSize(closure) ? tupleItem(closure, ssize(i)) : nullptr;
            xincref(c);
            setRef(lp[offset + int(i)], c);
        }
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        Object* v = lp[oparg];
        if (!v) {
            raiseUnboundError(co, int(oparg));
            goto error;
        }
        PUSH(newRef(v));
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Object* cell = lp[oparg];
        Object* v = cell ? asCell(cell)->ref : nullptr;
        if (!v) {
            raiseUnboundError(co, int(oparg));
            goto error;
        }
        PUSH(newRef(v));
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Object* name = tupleItem(co->localsPlusNames, ssize(oparg));
        Object* v = nullptr;
        if (f->locals) {
            bool err;
            v = mappingLookup(f->locals, name, &err);
            if (err) goto error;
        }
        if (!v) {
            Object* cell = lp[oparg];
            v = cell ? asCell(cell)->ref : nullptr;
            if (!v) {
                raiseUnboundError(co, int(oparg));
                goto error;
            }
            incref(v);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        Object* v = POP();
        Object* cell = lp[oparg];
        setRef(asCell(cell)->ref, v);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        Object* cell = lp[oparg];
        if (!asCell(cell)->ref) {
            raiseUnboundError(co, int(oparg));
            goto error;
        }
        clearRef(asCell(cell)->ref);
        DISPATCH();
    }
    GENERIC(LOAD_ATTR) {
        Object* owner = TOP();
        Object* name = names[oparg];
        ADAPTIVE(specializeLoadAttr(INSTR_UNIT(), owner, name));
        Object* v = getAttr(owner, name);
        if (!v) goto error;
        TOP() = v;
        decref(owner);
        SKIP(LOAD_ATTR);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_INSTANCE_VALUE) {
        Object* owner = TOP();
        uint32_t tv = owner->type->versionTag;
        if (!versionIn(tv, ip[1], ip[3], ip[4], ip[5])) {
            // Another type at a polymorphic site: while the version set has room, let the
            // specializer add it now instead of waiting for the counter.
            if (ip[5] == 0 && tv != 0 && (ip[0] >> kPolyBudgetShift) < kPolyBudget) {
                const_cast<CodeUnit*>(ip)[0] += 1u << kPolyBudgetShift;
                if constexpr (kStats) stats->misses[size_t(Op::LOAD_ATTR_INSTANCE_VALUE)]++;
                specializeLoadAttr(INSTR_UNIT(), owner, names[oparg]);
                ip--;
                DISPATCH();
            }
            DEOPT_IF(true, LOAD_ATTR);
        }
        // Every type in the set keeps the name at index ip[2] of its shared keys.
        Object* d = instanceDictFast(owner);
        DEOPT_IF(!isInstanceValues(d), LOAD_ATTR);
        InstanceValues* iv = asInstanceValues(d);
        DEOPT_IF(ip[2] >= iv->top, LOAD_ATTR);
        Object* v = iv->values()[ip[2]];
        DEOPT_IF(!v, LOAD_ATTR);
        TOP() = newRef(v);
        decref(owner);
        SKIP(LOAD_ATTR);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_WITH_HINT) {
        Object* owner = TOP();
        uint32_t tv = owner->type->versionTag;
        if (!versionIn(tv, ip[1], ip[3], ip[4], ip[5])) {
            // Another type at a polymorphic site: while the version set has room, let the
            // specializer add it now instead of waiting for the counter.
            if (ip[5] == 0 && tv != 0 && (ip[0] >> kPolyBudgetShift) < kPolyBudget) {
                const_cast<CodeUnit*>(ip)[0] += 1u << kPolyBudgetShift;
                if constexpr (kStats) stats->misses[size_t(Op::LOAD_ATTR_WITH_HINT)]++;
                specializeLoadAttr(INSTR_UNIT(), owner, names[oparg]);
                ip--;
                DISPATCH();
            }
            DEOPT_IF(true, LOAD_ATTR);
        }
        Object* d = instanceDictFast(owner);
        DEOPT_IF(!d || isInstanceValues(d), LOAD_ATTR);
        DictEntry* e = instanceEntry(asDictObject(d), ip[2], names[oparg]);
        DEOPT_IF(!e, LOAD_ATTR);
        TOP() = newRef(e->value);
        decref(owner);
        SKIP(LOAD_ATTR);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_SLOT) {
        Object* owner = TOP();
        DEOPT_IF(owner->type->versionTag != ip[1], LOAD_ATTR);
        Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(owner) + ip[2]);
        DEOPT_IF(!v, LOAD_ATTR);
        TOP() = newRef(v);
        decref(owner);
        SKIP(LOAD_ATTR);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_MODULE) {
        Object* owner = TOP();
        DEOPT_IF(owner->type != &ModuleType, LOAD_ATTR);
        Object* d = moduleDict(owner);
        DEOPT_IF(!d || asDictObject(d)->keysVersion != ip[3], LOAD_ATTR);
        TOP() = newRef(asDictObject(d)->entries[ip[2]].value);
        decref(owner);
        SKIP(LOAD_ATTR);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_CLASS) {
        Object* owner = TOP();
        DEOPT_IF(owner->type != &TypeType || asType(owner)->versionTag != ip[1], LOAD_ATTR);
        TOP() = newRef(cachePtr(ip + 3));
        decref(owner);
        SKIP(LOAD_ATTR);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_NONDESCRIPTOR) {
        Object* owner = TOP();
        DEOPT_IF(owner->type->versionTag != ip[1], LOAD_ATTR);
        if (owner->type->dictOffset) {
            Object* d = instanceDictFast(owner);
            if (d && isInstanceValues(d)) {
                DEOPT_IF(instanceValuesShadow(owner, d, names[oparg]), LOAD_ATTR);
            } else {
                DEOPT_IF(d && dictMayHaveHash(d, asStr(names[oparg])->hash) &&
                             dictIndexOf(d, names[oparg]) >= 0,
                         LOAD_ATTR);
            }
        }
        TOP() = newRef(cachePtr(ip + 3));
        decref(owner);
        SKIP(LOAD_ATTR);
        DISPATCH();
    }
    TARGET(LOAD_ATTR_PROPERTY) {
        Object* owner = TOP();
        DEOPT_IF(owner->type->versionTag != ip[1], LOAD_ATTR);
        Object* fget = cachePtr(ip + 3);
        DEOPT_IF(asFunction(fget)->version != ip[2], LOAD_ATTR);
        FunctionObject* fn = asFunction(fget);
        Frame* nf = framePush(ts, asCode(fn->code), fget, fn->globals, fn->builtins, nullptr);
        if (!nf) goto error;
        nf->localsplus()[0] = owner;   // the stack's reference moves into the callee
        sp--;
        f->stackPointer = sp;
        nf->previous = f;
        f = nf;
        goto startFrame;
    }
    TARGET(LOAD_ATTR_DATA_DESCR) {
        Object* owner = TOP();
        DEOPT_IF(owner->type->versionTag != ip[1], LOAD_ATTR);
        Object* d = cachePtr(ip + 3);
        Object* v = d->type->descrGet(d, owner, asObject(owner->type));
        if (!v) goto error;
        TOP() = v;
        decref(owner);
        SKIP(LOAD_ATTR);
        DISPATCH();
    }
    GENERIC(STORE_ATTR) {
        Object* owner = TOP();
        Object* name = names[oparg];
        ADAPTIVE(specializeStoreAttr(INSTR_UNIT(), owner, name));
        sp -= 2;
        Object* v = sp[0];
        int r = setAttr(owner, name, v);
        decref(v);
        decref(owner);
        if (r < 0) goto error;
        SKIP(STORE_ATTR);
        DISPATCH();
    }
    TARGET(STORE_ATTR_INSTANCE_VALUE) {
        Object* owner = TOP();
        uint32_t tv = owner->type->versionTag;
        if (!versionIn(tv, ip[1], ip[3], ip[4], ip[5])) {
            // Another type at a polymorphic site: while the version set has room, let the
            // specializer add it now instead of waiting for the counter.
            if (ip[5] == 0 && tv != 0 && (ip[0] >> kPolyBudgetShift) < kPolyBudget) {
                const_cast<CodeUnit*>(ip)[0] += 1u << kPolyBudgetShift;
                if constexpr (kStats) stats->misses[size_t(Op::STORE_ATTR_INSTANCE_VALUE)]++;
                specializeStoreAttr(INSTR_UNIT(), owner, names[oparg]);
                ip--;
                DISPATCH();
            }
            DEOPT_IF(true, STORE_ATTR);
        }
        // Every type in the set keeps the name at index ip[2] of its shared keys (so it has
        // shared keys, and its fresh instances get values arrays: made here).
        Object* d = instanceDictFast(owner);
        if (!d) {
            Object** dp = instanceSlotPtr(owner);
            if (!instanceValuesCreate(owner, dp)) goto error;
            d = *dp;
        }
        DEOPT_IF(!isInstanceValues(d), STORE_ATTR);
        // Replace a present value, or add one above the present ones (dict order).
        InstanceValues* iv = asInstanceValues(d);
        uint32_t ix = ip[2];
        DEOPT_IF(ix >= iv->capacity, STORE_ATTR);
        Object** slot = &iv->values()[ix];
        Object* old = *slot;
        if (!old) {
            DEOPT_IF(ix < iv->top, STORE_ATTR);
            iv->top = ix + 1;
        }
        sp -= 2;
        *slot = sp[0];   // the stack's reference moves into the values array
        xdecref(old);
        decref(owner);
        SKIP(STORE_ATTR);
        DISPATCH();
    }
    TARGET(STORE_ATTR_WITH_HINT) {
        Object* owner = TOP();
        uint32_t tv = owner->type->versionTag;
        if (!versionIn(tv, ip[1], ip[3], ip[4], ip[5])) {
            // Another type at a polymorphic site: while the version set has room, let the
            // specializer add it now instead of waiting for the counter.
            if (ip[5] == 0 && tv != 0 && (ip[0] >> kPolyBudgetShift) < kPolyBudget) {
                const_cast<CodeUnit*>(ip)[0] += 1u << kPolyBudgetShift;
                if constexpr (kStats) stats->misses[size_t(Op::STORE_ATTR_WITH_HINT)]++;
                specializeStoreAttr(INSTR_UNIT(), owner, names[oparg]);
                ip--;
                DISPATCH();
            }
            DEOPT_IF(true, STORE_ATTR);
        }
        Object* d = instanceDictFast(owner);
        DEOPT_IF(!d || isInstanceValues(d), STORE_ATTR);
        DictEntry* e = instanceEntry(asDictObject(d), ip[2], names[oparg]);
        DEOPT_IF(!e, STORE_ATTR);
        sp -= 2;
        Object* old = e->value;
        e->value = sp[0];   // the stack's reference moves into the dict
        decref(old);
        decref(owner);
        SKIP(STORE_ATTR);
        DISPATCH();
    }
    TARGET(STORE_ATTR_WITH_DICT) {
        Object* owner = TOP();
        DEOPT_IF(owner->type->versionTag != ip[1], STORE_ATTR);
        Object* d = instanceDictFast(owner);
        DEOPT_IF(!d || isInstanceValues(d), STORE_ATTR);
        sp -= 2;
        Object* v = sp[0];
        int r = dictSetItem(d, names[oparg], v);
        decref(v);
        decref(owner);
        if (r < 0) goto error;
        SKIP(STORE_ATTR);
        DISPATCH();
    }
    TARGET(STORE_ATTR_SLOT) {
        Object* owner = TOP();
        DEOPT_IF(owner->type->versionTag != ip[1], STORE_ATTR);
        sp -= 2;
        Object** slot = reinterpret_cast<Object**>(reinterpret_cast<char*>(owner) + ip[2]);
        Object* old = *slot;
        *slot = sp[0];
        xdecref(old);
        decref(owner);
        SKIP(STORE_ATTR);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Object* owner = POP();
        int r = setAttr(owner, names[oparg], nullptr);
        decref(owner);
        if (r < 0) goto error;
        DISPATCH();
    }
    GENERIC(LOAD_METHOD) {
        Object* obj = TOP();
        Object* name = names[oparg];
        ADAPTIVE(specializeLoadMethod(INSTR_UNIT(), obj, name));
        Object* meth = nullptr;
        int r = getMethod(obj, name, &meth);
        if (r < 0) goto error;
        if (r == 1) {
            TOP() = meth;
            PUSH(obj);
        } else {
            TOP() = nullptr;
            decref(obj);
            PUSH(meth);
        }
        SKIP(LOAD_METHOD);
        DISPATCH();
    }
    TARGET(LOAD_METHOD_WITH_DICT) {
        Object* obj = TOP();
        uint32_t tv = obj->type->versionTag;
        if (!versionIn(tv, ip[1], ip[2], ip[5], ip[6])) {
            if (ip[6] == 0 && tv != 0 && (ip[0] >> kPolyBudgetShift) < kPolyBudget) {
                const_cast<CodeUnit*>(ip)[0] += 1u << kPolyBudgetShift;
                if constexpr (kStats) stats->misses[size_t(Op::LOAD_METHOD_WITH_DICT)]++;
                specializeLoadMethod(INSTR_UNIT(), obj, names[oparg]);
                ip--;
                DISPATCH();
            }
            DEOPT_IF(true, LOAD_METHOD);
        }
        Object* d = instanceDictFast(obj);
        if (d && isInstanceValues(d)) {
            DEOPT_IF(instanceValuesShadow(obj, d, names[oparg]), LOAD_METHOD);
        } else {
            DEOPT_IF(d && dictMayHaveHash(d, asStr(names[oparg])->hash) &&
                         dictIndexOf(d, names[oparg]) >= 0,
                     LOAD_METHOD);
        }
        TOP() = newRef(cachePtr(ip + 3));
        PUSH(obj);
        SKIP(LOAD_METHOD);
        DISPATCH();
    }
    TARGET(LOAD_METHOD_NO_DICT) {
        Object* obj = TOP();
        uint32_t tv = obj->type->versionTag;
        if (!versionIn(tv, ip[1], ip[2], ip[5], ip[6])) {
            if (ip[6] == 0 && tv != 0 && (ip[0] >> kPolyBudgetShift) < kPolyBudget) {
                const_cast<CodeUnit*>(ip)[0] += 1u << kPolyBudgetShift;
                if constexpr (kStats) stats->misses[size_t(Op::LOAD_METHOD_NO_DICT)]++;
                specializeLoadMethod(INSTR_UNIT(), obj, names[oparg]);
                ip--;
                DISPATCH();
            }
            DEOPT_IF(true, LOAD_METHOD);
        }
        TOP() = newRef(cachePtr(ip + 3));
        PUSH(obj);
        SKIP(LOAD_METHOD);
        DISPATCH();
    }
    TARGET(LOAD_METHOD_MODULE) {
        Object* owner = TOP();
        DEOPT_IF(owner->type != &ModuleType, LOAD_METHOD);
        Object* d = moduleDict(owner);
        DEOPT_IF(!d || asDictObject(d)->keysVersion != ip[3], LOAD_METHOD);
        TOP() = nullptr;
        PUSH(newRef(asDictObject(d)->entries[ip[2]].value));
        decref(owner);
        SKIP(LOAD_METHOD);
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        Object* v = TOP();
        Object* r = positive(v);
        if (!r) goto error;
        TOP() = r;
        decref(v);
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Object* v = TOP();
        Object* r;
        if (isIntExact(v) && intIsSmall(v) && asInt(v)->value != INT64_MIN) {
            r = intFromInt64(-asInt(v)->value);
        } else {
            r = negative(v);
        }
        if (!r) goto error;
        TOP() = r;
        decref(v);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Object* v = TOP();
        int t = truth(v);
        if (t < 0) goto error;
        TOP() = newBool(!t);
        decref(v);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        Object* v = TOP();
        Object* r = invert(v);
        if (!r) goto error;
        TOP() = r;
        decref(v);
        DISPATCH();
    }
    GENERIC(BINARY_OP) {
        ADAPTIVE(specializeBinaryOp(INSTR_UNIT(), SECOND(), TOP(), lp));
        if (SECOND()->type->flags & kTypeHeap) {
            bool inplaceCall;
            Object* fn = binaryOpDunder(SECOND(), TOP(), int(oparg), &inplaceCall);
            if (isPlainPyFunction(fn)) {
                Frame* nf = pushDunderFrame(ts, fn, SECOND(), TOP(),
                                            inplaceCall ? kDunderInplace : kDunderBinary);
                if (!nf) goto error;
                f->stackPointer = sp;
                nf->previous = f;
                f = nf;
                goto startFrame;
            }
        }
        Object* b = POP();
        Object* a = TOP();
        Object* r = binaryOpFast(a, b, int(oparg));
        if (!r) {
            if (errOccurred()) {
                decref(b);
                goto error;
            }
            r = binaryOp(a, b, BinOp(oparg));
        }
        decref(b);
        if (!r) goto error;
        TOP() = r;
        decref(a);
        SKIP(BINARY_OP);
        DISPATCH();
    }
// The float result v of a specialized BINARY_OP whose operands a (SECOND) and b (TOP) are
// still on the stack: stored into an operand that is an exact float only the stack refers to
// (CPython 3.12's DECREF_INPUTS_AND_REUSE_FLOAT; nothing else can see the object), else into
// a new float. Finishes the instruction.
#define FLOAT_RESULT(v)                                                                \
    do {                                                                               \
        double v_ = (v);                                                               \
        if (a->refcnt == 1 && isFloatExact(a)) {                                       \
            reinterpret_cast<FloatObject*>(a)->value = v_;                             \
            sp--;                                                                      \
            decref(b);                                                                 \
        } else if (b->refcnt == 1 && isFloatExact(b)) {                                \
            reinterpret_cast<FloatObject*>(b)->value = v_;                             \
            sp--;                                                                      \
            TOP() = b;                                                                 \
            decref(a);                                                                 \
        } else {                                                                       \
            Object* r_ = floatFromDouble(v_);                                          \
            if (!r_) goto error;                                                       \
            sp--;                                                                      \
            decref(b);                                                                 \
            TOP() = r_;                                                                \
            decref(a);                                                                 \
        }                                                                              \
        SKIP(BINARY_OP);                                                               \
        DISPATCH();                                                                    \
    } while (0)
// Arithmetic on exact small ints and exact floats. Mixed operands convert the int to double
// as CPython does (exact for int64 up to rounding, which C's conversion does to nearest).
#define NUM_ARITH(NAME, BUILTIN, OP, INT_FIRST)                                         \
    TARGET(NAME) {                                                                     \
        Object* b = TOP();                                                             \
        Object* a = SECOND();                                                          \
        Object* r;                                                                     \
        bool ints = isIntExact(a) && isIntExact(b) && intIsSmall(a) && intIsSmall(b);  \
        if (INT_FIRST && ints) {                                                       \
            int64_t res;                                                               \
            DEOPT_IF(BUILTIN(asInt(a)->value, asInt(b)->value, &res), BINARY_OP);      \
            r = intFromInt64(res);                                                     \
        } else {                                                                       \
            double x, y;                                                               \
            if (isFloatExact(a) && isFloatExact(b)) {                                  \
                x = floatValue(a);                                                     \
                y = floatValue(b);                                                     \
            } else if (ints) {                                                         \
                int64_t res;                                                           \
                DEOPT_IF(BUILTIN(asInt(a)->value, asInt(b)->value, &res), BINARY_OP);  \
                r = intFromInt64(res);                                                 \
                goto NAME##_done;                                                      \
            } else {                                                                   \
                DEOPT_IF(!numAsDouble(a, &x) || !numAsDouble(b, &y), BINARY_OP);       \
            }                                                                          \
            FLOAT_RESULT(x OP y);                                                      \
        }                                                                              \
    NAME##_done:                                                                       \
        if (!r) goto error;                                                            \
        sp--;                                                                          \
        decref(b);                                                                     \
        TOP() = r;                                                                     \
        decref(a);                                                                     \
        SKIP(BINARY_OP);                                                               \
        DISPATCH();                                                                    \
    }
    NUM_ARITH(BINARY_OP_ADD_INT, __builtin_add_overflow, +, true)
    NUM_ARITH(BINARY_OP_SUBTRACT_INT, __builtin_sub_overflow, -, true)
    NUM_ARITH(BINARY_OP_MULTIPLY_INT, mulOverflow64, *, true)
    NUM_ARITH(BINARY_OP_ADD_FLOAT, __builtin_add_overflow, +, false)
    NUM_ARITH(BINARY_OP_SUBTRACT_FLOAT, __builtin_sub_overflow, -, false)
    NUM_ARITH(BINARY_OP_MULTIPLY_FLOAT, mulOverflow64, *, false)
#undef NUM_ARITH
    TARGET(BINARY_OP_TRUEDIV_FLOAT) {
        Object* b = TOP();
        Object* a = SECOND();
        double x, y;
        if (isFloatExact(a) && isFloatExact(b)) {
            x = floatValue(a);
            y = floatValue(b);
        } else {
            DEOPT_IF(!numAsDouble(a, &x) || !numAsDouble(b, &y), BINARY_OP);
            // int / int is exact only while both ints convert exactly.
            constexpr int64_t kExact = int64_t(1) << 53;
            DEOPT_IF(!isFloatExact(a) && !isFloatExact(b) &&
                         (asInt(a)->value > kExact || asInt(a)->value < -kExact ||
                          asInt(b)->value > kExact || asInt(b)->value < -kExact),
                     BINARY_OP);
        }
        DEOPT_IF(y == 0.0, BINARY_OP);
        FLOAT_RESULT(x / y);
    }
    TARGET(BINARY_OP_INT_OTHER) {
        Object* b = TOP();
        Object* a = SECOND();
        DEOPT_IF(!isIntExact(a) || !isIntExact(b) || !intIsSmall(a) || !intIsSmall(b), BINARY_OP);
        Object* r = binaryOpFast(a, b, int(oparg));
        if (!r) {
            if (errOccurred()) goto error;
            DEOPT_IF(true, BINARY_OP);   // overflow, zero division: the generic path decides
        }
        sp--;
        decref(b);
        TOP() = r;
        decref(a);
        SKIP(BINARY_OP);
        DISPATCH();
    }
    TARGET(BINARY_OP_POWER_FLOAT) {
        Object* b = TOP();
        Object* a = SECOND();
        DEOPT_IF(!isFloatExact(a), BINARY_OP);
        double x = floatValue(a), y;
        DEOPT_IF(!numAsDouble(b, &y), BINARY_OP);
        // Errors and complex results (0 ** negative, negative ** fraction, overflow) and
        // non-finite operands take the generic path.
        DEOPT_IF(!std::isfinite(x) || !std::isfinite(y) || (x == 0.0 && y < 0.0) ||
                     (x < 0.0 && y != std::floor(y)),
                 BINARY_OP);
        double rv = std::pow(x, y);
        DEOPT_IF(!std::isfinite(rv), BINARY_OP);
        FLOAT_RESULT(rv);
    }
#undef FLOAT_RESULT
    TARGET(BINARY_OP_ADD_UNICODE) {
        Object* b = TOP();
        Object* a = SECOND();
        DEOPT_IF(!isStrExact(a) || !isStrExact(b), BINARY_OP);
        Object* r = strConcat(a, b);
        if (!r) goto error;
        sp--;
        decref(b);
        TOP() = r;
        decref(a);
        SKIP(BINARY_OP);
        DISPATCH();
    }
    TARGET(BINARY_OP_INPLACE_ADD_UNICODE) {
        // s += t followed by STORE_FAST s: the result goes straight into the local.
        Object* b = TOP();
        Object* a = SECOND();
        DEOPT_IF(!isStrExact(a) || !isStrExact(b), BINARY_OP);
        uint32_t target = unitArg(ip[1]);
        DEOPT_IF(lp[target] != a, BINARY_OP);
        Object* r = strConcat(a, b);
        if (!r) goto error;
        sp -= 2;
        decref(b);
        decref(a);
        Object* old = lp[target];
        lp[target] = r;
        decref(old);
        ip += 2;   // the cache unit and the STORE_FAST
        DISPATCH();
    }
    GENERIC(COMPARE_OP) {
        ADAPTIVE(specializeCompareOp(INSTR_UNIT(), SECOND(), TOP()));
        if (SECOND()->type->flags & kTypeHeap) {
            Object* fn = richCompareDunder(SECOND(), TOP(), CompareOp(oparg));
            if (isPlainPyFunction(fn)) {
                // CPython's " in comparison" recursion check counts a level of its own.
                if (!enterExtraLevel(ts, " in comparison")) goto error;
                Frame* nf = pushDunderFrame(ts, fn, SECOND(), TOP(), kDunderCompare);
                if (!nf) {
                    --ts->pyDepth;
                    goto error;
                }
                f->stackPointer = sp;
                nf->previous = f;
                f = nf;
                goto startFrame;
            }
        }
        Object* b = POP();
        Object* a = TOP();
        int c = compareFast(a, b, int(oparg));
        Object* r = c >= 0 ? newBool(c != 0) : richCompare(a, b, CompareOp(oparg));
        decref(b);
        if (!r) goto error;
        TOP() = r;
        decref(a);
        SKIP(COMPARE_OP);
        DISPATCH();
    }
// Compare bits: 1 less, 2 equal, 4 greater; the result is true if they meet kCompareMask.
#define COMPARE_BODY(NAME, GUARD, BITS, JUMP)                                      \
    TARGET(NAME) {                                                                 \
        Object* b = TOP();                                                         \
        Object* a = SECOND();                                                      \
        double fx, fy;                                                             \
        (void)fx;                                                                  \
        (void)fy;                                                                  \
        DEOPT_IF(!(GUARD), COMPARE_OP);                                            \
        unsigned bits = (BITS);                                                    \
        DEOPT_IF(bits == 0, COMPARE_OP);                                           \
        bool res = (kCompareMask[oparg] & bits) != 0;                              \
        if (JUMP) {                                                                \
            sp -= 2;                                                               \
            decref(b);                                                             \
            decref(a);                                                             \
            CodeUnit next = ip[1];                                                 \
            if (res == (deoptOp(unitOp(next)) == Op::POP_JUMP_IF_TRUE)) {          \
                JUMP_TO(unitArg(next));                                            \
            } else {                                                               \
                ip += 3;                                                           \
            }                                                                      \
            DISPATCH();                                                            \
        }                                                                          \
        sp--;                                                                      \
        decref(b);                                                                 \
        decref(a);                                                                 \
        TOP() = newBool(res);                                                      \
        SKIP(COMPARE_OP);                                                          \
        DISPATCH();                                                                \
    }
#define INT_GUARD isIntExact(a) && isIntExact(b) && intIsSmall(a) && intIsSmall(b)
#define INT_BITS                                                                      \
    unsigned(asInt(a)->value < asInt(b)->value) | (unsigned(asInt(a)->value == asInt(b)->value) << 1) | \
        (unsigned(asInt(a)->value > asInt(b)->value) << 2)
#define FLOAT_GUARD numPairAsDoubles(a, b, &fx, &fy)
#define FLOAT_BITS unsigned(fx < fy) | (unsigned(fx == fy) << 1) | (unsigned(fx > fy) << 2)
#define STR_GUARD isStrExact(a) && isStrExact(b)
#define STR_BITS ((a == b || strEqual(a, b)) ? 2u : 5u)
    COMPARE_BODY(COMPARE_OP_INT, INT_GUARD, INT_BITS, false)
    COMPARE_BODY(COMPARE_OP_INT_JUMP, INT_GUARD, INT_BITS, true)
    COMPARE_BODY(COMPARE_OP_FLOAT, FLOAT_GUARD, FLOAT_BITS, false)
    COMPARE_BODY(COMPARE_OP_FLOAT_JUMP, FLOAT_GUARD, FLOAT_BITS, true)
    COMPARE_BODY(COMPARE_OP_STR, STR_GUARD, STR_BITS, false)
    COMPARE_BODY(COMPARE_OP_STR_JUMP, STR_GUARD, STR_BITS, true)
#undef COMPARE_BODY
#undef INT_GUARD
#undef INT_BITS
#undef FLOAT_GUARD
#undef FLOAT_BITS
#undef STR_GUARD
#undef STR_BITS
    TARGET(IS_OP) {
        Object* b = POP();
        Object* a = TOP();
        bool r = (a == b) != (oparg != 0);
        TOP() = newBool(r);
        decref(a);
        decref(b);
        DISPATCH();
    }
    GENERIC(CONTAINS_OP) {
        ADAPTIVE(specializeContainsOp(INSTR_UNIT(), TOP()));
        Object* b = POP();
        Object* a = TOP();
        int r = contains(b, a);
        decref(b);
        if (r < 0) goto error;
        TOP() = newBool((r != 0) != (oparg != 0));
        decref(a);
        SKIP(CONTAINS_OP);
        DISPATCH();
    }
    TARGET(CONTAINS_OP_DICT) {
        Object* b = TOP();
        Object* a = SECOND();
        DEOPT_IF(!isDictExact(b), CONTAINS_OP);
        int r = dictContains(b, a);
        if (r < 0) goto error;
        sp--;
        decref(b);
        TOP() = newBool((r != 0) != (oparg != 0));
        decref(a);
        SKIP(CONTAINS_OP);
        DISPATCH();
    }
    TARGET(CONTAINS_OP_SET) {
        Object* b = TOP();
        Object* a = SECOND();
        DEOPT_IF(b->type != &SetType && b->type != &FrozenSetType, CONTAINS_OP);
        int r = setContains(b, a);
        if (r < 0) goto error;
        sp--;
        decref(b);
        TOP() = newBool((r != 0) != (oparg != 0));
        decref(a);
        SKIP(CONTAINS_OP);
        DISPATCH();
    }
    GENERIC(BINARY_SUBSCR) {
        ADAPTIVE(specializeBinarySubscr(INSTR_UNIT(), SECOND(), TOP()));
        if (SECOND()->type->flags & kTypeHeap) {
            Object* fn = getItemDunder(SECOND());
            if (isPlainPyFunction(fn)) {
                Frame* nf = pushDunderFrame(ts, fn, SECOND(), TOP(), kDunderGetItem);
                if (!nf) goto error;
                f->stackPointer = sp;
                nf->previous = f;
                f = nf;
                goto startFrame;
            }
        }
        Object* k = POP();
        Object* c = TOP();
        Object* r = nullptr;
        if (isIntExact(k) && intIsSmall(k)) {
            int64_t i = asInt(k)->value;
            if (isListExact(c)) {
                if (i < 0) i += listSize(c);
                if (i >= 0 && i < listSize(c)) r = newRef(listItem(c, ssize(i)));
            } else if (isTupleExact(c)) {
                if (i < 0) i += tupleSize(c);
                if (i >= 0 && i < tupleSize(c)) r = newRef(tupleItem(c, ssize(i)));
            }
        } else if (isDictExact(c)) {
            Object* v = dictGetItem(c, k);
            if (v) r = newRef(v);
            else if (errOccurred()) {
                decref(k);
                goto error;
            }
        }
        if (!r) r = getItem(c, k);
        decref(k);
        if (!r) goto error;
        TOP() = r;
        decref(c);
        SKIP(BINARY_SUBSCR);
        DISPATCH();
    }
#define SUBSCR_SEQ_INT(NAME, CHECK, SIZE, ITEM)                                  \
    TARGET(NAME) {                                                               \
        Object* k = TOP();                                                       \
        Object* c = SECOND();                                                    \
        DEOPT_IF(!CHECK(c) || !isIntExact(k) || !intIsSmall(k), BINARY_SUBSCR);  \
        int64_t i = asInt(k)->value;                                             \
        if (i < 0) i += SIZE(c);                                                 \
        DEOPT_IF(i < 0 || i >= SIZE(c), BINARY_SUBSCR);                          \
        Object* r = ITEM;                                                        \
        if (!r) goto error;                                                      \
        sp--;                                                                    \
        decref(k);                                                               \
        TOP() = r;                                                               \
        decref(c);                                                               \
        SKIP(BINARY_SUBSCR);                                                     \
        DISPATCH();                                                              \
    }
    SUBSCR_SEQ_INT(BINARY_SUBSCR_LIST_INT, isListExact, listSize, newRef(listItem(c, ssize(i))))
    SUBSCR_SEQ_INT(BINARY_SUBSCR_TUPLE_INT, isTupleExact, tupleSize, newRef(tupleItem(c, ssize(i))))
    SUBSCR_SEQ_INT(BINARY_SUBSCR_STR_INT, isStrExact, strLength, strFromCodePoint(strCharAt(c, ssize(i))))
#undef SUBSCR_SEQ_INT
    TARGET(BINARY_SUBSCR_DICT) {
        Object* k = TOP();
        Object* c = SECOND();
        DEOPT_IF(!isDictExact(c), BINARY_SUBSCR);
        Object* v = dictGetItem(c, k);
        if (!v) {
            if (errOccurred()) goto error;
            DEOPT_IF(true, BINARY_SUBSCR);   // KeyError: raised by the generic path
        }
        sp--;
        decref(k);
        TOP() = newRef(v);
        decref(c);
        SKIP(BINARY_SUBSCR);
        DISPATCH();
    }
    GENERIC(STORE_SUBSCR) {
        ADAPTIVE(specializeStoreSubscr(INSTR_UNIT(), SECOND(), TOP()));
        if (SECOND()->type->flags & kTypeHeap) {
            Object* fn = setItemDunder(SECOND());
            if (isPlainPyFunction(fn)) {
                // [v c k]: c.__setitem__(k, v)
                Frame* nf = pushDunderFrame(ts, fn, SECOND(), TOP(), kDunderSetItem, PEEK(3));
                if (!nf) goto error;
                f->stackPointer = sp;
                nf->previous = f;
                f = nf;
                goto startFrame;
            }
        }
        Object* k = POP();
        Object* c = POP();
        Object* v = POP();
        int r;
        if (isDictExact(c)) r = dictSetItem(c, k, v);
        else r = setItem(c, k, v);
        decref(k);
        decref(c);
        decref(v);
        if (r < 0) goto error;
        SKIP(STORE_SUBSCR);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR_LIST_INT) {
        Object* k = TOP();
        Object* c = SECOND();
        DEOPT_IF(!isListExact(c) || !isIntExact(k) || !intIsSmall(k), STORE_SUBSCR);
        int64_t i = asInt(k)->value;
        if (i < 0) i += listSize(c);
        DEOPT_IF(i < 0 || i >= listSize(c), STORE_SUBSCR);
        sp -= 3;
        Object** slot = &asList(c)->items[i];
        Object* old = *slot;
        *slot = sp[0];   // the stack's reference moves into the list
        decref(old);
        decref(k);
        decref(c);
        SKIP(STORE_SUBSCR);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR_DICT) {
        Object* k = TOP();
        Object* c = SECOND();
        DEOPT_IF(!isDictExact(c), STORE_SUBSCR);
        sp -= 3;
        Object* v = sp[0];
        int r = dictSetItem(c, k, v);
        decref(k);
        decref(c);
        decref(v);
        if (r < 0) goto error;
        SKIP(STORE_SUBSCR);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Object* k = POP();
        Object* c = POP();
        int r = delItem(c, k);
        decref(k);
        decref(c);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Object* step = oparg == 3 ? POP() : nullptr;
        Object* stop = POP();
        Object* start = TOP();
        Object* s = sliceNew(start, stop, step);
        xdecref(step);
        decref(stop);
        if (!s) goto error;
        TOP() = s;
        decref(start);
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        Object* t = tupleNew(ssize(oparg));
        if (!t) goto error;
        for (ssize i = ssize(oparg) - 1; i >= 0; i--) tupleSetItemSteal(t, i, POP());
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Object* l = listNew(ssize(oparg));
        if (!l) goto error;
        for (ssize i = ssize(oparg) - 1; i >= 0; i--) listSetItemSteal(l, i, POP());
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Object* s = setNew(nullptr);
        if (!s) goto error;
        int err = 0;
        for (uint32_t i = oparg; i > 0; i--) {
            Object* item = PEEK(int(i));
            if (!err && setAdd(s, item) < 0) err = 1;
        }
        for (uint32_t i = 0; i < oparg; i++) decref(POP());
        if (err) {
            decref(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Object* d = dictNew();
        if (!d) goto error;
        int err = 0;
        for (uint32_t i = oparg; i > 0; i--) {
            Object* k = PEEK(int(2 * i));
            Object* v = PEEK(int(2 * i - 1));
            if (!err && dictSetItem(d, k, v) < 0) err = 1;
        }
        for (uint32_t i = 0; i < 2 * oparg; i++) decref(POP());
        if (err) {
            decref(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        Object* keys = POP();
        if (!isTuple(keys) || tupleSize(keys) != ssize(oparg)) {
            decref(keys);
            setError(&ExcSystemError, "bad BUILD_CONST_KEY_MAP keys argument");
            goto error;
        }
        Object* d = dictNew();
        int err = d ? 0 : 1;
        for (uint32_t i = 0; i < oparg && !err; i++) {
            if (dictSetItem(d, tupleItem(keys, ssize(i)), PEEK(int(oparg - i))) < 0) err = 1;
        }
        decref(keys);
        for (uint32_t i = 0; i < oparg; i++) decref(POP());
        if (err) {
            xdecref(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        Object* t = tupleNew(ssize(oparg));
        if (!t) goto error;
        for (ssize i = ssize(oparg) - 1; i >= 0; i--) tupleSetItemSteal(t, i, POP());
        Object* s = strJoin(emptyStr(), t);
        decref(t);
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Object* v = POP();
        Object* l = PEEK(int(oparg));
        int r = listAppend(l, v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Object* v = POP();
        int r = setAdd(PEEK(int(oparg)), v);
        decref(v);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Object* v = POP();
        Object* k = POP();
        int r = dictSetItem(PEEK(int(oparg)), k, v);
        decref(v);
        decref(k);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Object* it = POP();
        Object* l = PEEK(int(oparg));
        int r = listExtend(l, it);
        if (r < 0) {
            if (errMatches(&ExcTypeError) && !it->type->iter && !it->type->getItem) {
                clearError();
                setError(&ExcTypeError, "Value after * must be an iterable, not %s",
                         typeName(it->type));
            }
            decref(it);
            goto error;
        }
        decref(it);
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        // _PySet_Update: a set/frozenset operand is merged table to table (an empty target
        // copies its layout, so a set display of constants iterates as CPython's).
        Object* it = POP();
        Object* s = PEEK(int(oparg));
        int err = setUpdate(s, it);
        decref(it);
        if (err < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Object* u = POP();
        Object* d = PEEK(int(oparg));
        if (!isDict(u)) {
            int has = hasAttr(u, KRAIT_STR(keys));
            if (has <= 0) {
                if (has == 0) {
                    setError(&ExcTypeError, "'%s' object is not a mapping", typeName(u->type));
                }
                decref(u);
                goto error;
            }
        }
        if (dictUpdate(d, u) < 0) {
            if (errMatches(&ExcAttributeError)) {
                clearError();
                setError(&ExcTypeError, "'%s' object is not a mapping", typeName(u->type));
            }
            decref(u);
            goto error;
        }
        decref(u);
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Object* u = POP();
        Object* d = PEEK(int(oparg));
        bool ok = mergeKwargs(d, u, PEEK(int(oparg) + 2));
        decref(u);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Object* l = TOP();
        Object* t = listAsTuple(l);
        if (!t) goto error;
        TOP() = t;
        decref(l);
        DISPATCH();
    }
    GENERIC(UNPACK_SEQUENCE) {
        ADAPTIVE(specializeUnpackSequence(INSTR_UNIT(), TOP()));
        Object* seq = POP();
        ssize n = ssize(oparg);
        if (isTupleExact(seq) && tupleSize(seq) == n) {
            for (ssize i = n - 1; i >= 0; i--) PUSH(newRef(tupleItem(seq, i)));
        } else if (isListExact(seq) && listSize(seq) == n) {
            for (ssize i = n - 1; i >= 0; i--) PUSH(newRef(listItem(seq, i)));
        } else {
            if (!unpackIterable(seq, int(oparg), -1, sp + n)) {
                decref(seq);
                goto error;
            }
            sp += n;
        }
        decref(seq);
        SKIP(UNPACK_SEQUENCE);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE_TWO_TUPLE) {
        Object* seq = TOP();
        DEOPT_IF(!isTupleExact(seq) || tupleSize(seq) != 2, UNPACK_SEQUENCE);
        TOP() = newRef(tupleItem(seq, 1));
        PUSH(newRef(tupleItem(seq, 0)));
        decref(seq);
        SKIP(UNPACK_SEQUENCE);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE_TUPLE) {
        Object* seq = TOP();
        DEOPT_IF(!isTupleExact(seq) || tupleSize(seq) != ssize(oparg), UNPACK_SEQUENCE);
        sp--;
        for (ssize i = ssize(oparg) - 1; i >= 0; i--) PUSH(newRef(tupleItem(seq, i)));
        decref(seq);
        SKIP(UNPACK_SEQUENCE);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE_LIST) {
        Object* seq = TOP();
        DEOPT_IF(!isListExact(seq) || listSize(seq) != ssize(oparg), UNPACK_SEQUENCE);
        sp--;
        for (ssize i = ssize(oparg) - 1; i >= 0; i--) PUSH(newRef(listItem(seq, i)));
        decref(seq);
        SKIP(UNPACK_SEQUENCE);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = int(oparg & 0xff), after = int(oparg >> 8);
        Object* seq = POP();
        if (!unpackIterable(seq, before, after, sp + before + after + 1)) {
            decref(seq);
            goto error;
        }
        sp += before + after + 1;
        decref(seq);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Object* spec = (oparg & 4) ? POP() : nullptr;
        Object* v = TOP();
        Object* r;
        if (isStrExact(v) && !spec && (oparg & 3) == 0) {
            r = newRef(v);
        } else {
            r = formatValue(v, int(oparg & 3), spec);
        }
        xdecref(spec);
        if (!r) goto error;
        TOP() = r;
        decref(v);
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Object* v = TOP();
        Object* it = getIter(v);
        if (!it) goto error;
        TOP() = it;
        decref(v);
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Object* v = TOP();
        if (isCoroutine(v)) {
            if (!(co->flags & (kCoCoroutine | kCoIterableCoroutine))) {
                setError(&ExcTypeError,
                         "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
        } else if (!isGenerator(v)) {
            Object* it = getIter(v);
            if (!it) goto error;
            TOP() = it;
            decref(v);
        }
        DISPATCH();
    }
    GENERIC(FOR_ITER) {
        ADAPTIVE(specializeForIter(INSTR_UNIT(), TOP()));
        Object* it = TOP();
        if (it->type == &GeneratorType) {
            GenObject* gen = asGen(it);
            if (gen->state == GenState::Created || gen->state == GenState::Suspended) {
                *gen->frame.stackPointer++ = newNone();
                f->stackPointer = sp;
                genEnterInline(ts, gen);
                gen->frame.previous = f;
                f = &gen->frame;
                goto startFrame;
            }
        }
        if (it->type->flags & kTypeHeap) {
            Object* dn = iterNextDunder(it);
            if (isPlainPyFunction(dn)) {
                Frame* nf = pushDunderFrame(ts, dn, it, nullptr, kDunderNext);
                if (!nf) goto error;
                f->stackPointer = sp;
                nf->previous = f;
                f = nf;
                goto startFrame;
            }
        }
        Object* next;
        IterNextFn fn = it->type->iterNext;
        if (fn) {
            next = fn(it);
        } else {
            next = iterNext(it);
        }
        if (next) {
            PUSH(next);
            SKIP(FOR_ITER);
            DISPATCH();
        }
        if (errOccurred()) {
            if (!errMatches(&ExcStopIteration)) goto error;
            clearError();
        }
        sp--;
        decref(it);
        JUMP_TO(oparg);
        DISPATCH();
    }
#define FOR_ITER_SEQ(NAME, ITERTYPE, ITEROBJ, SIZE, ITEM)                \
    TARGET(NAME) {                                                       \
        Object* it = TOP();                                              \
        DEOPT_IF(it->type != &ITERTYPE, FOR_ITER);                       \
        ITEROBJ* si = reinterpret_cast<ITEROBJ*>(it);                    \
        if (si->seq && si->index < SIZE(si->seq)) {                      \
            PUSH(newRef(ITEM(si->seq, si->index++)));                    \
            SKIP(FOR_ITER);                                              \
            DISPATCH();                                                  \
        }                                                                \
        clearRef(si->seq);                                               \
        sp--;                                                            \
        decref(it);                                                      \
        JUMP_TO(oparg);                                                  \
        DISPATCH();                                                      \
    }
    FOR_ITER_SEQ(FOR_ITER_LIST, ListIterType, ListIterObject, listSize, listItem)
    FOR_ITER_SEQ(FOR_ITER_TUPLE, TupleIterType, TupleIterObject, tupleSize, tupleItem)
#undef FOR_ITER_SEQ
    TARGET(FOR_ITER_RANGE) {
        Object* it = TOP();
        DEOPT_IF(it->type != &RangeIterType, FOR_ITER);
        RangeIterObject* ri = reinterpret_cast<RangeIterObject*>(it);
        DEOPT_IF(ri->big, FOR_ITER);
        if (ri->remaining > 0) {
            int64_t v = ri->next;
            Object* o = intFromInt64(v);
            if (!o) goto error;
            ri->remaining--;
            ri->next = int64_t(uint64_t(v) + uint64_t(ri->step));
            PUSH(o);
            SKIP(FOR_ITER);
            DISPATCH();
        }
        sp--;
        decref(it);
        JUMP_TO(oparg);
        DISPATCH();
    }
    TARGET(FOR_ITER_GEN) {
        Object* it = TOP();
        DEOPT_IF(it->type != &GeneratorType, FOR_ITER);
        GenObject* gen = asGen(it);
        DEOPT_IF(gen->state != GenState::Created && gen->state != GenState::Suspended, FOR_ITER);
        *gen->frame.stackPointer++ = newNone();
        f->stackPointer = sp;
        genEnterInline(ts, gen);
        gen->frame.previous = f;
        f = &gen->frame;
        goto startFrame;
    }
    TARGET(JUMP_FORWARD) {
        JUMP_TO(oparg);
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        JUMP_TO(oparg);
        if (ts->interp->pendingInterrupt || --ts->tickCountdown < 0) goto evalBreaker;
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        JUMP_TO(oparg);
        DISPATCH();
    }
    GENERIC(POP_JUMP_IF_FALSE) {
        ADAPTIVE(specializePopJump(INSTR_UNIT(), TOP()));
        Object* v = POP();
        int t = truth(v);
        decref(v);
        if (t < 0) goto error;
        if (!t) JUMP_TO(oparg);
        else SKIP(POP_JUMP_IF_FALSE);
        DISPATCH();
    }
    GENERIC(POP_JUMP_IF_TRUE) {
        ADAPTIVE(specializePopJump(INSTR_UNIT(), TOP()));
        Object* v = POP();
        int t = truth(v);
        decref(v);
        if (t < 0) goto error;
        if (t) JUMP_TO(oparg);
        else SKIP(POP_JUMP_IF_TRUE);
        DISPATCH();
    }
// Truth tests without calls: T computes t (0/1) from v after the guards.
#define POP_JUMP_FORM(NAME, FAMILY, GUARD, T, JUMP_IF)   \
    TARGET(NAME) {                                      \
        Object* v = TOP();                              \
        DEOPT_IF(!(GUARD), FAMILY);                     \
        bool t = (T);                                   \
        sp--;                                           \
        decref(v);                                      \
        if (t == JUMP_IF) JUMP_TO(oparg);               \
        else SKIP(FAMILY);                              \
        DISPATCH();                                     \
    }
#define LEN_GUARD (v->type == &ListType || v->type == &TupleType || v->type == &DictType || v->type == &StrType)
#define LEN_TRUTH                                                                         \
    (v->type == &ListType    ? listSize(v) != 0                                           \
     : v->type == &TupleType ? tupleSize(v) != 0                                          \
     : v->type == &DictType  ? asDictObject(v)->used != 0                                 \
                             : strLength(v) != 0)
#define NONE_GUARD (isNone(v) || (!v->type->number.bool_ && !v->type->length))
    POP_JUMP_FORM(POP_JUMP_IF_FALSE_BOOL, POP_JUMP_IF_FALSE, v->type == &BoolType, v == trueObj(), false)
    POP_JUMP_FORM(POP_JUMP_IF_TRUE_BOOL, POP_JUMP_IF_TRUE, v->type == &BoolType, v == trueObj(), true)
    POP_JUMP_FORM(POP_JUMP_IF_FALSE_INT, POP_JUMP_IF_FALSE, isIntExact(v) && intIsSmall(v), asInt(v)->value != 0, false)
    POP_JUMP_FORM(POP_JUMP_IF_TRUE_INT, POP_JUMP_IF_TRUE, isIntExact(v) && intIsSmall(v), asInt(v)->value != 0, true)
    POP_JUMP_FORM(POP_JUMP_IF_FALSE_LEN, POP_JUMP_IF_FALSE, LEN_GUARD, LEN_TRUTH, false)
    POP_JUMP_FORM(POP_JUMP_IF_TRUE_LEN, POP_JUMP_IF_TRUE, LEN_GUARD, LEN_TRUTH, true)
    POP_JUMP_FORM(POP_JUMP_IF_FALSE_NONE, POP_JUMP_IF_FALSE, NONE_GUARD, !isNone(v), false)
    POP_JUMP_FORM(POP_JUMP_IF_TRUE_NONE, POP_JUMP_IF_TRUE, NONE_GUARD, !isNone(v), true)
#undef POP_JUMP_FORM
#undef LEN_GUARD
#undef LEN_TRUTH
#undef NONE_GUARD
    TARGET(POP_JUMP_IF_NONE) {
        Object* v = POP();
        bool n = isNone(v);
        decref(v);
        if (n) JUMP_TO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        Object* v = POP();
        bool n = isNone(v);
        decref(v);
        if (!n) JUMP_TO(oparg);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        int t = truth(TOP());
        if (t < 0) goto error;
        if (!t) {
            JUMP_TO(oparg);
        } else {
            decref(POP());
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        int t = truth(TOP());
        if (t < 0) goto error;
        if (t) {
            JUMP_TO(oparg);
        } else {
            decref(POP());
        }
        DISPATCH();
    }
    TARGET(RETURN_CONST) {
        PUSH(newRef(consts[oparg]));
        goto returnValue;
    }
    TARGET(RETURN_VALUE) {
        goto returnValue;
    }
    TARGET(RETURN_GENERATOR) {
        f->stackPointer = sp;
        Object* gen = genFromRunningFrame(f);
        if (!gen) goto error;
        --ts->pyDepth;
        Frame* prev = f->previous;
        bool wasEntry = f->isEntry;
        framePopRaw(ts, f);
        if (wasEntry) {
            ts->currentFrame = prev;
            LEAVE_EVAL_ENTRY();
            return gen;
        }
        f = prev;
        LOAD_FRAME();
        PUSH(gen);
        ip = RESUME_IP();
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        Object* v = POP();
        f->stackPointer = sp;
        GenObject* gen = genFromFrame(f);
        genLeaveInline(ts, gen, false);
        --ts->pyDepth;
        Frame* prev = f->previous;
        f->previous = nullptr;
        bool wasEntry = f->isEntry;
        f->isEntry = 0;
        if (wasEntry) {
            ts->currentFrame = prev;
            LEAVE_EVAL_ENTRY();
            return v;
        }
        f = prev;
        LOAD_FRAME();
        PUSH(v);
        ip = RESUME_IP();
        DISPATCH();
    }
    TARGET(SEND) {
        Object* v = POP();
        Object* recv = TOP();
        if (isGenerator(recv) || isCoroutine(recv)) {
            GenObject* gen = asGen(recv);
            if ((gen->state == GenState::Suspended) ||
                (gen->state == GenState::Created && isNone(v))) {
                *gen->frame.stackPointer++ = v;
                f->stackPointer = sp;
                genEnterInline(ts, gen);
                gen->frame.previous = f;
                f = &gen->frame;
                goto startFrame;
            }
        }
        Object* res = nullptr;
        SendStatus st = iterSend(recv, v, &res);
        decref(v);
        if (st == SendStatus::Error) goto error;
        if (st == SendStatus::Return) {
            decref(POP());
            PUSH(res);
            JUMP_TO(oparg);
            DISPATCH();
        }
        PUSH(res);
        DISPATCH();
    }
    TARGET(ASYNC_GEN_WRAP) {
        Object* v = TOP();
        Object* w = asyncGenWrapValue(v);
        if (!w) goto error;
        TOP() = w;
        decref(v);
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        Object* v = TOP();
        Object* it = getAwaitableIter(v);
        if (!it) {
            if (oparg == 1 || oparg == 2) {
                if (errMatches(&ExcTypeError) && !v->type->await_) {
                    clearError();
                    setError(&ExcTypeError,
                             "'async with' received an object from %s that does not implement "
                             "__await__: %s",
                             oparg == 1 ? "__aenter__" : "__aexit__", typeName(v->type));
                }
            }
            goto error;
        }
        if (isCoroutine(it) && genYieldFrom(asGen(it))) {
            decref(it);
            setError(&ExcRuntimeError, "coroutine is being awaited already");
            goto error;
        }
        TOP() = it;
        decref(v);
        DISPATCH();
    }
    TARGET(GET_AITER) {
        Object* obj = TOP();
        Object* it;
        if (obj->type->aiter) {
            it = obj->type->aiter(obj);
        } else {
            Object* m = lookupSpecial(obj, KRAIT_STR(__aiter__));
            if (!m) {
                if (!errOccurred()) {
                    setError(&ExcTypeError,
                             "'async for' requires an object with __aiter__ method, got %s",
                             typeName(obj->type));
                }
                goto error;
            }
            it = callNoArgs(m);
            decref(m);
        }
        if (!it) goto error;
        bool hasAnext = it->type->anext != nullptr;
        if (!hasAnext) {
            Object* a = typeLookup(it->type, KRAIT_STR(__anext__));
            hasAnext = a != nullptr;
        }
        if (!hasAnext) {
            setError(&ExcTypeError,
                     "'async for' received an object from __aiter__ that does not implement "
                     "__anext__: %s",
                     typeName(it->type));
            decref(it);
            goto error;
        }
        TOP() = it;
        decref(obj);
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        Object* aiter = TOP();
        Object* awaitable;
        if (aiter->type->anext) {
            awaitable = aiter->type->anext(aiter);
        } else {
            Object* m = lookupSpecial(aiter, KRAIT_STR(__anext__));
            if (!m) {
                if (!errOccurred()) {
                    setError(&ExcTypeError,
                             "'async for' requires an iterator with __anext__ method, got %s",
                             typeName(aiter->type));
                }
                goto error;
            }
            awaitable = callNoArgs(m);
            decref(m);
        }
        if (!awaitable) goto error;
        if (!isAsyncGen(aiter)) {
            Object* it = getAwaitableIter(awaitable);
            if (!it) {
                clearError();
                setError(&ExcTypeError,
                         "'async for' received an invalid object from __anext__: %s",
                         typeName(awaitable->type));
                decref(awaitable);
                goto error;
            }
            decref(awaitable);
            awaitable = it;
        }
        PUSH(awaitable);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Object* exc = POP();
        if (isInstanceOf(exc, &ExcStopAsyncIteration)) {
            decref(exc);
            decref(POP());
            DISPATCH();
        }
        restoreError(exc);
        goto exceptionUnwind;
    }
    TARGET(BEFORE_ASYNC_WITH) {
        Object* mgr = TOP();
        Object* enter = lookupSpecial(mgr, KRAIT_STR(__aenter__));
        if (!enter) {
            if (!errOccurred()) {
                setError(&ExcTypeError,
                         "'%s' object does not support the asynchronous context manager protocol",
                         typeName(mgr->type));
            }
            goto error;
        }
        Object* exit = lookupSpecial(mgr, KRAIT_STR(__aexit__));
        if (!exit) {
            if (!errOccurred()) {
                setError(&ExcTypeError,
                         "'%s' object does not support the asynchronous context manager protocol "
                         "(missed __aexit__ method)",
                         typeName(mgr->type));
            }
            decref(enter);
            goto error;
        }
        TOP() = exit;
        decref(mgr);
        Object* res = callNoArgs(enter);
        decref(enter);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        Object* mgr = TOP();
        Object* enter = lookupSpecial(mgr, KRAIT_STR(__enter__));
        if (!enter) {
            if (!errOccurred()) {
                setError(&ExcTypeError,
                         "'%s' object does not support the context manager protocol",
                         typeName(mgr->type));
            }
            goto error;
        }
        Object* exit = lookupSpecial(mgr, KRAIT_STR(__exit__));
        if (!exit) {
            if (!errOccurred()) {
                setError(&ExcTypeError,
                         "'%s' object does not support the context manager protocol "
                         "(missed __exit__ method)",
                         typeName(mgr->type));
            }
            decref(enter);
            goto error;
        }
        TOP() = exit;
        decref(mgr);
        Object* res = callNoArgs(enter);
        decref(enter);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Object* exitFn = PEEK(4);
        Object* val = TOP();
        Object* tb = isBaseException(val) ? asExc(val)->traceback : nullptr;
        Object* args[3] = {asObject(val->type), val, tb ? tb : none()};
        Object* res = call(exitFn, args, 3);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(PUSH_EXC_INFO) {
        Object* v = TOP();
        ExcInfo* ei = ts->excInfo;
        Object* prev = ei->exc ? ei->exc : none();
        TOP() = newRef(prev);
        clearRef(ei->exc);
        ei->exc = newRef(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Object* v = POP();
        ExcInfo* ei = ts->excInfo;
        if (isNone(v)) {
            decref(v);
            v = nullptr;
        }
        setRef(ei->exc, v);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Object* type = POP();
        if (!checkExceptType(type, false)) {
            decref(type);
            goto error;
        }
        int r = isInstance(TOP(), type);
        decref(type);
        if (r < 0) goto error;
        PUSH(newBool(r != 0));
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        Object* type = POP();
        if (!checkExceptType(type, true)) {
            decref(type);
            goto error;
        }
        Object* exc = TOP();
        Object *match = nullptr, *rest = nullptr;
        bool ok = exceptionGroupMatch(exc, type, &match, &rest);
        decref(type);
        if (!ok) goto error;
        if (isNone(match)) {
            decref(rest);
            PUSH(match);
        } else {
            TOP() = rest;
            PUSH(match);
            setRef(ts->excInfo->exc, newRef(match));
            decref(exc);
        }
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        Object* excs = POP();
        Object* orig = TOP();
        Object* r = prepReraiseStar(orig, excs);
        decref(excs);
        if (!r) goto error;
        TOP() = r;
        decref(orig);
        DISPATCH();
    }
    TARGET(RERAISE) {
        unwindFrom = f->prevInstr;
        if (oparg) {
            Object* lasti = PEEK(int(oparg) + 1);
            if (isInt(lasti)) {
                f->prevInstr = base + asInt(lasti)->value;
            } else {
                setError(&ExcSystemError, "lasti is not an int");
                unwindKind = UnwindKind::Raise;
                goto unwind;
            }
        }
        Object* exc = POP();
        restoreError(exc);
        unwindKind = UnwindKind::Reraise;
        goto unwind;
    }
    TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
            Object* exc = topmostHandledException(ts);
            if (!exc) {
                setError(&ExcRuntimeError, "No active exception to reraise");
                goto error;
            }
            restoreError(newRef(exc));
            goto exceptionUnwind;
        }
        Object* cause = oparg == 2 ? POP() : nullptr;
        Object* exc = POP();
        doRaise(exc, cause);
        decref(exc);
        xdecref(cause);
        goto error;
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(newRef(asObject(&ExcAssertionError)));
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        bool err;
        Object* bc = mappingLookup(f->builtins, KRAIT_STR(__build_class__), &err);
        if (err) goto error;
        if (!bc) {
            setError(&ExcNameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        if (!f->locals) {
            setError(&ExcSystemError, "no locals found when setting up annotations");
            goto error;
        }
        Object* key = KRAIT_STR(__annotations__);
        bool err;
        Object* ann = mappingLookup(f->locals, key, &err);
        if (err) goto error;
        if (ann) {
            decref(ann);
        } else {
            Object* d = dictNew();
            if (!d) goto error;
            int r = setItem(f->locals, key, d);
            decref(d);
            if (r < 0) goto error;
        }
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Object* v = POP();
        Object* hook = ts->interp->sysDict ? dictGetItemStr(ts->interp->sysDict, "displayhook")
                                           : nullptr;
        if (!hook) {
            decref(v);
            setError(&ExcRuntimeError, "lost sys.displayhook");
            goto error;
        }
        Object* r = callOneArg(hook, v);
        decref(v);
        if (!r) goto error;
        decref(r);
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        Object* fromlist = POP();
        Object* level = TOP();
        Object* m = importNameOp(f, names[oparg], fromlist, level);
        decref(fromlist);
        if (!m) goto error;
        TOP() = m;
        decref(level);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        Object* v = importFromOp(TOP(), names[oparg]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Object* m = POP();
        bool ok = importStarOp(f, m);
        decref(m);
        if (!ok) goto error;
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        Object* code = POP();
        Object* fn = functionNew(code, f->globals);
        decref(code);
        if (!fn) goto error;
        FunctionObject* func = asFunction(fn);
        if (oparg & 8) func->closure = POP();
        if (oparg & 4) func->annotations = POP();
        if (oparg & 2) func->kwdefaults = POP();
        if (oparg & 1) func->defaults = POP();
        PUSH(fn);
        DISPATCH();
    }
    TARGET(KW_NAMES) {
        kwnames = consts[oparg];
        DISPATCH();
    }
    GENERIC(CALL) {
        ADAPTIVE(specializeCall(INSTR_UNIT(), sp - int(oparg) - 2, int(oparg), kwnames));
        int n = int(oparg);
        Object* kw = kwnames;
        kwnames = nullptr;
        bool isMeth = PEEK(n + 2) != nullptr;
        Object* callable = PEEK(n + 1);
        if (!isMeth && callable->type == &MethodType) {
            PEEK(n + 2) = newRef(asMethod(callable)->func);
            PEEK(n + 1) = newRef(asMethod(callable)->self);
            decref(callable);
            isMeth = true;
        }
        bool instanceCall = false;
        if (!isMeth && (callable->type->flags & kTypeHeap)) {
            // An instance of a Python class with a Python __call__: [NULL o] -> [__call__ o].
            Object* dc = callDunderFunction(callable);
            if (isPlainPyFunction(dc)) {
                PEEK(n + 2) = newRef(dc);
                isMeth = true;
                instanceCall = true;
            }
        }
        Object* fn = isMeth ? PEEK(n + 2) : callable;
        Object** argv = sp - n - (isMeth ? 1 : 0);
        size_t total = size_t(n) + (isMeth ? 1 : 0);
        size_t nargs = total - (kw ? size_t(tupleSize(kw)) : 0);
        if (fn->type == &FunctionType) {
            FunctionObject* func = asFunction(fn);
            // CPython's " while calling a Python object" check counts a level of its own.
            if (instanceCall && !enterExtraLevel(ts, " while calling a Python object")) {
                for (int i = 0; i < n + 2; i++) xdecref(POP());
                goto error;
            }
            Frame* nf = framePush(ts, asCode(func->code), fn, func->globals, func->builtins,
                                  nullptr);
            bool ok = nf && frameBindArgs(nf, func, argv, nargs, kw);
            for (int i = 0; i < n + 2; i++) xdecref(POP());
            if (!ok) {
                if (nf) frameClearAndPop(ts, nf);
                if (instanceCall) --ts->pyDepth;
                goto error;
            }
            if (instanceCall) nf->dunderKind = kDunderCall;
            f->stackPointer = sp;
            nf->previous = f;
            f = nf;
            goto startFrame;
        }
        if (!isMeth && isType(fn) && fn->type == &TypeType) {
            // Instantiating a class with object.__new__ and a Python __init__: create the
            // instance, leave it on this frame's stack and run __init__ inline.
            Type* tp = asType(fn);
            Object* newFn = typeLookup(tp, KRAIT_STR(__new__));
            Object* init = typeLookup(tp, KRAIT_STR(__init__));
            if (newFn && init && init->type == &FunctionType &&
                newFn == typeLookup(&ObjectType, KRAIT_STR(__new__)) &&
                !isGenCode(asCode(asFunction(init)->code))) {
                Object* self = objectNew(tp, emptyTuple(), nullptr);
                if (!self) {
                    for (int i = 0; i < n + 2; i++) xdecref(POP());
                    goto error;
                }
                PEEK(n + 1) = self;   // replaces the class (still referenced as fn)
                FunctionObject* func = asFunction(init);
                Frame* nf = framePush(ts, asCode(func->code), init, func->globals,
                                      func->builtins, nullptr);
                bool ok = nf && frameBindArgs(nf, func, sp - n - 1, nargs + 1, kw);
                decref(fn);
                for (int i = 0; i < n; i++) decref(POP());
                // [NULL self] -> [self]
                sp[-2] = sp[-1];
                sp--;
                if (!ok) {
                    if (nf) frameClearAndPop(ts, nf);
                    goto error;
                }
                nf->isInit = 1;
                // type.__call__ counts as a level too, as in CPython
                if (!enterExtraLevel(ts, " while calling a Python object")) {
                    frameClearAndPop(ts, nf);
                    goto error;
                }
                f->stackPointer = sp;
                nf->previous = f;
                f = nf;
                goto startFrame;
            }
        }
        Object* res = call(fn, argv, nargs, kw);
        for (int i = 0; i < n + 2; i++) xdecref(POP());
        if (!res) goto error;
        PUSH(res);
        SKIP(CALL);
        CHECK_PENDING_AFTER_CALL();
        DISPATCH();
    }
    TARGET(CALL_PY_EXACT_ARGS)
    TARGET(CALL_PY_WITH_DEFAULTS) {
        int n = int(oparg);
        Object* callable = PEEK(n + 1);
        bool isMeth = PEEK(n + 2) != nullptr;
        Object* fn = isMeth ? PEEK(n + 2) : callable;
        if (!isMeth && callable->type == &MethodType) fn = asMethod(callable)->func;
        // Any Python function: its code is read at each call (so sites calling several
        // functions, e.g. one overridden method per class, stay specialized).
        DEOPT_IF(fn->type != &FunctionType, CALL);
        FunctionObject* func = asFunction(fn);
        CodeObject* code = asCode(func->code);
        if (!isMeth && callable->type == &MethodType) {
            // [NULL bound] -> [func self]
            PEEK(n + 2) = newRef(fn);
            PEEK(n + 1) = newRef(asMethod(callable)->self);
            decref(callable);
            isMeth = true;
        }
        int total = n + (isMeth ? 1 : 0);
        Object** argv = sp - total;
        if (unitOp(ip[-1]) == Op::CALL_PY_EXACT_ARGS) {
            DEOPT_IF(kwnames || code->argCount != total || code->kwOnlyArgCount ||
                         (code->flags & (kCoVarargs | kCoVarkeywords)),
                     CALL);
            Frame* nf = framePush(ts, code, fn, func->globals, func->builtins, nullptr);
            if (!nf) goto error;
            Object** nlp = nf->localsplus();
            for (int i = 0; i < total; i++) nlp[i] = argv[i];   // references move
            sp = argv;
            decref(POP());                     // the function
            if (!isMeth) (void)POP();          // NULL
            f->stackPointer = sp;
            nf->previous = f;
            f = nf;
            goto startFrame;
        }
        Object* kw = kwnames;
        kwnames = nullptr;
        size_t nargs = size_t(total) - (kw ? size_t(tupleSize(kw)) : 0);
        Frame* nf = framePush(ts, code, fn, func->globals, func->builtins, nullptr);
        bool ok = nf && frameBindArgs(nf, func, argv, nargs, kw);
        for (int i = 0; i < n + 2; i++) xdecref(POP());
        if (!ok) {
            if (nf) frameClearAndPop(ts, nf);
            goto error;
        }
        f->stackPointer = sp;
        nf->previous = f;
        f = nf;
        goto startFrame;
    }
    TARGET(CALL_ALLOC_AND_ENTER_INIT) {
        int n = int(oparg);
        Object* cls = PEEK(n + 1);
        DEOPT_IF(PEEK(n + 2) != nullptr || cls->type != &TypeType ||
                     asType(cls)->versionTag != ip[1],
                 CALL);
        Object* init = cachePtr(ip + 2);
        Object* kw = kwnames;
        size_t nargs = size_t(n) - (kw ? size_t(tupleSize(kw)) : 0);
        Object* self = objectNew(asType(cls), emptyTuple(), nullptr);
        if (!self) goto error;
        kwnames = nullptr;
        PEEK(n + 1) = self;   // replaces the class
        FunctionObject* func = asFunction(init);
        Frame* nf = framePush(ts, asCode(func->code), init, func->globals, func->builtins,
                              nullptr);
        bool ok = nf && frameBindArgs(nf, func, sp - n - 1, nargs + 1, kw);
        decref(cls);
        for (int i = 0; i < n; i++) decref(POP());
        // [NULL self] -> [self]
        sp[-2] = sp[-1];
        sp--;
        if (!ok) {
            if (nf) frameClearAndPop(ts, nf);
            goto error;
        }
        nf->isInit = 1;
        // type.__call__ counts as a level too, as in CPython
        if (!enterExtraLevel(ts, " while calling a Python object")) {
            frameClearAndPop(ts, nf);
            goto error;
        }
        f->stackPointer = sp;
        nf->previous = f;
        f = nf;
        goto startFrame;
    }
    TARGET(CALL_BUILTIN)
    TARGET(CALL_BUILTIN_KW) {
        int n = int(oparg);
        bool isMeth = PEEK(n + 2) != nullptr;
        Object* fn = isMeth ? PEEK(n + 2) : PEEK(n + 1);
        Type* cachedType = reinterpret_cast<Type*>(cachePtr(ip + 2));
        DEOPT_IF(fn->type != cachedType, CALL);
        Object* kw = kwnames;
        DEOPT_IF((kw != nullptr) != (unitOp(ip[-1]) == Op::CALL_BUILTIN_KW), CALL);
        Object** argv = sp - n - (isMeth ? 1 : 0);
        size_t nargs = size_t(n) + (isMeth ? 1 : 0) - (kw ? size_t(tupleSize(kw)) : 0);
        Object* res;
        if (cachedType == &BuiltinFunctionType) {
            auto* bf = reinterpret_cast<BuiltinFunctionObject*>(fn);
            DEOPT_IF(kw && (bf->def->flags & kMethNoKw), CALL);
            kwnames = nullptr;
            res = bf->def->fn(builtinCallSelf(bf), argv, nargs, kw);
        } else {
            auto* md = reinterpret_cast<MethodDescrObject*>(fn);
            DEOPT_IF(nargs < 1 || (kw && (md->def->flags & kMethNoKw)), CALL);
            DEOPT_IF(argv[0]->type != md->objclass && !isSubtype(argv[0]->type, md->objclass),
                     CALL);
            kwnames = nullptr;
            res = md->def->fn(argv[0], argv + 1, nargs - 1, kw);
        }
        for (int i = 0; i < n + 2; i++) xdecref(POP());
        if (!res) {
            if (!errOccurred()) setError(&ExcSystemError, "NULL result without error in CALL");
            goto error;
        }
        PUSH(res);
        SKIP(CALL);
        CHECK_PENDING_AFTER_CALL();
        DISPATCH();
    }
    TARGET(CALL_LEN) {
        SpecState* st = specState(ts->interp);
        DEOPT_IF(PEEK(3) != nullptr || PEEK(2) != st->builtinLen || kwnames, CALL);
        Object* res;
        if (isRange(TOP())) {
            res = rangeLenObject(TOP());
        } else {
            ssize len = length(TOP());
            if (len < 0) goto error;
            res = intFromSsize(len);
        }
        if (!res) goto error;
        decref(POP());
        decref(POP());
        (void)POP();
        PUSH(res);
        SKIP(CALL);
        DISPATCH();
    }
    TARGET(CALL_ISINSTANCE) {
        SpecState* st = specState(ts->interp);
        DEOPT_IF(PEEK(4) != nullptr || PEEK(3) != st->builtinIsinstance || kwnames, CALL);
        int r = isInstance(SECOND(), TOP());
        if (r < 0) goto error;
        decref(POP());
        decref(POP());
        decref(POP());
        (void)POP();
        PUSH(newBool(r != 0));
        SKIP(CALL);
        DISPATCH();
    }
    TARGET(CALL_TYPE_1) {
        DEOPT_IF(PEEK(3) != nullptr || PEEK(2) != asObject(&TypeType) || kwnames, CALL);
        Object* arg = POP();
        Object* res = newRef(asObject(arg->type));
        decref(arg);
        decref(POP());
        (void)POP();
        PUSH(res);
        SKIP(CALL);
        DISPATCH();
    }
    TARGET(CALL_STR_1) {
        DEOPT_IF(PEEK(3) != nullptr || PEEK(2) != asObject(&StrType) || kwnames, CALL);
        Object* res = str(TOP());
        if (!res) goto error;
        decref(POP());
        decref(POP());
        (void)POP();
        PUSH(res);
        SKIP(CALL);
        DISPATCH();
    }
    TARGET(CALL_LIST_APPEND) {
        SpecState* st = specState(ts->interp);
        DEOPT_IF(PEEK(3) != st->listAppend || !isListExact(PEEK(2)) || kwnames, CALL);
        int r = listAppend(PEEK(2), TOP());
        if (r < 0) goto error;
        decref(POP());
        decref(POP());
        decref(POP());
        PUSH(newNone());
        SKIP(CALL);
        DISPATCH();
    }
    TARGET(CALL_FUNCTION_EX) {
        Object* kwargs = (oparg & 1) ? POP() : nullptr;
        Object* callargs = POP();
        Object* func = TOP();
        if (!isTupleExact(callargs)) {
            Object* t = callArgsToTuple(func, callargs);
            decref(callargs);
            if (!t) {
                xdecref(kwargs);
                goto error;
            }
            callargs = t;
        }
        if (kwargs && !isDictExact(kwargs)) {
            Object* d = dictNew();
            if (!d || !mergeKwargs(d, kwargs, func)) {
                xdecref(d);
                decref(kwargs);
                decref(callargs);
                goto error;
            }
            decref(kwargs);
            kwargs = d;
        }
        Object* target = func;
        Object* self = nullptr;
        if (func->type == &MethodType && asMethod(func)->func->type == &FunctionType) {
            target = asMethod(func)->func;
            self = asMethod(func)->self;
        }
        if (target->type == &FunctionType) {
            // Inline call: flatten into a vectorcall argument array.
            ssize npos = tupleSize(callargs);
            ssize nkw = kwargs ? dictSize(kwargs) : 0;
            std::vector<Object*> argv;
            argv.reserve(size_t(npos + nkw + 1));
            if (self) argv.push_back(self);
            for (ssize i = 0; i < npos; i++) argv.push_back(tupleItem(callargs, i));
            Object* kwn = nullptr;
            bool ok = true;
            if (nkw) {
                kwn = tupleNew(nkw);
                ok = kwn != nullptr;
                ssize pos = 0, i = 0;
                Object *k, *v;
                while (ok && dictNext(kwargs, &pos, &k, &v)) {
                    if (!isStr(k)) {
                        setError(&ExcTypeError, "keywords must be strings");
                        ok = false;
                        break;
                    }
                    tupleSetItemSteal(kwn, i++, newRef(k));
                    argv.push_back(v);
                }
                if (ok && i != nkw) {
                    setError(&ExcRuntimeError, "dictionary changed size during iteration");
                    ok = false;
                }
            }
            FunctionObject* fo = asFunction(target);
            Frame* nf = nullptr;
            if (ok) {
                nf = framePush(ts, asCode(fo->code), target, fo->globals, fo->builtins, nullptr);
                ok = nf && frameBindArgs(nf, fo, argv.data(),
                                         size_t(npos) + (self ? 1 : 0), kwn);
            }
            if (kwn) {
                // kwn may be partially filled on error: fill the rest before releasing it.
                for (ssize i = 0; i < tupleSize(kwn); i++) {
                    if (!tupleItem(kwn, i)) tupleSetItemSteal(kwn, i, newNone());
                }
                decref(kwn);
            }
            decref(callargs);
            xdecref(kwargs);
            decref(POP());        // func
            xdecref(POP());       // NULL
            if (!ok) {
                if (nf) frameClearAndPop(ts, nf);
                goto error;
            }
            f->stackPointer = sp;
            nf->previous = f;
            f = nf;
            goto startFrame;
        }
        Object* res = callTupleDict(func, callargs, kwargs);
        decref(callargs);
        xdecref(kwargs);
        decref(POP());
        xdecref(POP());
        if (!res) goto error;
        PUSH(res);
        CHECK_PENDING_AFTER_CALL();
        DISPATCH();
    }
    TARGET(GET_LEN) {
        ssize n = length(TOP());
        if (n < 0) goto error;
        Object* v = intFromSsize(n);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        Object* r = newBool((TOP()->type->flags & kTypeMapping) != 0);
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        // str, bytes and bytearray never match sequence patterns.
        Object* subj = TOP();
        bool seq = (subj->type->flags & kTypeSequence) != 0 && !isStr(subj) && !isBytes(subj) &&
                   !isByteArray(subj);
        Object* r = newBool(seq);
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        Object* r = matchKeys(SECOND(), TOP());
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        Object* kw = POP();
        Object* type = POP();
        Object* subject = TOP();
        Object* r = matchClass(subject, type, int(oparg), kw);
        decref(kw);
        decref(type);
        if (!r) {
            if (errOccurred()) goto error;
            r = newNone();
        }
        TOP() = r;
        decref(subject);
        DISPATCH();
    }

#if !KRAIT_USE_COMPUTED_GOTO
        default:
            setError(&ExcSystemError, "unknown opcode %d", int(unitOp(ip[-1])));
            goto error;
        }
    }
#endif

returnValue : {
    Object* retval = POP();
    f->stackPointer = sp;
    --ts->pyDepth;
    Frame* prev = f->previous;
    bool wasEntry = f->isEntry;
    f->isEntry = 0;
    if (f->owner == FrameOwner::Generator) {
        GenObject* gen = genFromFrame(f);
        f->previous = nullptr;
        genLeaveInline(ts, gen, true);
        if (wasEntry) {
            ts->currentFrame = prev;
            LEAVE_EVAL_ENTRY();
            return retval;
        }
        f = prev;
        LOAD_FRAME();
        CodeUnit u = *f->prevInstr;
        if (deoptOp(unitOp(u)) == Op::FOR_ITER) {
            decref(retval);
            decref(POP());
        } else {
            // SEND: [recv] -> [value], jump to the exit.
            decref(POP());
            PUSH(retval);
        }
        JUMP_TO(unitArg(u));
        DISPATCH();
    }
    bool wasInit = f->isInit;
    if (wasInit) --ts->pyDepth;
    uint8_t dunder = f->dunderKind;
    if (dunder == kDunderCompare || dunder == kDunderCall) --ts->pyDepth;
    frameClearAndPopFast(ts, f);
    if (wasEntry) {
        ts->currentFrame = prev;
        LEAVE_EVAL_ENTRY();
        return retval;
    }
    f = prev;
    LOAD_FRAME();
    if (dunder == kDunderNext) {
        // FOR_ITER: [it] -> [it next], then the loop body.
        PUSH(retval);
        ip = RESUME_IP();
        DISPATCH();
    }
    if (dunder == kDunderSetItem) {
        // STORE_SUBSCR: [v c k] -> [].
        decref(retval);
        for (int i = 0; i < 3; i++) decref(POP());
        ip = RESUME_IP();
        DISPATCH();
    }
    if (dunder != kDunderNone && dunder != kDunderCall) {
        // Finish the caller's BINARY_OP / COMPARE_OP / BINARY_SUBSCR: [x y] -> [result].
        Object* y = POP();
        Object* x = TOP();
        int arg = int(unitArg(*f->prevInstr));
        if (retval == notImplemented() && dunder != kDunderGetItem) {
            decref(retval);
            retval = dunder == kDunderCompare
                         ? richCompareDunderResume(x, y, CompareOp(arg))
                         : binaryOpDunderResume(x, y, arg, dunder == kDunderInplace);
        }
        decref(y);
        if (!retval) goto error;
        TOP() = retval;
        decref(x);
        ip = RESUME_IP();
        DISPATCH();
    }
    if (wasInit) {
        // The instance is already on the caller's stack.
        if (!isNone(retval)) {
            setError(&ExcTypeError, "__init__() should return None, not '%s'",
                     typeName(retval->type));
            decref(retval);
            goto error;
        }
        decref(retval);
        ip = RESUME_IP();
        DISPATCH();
    }
    PUSH(retval);
    ip = RESUME_IP();
    DISPATCH();
}

evalBreaker : {
    if (ts->tickCountdown < 0) {
        ts->tickCountdown = ts->interp->tickInterval;
        if (ts->interp->tickHook && ts->interp->tickHook(ts->interp, ts->interp->tickHookData) < 0)
            goto error;
#if KRAIT_LOOP_REENTRY
        ts->reentryTicks += ts->interp->tickInterval;
        if (ts->reentryTicks >= kLoopReentryTicks && !ts->interp->pendingInterrupt) {
            ts->reentryTicks = 0;
            f->stackPointer = sp;
            reentry->frame = f;
            reentry->ip = ip;
            LEAVE_EVAL_ENTRY();
            return nullptr;
        }
#endif
    }
    if (ts->interp->gil) {
        // Threads: hand the GIL over when another thread asked for it; a KeyboardInterrupt is
        // for the main thread, so others let it run.
        bool forMain = signalsPending(ts->interp) &&
                       ts != ts->interp->mainThread;
        if (gilDropRequested(ts->interp) || (forMain && gilHasWaiters(ts->interp))) {
            f->stackPointer = sp;
            gilYield(ts);
        }
        if (forMain) DISPATCH();
    }
    if (signalsPending(ts->interp)) {
        // Signals: their Python handlers run here, in the main thread.
        f->stackPointer = sp;
        if (!runPendingSignals(ts)) goto error;
    }
    int pending = ts->interp->pendingInterrupt;
    if (pending == kInterruptPause && entry == ts->resumableEntry) {
        ts->interp->pendingInterrupt = 0;
        f->stackPointer = sp;
        ts->pausedFrame = f;
        ts->pausedIp = ip;
        ts->currentFrame = entry->previous;
        LEAVE_EVAL_ENTRY();
        return nullptr;
    }
    DISPATCH();
}

// The entries of the unwinding (each sets both unwind variables, see `unwindKind`).
error:
    unwindKind = UnwindKind::Raise;
    unwindFrom = nullptr;
    goto unwind;
exceptionUnwind:
    // Re-raising: no traceback entry for this frame.
    unwindKind = UnwindKind::Reraise;
    unwindFrom = nullptr;
    goto unwind;
popFrameWithError:
    // No handler is to be looked for in this frame.
    unwindKind = UnwindKind::PopFrame;
    unwindFrom = nullptr;
    goto unwind;
unwind : {
    if (unwindKind == UnwindKind::Raise) {
        // An exception is set; record this frame in its traceback.
        if (!ts->currentException) {
            setError(&ExcSystemError, "error return without exception set");
        }
        tracebackAdd(ts->currentException, f);
    }
    if (unwindKind != UnwindKind::PopFrame) {
        kwnames = nullptr;
        HandlerJump hj = unwindToHandler(f, co, base, unwindFrom, sp);
        sp = hj.sp;
        if (hj.ip) {
            ip = hj.ip;
            DISPATCH();
        }
    }
    // No handler in this frame: pop it and continue unwinding in the caller.
    bool wasEntry = f->isEntry;
    uint8_t dunder = f->dunderKind;
    Frame* prev = popFrameUnwinding(ts, f, co, sp);
    if (wasEntry) {
        ts->currentFrame = prev;
        LEAVE_EVAL_ENTRY();
        return nullptr;
    }
    f = prev;
    LOAD_FRAME();
    if (dunder == kDunderNext && errMatches(&ExcStopIteration)) {
        // A Python __next__ raised StopIteration: the caller's FOR_ITER loop is over.
        clearError();
        decref(POP());
        JUMP_TO(unitArg(*f->prevInstr));
        DISPATCH();
    }
    unwindKind = UnwindKind::Raise;
    unwindFrom = nullptr;
    goto unwind;
}

#if KRAIT_LEAN_LOOP_STATE
#undef co
#undef lp
#undef consts
#undef names
#endif
#undef TARGET
#undef DISPATCH
#undef LOAD_FRAME
#undef RESUME_IP
#undef LEAVE_EVAL_ENTRY
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PEEK
#undef SKIP
#undef JUMP_TO
#undef GENERIC
#undef INSTR_UNIT
#undef ADAPTIVE
#undef DEOPT_IF
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Entry points

Object* evalCode(Object* code, Object* globals, Object* locals) {
    ThreadState* ts = currentThread();
    if (!code || code->type != &CodeType) {
        return setError(&ExcSystemError, "evalCode: expected a code object");
    }
    if (!locals) locals = globals;
    Object* builtins = builtinsForGlobals(globals);
    if (!builtins) return setError(&ExcSystemError, "no builtins");
    Frame* f = framePush(ts, asCode(code), nullptr, globals, builtins, locals);
    if (!f) return nullptr;
    f->previous = ts->currentFrame;
    return evalFrame(ts, f, false);
}

Object* evalFunctionWithLocals(Object* func, Object* locals) {
    ThreadState* ts = currentThread();
    FunctionObject* fn = asFunction(func);
    Frame* f = framePush(ts, asCode(fn->code), func, fn->globals, fn->builtins, locals);
    if (!f) return nullptr;
    f->previous = ts->currentFrame;
    return evalFrame(ts, f, false);
}

Object* evalCodeResumable(Object* code, Object* globals, Object* locals, bool* paused) {
    ThreadState* ts = currentThread();
    *paused = false;
    if (!locals) locals = globals;
    Object* builtins = builtinsForGlobals(globals);
    if (!builtins) return setError(&ExcSystemError, "no builtins");
    Frame* f = framePush(ts, asCode(code), nullptr, globals, builtins, locals);
    if (!f) return nullptr;
    f->previous = ts->currentFrame;
    Frame* savedEntry = ts->resumableEntry;
    ts->resumableEntry = f;
    Object* r = runLoopFor(ts, f, LoopMode::Start);
    if (!r && !errOccurred() && ts->pausedFrame) {
        *paused = true;
        return nullptr;
    }
    ts->resumableEntry = savedEntry;
    return r;
}

Object* evalResume(bool* paused) {
    ThreadState* ts = currentThread();
    *paused = false;
    if (!ts->pausedFrame || !ts->resumableEntry) {
        return setError(&ExcRuntimeError, "no paused computation to resume");
    }
    Frame* entry = ts->resumableEntry;
    Object* r = runLoopFor(ts, entry, LoopMode::ResumePaused);
    if (!r && !errOccurred() && ts->pausedFrame) {
        *paused = true;
        return nullptr;
    }
    ts->resumableEntry = nullptr;
    return r;
}

Frame* currentFrame() {
    ThreadState* ts = currentThread();
    return ts ? ts->currentFrame : nullptr;
}

Object* currentGlobals() {
    Frame* f = currentFrame();
    if (f) return f->globals;
    return nullptr;
}

Object* currentFrameGlobals() { return currentGlobals(); }

Object* currentBuiltins() {
    Frame* f = currentFrame();
    if (f) return f->builtins;
    return currentThread()->interp->builtins;
}

Object* currentLocals() {
    Frame* f = currentFrame();
    if (!f) return setError(&ExcSystemError, "locals(): no current frame");
    return frameGetLocals(f);
}

Object* getFrameObject(int depth) {
    Frame* f = currentFrame();
    while (depth > 0 && f) {
        f = f->previous;
        depth--;
    }
    if (!f) return setError(&ExcValueError, "call stack is not deep enough");
    return frameGetObject(f);
}

Object* currentHandledException() { return topmostHandledException(currentThread()); }

}  // namespace krait
