// Execution frames and the per-thread frame stack.
//
// Invariants:
// - A Frame is a header followed by localsplus[code->nLocalsPlus] (fast locals, cells, frees)
//   and then the value stack (code->stackSize slots). All references in it are owned.
// - Frames of ordinary calls live on the thread's FrameStack (contiguous chunks, LIFO, no
//   per-call heap allocation). Generator frames live inside their generator object. A frame
//   whose Python-visible frame object outlives it is copied into that object ("detached").
// - Frame::prevInstr points at the instruction being executed (or last executed when the frame
//   is suspended in a call or a yield); null means "not started". On resume, execution
//   continues after that instruction and its inline caches.
// - A frame is linked to its caller through `previous` only while it executes (or waits for a
//   callee); a suspended generator frame has previous == null.
#pragma once

#include <cstddef>

#include "bytecode/code.h"
#include "core/object.h"
#include "core/runtime.h"

namespace krait {

enum class FrameOwner : uint8_t { Thread = 0, Generator = 1, FrameObject = 2 };

// Operator dunders run as frames (core/abstract_dunder.h): what returning from one means for
// the calling instruction, whose operands are still on the caller's stack.
enum DunderKind : uint8_t {
    kDunderNone = 0,
    kDunderBinary,    // BINARY_OP, type(a).__op__(a, b): NotImplemented continues the dispatch
    kDunderInplace,   // BINARY_OP, type(a).__iop__(a, b): NotImplemented tries a.__op__ etc.
    kDunderCompare,   // COMPARE_OP, type(a).__lt__(a, b) etc. (one extra depth level, as the
                      // " in comparison" recursion check of CPython)
    kDunderGetItem,   // BINARY_SUBSCR, type(c).__getitem__(c, k)
    kDunderNext,      // FOR_ITER, type(it).__next__(it): StopIteration ends the loop
    kDunderSetItem,   // STORE_SUBSCR, type(c).__setitem__(c, k, v): the result is dropped
    kDunderCall,      // CALL of an instance, type(o).__call__(o, ...): an ordinary return,
                      // one extra depth level (CPython's " while calling a Python object")
};

struct Frame {
    CodeObject* code;             // strong
    Frame* previous;              // caller while executing
    Object* func;                 // strong, null for module code run by evalCode
    Object* globals;              // strong
    Object* builtins;             // strong (a dict)
    Object* locals;               // strong or null: the locals mapping (module/class bodies)
    Object* frameObj;             // strong or null: the FrameType object, created lazily
    const CodeUnit* prevInstr;    // see above
    Object** stackPointer;        // value-stack top while the frame is not running
    FrameOwner owner;
    uint8_t isEntry;              // returning from it leaves the C++ eval loop invocation
    uint8_t isInit;               // an inlined __init__ call: the caller's stack already holds
                                  // the new instance; the return value must be None
    uint8_t dunderKind;           // a DunderKind: an operator dunder run as a frame whose
                                  // return the caller's instruction still has to finish

