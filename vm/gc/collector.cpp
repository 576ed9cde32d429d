// The cycle collector: generational trial deletion over the traverse slots, as CPython's.
//
// Every heap-allocated object of a kTypeHaveGC type carries a GcHead in front of it (see
// gc.h). Tracked objects sit in one of three generation lists (or the permanent generation of
// gc.freeze()). A collection of generation g:
//   1. merges generations 0..g into one list ("young");
//   2. sets gc_refs = refcnt for each young object, then subtracts every reference a young
//      object's traverse visits to another young object: what remains counts references from
//      outside the set (C++ locals, frames, older generations, untracked objects);
//   3. objects with gc_refs > 0 are roots; everything reachable from a root through traverse
//      is alive, the rest is unreachable garbage (alive objects move to generation g+1);
//   4. weak references to garbage are cleared; callbacks of those that are not themselves
//      garbage are called;
//   5. finalizers (tp_finalize / __del__) of garbage run, once per object (PEP 442);
//   6. the garbage set is re-checked: objects a finalizer or callback resurrected (and all
//      they reach) survive;
//   7. tp_clear of the rest breaks the cycles, and reference counting frees them.
//
// When automatic collections run (the safe point): CPython 3.11 collects from allocation
// (_PyObject_GC_Link) with the new object not yet tracked. Krait does the same in gcOnAlloc,
// called at the END of allocVarObject: the new object is linked into generation 0 only after
// the collection, so the collector never sees it. Objects that other code is still filling
// in are consistent at any allocation point (their traverse skips null slots), and objects
// being deallocated (refcnt 0) are dropped from the collection. An automatic collection is
// skipped while an exception is set, while a collection runs, and before the thread state
// exists (objects allocated during start-up stay untracked: they live forever anyway).
#include "gc/gc.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/abstract.h"
#include "core/errors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace krait {

