// The per-thread frame stack, frame lifetime (detaching into frame objects) and FrameType.
#include "interp/frame.h"

#include <cstdlib>
#include <cstring>

#include "core/abstract.h"
#include "core/errors.h"
#include "core/types.h"
#include "interp/function.h"
#include "interp/generator.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

// ---------------------------------------------------------------------------------------------
// Frame stack

struct FrameChunk {
    FrameChunk* previous;
    char* savedTop;      // top of the previous chunk when this one was started
    size_t size;         // usable bytes after the header
    char* data() { return reinterpret_cast<char*>(this + 1); }
};

namespace {

constexpr size_t kChunkSize = 256 * 1024;

FrameChunk* newChunk(size_t need) {
    size_t size = need > kChunkSize ? need : kChunkSize;
    auto* c = static_cast<FrameChunk*>(std::malloc(sizeof(FrameChunk) + size));
    if (!c) return nullptr;
    c->previous = nullptr;
    c->savedTop = nullptr;
    c->size = size;
    return c;
}

}  // namespace

FrameStack* frameStackNew() { return new FrameStack(); }

void frameStackFree(FrameStack* s) {
    if (!s) return;
    FrameChunk* c = s->chunk;
    while (c) {
        FrameChunk* p = c->previous;
        std::free(c);
        c = p;
    }
    std::free(s->spare);
    delete s;
}

Frame* framePushSlow(ThreadState* ts, CodeObject* code, Object* func, Object* globals,
                     Object* builtins, Object* locals) {
    FrameStack* s = ts->frames;
    size_t need = frameSize(code);
    if (size_t(s->limit - s->top) < need) {
        FrameChunk* c;
        if (s->spare && s->spare->size >= need) {
            c = s->spare;
            s->spare = nullptr;
        } else {
            c = newChunk(need);
            if (!c) {
                setErrorNoMemory();
                return nullptr;
            }
        }
        c->previous = s->chunk;
        c->savedTop = s->top;
        s->chunk = c;
        s->top = c->data();
        s->limit = c->data() + c->size;
    }
    Frame* f = reinterpret_cast<Frame*>(s->top);
    s->top += need;
    frameInit(f, code, func, globals, builtins, locals, FrameOwner::Thread);
    return f;
}

namespace {

// Copies a dying frame into its frame object, which becomes its owner.
void takeOwnership(FrameObject* fo, Frame* f) {
    size_t size = frameSize(f->code);
    char* data = static_cast<char*>(std::malloc(size));
    if (!data) {
        // Out of memory: the frame object loses its frame (it will report no locals).
        fo->frame = nullptr;
        return;
    }
    std::memcpy(data, f, size);
    Frame* nf = reinterpret_cast<Frame*>(data);
    nf->stackPointer = nf->localsplus() + (f->stackPointer - f->localsplus());
    nf->owner = FrameOwner::FrameObject;
    nf->frameObj = nullptr;   // not owned: fo owns nf
    nf->isEntry = 0;
    if (f->previous && !fo->back) fo->back = frameGetObject(f->previous);
    nf->previous = nullptr;
    fo->data = data;
    fo->frame = nf;
}

// Drops the local variables, cells and value stack of a finished frame (frame.clear()); the
// code, globals and builtins stay, so f_code, f_lineno, f_globals still work (tracebacks
// of cleared frames are printed by unittest and traceback.clear_frames users).
void clearFrameLocals(Frame* f) {
    Object** lp = f->localsplus();
    Object** base = lp + f->code->nLocalsPlus;
    Object** sp = f->stackPointer;
    // Values are taken out of their slots before the decref: a finalizer run by it may look at
    // the frame (f_locals, tracebacks).
    for (Object** p = lp; p < base; p++) {
        Object* v = *p;
        if (v) {
            *p = nullptr;
            decref(v);
        }
    }
    while (sp > base) {
        --sp;
        f->stackPointer = sp;
        xdecref(*sp);
    }
}

void releaseFrameRefs(Frame* f) {
    clearFrameLocals(f);
    clearRef(f->func);
    clearRef(f->globals);
    clearRef(f->builtins);
    clearRef(f->locals);
    CodeObject* code = f->code;
    f->code = nullptr;
    decref(&code->ob);
}

}  // namespace

void frameClear(Frame* f) {
    if (f->frameObj) {
        FrameObject* fo = reinterpret_cast<FrameObject*>(f->frameObj);
        f->frameObj = nullptr;
        if (fo->ob.refcnt > 1) {
            takeOwnership(fo, f);
            decref(&fo->ob);
            if (fo->frame) return;   // the references now belong to the frame object
        } else {
            fo->frame = nullptr;
            decref(&fo->ob);
        }
    }
    releaseFrameRefs(f);
}

