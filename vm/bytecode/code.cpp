// Code objects: construction (codeNew) and the Python-visible `code` type.
// co_code exposes the 32-bit units as little-endian bytes (4 bytes per unit); co_lines() and
// co_positions() use the same byte offsets (unit index * 4), one co_positions() entry per unit.
#include "bytecode/code.h"

#include <cstring>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

Object* codeNew(int32_t argCount, int32_t posOnlyArgCount, int32_t kwOnlyArgCount,
                uint32_t flags, int32_t stackSize, int32_t firstLineNo,
                std::vector<CodeUnit>* code, Object* consts, Object* names,
                Object* localsPlusNames, Object* localsPlusKinds, Object* filename,
                Object* name, Object* qualname, std::vector<ExceptionEntry>* exceptionTable,
                std::vector<Position>* positions) {
    Object* o = allocObject(&CodeType);
    if (!o) {
        delete code;
        delete exceptionTable;
        delete positions;
        return nullptr;
    }
    CodeObject* co = asCode(o);
    co->argCount = argCount;
    co->posOnlyArgCount = posOnlyArgCount;
    co->kwOnlyArgCount = kwOnlyArgCount;
    co->flags = flags;
    co->stackSize = stackSize;
    co->firstLineNo = firstLineNo;
    co->code = code;
    co->consts = newRef(consts);
    co->names = newRef(names);
    co->localsPlusNames = newRef(localsPlusNames);
    co->localsPlusKinds = newRef(localsPlusKinds);
    co->filename = newRef(filename);
    co->name = newRef(name);
    co->qualname = newRef(qualname);
    co->exceptionTable = exceptionTable ? exceptionTable : new std::vector<ExceptionEntry>();
    co->positions = positions ? positions : new std::vector<Position>();
    co->interpCache = nullptr;
    co->nLocalsPlus = int32_t(tupleSize(localsPlusNames));
    co->nLocals = co->nCells = co->nFrees = 0;
    std::string_view kinds = bytesView(localsPlusKinds);
    for (char k : kinds) {
        uint8_t kind = uint8_t(k);
        if (kind & kLocal) co->nLocals++;
        if (kind & kCell) co->nCells++;
        if (kind & kFree) co->nFrees++;
    }
    quickenCode(co);
    return o;
}

std::vector<CodeUnit>* codeDeoptimized(const CodeObject* co) {
    auto* out = new std::vector<CodeUnit>(*co->code);
    std::vector<CodeUnit>& code = *out;
    for (size_t i = 0; i < code.size();) {
        code[i] = deoptUnit(code[i]);
        size_t caches = kOpInfo[size_t(unitOp(code[i]))].caches;
        for (size_t c = 1; c <= caches && i + c < code.size(); c++) code[i + c] = makeUnit(Op::CACHE, 0);
        i += 1 + caches;
    }
    return out;
}