namespace {

// Two words, as CPython's PyGC_Head. `next` is the address of the next header in the object's
// generation list, 0 while the object is untracked. `prev` is the previous header's address
// with three flags in its low bits (headers are 8-byte aligned on every target). While
// markReachable runs, `prev` holds gc_refs << kRefsShift instead of the address (the list is
// then singly linked; markReachable restores the addresses before it returns).
struct alignas(8) GcHead {
    uintptr_t next;
    uintptr_t prev;
};
static_assert(sizeof(GcHead) == kGcHeaderSize, "GC header size");

constexpr uintptr_t kFinalized = 1;    // tp_finalize ran (PEP 442)
constexpr uintptr_t kCollecting = 2;   // in the set being collected; after the first marking
                                       // pass: in the garbage (unreachable) set
constexpr uintptr_t kReachable = 4;    // found reachable in this pass
constexpr uintptr_t kFlagMask = 7;
constexpr int kRefsShift = 3;
// gc_refs above this are stored as this (they can only go down by the references the set
// holds, which never reach it).
constexpr intptr_t kRefsCap = intptr_t(1) << (sizeof(intptr_t) * 8 - kRefsShift - 2);

constexpr int kDebugSaveAll = 32;

GcHead* headOf(Object* o) { return reinterpret_cast<GcHead*>(o) - 1; }
Object* objOf(GcHead* h) { return reinterpret_cast<Object*>(h + 1); }
GcHead* nextOf(const GcHead* h) { return reinterpret_cast<GcHead*>(h->next); }
GcHead* prevOf(const GcHead* h) { return reinterpret_cast<GcHead*>(h->prev & ~kFlagMask); }
void setNext(GcHead* h, GcHead* n) { h->next = reinterpret_cast<uintptr_t>(n); }
void setPrev(GcHead* h, GcHead* p) {
    h->prev = reinterpret_cast<uintptr_t>(p) | (h->prev & kFlagMask);
}

void ringInit(GcHead* l) { l->next = l->prev = reinterpret_cast<uintptr_t>(l); }
bool ringEmpty(const GcHead* l) { return nextOf(l) == l; }
void ringAppend(GcHead* n, GcHead* l) {
    GcHead* last = prevOf(l);
    setPrev(n, last);
    setNext(n, l);
    setNext(last, n);
    setPrev(l, n);
}
// Unlinks n (its flags stay).
void ringRemove(GcHead* n) {
    GcHead* p = prevOf(n);
    GcHead* nx = nextOf(n);
    setNext(p, nx);
    setPrev(nx, p);
    n->next = 0;
    n->prev &= kFlagMask;
}
void ringMove(GcHead* n, GcHead* l) {
    ringRemove(n);
    ringAppend(n, l);
}
// Appends all of `from` to `to`, leaving `from` empty.
void ringMerge(GcHead* from, GcHead* to) {
    if (ringEmpty(from)) return;
    GcHead* tail = prevOf(to);
    GcHead* first = nextOf(from);
    GcHead* last = prevOf(from);
    setNext(tail, first);
    setPrev(first, tail);
    setPrev(to, last);
    setNext(last, to);
    ringInit(from);
}
ssize ringSize(const GcHead* l) {
    ssize n = 0;
    for (const GcHead* h = nextOf(l); h != l; h = nextOf(h)) n++;
    return n;
}

struct GcGeneration {
    GcHead head;
    int threshold;
    int count;   // gen 0: allocations minus frees; others: collections of the younger one
};

struct GcState {
    GcGeneration gens[3];
    GcHead permanent;
    bool enabled = true;
    bool collecting = false;
    int debug = 0;
    GcStats stats[3];
    Object* garbage = nullptr;     // gc.garbage (owned)
    Object* callbacks = nullptr;   // gc.callbacks (owned)
    ssize longLivedTotal = 0;      // objects in generation 2 after its last collection
    ssize longLivedPending = 0;    // objects that reached generation 2 since
};

[[gnu::noinline]] GcState* createState(InterpState* interp) {
    auto* s = new GcState();
#ifndef KRAIT_GC_THRESHOLD0   // a tiny value makes a stress-test build
#define KRAIT_GC_THRESHOLD0 700
#endif
    const int thresholds[3] = {KRAIT_GC_THRESHOLD0, 10, 10};
    for (int i = 0; i < 3; i++) {
        ringInit(&s->gens[i].head);
        s->gens[i].threshold = thresholds[i];
        s->gens[i].count = 0;
    }
    ringInit(&s->permanent);
    interp->gcState = s;
    return s;
}

// The interpreter's collector state, created on first use (inline: every GC allocation and
// free asks for it).
inline GcState* stateOf(InterpState* interp) {
    if (void* s = interp->gcState) return static_cast<GcState*>(s);
    return createState(interp);
}

GcState* currentState() {
    ThreadState* ts = currentThread();
    return ts && ts->interp ? stateOf(ts->interp) : nullptr;
}

bool isCollecting(Object* o) { return gcHasHeader(o) && (headOf(o)->prev & kCollecting); }

void traverseOf(Object* o, VisitFn visit, void* arg) {
    TraverseFn t = o->type->traverse;
    if (t) t(o, visit, arg);
}

// Only during markReachable (prev holds gc_refs). An object flagged kCollecting outside the
// set (untracked by a finalizer) has gc_refs 0 there and stays so.
void visitDecref(Object* child, void*) {
    if (!isCollecting(child)) return;
    GcHead* h = headOf(child);
    if (h->prev >> kRefsShift) h->prev -= uintptr_t(1) << kRefsShift;
}

void visitReachable(Object* child, void* arg) {
    if (!isCollecting(child)) return;
    GcHead* h = headOf(child);
    if (h->prev & kReachable) return;
    h->prev |= kReachable;
    static_cast<std::vector<GcHead*>*>(arg)->push_back(h);
}

// Steps 2-3 on the objects of `set` (all flagged kCollecting): marks kReachable every object
// referenced from outside the set or reachable from such an object. Objects being
// deallocated (refcnt 0) are dropped from the set (untracked) first. No code that links or
// unlinks headers may run in here: `prev` holds gc_refs until the end.
void markReachable(GcHead* set) {
    for (GcHead* h = nextOf(set); h != set;) {
        GcHead* next = nextOf(h);
        Object* o = objOf(h);
        if (o->refcnt <= 0) {
            // h's prev is still an address (only the headers before it hold gc_refs), and
            // ringRemove writes only the next field of the header before it.
            ringRemove(h);
            h->prev &= kFinalized;
        } else {
            intptr_t refs = o->refcnt < kRefsCap ? o->refcnt : kRefsCap;
            h->prev = (uintptr_t(refs) << kRefsShift) | (h->prev & (kFinalized | kCollecting));
        }
        h = next;
    }
    for (GcHead* h = nextOf(set); h != set; h = nextOf(h)) {
        traverseOf(objOf(h), visitDecref, nullptr);
    }
    std::vector<GcHead*> stack;
    for (GcHead* h = nextOf(set); h != set; h = nextOf(h)) {
        if (h->prev >> kRefsShift) {
            h->prev |= kReachable;
            stack.push_back(h);
        }
    }
    while (!stack.empty()) {
        GcHead* h = stack.back();
        stack.pop_back();
        traverseOf(objOf(h), visitReachable, &stack);
    }
    // Back to a doubly linked list.
    GcHead* prev = set;
    for (GcHead* h = nextOf(set); h != set; h = nextOf(h)) {
        h->prev = reinterpret_cast<uintptr_t>(prev) | (h->prev & kFlagMask);
        prev = h;
    }
    setPrev(set, prev);
}

void invokeCallbacks(GcState* s, const char* phase, int generation, ssize collected,
                     ssize uncollectable) {
    if (!s->callbacks || !isList(s->callbacks) || listSize(s->callbacks) == 0) return;
    Object* saved = fetchError();
    Ref<> info = Ref<>::steal(dictNew());
    Ref<> g = Ref<>::steal(intFromInt64(generation));
    Ref<> c = Ref<>::steal(intFromSsize(collected));
    Ref<> u = Ref<>::steal(intFromSsize(uncollectable));
    Ref<> ph = Ref<>::steal(strFromUtf8(phase));
    if (!info || !g || !c || !u || !ph || dictSetItemStr(info.get(), "generation", g.get()) < 0 ||
        dictSetItemStr(info.get(), "collected", c.get()) < 0 ||
        dictSetItemStr(info.get(), "uncollectable", u.get()) < 0) {
        writeUnraisable(nullptr);
        restoreError(saved);
        return;
    }
    // Iterate over a copy: a callback may modify gc.callbacks.
    Ref<> copy = Ref<>::steal(sequenceList(s->callbacks));
    if (!copy) {
        writeUnraisable(nullptr);
        restoreError(saved);
        return;
    }
    for (ssize i = 0; i < listSize(copy.get()); i++) {
        Object* cb = listItem(copy.get(), i);
        Object* args[2] = {ph.get(), info.get()};
        Object* r = call(cb, args, 2);
        if (!r) {
            writeUnraisable(cb);
        } else {
            decref(r);
        }
    }
    restoreError(saved);
}

// Calls the callbacks of the weak references in `refs` (owned references, consumed).
void callWeakrefCallbacks(std::vector<Object*>& refs) {
    for (Object* wr : refs) {
        Object* cb = reinterpret_cast<WeakRefObject*>(wr)->callback;
        if (cb) {
            incref(cb);
            Object* r = callOneArg(cb, wr);
            if (!r) {
                writeUnraisable(cb);
            } else {
                decref(r);
            }
            decref(cb);
        }
        decref(wr);
    }
    refs.clear();
}

// Returns the number of unreachable objects found (freed or not).
ssize collectGeneration(GcState* s, int generation) {
    s->collecting = true;
    invokeCallbacks(s, "start", generation, 0, 0);

    for (int i = 0; i < generation; i++) ringMerge(&s->gens[i].head, &s->gens[generation].head);
    GcHead* young = &s->gens[generation].head;
    GcHead* old = generation < 2 ? &s->gens[generation + 1].head : young;
    if (generation < 2) s->gens[generation + 1].count++;
    for (int i = 0; i <= generation; i++) s->gens[i].count = 0;

    for (GcHead* h = nextOf(young); h != young; h = nextOf(h)) h->prev |= kCollecting;
    markReachable(young);

    GcHead unreachable;
    ringInit(&unreachable);
    ssize survivors = 0;
    for (GcHead* h = nextOf(young); h != young;) {
        GcHead* next = nextOf(h);
        if (h->prev & kReachable) {
            h->prev &= ~(kCollecting | kReachable);
            survivors++;
        } else {
            ringMove(h, &unreachable);   // keeps kCollecting: "in the garbage" from here on
        }
        h = next;
    }
    if (generation < 2) {
        ringMerge(young, old);
        if (generation == 1) s->longLivedPending += survivors;
    } else {
        s->longLivedPending = 0;
        s->longLivedTotal = survivors;
    }

    // Weak references to garbage: clear them all before any Python code runs, then call the
    // callbacks of those that are not garbage themselves.
    std::vector<Object*> callbacks;
    for (GcHead* h = nextOf(&unreachable); h != &unreachable; h = nextOf(h)) {
        Object* o = objOf(h);
        if (isWeakRefObject(o)) {
            // A weak reference in the garbage must never call back (its referent may be
            // cleared or freed by now).
            WeakRefObject* self = reinterpret_cast<WeakRefObject*>(o);
            if (self->referent) weakrefClearRef(self);
        }
        Object** wl = weaklistOf(o);
        if (!wl) continue;
        while (*wl) {
            WeakRefObject* wr = reinterpret_cast<WeakRefObject*>(*wl);
            weakrefClearRef(wr);
            if (!wr->callback) continue;
            if (gcHasHeader(&wr->ob) && (headOf(&wr->ob)->prev & kCollecting)) continue;
            incref(&wr->ob);
            callbacks.push_back(&wr->ob);
        }
    }
    callWeakrefCallbacks(callbacks);

    // PEP 442 finalizers, once per object. Each object moves to `seen` first: objects freed
    // meanwhile unlink themselves.
    GcHead seen;
    ringInit(&seen);
    while (!ringEmpty(&unreachable)) {
        GcHead* h = nextOf(&unreachable);
        ringMove(h, &seen);
        Object* o = objOf(h);
        FinalizeFn fin = o->type->finalize;
        if (fin && !(h->prev & kFinalized) && o->refcnt > 0) {
            h->prev |= kFinalized;
            incref(o);
            fin(o);
            if (errOccurred()) writeUnraisable(o);
            decref(o);
        }
    }
    ringMerge(&seen, &unreachable);

    // Objects resurrected by finalizers or callbacks (and everything they reach) survive.
    markReachable(&unreachable);
    for (GcHead* h = nextOf(&unreachable); h != &unreachable;) {
        GcHead* next = nextOf(h);
        if (h->prev & kReachable) {
            h->prev &= ~(kCollecting | kReachable);
            ringMove(h, old);
        }
        h = next;
    }

    ssize found = ringSize(&unreachable);
    // Break the cycles. An object still at the head of the list after its clear is alive
    // (its type has no clear slot or something still references it): it goes to `old`.
    while (!ringEmpty(&unreachable)) {
        GcHead* h = nextOf(&unreachable);
        Object* o = objOf(h);
        if (s->debug & kDebugSaveAll) {
            if (s->garbage && listAppend(s->garbage, o) < 0) writeUnraisable(nullptr);
        } else if (o->type->clear) {
            incref(o);
            o->type->clear(o);
            if (errOccurred()) writeUnraisable(o);
            decref(o);
        }
        if (nextOf(&unreachable) == h) {
            h->prev &= ~(kCollecting | kReachable);
            ringMove(h, old);
        }
    }

    s->stats[generation].collections++;
    s->stats[generation].collected += found;
    invokeCallbacks(s, "stop", generation, found, 0);
    s->collecting = false;
    return found;
}

// The automatic collection: the oldest generation whose count exceeds its threshold (the
// oldest one only when enough new objects reached it, as CPython).
void collectGenerations(GcState* s) {
    for (int i = 2; i >= 0; i--) {
        if (s->gens[i].threshold <= 0 || s->gens[i].count <= s->gens[i].threshold) continue;
        if (i == 2 && s->longLivedPending < s->longLivedTotal / 4) continue;
        collectGeneration(s, i);
        if (errOccurred()) writeUnraisable(nullptr);
        return;
    }
}

bool mayBeTracked(Object* o, int depth);

void visitAnyTracked(Object* child, void* arg) {
    auto* st = static_cast<std::pair<bool, int>*>(arg);
    if (!st->first && mayBeTracked(child, st->second)) st->first = true;
}

// CPython untracks tuples and dicts that hold only atomic values: report them untracked.
bool mayBeTracked(Object* o, int depth) {
    if (!gcHasHeader(o)) return false;
    if (o->type == &SliceType) return true;   // reused slices of ints are unlinked (slice.cpp)
    if (!headOf(o)->next) return false;
    if ((o->type == &TupleType || o->type == &DictType) && depth < 50) {
        std::pair<bool, int> st{false, depth + 1};
        traverseOf(o, visitAnyTracked, &st);
        return st.first;
    }
    return true;
}

void visitReferent(Object* child, void* arg) {
    static_cast<std::vector<Object*>*>(arg)->push_back(child);
}

struct ReferrerSearch {
    Object* const* objs;
    size_t n;
    bool found;
};

void visitFindReferrer(Object* child, void* arg) {
    auto* r = static_cast<ReferrerSearch*>(arg);
    for (size_t i = 0; i < r->n && !r->found; i++) {
        if (r->objs[i] == child) r->found = true;
    }
}

Object* listFromVector(const std::vector<Object*>& v) {
    Object* l = listNew(0);
    if (!l) return nullptr;
    for (Object* o : v) {
        if (listAppend(l, o) < 0) {
            decref(l);
            return nullptr;
        }
    }
    return l;
}

}  // namespace