void frameClearAndPop(ThreadState* ts, Frame* f) {
    frameClear(f);
    if (f->owner != FrameOwner::Thread) return;
    framePopRaw(ts, f);
}

void framePopRaw(ThreadState* ts, Frame* f) {
    FrameStack* s = ts->frames;
    s->top = reinterpret_cast<char*>(f);
    FrameChunk* c = s->chunk;
    if (s->top == c->data() && c->previous) {
        s->chunk = c->previous;
        s->top = c->savedTop;
        s->limit = s->chunk->data() + s->chunk->size;
        if (!s->spare) {
            s->spare = c;
        } else {
            std::free(c);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Line numbers

int codeLineForIndex(CodeObject* code, int index) {
    if (index < 0 || !code->positions) return code->firstLineNo;
    const auto& pos = *code->positions;
    if (size_t(index) >= pos.size()) return code->firstLineNo;
    for (int i = index; i >= 0; i--) {
        if (pos[size_t(i)].line > 0) return pos[size_t(i)].line;
    }
    return code->firstLineNo;
}

int frameLineNumber(Frame* f) { return codeLineForIndex(f->code, f->lasti()); }

// ---------------------------------------------------------------------------------------------
// FrameType

Object* frameGetObject(Frame* f) {
    if (f->frameObj) return newRef(f->frameObj);
    Object* o = allocObject(&FrameType);
    if (!o) return nullptr;
    FrameObject* fo = reinterpret_cast<FrameObject*>(o);
    fo->frame = f;
    if (f->owner == FrameOwner::FrameObject) {
        // A detached frame always has its object; nothing to do (unreachable).
        return o;
    }
    f->frameObj = newRef(o);
    return o;
}

Frame* frameObjectFrame(Object* o) { return reinterpret_cast<FrameObject*>(o)->frame; }

Object* frameGetLocals(Frame* f) {
    CodeObject* co = f->code;
    if (!(co->flags & kCoOptimized) && f->locals) return newRef(f->locals);
    if (!f->locals) {
        f->locals = dictNew();
        if (!f->locals) return nullptr;
    }
    Object** lp = f->localsplus();
    const char* kinds = bytesData(co->localsPlusKinds);
    for (int i = 0; i < co->nLocalsPlus; i++) {
        Object* name = tupleItem(co->localsPlusNames, i);
        Object* v = lp[i];
        uint8_t kind = uint8_t(kinds[i]);
        if (v && (kind & (kCell | kFree)) && isCell(v)) v = asCell(v)->ref;
        if (!(co->flags & kCoOptimized) && (kind & kFree)) continue;
        if (v) {
            if (dictSetItem(f->locals, name, v) < 0) return nullptr;
        } else {
            int has = dictContains(f->locals, name);
            if (has < 0) return nullptr;
            if (has && dictDelItem(f->locals, name) < 0) return nullptr;
        }
    }
    return newRef(f->locals);
}

namespace {

void frameObjDealloc(Object* o) {
    FrameObject* fo = reinterpret_cast<FrameObject*>(o);
    // Detached frames of a deep recursion form a long f_back chain: release it iteratively.
    Object* back = fo->back;
    fo->back = nullptr;
    if (fo->data) {
        Frame* f = reinterpret_cast<Frame*>(fo->data);
        if (f->code) releaseFrameRefs(f);
        std::free(fo->data);
        fo->data = nullptr;
    }
    clearRef(fo->trace);
    freeObject(o);
    while (back && back->refcnt == 1 && back->type == &FrameType) {
        FrameObject* b = reinterpret_cast<FrameObject*>(back);
        Object* next = b->back;
        b->back = nullptr;
        decref(back);
        back = next;
    }
    xdecref(back);
}

void frameObjTraverse(Object* o, VisitFn visit, void* arg) {
    FrameObject* fo = reinterpret_cast<FrameObject*>(o);
    if (fo->back) visit(fo->back, arg);
    if (fo->trace) visit(fo->trace, arg);
    if (fo->data) {
        Frame* f = reinterpret_cast<Frame*>(fo->data);
        if (!f->code) return;
        Object** lp = f->localsplus();
        for (int i = 0; i < f->code->nLocalsPlus; i++) if (lp[i]) visit(lp[i], arg);
        for (Object** p = lp + f->code->nLocalsPlus; p < f->stackPointer; p++) {
            if (*p) visit(*p, arg);
        }
        if (f->func) visit(f->func, arg);
        if (f->locals) visit(f->locals, arg);
        visit(f->globals, arg);
    }
}

Frame* liveFrame(Object* o) {
    Frame* f = reinterpret_cast<FrameObject*>(o)->frame;
    if (!f || !f->code) {
        setError(&ExcRuntimeError, "frame has been cleared");
        return nullptr;
    }
    return f;
}

Object* frameObjRepr(Object* o) {
    Frame* f = reinterpret_cast<FrameObject*>(o)->frame;
    if (!f || !f->code) return strFormat("<frame at %p>", static_cast<void*>(o));
    return strFormat("<frame at %p, file %R, line %d, code %U>", static_cast<void*>(o),
                     f->code->filename, frameLineNumber(f), f->code->name);
}

Object* fGetCode(Object* o, void*) {
    Frame* f = liveFrame(o);
    return f ? newRef(&f->code->ob) : nullptr;
}
Object* fGetGlobals(Object* o, void*) {
    Frame* f = liveFrame(o);
    return f ? newRef(f->globals) : nullptr;
}
Object* fGetBuiltins(Object* o, void*) {
    Frame* f = liveFrame(o);
    return f ? newRef(f->builtins) : nullptr;
}
Object* fGetLocals(Object* o, void*) {
    Frame* f = liveFrame(o);
    return f ? frameGetLocals(f) : nullptr;
}
Object* fGetLineno(Object* o, void*) {
    Frame* f = liveFrame(o);
    return f ? intFromInt64(frameLineNumber(f)) : nullptr;
}
Object* fGetLasti(Object* o, void*) {
    Frame* f = liveFrame(o);
    if (!f) return nullptr;
    int i = f->lasti();
    return intFromInt64(i < 0 ? -1 : int64_t(i) * 2);
}
Object* fGetBack(Object* o, void*) {
    FrameObject* fo = reinterpret_cast<FrameObject*>(o);
    if (fo->back) return newRef(fo->back);
    Frame* f = fo->frame;
    if (f && f->previous) return frameGetObject(f->previous);
    return newNone();
}
Object* fGetTrace(Object* o, void*) {
    Object* t = reinterpret_cast<FrameObject*>(o)->trace;
    return newRef(t ? t : none());
}
int fSetTrace(Object* o, Object* v, void*) {
    if (v && isNone(v)) v = nullptr;
    xincref(v);
    setRef(reinterpret_cast<FrameObject*>(o)->trace, v);
    return 0;
}
Object* fGetTraceLines(Object*, void*) { return newBool(true); }
int fSetTraceLines(Object*, Object*, void*) { return 0; }

const GetSetDef kFrameGetSets[] = {
    {"f_code", fGetCode, nullptr, nullptr, nullptr},
    {"f_globals", fGetGlobals, nullptr, nullptr, nullptr},
    {"f_builtins", fGetBuiltins, nullptr, nullptr, nullptr},
    {"f_locals", fGetLocals, nullptr, nullptr, nullptr},
    {"f_lineno", fGetLineno, nullptr, nullptr, nullptr},
    {"f_lasti", fGetLasti, nullptr, nullptr, nullptr},
    {"f_back", fGetBack, nullptr, nullptr, nullptr},
    {"f_trace", fGetTrace, fSetTrace, nullptr, nullptr},
    {"f_trace_lines", fGetTraceLines, fSetTraceLines, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* frameClearMethod(Object* self, Object* const*, size_t, Object*) {
    FrameObject* fo = reinterpret_cast<FrameObject*>(self);
    Frame* f = fo->frame;
    if (!f || !f->code) return newNone();
    if (f->owner == FrameOwner::FrameObject) {
        clearRef(fo->trace);
        clearFrameLocals(f);
        return newNone();
    }
    if (f->owner == FrameOwner::Generator) {
        GenObject* gen = genFromFrame(f);
        if (gen->state == GenState::Executing) {
            return setError(&ExcRuntimeError, "cannot clear an executing frame");
        }
        Object* r = callMethod(&gen->ob, "close", nullptr, 0);
        if (!r) return nullptr;
        decref(r);
        return newNone();
    }
    return setError(&ExcRuntimeError, "cannot clear an executing frame");
}

const MethodDef kFrameMethods[] = {
    {"clear", frameClearMethod, kMethNoKw, "F.clear(): clear most references held by the frame"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type FrameType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "frame",
    .basicSize = sizeof(FrameObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kFrameMethods,
    .getsets = kFrameGetSets,
    .dealloc = frameObjDealloc,
    .traverse = frameObjTraverse,
    .repr = frameObjRepr,
};

}  // namespace krait