namespace {

void codeDealloc(Object* o) {
    CodeObject* co = asCode(o);
    delete co->code;
    delete co->exceptionTable;
    delete co->positions;
    xdecref(co->consts);
    xdecref(co->names);
    xdecref(co->localsPlusNames);
    xdecref(co->localsPlusKinds);
    xdecref(co->filename);
    xdecref(co->name);
    xdecref(co->qualname);
    freeObject(o);
}

Object* codeRepr(Object* o) {
    CodeObject* co = asCode(o);
    return strFormat("<code object %U at %p, file \"%U\", line %d>", co->name,
                     static_cast<void*>(o), co->filename, int(co->firstLineNo));
}

// Names of localsplus slots whose kind has `mask`, as a tuple.
Object* namesWithKind(CodeObject* co, uint8_t mask) {
    std::string_view kinds = bytesView(co->localsPlusKinds);
    ssize n = 0;
    for (char k : kinds)
        if (uint8_t(k) & mask) ++n;
    Object* t = tupleNew(n);
    if (!t) return nullptr;
    ssize j = 0;
    for (size_t i = 0; i < kinds.size(); ++i) {
        if (uint8_t(kinds[i]) & mask)
            tupleSetItemSteal(t, j++, newRef(tupleItem(co->localsPlusNames, ssize(i))));
    }
    return t;
}

Object* getArgCount(Object* o, void*) { return intFromInt64(asCode(o)->argCount); }
Object* getPosOnly(Object* o, void*) { return intFromInt64(asCode(o)->posOnlyArgCount); }
Object* getKwOnly(Object* o, void*) { return intFromInt64(asCode(o)->kwOnlyArgCount); }
Object* getFlags(Object* o, void*) { return intFromInt64(asCode(o)->flags); }
Object* getStackSize(Object* o, void*) { return intFromInt64(asCode(o)->stackSize); }
Object* getFirstLine(Object* o, void*) { return intFromInt64(asCode(o)->firstLineNo); }
Object* getNLocals(Object* o, void*) { return intFromInt64(asCode(o)->nLocals); }
Object* getName(Object* o, void*) { return newRef(asCode(o)->name); }
Object* getQualname(Object* o, void*) { return newRef(asCode(o)->qualname); }
Object* getFilename(Object* o, void*) { return newRef(asCode(o)->filename); }
Object* getConsts(Object* o, void*) { return newRef(asCode(o)->consts); }
Object* getNames(Object* o, void*) { return newRef(asCode(o)->names); }
Object* getVarnames(Object* o, void*) { return namesWithKind(asCode(o), kLocal); }
Object* getCellvars(Object* o, void*) { return namesWithKind(asCode(o), kCell); }
Object* getFreevars(Object* o, void*) { return namesWithKind(asCode(o), kFree); }
Object* getCode(Object* o, void*) {
    std::vector<CodeUnit>* deopt = codeDeoptimized(asCode(o));
    const std::vector<CodeUnit>& units = *deopt;
    std::string bytes(units.size() * 4, '\0');
    for (size_t i = 0; i < units.size(); ++i) {
        uint32_t u = units[i];
        bytes[i * 4] = char(u & 0xff);
        bytes[i * 4 + 1] = char((u >> 8) & 0xff);
        bytes[i * 4 + 2] = char((u >> 16) & 0xff);
        bytes[i * 4 + 3] = char((u >> 24) & 0xff);
    }
    delete deopt;
    return bytesFromStd(bytes);
}
Object* getEmptyBytes(Object*, void*) { return bytesFromStd(""); }

Object* intOrNone(int v, bool none) { return none ? newNone() : intFromInt64(v); }

Object* codeLines(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("co_lines", nargs, 0, 0) || !checkNoKwargs("co_lines", kwnames))
        return nullptr;
    CodeObject* co = asCode(self);
    const std::vector<Position>& pos = *co->positions;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    size_t i = 0;
    while (i < pos.size()) {
        size_t j = i + 1;
        while (j < pos.size() && pos[j].line == pos[i].line) ++j;
        Ref<> start = Ref<>::steal(intFromInt64(int64_t(i) * 4));
        Ref<> end = Ref<>::steal(intFromInt64(int64_t(j) * 4));
        Ref<> line = Ref<>::steal(intOrNone(pos[i].line, pos[i].line <= 0));
        if (!start || !end || !line) return nullptr;
        Ref<> t = Ref<>::steal(tuplePack({start.get(), end.get(), line.get()}));
        if (!t || listAppend(list.get(), t.get()) < 0) return nullptr;
        i = j;
    }
    return getIter(list.get());
}

Object* codePositions(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("co_positions", nargs, 0, 0) || !checkNoKwargs("co_positions", kwnames))
        return nullptr;
    CodeObject* co = asCode(self);
    const std::vector<Position>& pos = *co->positions;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    for (const Position& p : pos) {
        bool noLine = p.line <= 0;
        Ref<> a = Ref<>::steal(intOrNone(p.line, noLine));
        Ref<> b = Ref<>::steal(intOrNone(p.endLine, noLine || p.endLine <= 0));
        Ref<> c = Ref<>::steal(intOrNone(p.col, noLine || p.col < 0));
        Ref<> d = Ref<>::steal(intOrNone(p.endCol, noLine || p.endCol < 0));
        if (!a || !b || !c || !d) return nullptr;
        Ref<> t = Ref<>::steal(tuplePack({a.get(), b.get(), c.get(), d.get()}));
        if (!t || listAppend(list.get(), t.get()) < 0) return nullptr;
    }
    return getIter(list.get());
}