// ---- Allocation hooks ----

void gcOnAlloc(Object* o) {
    GcHead* h = headOf(o);
    h->next = 0;
    h->prev = 0;
    ThreadState* ts = currentThread();
    if (!ts || !ts->interp) return;
    GcState* s = stateOf(ts->interp);
    GcGeneration& g0 = s->gens[0];
    g0.count++;
    if (g0.threshold > 0 && g0.count > g0.threshold && s->enabled && !s->collecting &&
        !ts->currentException) {
        collectGenerations(s);
    }
    ringAppend(h, &g0.head);
}

void* gcOnFree(Object* o) {
    GcHead* h = headOf(o);
    if (h->next) ringRemove(h);
    GcState* s = currentState();
    if (s && s->gens[0].count > 0) s->gens[0].count--;
    return h;
}

void gcPrepareReuse(Object* o) {
    GcHead* h = headOf(o);
    if (h->next) ringRemove(h);
    h->prev = 0;
}

void gcDiscountAllocation() {
    GcState* s = currentState();
    if (s && s->gens[0].count > 0) s->gens[0].count--;
}

void gcTrack(Object* o) {
    if (!gcHasHeader(o)) return;
    GcHead* h = headOf(o);
    if (h->next) return;
    h->prev &= kFinalized;   // flags of an interrupted collection must not stay
    GcState* s = currentState();
    if (s) ringAppend(h, &s->gens[0].head);
}

