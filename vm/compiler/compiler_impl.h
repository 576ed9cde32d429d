// Internal structures shared by the code generator (compiler.cpp, compiler_match.cpp) and the
// assembler (assemble.cpp). Not part of the public API.
//
// Invariants:
// - Code is generated into basic blocks (Block) identified by their index in Unit::blocks.
//   Unit::layout is the order in which blocks were placed (useBlock); a block falls through to
//   the next block in layout unless its last instruction is an unconditional jump or exits.
// - A jump (real or pseudo) is always the last instruction of its block (emit() starts a new
//   block after one); SETUP_* pseudo instructions are not jumps for that purpose.
// - Pseudo instructions (op >= kPseudoBase) exist only before assembly: SETUP_FINALLY,
//   SETUP_CLEANUP and SETUP_WITH push an exception handler, POP_BLOCK pops it; JUMP and
//   JUMP_NO_INTERRUPT become JUMP_FORWARD / JUMP_BACKWARD[_NO_INTERRUPT] by direction.
// - Instr::arg of localsplus instructions is the final localsplus index (the layout is known
//   from the symbol table before code generation starts).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "bytecode/code.h"
#include "compiler/symtable.h"
#include "core/object.h"

namespace krait::compiler {

enum PseudoOp : int {
    kPseudoBase = 256,
    kSetupFinally = 256,
    kSetupCleanup,
    kSetupWith,
    kPopBlock,
    kJump,
    kJumpNoInterrupt,
};

struct Loc {
    int line = -1, endLine = -1, col = -1, endCol = -1;
};

struct Instr {
    int op;
    int arg;
    int target;     // block index for jumps and SETUP_*, else -1
    Loc loc;
    int handler;    // exception handler block (assigned by the assembler), -1 none
};

struct Block {
    std::vector<Instr> instrs;
    int startDepth = -1;
    bool preserveLasti = false;
    bool placed = false;
    bool reachable = false;
    int offset = 0;
    int layoutPos = -1;
};

enum class UnitKind : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// The code object under construction.
struct Unit {
    Scope* ste = nullptr;
    UnitKind kind = UnitKind::Module;
    std::string name, qualname, privateName;
    std::vector<Block> blocks;
    std::vector<int> layout;
    int cur = -1;
    std::vector<Ref<>> consts;
    std::unordered_map<std::string, int> constIdx;
    std::vector<std::string> names;
    std::unordered_map<std::string, int> nameIdx;
    // localsplus: locals (params first), then cells that are not params, then frees.
    std::vector<std::string> localsplus;
    std::vector<uint8_t> kinds;
    std::unordered_map<std::string, int> fastIdx;    // local name -> index
    std::unordered_map<std::string, int> cellIdx;    // cell name -> localsplus index
    std::unordered_map<std::string, int> freeIdx;    // free name -> localsplus index
    int nlocals = 0, ncells = 0, nfrees = 0;
    int argcount = 0, posonly = 0, kwonly = 0;
    int firstLineNo = 1;
    uint32_t flags = 0;
    Loc loc;
};

// Net stack effect of `op` with `arg`; `jump` selects the effect when the jump is taken.
int stackEffect(int op, int arg, bool jump);
bool isJumpOp(int op);             // has a target and ends its block (not SETUP_*)
bool isUncondJumpOrExit(int op);   // no fallthrough

// Assembles a finished unit into a code object (new reference), or null with an exception.
Object* assembleUnit(Unit& u, Object* filename);

}  // namespace krait::compiler