    Object** localsplus() { return reinterpret_cast<Object**>(this + 1); }
    Object** stackBase() { return localsplus() + code->nLocalsPlus; }
    const CodeUnit* codeBase() const { return code->code->data(); }
    // Index of the current instruction (-1 before the first one).
    int lasti() const { return prevInstr ? int(prevInstr - codeBase()) : -1; }
};

// Bytes needed for a frame of `code` (header, localsplus and value stack).
inline size_t frameSize(const CodeObject* code) {
    return sizeof(Frame) + sizeof(Object*) * size_t(code->nLocalsPlus + code->stackSize);
}

struct FrameChunk;
struct FrameStack {
    FrameChunk* chunk = nullptr;   // current chunk
    char* top = nullptr;           // first free byte in the current chunk
    char* limit = nullptr;         // end of the current chunk
    FrameChunk* spare = nullptr;   // one cached empty chunk (avoids thrashing at a boundary)
};

FrameStack* frameStackNew();
void frameStackFree(FrameStack* s);

// Initialises a frame header in caller-provided memory (takes new references to code, func,
// globals, builtins, locals; all localsplus slots null).
inline void frameInit(Frame* f, CodeObject* code, Object* func, Object* globals,
                      Object* builtins, Object* locals, FrameOwner owner) {
    incref(&code->ob);
    f->code = code;
    f->previous = nullptr;
    f->func = func;
    xincref(func);
    incref(globals);
    f->globals = globals;
    incref(builtins);
    f->builtins = builtins;
    f->locals = locals;
    xincref(locals);
    f->frameObj = nullptr;
    f->prevInstr = nullptr;
    f->owner = owner;
    f->isEntry = 0;
    f->isInit = 0;
    f->dunderKind = 0;
    Object** lp = f->localsplus();
    Object** end = lp + code->nLocalsPlus;
#if defined(__wasm__)
    // The loop stays a loop on wasm: LLVM would make it a memset call (musl's C loop, or with
    // bulk memory a memory.fill that V8 runs out of line), costly for the usual few slots.
    for (Object** p = lp; p < end; p++) {
        *p = nullptr;
        __asm__ volatile("" ::: "memory");
    }
#else
    for (Object** p = lp; p < end; p++) *p = nullptr;
#endif
    f->stackPointer = end;
}

// The out-of-line part of framePush: starts a new chunk of the frame stack.
Frame* framePushSlow(ThreadState* ts, CodeObject* code, Object* func, Object* globals,
                     Object* builtins, Object* locals);

// Allocates a frame on the thread's stack and initialises its header (takes new references to
// code, func, globals, builtins, locals) with all localsplus slots null. Returns null with
// MemoryError set if memory is exhausted.
inline Frame* framePush(ThreadState* ts, CodeObject* code, Object* func, Object* globals,
                        Object* builtins, Object* locals) {
    FrameStack* s = ts->frames;
    size_t need = frameSize(code);
    if (__builtin_expect(size_t(s->limit - s->top) < need, 0))   // also when both are null
        return framePushSlow(ts, code, func, globals, builtins, locals);
    Frame* f = reinterpret_cast<Frame*>(s->top);
    s->top += need;
    frameInit(f, code, func, globals, builtins, locals, FrameOwner::Thread);
    return f;
}
// Releases everything the frame owns (or hands it to its frame object if that is still
// referenced) and, for thread-owned frames, pops it from the thread's stack (it must be the
// top frame).
void frameClearAndPop(ThreadState* ts, Frame* f);
// Pops the top frame of the thread's stack without touching its contents (they were moved).
void framePopRaw(ThreadState* ts, Frame* f);
// frameClearAndPop for the common return of a thread-owned frame without a frame object,
// inline (the same steps in the same order: locals and stack slots are emptied before their
// decrefs, then the header's references, then the pop).
inline void frameClearAndPopFast(ThreadState* ts, Frame* f) {
    if (f->frameObj || f->owner != FrameOwner::Thread) return frameClearAndPop(ts, f);
    Object** lp = f->localsplus();
    Object** base = lp + f->code->nLocalsPlus;
    for (Object** p = lp; p < base; p++) {
        if (Object* v = *p) {
            *p = nullptr;
            decref(v);
        }
    }
    Object** sp = f->stackPointer;
    while (sp > base) {
        --sp;
        f->stackPointer = sp;
        xdecref(*sp);
    }
    if (f->frameObj) {
        // A finalizer run by the decrefs asked for this frame's object: the general path
        // hands the rest over as it would have.
        frameClearAndPop(ts, f);
        return;
    }
    clearRef(f->func);
    clearRef(f->globals);
    clearRef(f->builtins);
    clearRef(f->locals);
    CodeObject* code = f->code;
    f->code = nullptr;
    decref(&code->ob);
    framePopRaw(ts, f);
}
// Releases the references of a frame without popping (generator frames).
void frameClear(Frame* f);

// Line number of the frame's current instruction.
int frameLineNumber(Frame* f);
int codeLineForIndex(CodeObject* code, int index);

// The FrameType object of `f` (created on first use). New reference.
Object* frameGetObject(Frame* f);
// The Frame behind a FrameType object (borrowed).
Frame* frameObjectFrame(Object* frameObj);
// A snapshot of the frame's local variables as a dict (f_locals / locals()): for frames with
// a locals mapping, that mapping (fast locals copied into it first); otherwise a new dict.
// New reference.
Object* frameGetLocals(Frame* f);

// FrameType instance layout.
struct FrameObject {
    Object ob;
    Frame* frame;        // the live frame, or the detached copy in `data`
    Object* back;        // f_back once detached (strong) or null
    Object* trace;       // f_trace (stored only)
    char* data;          // owned copy of a detached frame (malloc) or null
};

}  // namespace krait