void gcUntrack(Object* o) {
    if (!gcHasHeader(o)) return;
    GcHead* h = headOf(o);
    if (h->next) ringRemove(h);
    h->prev &= kFinalized;
}

bool gcHasHeader(Object* o) {
    Type* t = o->type;
    if (!(t->flags & kTypeHaveGC)) return false;
    // Statically allocated objects (static types, the empty tuple, ...) are all immortal.
    if (o->refcnt >= kImmortalRefcnt / 2) return false;
    if ((t->flags & kTypeTypeSubclass) && !isHeapType(reinterpret_cast<Type*>(o))) return false;
    return true;
}

bool gcIsTracked(Object* o) { return mayBeTracked(o, 0); }

bool gcIsFinalized(Object* o) { return gcHasHeader(o) && (headOf(o)->prev & kFinalized); }

bool gcMarkFinalized(Object* o) {
    if (!gcHasHeader(o)) return true;
    GcHead* h = headOf(o);
    if (h->prev & kFinalized) return false;
    h->prev |= kFinalized;
    return true;
}

// ---- Collection ----

ssize gcCollect(InterpState* interp, int generation) {
    GcState* s = stateOf(interp);
    if (s->collecting) return 0;
    if (generation < 0 || generation > 2) generation = 2;
    Object* saved = fetchError();
    ssize n = collectGeneration(s, generation);
    if (errOccurred()) writeUnraisable(nullptr);
    restoreError(saved);
    return n;
}