// code.replace(**kwargs): a copy with some attributes replaced.
Object* codeReplace(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 0) return setError(&ExcTypeError, "replace() takes no positional arguments");
    CodeObject* co = asCode(self);
    int32_t argCount = co->argCount, posOnly = co->posOnlyArgCount, kwOnly = co->kwOnlyArgCount;
    uint32_t flags = co->flags;
    int32_t stackSize = co->stackSize, firstLine = co->firstLineNo;
    Object* consts = co->consts;
    Object* names = co->names;
    Object* filename = co->filename;
    Object* name = co->name;
    Object* qualname = co->qualname;
    ssize nkw = kwnames ? tupleSize(kwnames) : 0;
    for (ssize i = 0; i < nkw; ++i) {
        std::string_view k = strView(tupleItem(kwnames, i));
        Object* v = args[i];
        auto asInt32 = [&](int32_t* out) {
            int64_t x;
            if (!isInt(v) || !intAsInt64(v, &x)) {
                if (!errOccurred()) setError(&ExcTypeError, "expected an int");
                return false;
            }
            *out = int32_t(x);
            return true;
        };
        int32_t tmp;
        if (k == "co_argcount") { if (!asInt32(&argCount)) return nullptr; }
        else if (k == "co_posonlyargcount") { if (!asInt32(&posOnly)) return nullptr; }
        else if (k == "co_kwonlyargcount") { if (!asInt32(&kwOnly)) return nullptr; }
        else if (k == "co_flags") { if (!asInt32(&tmp)) return nullptr; flags = uint32_t(tmp); }
        else if (k == "co_stacksize") { if (!asInt32(&stackSize)) return nullptr; }
        else if (k == "co_firstlineno") { if (!asInt32(&firstLine)) return nullptr; }
        else if (k == "co_consts" && isTuple(v)) consts = v;
        else if (k == "co_names" && isTuple(v)) names = v;
        else if (k == "co_filename" && isStr(v)) filename = v;
        else if (k == "co_name" && isStr(v)) name = v;
        else if (k == "co_qualname" && isStr(v)) qualname = v;
        else
            return setError(&ExcTypeError, "replace() got an unexpected keyword argument '%s'",
                            std::string(k).c_str());
    }
    return codeNew(argCount, posOnly, kwOnly, flags, stackSize, firstLine,
                   codeDeoptimized(co), consts, names, co->localsPlusNames,
                   co->localsPlusKinds, filename, name, qualname,
                   new std::vector<ExceptionEntry>(*co->exceptionTable),
                   new std::vector<Position>(*co->positions));
}

const GetSetDef kCodeGetSets[] = {
    {"co_argcount", getArgCount, nullptr, nullptr, nullptr},
    {"co_posonlyargcount", getPosOnly, nullptr, nullptr, nullptr},
    {"co_kwonlyargcount", getKwOnly, nullptr, nullptr, nullptr},
    {"co_flags", getFlags, nullptr, nullptr, nullptr},
    {"co_stacksize", getStackSize, nullptr, nullptr, nullptr},
    {"co_firstlineno", getFirstLine, nullptr, nullptr, nullptr},
    {"co_nlocals", getNLocals, nullptr, nullptr, nullptr},
    {"co_name", getName, nullptr, nullptr, nullptr},
    {"co_qualname", getQualname, nullptr, nullptr, nullptr},
    {"co_filename", getFilename, nullptr, nullptr, nullptr},
    {"co_consts", getConsts, nullptr, nullptr, nullptr},
    {"co_names", getNames, nullptr, nullptr, nullptr},
    {"co_varnames", getVarnames, nullptr, nullptr, nullptr},
    {"co_cellvars", getCellvars, nullptr, nullptr, nullptr},
    {"co_freevars", getFreevars, nullptr, nullptr, nullptr},
    {"co_code", getCode, nullptr, nullptr, nullptr},
    {"co_linetable", getEmptyBytes, nullptr, nullptr, nullptr},
    {"co_exceptiontable", getEmptyBytes, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kCodeMethods[] = {
    {"co_lines", codeLines, 0, nullptr},
    {"co_positions", codePositions, 0, nullptr},
    {"replace", codeReplace, 0, "Return a copy of the code object with new values."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type CodeType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "code",
    .basicSize = sizeof(CodeObject),
    .flags = kTypeImmutable,
    .doc = "Create a code object.  Not for the faint of heart.",
    .methods = kCodeMethods,
    .getsets = kCodeGetSets,
    .dealloc = codeDealloc,
    .repr = codeRepr,
};

}  // namespace krait
