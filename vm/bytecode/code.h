// Code objects: the compiler's output, executed by vm/interp.
#pragma once

#include <vector>

#include "bytecode/opcodes.h"
#include "core/object.h"

namespace krait {

// co_flags, same values as CPython's.
enum CodeFlags : uint32_t {
    kCoOptimized = 0x1, kCoNewLocals = 0x2, kCoVarargs = 0x4, kCoVarkeywords = 0x8,
    kCoNested = 0x10, kCoGenerator = 0x20, kCoNoFree = 0x40, kCoCoroutine = 0x80,
    kCoIterableCoroutine = 0x100, kCoAsyncGenerator = 0x200,
};
// Kinds of localsplus slots (co_localspluskinds), as CPython's.
enum LocalKind : uint8_t { kLocal = 0x20, kCell = 0x40, kFree = 0x80, kArgument = 0x01 };

// An exception-table entry: instructions in [start, end) (unit indexes) jump to `target`
// when an exception is raised, after popping the value stack down to `depth` items; if
// `lasti` the offset of the raising instruction is pushed (as an int) before the exception.
// Entries do not overlap and are sorted by start.
struct ExceptionEntry {
    uint32_t start, end, target, depth;
    bool lasti;
};
// Source position of one code unit (CPython's co_positions()); line 0 = none.
struct Position {
    int32_t line, endLine;
    int32_t col, endCol;   // 0-based UTF-8 byte columns, -1 = unknown
};

struct CodeObject {
    Object ob;
    int32_t argCount, posOnlyArgCount, kwOnlyArgCount;
    uint32_t flags;
    int32_t stackSize;                // max value-stack depth
    int32_t firstLineNo;
    int32_t nLocalsPlus, nLocals, nCells, nFrees;
    std::vector<CodeUnit>* code;      // instructions + inline caches (owned)
    Object* consts;                   // tuple
    Object* names;                    // tuple of str
    Object* localsPlusNames;          // tuple of str (locals, then cells, then frees)
    Object* localsPlusKinds;          // bytes of LocalKind flags
    Object* filename;                 // str
    Object* name;                     // str
    Object* qualname;                 // str
    std::vector<ExceptionEntry>* exceptionTable;   // owned
    std::vector<Position>* positions;              // owned; one per code unit
    // Index of each cell local in localsplus that is also an argument (-1 otherwise) is
    // derivable from kinds; interp may cache more here:
    void* interpCache;
};

inline CodeObject* asCode(Object* o) { return reinterpret_cast<CodeObject*>(o); }

// Creates a code object; takes ownership of the vectors; increfs the objects.
Object* codeNew(int32_t argCount, int32_t posOnlyArgCount, int32_t kwOnlyArgCount,
                uint32_t flags, int32_t stackSize, int32_t firstLineNo,
                std::vector<CodeUnit>* code, Object* consts, Object* names,
                Object* localsPlusNames, Object* localsPlusKinds, Object* filename,
                Object* name, Object* qualname, std::vector<ExceptionEntry>* exceptionTable,
                std::vector<Position>* positions);

// A copy of the code units with specialized instructions reverted to their generic forms and
// the inline caches zeroed (what co_code and replace() expose). Caller owns the vector.
std::vector<CodeUnit>* codeDeoptimized(const CodeObject* co);
// Writes the initial adaptive counters into a new code object (vm/interp/specialize.cpp).
void quickenCode(CodeObject* co);

}  // namespace krait