bool gcIsEnabled(InterpState* interp) { return stateOf(interp)->enabled; }
void gcSetEnabled(InterpState* interp, bool enabled) { stateOf(interp)->enabled = enabled; }

void gcGetThreshold(InterpState* interp, int out[3]) {
    for (int i = 0; i < 3; i++) out[i] = stateOf(interp)->gens[i].threshold;
}
void gcSetThreshold(InterpState* interp, const int in[3]) {
    for (int i = 0; i < 3; i++) stateOf(interp)->gens[i].threshold = in[i];
}
void gcGetCount(InterpState* interp, int out[3]) {
    for (int i = 0; i < 3; i++) out[i] = stateOf(interp)->gens[i].count;
}
GcStats gcGetStats(InterpState* interp, int generation) {
    return stateOf(interp)->stats[generation];
}
int gcGetDebug(InterpState* interp) { return stateOf(interp)->debug; }
void gcSetDebug(InterpState* interp, int flags) { stateOf(interp)->debug = flags; }

void gcFreeze(InterpState* interp) {
    GcState* s = stateOf(interp);
    for (int i = 0; i < 3; i++) {
        ringMerge(&s->gens[i].head, &s->permanent);
        s->gens[i].count = 0;
    }
}

void gcUnfreeze(InterpState* interp) {
    GcState* s = stateOf(interp);
    ringMerge(&s->permanent, &s->gens[2].head);
}

