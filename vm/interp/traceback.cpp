// TracebackType: creation as exceptions propagate through frames, and its attributes.
#include "interp/traceback.h"

#include <vector>


#include "bytecode/code.h"
#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "core/types.h"
#include "interp/frame.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

Object* tracebackNew(Object* next, Frame* frame, int lasti) {
    Object* fo = frameGetObject(frame);
    if (!fo) return nullptr;
    Object* o = allocObject(&TracebackType);
    if (!o) {
        decref(fo);
        return nullptr;
    }
    TracebackObject* tb = asTraceback(o);
    tb->next = next;
    xincref(next);
    tb->frame = fo;
    tb->lasti = lasti;
    tb->lastiBytes = int64_t(lasti) * 2;
    tb->lineno = codeLineForIndex(frame->code, lasti);
    return o;
}

void tracebackAdd(Object* exc, Frame* frame) {
    if (!exc || !isBaseException(exc)) return;
    BaseExceptionObject* e = asExc(exc);
    Object* tb = tracebackNew(e->traceback, frame, frame->lasti());
    if (!tb) {
        clearError();   // out of memory while building a traceback: keep the original error
        return;
    }
    setRef(e->traceback, tb);
}

Object* tracebackCode(Object* tb) {
    Frame* f = frameObjectFrame(asTraceback(tb)->frame);
    return f && f->code ? &f->code->ob : nullptr;
}

void tracebackPosition(Object* tbObj, int* line, int* endLine, int* col, int* endCol) {
    TracebackObject* tb = asTraceback(tbObj);
    *line = tb->lineno;
    *endLine = tb->lineno;
    *col = -1;
    *endCol = -1;
    Frame* f = frameObjectFrame(tb->frame);
    if (!f || !f->code || !f->code->positions || tb->lasti < 0) return;
    const auto& pos = *f->code->positions;
    if (size_t(tb->lasti) >= pos.size()) return;
    const Position& p = pos[size_t(tb->lasti)];
    if (p.line <= 0) return;
    *line = p.line;
    *endLine = p.endLine;
    *col = p.col;
    *endCol = p.endCol;
}

namespace {

void tbDealloc(Object* o) {
    TracebackObject* tb = asTraceback(o);
    // Long chains (deep recursion) are released iteratively to bound C++ recursion.
    Object* next = tb->next;
    tb->next = nullptr;
    clearRef(tb->frame);
    freeObject(o);
    while (next && next->refcnt == 1 && isTraceback(next)) {
        TracebackObject* n = asTraceback(next);
        Object* nn = n->next;
        n->next = nullptr;
        decref(next);
        next = nn;
    }
    xdecref(next);
}

void tbTraverse(Object* o, VisitFn visit, void* arg) {
    TracebackObject* tb = asTraceback(o);
    if (tb->next) visit(tb->next, arg);
    if (tb->frame) visit(tb->frame, arg);
}

void tbClear(Object* o) {
    clearRef(asTraceback(o)->next);
    clearRef(asTraceback(o)->frame);
}

Object* tbGetNext(Object* o, void*) {
    Object* n = asTraceback(o)->next;
    return newRef(n ? n : none());
}
int tbSetNext(Object* o, Object* v, void*) {
    if (!v) {
        setError(&ExcTypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (isNone(v)) {
        v = nullptr;
    } else if (!isTraceback(v)) {
        setError(&ExcTypeError, "expected traceback object or None, got '%T'", v);
        return -1;
    }
    for (Object* c = v; c; c = asTraceback(c)->next) {
        if (c == o) {
            setError(&ExcValueError, "traceback loop detected");
            return -1;
        }
    }
    xincref(v);
    setRef(asTraceback(o)->next, v);
    return 0;
}
Object* tbGetFrame(Object* o, void*) { return newRef(asTraceback(o)->frame); }
Object* tbGetLasti(Object* o, void*) { return intFromInt64(asTraceback(o)->lastiBytes); }
Object* tbGetLineno(Object* o, void*) { return intFromInt64(asTraceback(o)->lineno); }

// dir(tb): just the four tb_* attributes, as CPython's tb_dir.
Object* tbDir(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__dir__", nargs, 0, 0) || !checkNoKwargs("__dir__", kwnames)) {
        return nullptr;
    }
    Ref<> l = Ref<>::steal(listNew(0));
    if (!l) return nullptr;
    for (const char* name : {"tb_frame", "tb_next", "tb_lasti", "tb_lineno"}) {
        Ref<> s = Ref<>::steal(strFromAscii(name));
        if (!s || listAppend(l.get(), s.get()) < 0) return nullptr;
    }
    return l.release();
}

const MethodDef kTbMethods[] = {
    {"__dir__", tbDir, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kTbGetSets[] = {
    {"tb_next", tbGetNext, tbSetNext, nullptr, nullptr},
    {"tb_frame", tbGetFrame, nullptr, nullptr, nullptr},
    {"tb_lasti", tbGetLasti, nullptr, nullptr, nullptr},
    {"tb_lineno", tbGetLineno, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
Object* tbNew(Type*, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
    ssize n = tupleSize(args);
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return nullptr;
    Object* a[4] = {};
    if (!parseArgs("TracebackType", flat.data(), static_cast<size_t>(n), kwnames.get(), kNames,
                   4, 4, a)) {
        return nullptr;
    }
    Object* next = a[0];
    Object* frame = a[1];
    if (!isNone(next) && !isTraceback(next)) {
        return setError(&ExcTypeError, "expected traceback object or None, got '%T'", next);
    }
    if (frame->type != &FrameType) {
        return setError(&ExcTypeError,
                        "TracebackType() argument 'tb_frame' must be frame, not %T", frame);
    }
    int64_t lasti = 0, lineno = 0;
    for (int i = 2; i < 4; i++) {
        Object* v = a[i];
        if (!isInt(v)) {
            return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                            typeName(v->type));
        }
        if (!intAsInt64(v, i == 2 ? &lasti : &lineno)) return nullptr;
    }
    Object* o = allocObject(&TracebackType);
    if (!o) return nullptr;
    TracebackObject* tb = asTraceback(o);
    tb->next = isNone(next) ? nullptr : newRef(next);
    tb->frame = newRef(frame);
    tb->lasti = int(lasti / 2);
    tb->lastiBytes = lasti;
    tb->lineno = int(lineno);
    return o;
}

}  // namespace

Type TracebackType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "traceback",
    .basicSize = sizeof(TracebackObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kTbMethods,
    .getsets = kTbGetSets,
    .dealloc = tbDealloc,
    .traverse = tbTraverse,
    .clear = tbClear,
    .new_ = tbNew,
};

}  // namespace krait