ssize gcGetFreezeCount(InterpState* interp) { return ringSize(&stateOf(interp)->permanent); }

Object* gcGetObjects(InterpState* interp, int generation) {
    GcState* s = stateOf(interp);
    Object* result = listNew(0);
    if (!result) return nullptr;
    std::vector<Object*> objs;
    for (int i = 0; i < 3; i++) {
        if (generation >= 0 && i != generation) continue;
        GcHead* l = &s->gens[i].head;
        for (GcHead* h = nextOf(l); h != l; h = nextOf(h)) {
            Object* o = objOf(h);
            if (o != result && o->refcnt > 0) objs.push_back(o);
        }
    }
    for (Object* o : objs) incref(o);
    bool ok = true;
    for (Object* o : objs) {
        if (ok && listAppend(result, o) < 0) ok = false;
        decref(o);
    }
    if (!ok) {
        decref(result);
        return nullptr;
    }
    return result;
}

Object* gcGetReferrers(InterpState* interp, Object* const* objs, size_t n) {
    GcState* s = stateOf(interp);
    std::vector<Object*> found;
    for (int i = 0; i < 3; i++) {
        GcHead* l = &s->gens[i].head;
        for (GcHead* h = nextOf(l); h != l; h = nextOf(h)) {
            Object* o = objOf(h);
            if (o->refcnt <= 0) continue;
            ReferrerSearch r{objs, n, false};
            traverseOf(o, visitFindReferrer, &r);
            if (r.found) found.push_back(o);
        }
    }
    for (Object* o : found) incref(o);
    Object* result = listFromVector(found);
    for (Object* o : found) decref(o);
    return result;
}

Object* gcGetReferents(Object* const* objs, size_t n) {
    std::vector<Object*> found;
    for (size_t i = 0; i < n; i++) {
        Object* o = objs[i];
        if (!(o->type->flags & kTypeHaveGC)) continue;
        if (isDict(o)) {
            // CPython's dicts whose keys are all str only report their values.
            bool allStr = true;
            ssize pos = 0;
            Object *k, *v;
            while (allStr && dictNext(o, &pos, &k, &v)) allStr = isStr(k);
            if (allStr) {
                pos = 0;
                while (dictNext(o, &pos, &k, &v)) found.push_back(v);
                continue;
            }
        }
        traverseOf(o, visitReferent, &found);
    }
    for (Object* o : found) incref(o);
    Object* result = listFromVector(found);
    for (Object* o : found) decref(o);
    return result;
}

Object* gcGarbageList(InterpState* interp) {
    GcState* s = stateOf(interp);
    if (!s->garbage) s->garbage = listNew(0);
    return s->garbage;
}

Object* gcCallbacksList(InterpState* interp) {
    GcState* s = stateOf(interp);
    if (!s->callbacks) s->callbacks = listNew(0);
    return s->callbacks;
}

}  // namespace krait
